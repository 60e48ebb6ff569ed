/**
 * Edge validation: parse unknown input with a zod schema, or fail with an
 * {@link RollcallError} whose details list every problem with its field path.
 *
 * @example
 * const person = parseOrThrow(Person, body, 'person');
 */
import type { z } from 'zod';
import { RollcallError } from '../domain/errors.js';
import type { Problem } from '../domain/errors.js';

export function zodProblems(error: z.ZodError, row?: number): Problem[] {
  return error.issues.map((issue) => ({
    code: 'invalid-field',
    message: issue.message,
    field: issue.path.map(String).join('.'),
    ...(row === undefined ? {} : { row }),
  }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = zodProblems(result.error);
  const first = problems[0];
  const where = first?.field ? ` at "${first.field}"` : '';
  throw new RollcallError(
    'invalid-input',
    `The ${what} is not valid${where}: ${first?.message ?? 'unknown problem'}` +
      (problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : ''),
    { problems },
  );
}
