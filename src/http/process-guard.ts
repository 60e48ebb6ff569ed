/**
 * No request may take the server down. An error that escapes a request (a stream's `error`
 * event nobody listens to, a promise nobody awaits) reaches the process as an uncaught
 * exception or an unhandled rejection, and Node's default is to exit. The server instead
 * logs it and keeps serving: every request's state lives in that request, and the store's
 * transactions roll back on their own.
 *
 * Logs carry no client data: the error's name, code and stack frames, never its message
 * (which may quote a path, a query or a header) and never the request.
 *
 * @example
 * const stop = keepServing();   // in `rollcall serve`, before listening
 * stop();                       // when the server has closed
 */

type Log = (line: string) => void;

/** One line per error: name, code and where it was thrown; no message, no request data. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error value (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim())
    .join(' | ');
  return `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}${frames ? ` ${frames}` : ''}`;
}

/** Installs the process-wide handlers; returns a function that removes them. */
export function keepServing(log: Log = (line) => console.error(line)): () => void {
  const onException = (error: unknown) => log(`unexpected error, still serving: ${describeError(error)}`);
  const onRejection = (reason: unknown) => log(`unhandled rejection, still serving: ${describeError(reason)}`);
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
