/**
 * The person CSV exchange: one row per person, columns of the registry's public
 * table. See `docs/exchange-format.md`.
 */
export { CSV_COLUMNS, type CsvColumn } from './csv-fields.js';
export { personsToCsv, personRow, type CsvExportOptions } from './persons-csv.js';
export { parsePersonsCsv, type CsvImportOptions } from './persons-csv-parse.js';
