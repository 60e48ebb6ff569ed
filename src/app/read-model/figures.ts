/**
 * Figure subjects in the read model, one set per audience: every person's custody periods,
 * events and articles as figures count them (`FigureSubject`), with the counts already made
 * on days asked. Carried to a new snapshot with the people changed since loaded again (left
 * out when deleted, or not public for `public`) and the counts adjusted by their share
 * (`domain/figures-changes.ts`), instead of loading 100,000 subjects again (~1 s).
 * Public subjects are the same objects as the staff ones when those are at hand.
 */
import type { Audience } from '../../domain/access.js';
import { countColumns, countOnColumns, type CountColumns } from '../../domain/figures-columns.js';
import { adjustedCounts, withChanged } from '../../domain/figures-changes.js';
import type { DayCount } from '../../domain/figures.js';
import type { AppContext } from '../context.js';
import type { FigureSubject, Store } from '../ports.js';
import { forgetPart, hasPart, peekPart, readPart, replacePart, CARRY_LIMIT, type Part } from './snapshot.js';

/** The subjects of one audience and what was counted over them. */
export interface FigureEntry {
  subjects: FigureSubject[];
  /** The counted rows as columns, built on the first count. */
  columns?: CountColumns;
  /** Counts on days asked (at most 1,000 days kept). */
  counts?: Map<number, DayCount>;
}

/** At most this many changed records are applied to loaded subjects; after more (an import), they load again. */
export const FIGURE_REFRESH_LIMIT = CARRY_LIMIT;

const parts = new Map<Audience, Part<FigureEntry>>();

function figuresPart(audience: Audience): Part<FigureEntry> {
  let part = parts.get(audience);
  if (part) return part;
  part = {
    name: 'figure-subjects',
    audience,
    async build(ctx) {
      if (audience === 'public') {
        const staff = await peekPart(ctx, figuresPart('staff'));
        if (staff) return { subjects: publicOf(staff.subjects) };
        return { subjects: await ctx.store.read((r) => r.persons.figureSubjects('public')) };
      }
      const entry: FigureEntry = { subjects: await ctx.store.read((r) => r.persons.figureSubjects('staff')) };
      // Loaded for staff after the public ones: share the objects from now on.
      if (await hasPart(ctx, figuresPart('public'))) {
        replacePart(ctx, figuresPart('public'), { subjects: publicOf(entry.subjects) });
      }
      return entry;
    },
    async carry(old, changes, ctx) {
      const ids = [...changes.ids('person')];
      if (ids.length === 0) return old;
      const fresh = await ctx.store.read((r) => r.persons.figureSubjectsOf(ids, audience));
      const { subjects, removed } = withChanged(old.subjects, ids, fresh);
      const entry: FigureEntry = { subjects };
      if (old.counts) entry.counts = adjustedCounts(old.counts, removed, fresh);
      return entry;
    },
  };
  parts.set(audience, part);
  return part;
}

/** The subjects of public records, in the same order (what `figureSubjects('public')` loads). */
function publicOf(subjects: readonly FigureSubject[]): FigureSubject[] {
  return subjects.filter((s) => s.isPublic);
}

/**
 * The figure subjects and counts of the current snapshot for an audience.
 * @example const { subjects } = await figureEntry(ctx, 'public');
 */
export function figureEntry(ctx: AppContext, audience: Audience): Promise<FigureEntry> {
  return readPart(ctx, figuresPart(audience));
}

/** `countOn` over the entry's subjects, through columns built once per entry. */
export function countOnEntry(entry: FigureEntry, day: number): DayCount {
  entry.counts ??= new Map();
  let count = entry.counts.get(day);
  if (count === undefined) {
    entry.columns ??= countColumns(entry.subjects);
    count = countOnColumns(entry.columns, day);
    if (entry.counts.size < 1000) entry.counts.set(day, count);
  }
  return { ...count };
}

/** Forgets the figures kept for the store, so the next ones load afresh (for tests and benchmarks). */
export function forgetFigures(store: Store): void {
  for (const audience of ['public', 'staff'] as const) forgetPart(store, figuresPart(audience));
}
