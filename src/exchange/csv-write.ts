/**
 * Writing CSV: the one helper every CSV writer uses (person exports, open-data
 * downloads, chart data, address lists). RFC 4180 quoting, `\n` line ends, and
 * every cell neutralised against formula injection (OWASP's rule): a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
 * so a spreadsheet shows it as text instead of running it. Plain numbers
 * (`-3`, `+1.5`) are left as they are: they evaluate to themselves.
 */
import { stringify } from 'csv-stringify/sync';

const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Whether a spreadsheet would read `cell` as a formula (see the module comment).
 *
 * @example
 * isFormulaCell('=HYPERLINK("http://x")'); // true
 * isFormulaCell('-3'); // false
 */
export function isFormulaCell(cell: string): boolean {
  return TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell);
}

/**
 * The cell as it is safe to write.
 *
 * @example
 * neutraliseCell('=1+2'); // "'=1+2"
 * neutraliseCell('Minsk'); // "Minsk"
 */
export function neutraliseCell(cell: string): string {
  return isFormulaCell(cell) ? `'${cell}` : cell;
}

export interface CsvTextOptions {
  /** A header row written first (neutralised like every other cell). */
  header?: readonly string[] | undefined;
}

/**
 * Rows as CSV text, every cell neutralised.
 *
 * @example
 * csvText([['Minsk', '500']], { header: ['label', 'value'] }); // "label,value\nMinsk,500\n"
 */
export function csvText(rows: Iterable<readonly string[]>, opts: CsvTextOptions = {}): string {
  const out: string[][] = [];
  if (opts.header) out.push(opts.header.map(neutraliseCell));
  for (const row of rows) out.push(row.map(neutraliseCell));
  return stringify(out, { record_delimiter: 'unix' });
}
