/**
 * Unknown fields in input are refused, not silently dropped: zod's objects strip
 * keys they do not know, so every key of the input must still be in the parsed
 * value (defaults only add keys). Errors name each unknown field's path.
 *
 * @example
 * const person = parseStrict(Person, body, 'person'); // { "nmes": [...] } -> invalid-input at "nmes"
 */
import type { z } from 'zod';
import { RollcallError } from '../domain/errors.js';
import { parseOrThrow } from './validate.js';
import type { Problem } from '../domain/errors.js';

export function parseStrict<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = parseOrThrow(schema, input, what);
  const problems: Problem[] = [];
  unknownKeys(input, parsed, '', problems);
  if (problems.length > 0) {
    throw new RollcallError(
      'invalid-input',
      `The ${what} has ${problems.length} unknown field(s), first "${problems[0]!.field}"; remove them or check the spelling.`,
      { problems },
    );
  }
  return parsed;
}

function unknownKeys(input: unknown, parsed: unknown, path: string, out: Problem[]): void {
  if (out.length >= 50) return;
  if (Array.isArray(input) && Array.isArray(parsed)) {
    input.forEach((x, i) => unknownKeys(x, parsed[i], path ? `${path}.${i}` : String(i), out));
    return;
  }
  if (!isObject(input) || !isObject(parsed)) return;
  for (const key of Object.keys(input)) {
    const field = path ? `${path}.${key}` : key;
    if (!(key in parsed)) out.push({ code: 'unknown-field', message: `unknown field "${key}"`, field });
    else unknownKeys(input[key], parsed[key], field, out);
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
