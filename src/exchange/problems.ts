/**
 * Turning validation failures into {@link Problem}s with a record number and a
 * dotted field path, shared by the JSON and CSV readers.
 */
import type { z } from 'zod';
import type { Problem } from '../domain/errors.js';

/** Collects problems up to a limit; past it, one `too-many-problems` entry says how many were dropped. */
export class ProblemList {
  readonly items: Problem[] = [];
  private dropped = 0;

  constructor(private readonly limit: number) {}

  add(problem: Problem): void {
    if (this.items.length < this.limit) this.items.push(problem);
    else this.dropped++;
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  /** The problems, with a closing note when some were dropped. */
  result(): Problem[] {
    if (this.dropped === 0) return this.items;
    return [
      ...this.items,
      {
        code: 'too-many-problems',
        message: `${this.dropped} more problem(s) not listed; fix the ones above and read the file again.`,
      },
    ];
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether the schema dropped any key of `input` (allocation-free fast path of {@link droppedKeys}). */
function anyDropped(input: unknown, output: unknown): boolean {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) if (anyDropped(input[i], output[i])) return true;
    return false;
  }
  if (!isObject(input) || !isObject(output)) return false;
  for (const key in input) {
    if (!(key in output) || anyDropped(input[key], output[key])) return true;
  }
  return false;
}

/** Paths of keys present in `input` that the schema dropped from `output` (unknown fields, typos). */
export function droppedKeys(input: unknown, output: unknown, path: string[] = [], out: string[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((v, i) => droppedKeys(v, output[i], [...path, String(i)], out));
  } else if (isObject(input) && isObject(output)) {
    for (const key of Object.keys(input)) {
      if (!(key in output)) out.push([...path, key].join('.'));
      else droppedKeys(input[key], output[key], [...path, key], out);
    }
  }
  return out;
}

/** Field path `prefix.path` (either part may be empty). */
export function joinPath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  const rest = path.map(String).join('.');
  return prefix && rest ? `${prefix}.${rest}` : prefix || rest;
}

/**
 * Validates `input` with `schema`: the parsed value, or null after adding one
 * problem per zod issue and per unknown field.
 */
export function validateRecord<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: { row: number; prefix: string; what: string },
  problems: ProblemList,
): z.output<S> | null {
  const id = isObject(input) && typeof input.id === 'string' ? input.id : undefined;
  const base = { row: where.row, ...(id ? { id } : {}) };
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = joinPath(where.prefix, issue.path);
      problems.add({ ...base, code: 'invalid-field', field, message: `${where.what}, ${field}: ${issue.message}.` });
    }
    return null;
  }
  const unknown = anyDropped(input, result.data) ? droppedKeys(input, result.data) : [];
  for (const path of unknown) {
    const field = joinPath(where.prefix, path.split('.'));
    problems.add({
      ...base,
      code: 'unknown-field',
      field,
      message: `${where.what}, ${field}: this field is not part of the format; check its spelling or remove it.`,
    });
  }
  return unknown.length === 0 ? result.data : null;
}
