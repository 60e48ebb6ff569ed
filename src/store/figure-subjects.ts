/**
 * Loading every person's figure subject (`PersonRepository.figureSubjects`): the
 * persons, custody and articles projection tables read in keyset pages and grouped
 * in memory. No JSON parsing, one pass over each table.
 *
 * The result is cached by the figures for as long as the data does not change, so it
 * is kept lean: repeated strings (sex, region, facility, article, release reason) are
 * shared, and each person's arrays are exactly as long as needed (an array grown by
 * `push` keeps room for 17 elements). Reading in pages keeps the rows alive at once
 * to one page: read whole, the 100k registry's rows were ~100 MB of garbage next to
 * the ~30 MB kept.
 */
import type { Kysely } from 'kysely';
import type { FigureSubject } from '../app/ports.js';
import type { ReleaseReason } from '../domain/record.js';
import type { CustodyPeriodRow } from '../domain/projection.js';
import type { Database, PersonCustodyTable } from './schema.js';
import type { Audience } from '../domain/access.js';
import { capAtTermEnd } from '../domain/custody-state.js';

/** Rows per page (tests pass a small one to make people straddle pages). */
const PAGE = 10_000;

/**
 * Everyone's figure subject (only public persons for the `public` audience), in id order;
 * each one's custody periods in projection order and its articles sorted.
 *
 * @example
 * const subjects = await loadFigureSubjects(trx, 'staff');
 */
export async function loadFigureSubjects(
  db: Kysely<Database>,
  audience: Audience,
  page = PAGE,
): Promise<FigureSubject[]> {
  const intern = interner();
  const byId = new Map<string, FigureSubject>();
  const subjects: FigureSubject[] = [];
  for (let after = ''; ;) {
    // A plain scan in key order, filtered here: cheaper than walking an index and looking up each row.
    const rows = await db
      .selectFrom('persons')
      .select(['id', 'sex', 'region', 'current_facility_id', 'is_public', 'term_end_max'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(page)
      .execute();
    for (const p of rows) {
      if (audience === 'public' && p.is_public !== 1) continue;
      const subject = subjectOf(p, intern);
      byId.set(p.id, subject);
      subjects.push(subject);
    }
    if (rows.length < page) break;
    after = rows[rows.length - 1]!.id;
  }
  await loadCustody(db, byId, intern, page);
  await loadArticles(db, byId, intern, page);
  capTermEnds(subjects);
  return subjects;
}

/**
 * The figure subjects of these people (only public ones for the `public` audience), in id order,
 * as {@link loadFigureSubjects} gives them; unknown ids are left out. For bringing a
 * cached load up to date with the few people changed since (a short list: one query
 * parameter per id).
 *
 * @example
 * const [subject] = await loadFigureSubjectsOf(trx, ['p-1'], 'public');
 */
export async function loadFigureSubjectsOf(
  db: Kysely<Database>,
  ids: readonly string[],
  audience: Audience,
): Promise<FigureSubject[]> {
  if (ids.length === 0) return [];
  const intern = interner();
  const list = [...ids];
  const rows = await db
    .selectFrom('persons')
    .select(['id', 'sex', 'region', 'current_facility_id', 'is_public', 'term_end_max'])
    .where('id', 'in', list)
    .orderBy('id')
    .execute();
  const byId = new Map<string, FigureSubject>();
  const subjects: FigureSubject[] = [];
  for (const p of rows) {
    if (audience === 'public' && p.is_public !== 1) continue;
    const subject = subjectOf(p, intern);
    byId.set(p.id, subject);
    subjects.push(subject);
  }
  if (subjects.length === 0) return subjects;
  const custody = await db
    .selectFrom('person_custody')
    .select(['person_id', 'seq', 'start_min', 'start_max', 'end_min', 'end_max', 'counted', 'release_reason'])
    .where('person_id', 'in', list)
    .orderBy('person_id')
    .orderBy('seq')
    .execute();
  groupRuns(custody, (personId, from, to) => {
    const subject = byId.get(personId);
    if (subject) subject.custody = custody.slice(from, to).map((c) => custodyRow(c, intern));
  });
  const articles = await db
    .selectFrom('person_articles')
    .select(['person_id', 'article'])
    .where('person_id', 'in', list)
    .orderBy('person_id')
    .orderBy('article')
    .execute();
  groupRuns(articles, (personId, from, to) => {
    const subject = byId.get(personId);
    if (subject) subject.articles = articles.slice(from, to).map((a) => intern(a.article));
  });
  capTermEnds(subjects);
  return subjects;
}

type Intern = <T extends string | null>(value: T) => T;

/**
 * Figures count an ongoing period only up to the end of the person's term (`custody-state.ts`):
 * past it, "imprisoned" is not confirmed. `termEndMax` stays on the subjects whose period was
 * cut, so the figures can say how many such people there are.
 */
function capTermEnds(subjects: FigureSubject[]): void {
  for (const subject of subjects) {
    if (subject.termEndMax === undefined || subject.termEndMax === null) continue;
    const capped = capAtTermEnd(subject.custody, subject.termEndMax);
    // Only a counted period makes someone "term ended" in the figures.
    if (capped === subject.custody || !capped[capped.length - 1]!.counted) delete subject.termEndMax;
    subject.custody = capped;
  }
}

interface PersonRow {
  id: string;
  sex: string | null;
  region: string | null;
  current_facility_id: string | null;
  is_public: number;
  term_end_max: number | null;
}

function subjectOf(p: PersonRow, intern: Intern): FigureSubject {
  return {
    personId: p.id,
    sex: intern(p.sex),
    region: intern(p.region),
    articles: [],
    currentFacilityId: intern(p.current_facility_id),
    isPublic: p.is_public === 1,
    custody: [],
    ...(p.term_end_max !== null ? { termEndMax: p.term_end_max } : {}),
  };
}

async function loadCustody(
  db: Kysely<Database>,
  byId: Map<string, FigureSubject>,
  intern: Intern,
  page: number,
): Promise<void> {
  for (let after = { id: '', seq: -1 }; ;) {
    const rows = await db
      .selectFrom('person_custody')
      .select(['person_id', 'seq', 'start_min', 'start_max', 'end_min', 'end_max', 'counted', 'release_reason'])
      .where((eb) =>
        eb.or([eb('person_id', '>', after.id), eb.and([eb('person_id', '=', after.id), eb('seq', '>', after.seq)])]),
      )
      .orderBy('person_id')
      .orderBy('seq')
      .limit(page)
      .execute();
    groupRuns(rows, (personId, from, to) => {
      const subject = byId.get(personId);
      if (!subject) return;
      const out: CustodyPeriodRow[] = new Array(to - from);
      for (let i = from; i < to; i++) out[i - from] = custodyRow(rows[i]!, intern);
      // A person's rows may straddle two pages.
      subject.custody = subject.custody.length === 0 ? out : [...subject.custody, ...out];
    });
    if (rows.length < page) return;
    const last = rows[rows.length - 1]!;
    after = { id: last.person_id, seq: last.seq };
  }
}

async function loadArticles(
  db: Kysely<Database>,
  byId: Map<string, FigureSubject>,
  intern: Intern,
  page: number,
): Promise<void> {
  for (let after = { id: '', article: '' }; ;) {
    const rows = await db
      .selectFrom('person_articles')
      .select(['person_id', 'article'])
      .where((eb) =>
        eb.or([
          eb('person_id', '>', after.id),
          eb.and([eb('person_id', '=', after.id), eb('article', '>', after.article)]),
        ]),
      )
      .orderBy('person_id')
      .orderBy('article')
      .limit(page)
      .execute();
    groupRuns(rows, (personId, from, to) => {
      const subject = byId.get(personId);
      if (!subject) return;
      const out: string[] = new Array(to - from);
      for (let i = from; i < to; i++) out[i - from] = intern(rows[i]!.article);
      subject.articles = subject.articles.length === 0 ? out : [...subject.articles, ...out];
    });
    if (rows.length < page) return;
    const last = rows[rows.length - 1]!;
    after = { id: last.person_id, article: last.article };
  }
}

/** One shared copy of each repeated string. */
function interner(): Intern {
  const pool = new Map<string, string>();
  return <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = pool.get(value);
    if (known !== undefined) return known as T;
    pool.set(value, value);
    return value;
  };
}

/** Calls `fn` once per run of consecutive rows with the same `person_id` (rows sorted by it). */
function groupRuns(
  rows: ReadonlyArray<{ person_id: string }>,
  fn: (personId: string, from: number, to: number) => void,
): void {
  let from = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i]!.person_id !== rows[from]!.person_id) {
      fn(rows[from]!.person_id, from, i);
      from = i;
    }
  }
}

function custodyRow(c: Omit<PersonCustodyTable, 'person_id' | 'seq'>, intern: Intern): CustodyPeriodRow {
  return {
    startMin: c.start_min,
    startMax: c.start_max,
    endMin: c.end_min,
    endMax: c.end_max,
    counted: c.counted === 1,
    releaseReason: intern(c.release_reason) as ReleaseReason | null,
  };
}
