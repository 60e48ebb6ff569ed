/**
 * Test support: every line the process logs while a test runs — `console.*` and
 * whatever is written to `process.stdout` / `process.stderr` — kept in a buffer (and
 * still passed on), so a test can search every log line for what must never be logged.
 *
 * @example
 * const logs = captureLogs();
 * console.error('error [internal]');
 * logs.stop();
 * logs.text(); // 'error [internal]\n'
 */
import { format } from 'node:util';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

export interface LogCapture {
  /** Adds a line from another log sink (an `Io`, a bot's `log` option). */
  add(line: string): void;
  /** Everything captured so far. */
  text(): string;
  stop(): void;
}

export function captureLogs(): LogCapture {
  const chunks: string[] = [];
  const consoleBefore = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) {
    const original = console[m];
    console[m] = (...args: unknown[]) => {
      chunks.push(`${format(...args)}\n`);
      original.apply(console, args);
    };
  }
  const streams = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write;
    stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
    return { stream, original };
  });
  return {
    add: (line) => void chunks.push(line.endsWith('\n') ? line : `${line}\n`),
    text: () => chunks.join(''),
    stop() {
      for (const [m, original] of consoleBefore) console[m] = original;
      for (const { stream, original } of streams) stream.write = original;
    },
  };
}
