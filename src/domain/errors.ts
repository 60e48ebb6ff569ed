/**
 * Errors that people can act on: a stable machine `code` (kebab-case, never
 * renamed once shipped) and a message that says what to do.
 *
 * @example
 * throw new DomainError('invalid-date', 'Dates are written YYYY, YYYY-MM or YYYY-MM-DD; got "31.03.2022".');
 */
export class DomainError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** One problem found in input: where (row, field) and what. Batch jobs collect these instead of throwing. */
export interface Problem {
  code: string;
  message: string;
  /** 1-based row or record number in the input, when the input has rows. */
  row?: number;
  /** Dotted path of the field, e.g. `events.2.date`. */
  field?: string;
  /** Id of the record concerned, when known. */
  id?: string;
}
