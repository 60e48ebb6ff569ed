/**
 * Storage errors: a stable machine `code` and a message that says what to do.
 *
 * @example
 * throw new StoreError('store-readonly', 'This store was opened read-only; open it without `readonly` to write.');
 */
export class StoreError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.details = details;
  }
}
