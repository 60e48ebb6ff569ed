/**
 * The CPU-heavy half of importing people, kept free of the store so it can run
 * in worker threads (see `import-pool.ts`): parse one record line, validate it
 * against the schema, check its references, project it, and serialise it once
 * for the revision. The import's main thread then only writes what comes back.
 */
import { Person } from '../domain/record.js';
import type { Problem } from '../domain/errors.js';
import type { PersonProjection } from '../domain/projection.js';
import { projectPerson } from '../domain/project-person.js';
import { referenceProblems } from '../domain/integrity.js';
import { ProblemList, validateRecord } from '../exchange/problems.js';
import { ByteBuffer } from './byte-buffer.js';

/** A person record line as read from a file: its 1-based row in the persons section and its JSON text. */
export interface PersonLine {
  row: number;
  text: string;
}

/** A person ready to write: the canonical JSON of the record (as stored in its revision) and its projection. */
export interface PreparedPerson {
  row: number;
  id: string;
  /** `JSON.stringify` of the validated record, as UTF-8 (a view into {@link PreparedBatch.bytes}). */
  doc: Uint8Array;
  projection: PersonProjection;
}

export type RowProblem = Problem & { section: 'persons'; row: number };

export interface PreparedBatch {
  persons: PreparedPerson[];
  problems: RowProblem[];
  /**
   * The buffer holding every person's `doc`, back to back (what a worker transfers
   * instead of copying: the writer binds the bytes as they are, and the documents
   * never become strings on the writer's heap).
   */
  bytes: Uint8Array;
}

/** Facility and source ids that person records may refer to. */
export interface KnownRefs {
  facilities: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Problems kept per record; more are summarised by {@link ProblemList}. */
const PROBLEMS_PER_RECORD = 100;

/**
 * Prepares a batch of person lines. Lines with problems are left out of
 * `persons` and reported with their row; the others keep their input order.
 * The documents are written into `block` (a spent one from a pool) while they fit.
 *
 * @example
 * const { persons, problems } = preparePersons([{ row: 1, text: '{"id":"p-1",…}' }], known);
 */
export function preparePersons(
  lines: readonly PersonLine[],
  known: KnownRefs,
  block: Uint8Array | number = 1 << 20,
): PreparedBatch {
  const out: PreparedBatch = { persons: [], problems: [], bytes: new Uint8Array(0) };
  const docs = new ByteBuffer(block);
  const ends: number[] = [];
  for (const line of lines) {
    const where = { section: 'persons' as const, row: line.row };
    const input = parseJson(line.text);
    if (input === INVALID) {
      out.problems.push({ ...where, code: 'invalid-json', message: `persons record ${line.row} is not valid JSON` });
      continue;
    }
    const found = new ProblemList(PROBLEMS_PER_RECORD);
    const what = `persons record ${line.row}`;
    const person = validateRecord(Person, input, { row: line.row, prefix: '', what }, found);
    if (person === null || found.count > 0) {
      for (const p of found.result()) out.problems.push({ ...p, ...where });
      continue;
    }
    const broken = referenceProblems(person, known.facilities, known.sources);
    if (broken.length > 0) {
      for (const p of broken) out.problems.push({ ...p, ...where });
      continue;
    }
    ends.push(docs.appendText(JSON.stringify(person)));
    out.persons.push({ row: line.row, id: person.id, doc: EMPTY, projection: projectPerson(person) });
  }
  out.bytes = docs.bytes();
  out.persons.forEach((p, i) => (p.doc = out.bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i])));
  return out;
}

const EMPTY = new Uint8Array(0);
const INVALID = Symbol('invalid');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text);
  } catch {
    return INVALID;
  }
}
