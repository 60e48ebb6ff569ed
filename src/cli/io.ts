/**
 * Where CLI output goes. Commands write through an {@link Io} so tests can run
 * `main()` in-process and read what it printed.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  interactive: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
};

/** Prints `value` as pretty JSON. */
export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** A fixed-width text table: first row is the header. */
export function table(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => String(cell).padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
