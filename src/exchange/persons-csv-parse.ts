/**
 * Reads a simple CSV table of people (the columns of {@link CSV_COLUMNS}, any
 * subset, any order) into person records: name forms, birthday, sex, region, a
 * detention on the "arrested" date, one case with the articles, verdict and
 * penalty, the facility, a release, a death, and a recognition (the table is a
 * list of political prisoners unless the status says "other"). Every problem is
 * reported with its line and column; any problem means no persons at all.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../domain/errors.js';
import { projectPerson } from '../domain/project-person.js';
import {
  Id,
  Person,
  REGIONS,
  RELEASE_REASONS,
  type Facility,
  type NameSystem,
  type Region,
  type ReleaseReason,
} from '../domain/record.js';
import { CSV_COLUMNS, CellError, type CsvColumn } from './csv-fields.js';
import { ProblemList, validateRecord } from './problems.js';
import { isFormulaCell } from './csv-write.js';
import { buildPerson, type RowFacts } from './persons-csv-build.js';

export interface CsvImportOptions {
  /** Facilities the "prison" column may name (by id, any localized name or alias). */
  facilities?: readonly Facility[];
  /** Ids for rows without one: prefix + line number (default `p-csv-`). */
  idPrefix?: string;
  /** A source record (e.g. the imported table) cited by every created event and case. */
  sourceId?: string;
  /** Spelling system of the "name" column (default `latn`: unknown). */
  latinSystem?: NameSystem;
  maxProblems?: number;
}

const STATUSES = ['imprisoned', 'released', 'deceased', 'other'] as const;
const SEX: Record<string, 'male' | 'female'> = {
  male: 'male',
  m: 'male',
  man: 'male',
  female: 'female',
  f: 'female',
  woman: 'female',
};

function readTable(text: string): { rows: string[][] } | { problem: Problem } {
  try {
    return { rows: parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][] };
  } catch (e) {
    const err = e as Error & { code?: string; lines?: number };
    return {
      problem: {
        code: 'invalid-csv',
        message: `The CSV cannot be read: ${err.message}. Check quotes and the number of fields on that line.`,
        ...(err.lines ? { row: err.lines } : {}),
      },
    };
  }
}

function facilityIndex(facilities: readonly Facility[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const f of facilities) {
    for (const key of [f.id, ...Object.values(f.name), ...f.aliases])
      if (key) index.set(key.trim().toLowerCase(), f.id);
  }
  return index;
}

function headerProblems(header: readonly string[], problems: ProblemList): void {
  const seen = new Set<string>();
  header.forEach((h) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(h)) {
      problems.add({
        code: 'unknown-column',
        row: 1,
        field: h,
        message: `Unknown column "${h}"; the columns are: ${CSV_COLUMNS.join(', ')}.`,
      });
    } else if (seen.has(h)) {
      problems.add({ code: 'duplicate-column', row: 1, field: h, message: `Column "${h}" appears twice.` });
    }
    seen.add(h);
  });
  if (!header.some((h) => h === 'name' || h === 'name_be' || h === 'name_ru')) {
    problems.add({
      code: 'missing-column',
      row: 1,
      message: 'The table needs a name column: name, name_be or name_ru.',
    });
  }
}

/** Reads one cell with `read`, turning a {@link CellError} into a problem. */
function cell<T>(
  cells: Partial<Record<CsvColumn, string>>,
  column: CsvColumn,
  line: number,
  problems: ProblemList,
  read: (s: string) => T,
): T | undefined {
  const raw = cells[column]?.trim();
  if (!raw) return undefined;
  if (isFormulaCell(cells[column]!) || isFormulaCell(raw.replace(/^'/, ''))) {
    problems.add({
      code: 'formula-cell',
      row: line,
      field: column,
      message: `Line ${line}, ${column}: "${raw.slice(0, 40)}" starts like a spreadsheet formula (= + - @); a registry cell cannot be one. Remove the leading character.`,
    });
    return undefined;
  }
  try {
    return read(raw);
  } catch (e) {
    const code = e instanceof CellError ? e.code : 'invalid-field';
    problems.add({ code, row: line, field: column, message: `Line ${line}, ${column}: ${(e as Error).message}` });
    return undefined;
  }
}

function oneOf<T extends string>(
  values: readonly T[],
  what: string,
  normalise = (s: string) => s.toLowerCase(),
): (s: string) => T {
  return (s) => {
    const v = normalise(s) as T;
    if (!values.includes(v))
      throw new CellError('invalid-field', `"${s}" is not a ${what}; use one of: ${values.join(', ')}.`);
    return v;
  };
}

function rowFacts(
  cells: Partial<Record<CsvColumn, string>>,
  line: number,
  ctx: { facilities: Map<string, string>; problems: ProblemList },
): RowFacts {
  const { problems } = ctx;
  const get: RowFacts['get'] = (c, read) => cell(cells, c, line, problems, read);
  return {
    line,
    id: get('id', (s) => {
      if (!Id.safeParse(s).success) throw new CellError('invalid-id', `"${s}" is not an id like p-123.`);
      return s;
    }),
    get: (c, read) => cell(cells, c, line, problems, read),
    sex: get('gender', (s) => {
      const sex = SEX[s.toLowerCase()];
      if (!sex) throw new CellError('invalid-field', `"${s}" is not a gender; use male or female.`);
      return sex;
    }),
    region: get('region', oneOf<Region>(REGIONS, 'region')),
    status: get('status', oneOf(STATUSES, 'status')),
    releaseReason: get(
      'release_reason',
      oneOf<ReleaseReason>(RELEASE_REASONS, 'release reason', (s) => s.toLowerCase().replace(/[\s-]+/g, '_')),
    ),
    facilityId: get('prison', (s) => {
      const id = ctx.facilities.get(s.toLowerCase());
      if (!id)
        throw new CellError(
          'unknown-facility',
          `No facility is called "${s}"; add it to the registry first or leave the cell empty.`,
        );
      return id;
    }),
  };
}

/**
 * Parses a people table. Problems carry the line (`row`, header = 1) and the
 * column (`field`); `persons` is empty whenever there is any problem.
 *
 * @example
 * const { persons, problems } = parsePersonsCsv(text, { facilities, sourceId: 's-table-2024' });
 */
export function parsePersonsCsv(text: string, opts: CsvImportOptions = {}): { persons: Person[]; problems: Problem[] } {
  const table = readTable(text);
  if ('problem' in table) return { persons: [], problems: [table.problem] };
  const [header = [], ...rows] = table.rows;
  const problems = new ProblemList(opts.maxProblems ?? 1000);
  headerProblems(header, problems);
  if (problems.count > 0) return { persons: [], problems: problems.result() };

  const ctx = { facilities: facilityIndex(opts.facilities ?? []), problems };
  const persons: Person[] = [];
  const ids = new Map<string, number>();
  rows.forEach((values, i) => {
    const line = i + 2;
    const cells = Object.fromEntries(header.map((h, k) => [h, values[k] ?? ''])) as Partial<Record<CsvColumn, string>>;
    const before = problems.count;
    const facts = rowFacts(cells, line, ctx);
    const built = buildPerson(facts, { ...opts, idPrefix: opts.idPrefix ?? 'p-csv-' }, problems);
    if (!built || problems.count > before) return;
    const person = validateRecord(Person, built, { row: line, prefix: '', what: `Line ${line}` }, problems);
    if (!person) return;
    const first = ids.get(person.id);
    if (first !== undefined) {
      problems.add({
        code: 'duplicate-id',
        row: line,
        field: 'id',
        id: person.id,
        message: `Line ${line}: id "${person.id}" is already used on line ${first}.`,
      });
      return;
    }
    ids.set(person.id, line);
    statusCheck(person, facts, problems);
    persons.push(person);
  });
  return problems.count > 0 ? { persons: [], problems: problems.result() } : { persons, problems: [] };
}

/** A stated status must be what the built record gives. */
function statusCheck(person: Person, facts: RowFacts, problems: ProblemList): void {
  if (!facts.status) return;
  const derived = projectPerson(person).status;
  if (derived === facts.status) return;
  problems.add({
    code: 'status-mismatch',
    row: facts.line,
    field: 'status',
    id: person.id,
    message: `Line ${facts.line}: the status says "${facts.status}" but the dates give "${derived}"; check arrested, release_date and died.`,
  });
}
