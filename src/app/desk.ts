/**
 * The desk: what needs attention now, as a list of sections. Each section says which
 * resource a role must be allowed to read to see it, and loads its count and first
 * items from the read model (index rows, the desk facts, projected releases), never by
 * reading every record on a request. Adding a section is one entry in {@link SECTIONS}.
 *
 * @example
 * const desk = await deskView(ctx, 'editor');
 * desk.sections.map((s) => [s.key, s.count]); // [['warnings', 3], ['proposals', 1], …]
 */
import type { Role } from '../domain/access.js';
import { isTermEnded } from '../domain/custody-state.js';
import { dayToIso, isoToDay } from '../domain/partial-date.js';
import { decide, type Resource } from '../domain/policy.js';
import { todayIso, type AppContext } from './context.js';
import type { PersonSummaryRow } from './ports.js';
import type { Person } from '../domain/record.js';
import { expected } from './releases.js';
import { staffRows } from './staff-lists.js';
import { likelyDuplicates } from './duplicates.js';
import { deskFacts } from './read-model/desk-facts.js';
import { memoized } from './read-model/index.js';
import { waitingTips } from './tips/triage.js';

/** One thing to act on: a person, a proposal, a pair of people, a tip. */
export interface DeskItem {
  kind: 'person' | 'proposal' | 'pair' | 'tip';
  id: string;
  /** The second person of a pair. */
  otherId?: string;
  /** What to call it (a person's sort name, a proposal's record). */
  label: string;
  otherLabel?: string;
  /** A date the item is about (ISO day), or a check code. */
  detail?: string;
}

export interface DeskSection {
  key: string;
  /** Which plural the count is said with: `desk.count.<unit>`. */
  unit: 'people' | 'proposals' | 'pairs' | 'tips';
  /** How many there are in all. */
  count: number;
  /** The first of them (at most {@link ITEMS}). */
  items: DeskItem[];
}

export interface DeskSource {
  key: string;
  /** A role sees the section when it may read this resource. */
  resource: Resource;
  load(ctx: AppContext, today: string): Promise<DeskSection>;
}

/** Items shown per section. */
export const ITEMS = 10;
const DAY_MS = 86_400_000;

const section = (key: string, unit: DeskSection['unit'], all: DeskItem[]): DeskSection => ({
  key,
  unit,
  count: all.length,
  items: all.slice(0, ITEMS),
});

/**
 * A section over the people: the rows `scan` keeps, counted, the first {@link ITEMS} made
 * items. Kept in the read model per data version and day (staff), so the scan over every
 * row runs once after a change, not on every request to the desk.
 */
function peopleSection(
  ctx: AppContext,
  key: string,
  today: string,
  scan: () => Promise<{ rows: PersonSummaryRow[]; item: (row: PersonSummaryRow) => DeskItem }>,
): Promise<DeskSection> {
  return memoized(ctx, 'staff', `desk:${key}:${today}`, async () => {
    const { rows, item } = await scan();
    return { key, unit: 'people', count: rows.length, items: rows.slice(0, ITEMS).map(item) };
  });
}

const personItem = (row: PersonSummaryRow, detail?: string): DeskItem => ({
  kind: 'person',
  id: row.id,
  label: row.sortName,
  ...(detail === undefined ? {} : { detail }),
});

export const SECTIONS: DeskSource[] = [
  {
    key: 'warnings',
    resource: 'person',
    load: (ctx, today) =>
      peopleSection(ctx, 'warnings', today, async () => {
        const [rows, facts] = await Promise.all([staffRows(ctx), deskFacts(ctx, today)]);
        return {
          rows: rows.filter((r) => (facts.get(r.id)?.findings ?? 0) > 0),
          item: (r) => personItem(r, facts.get(r.id)?.code ?? ''),
        };
      }),
  },
  {
    key: 'proposals',
    resource: 'proposal',
    async load(ctx) {
      const pending = await ctx.store.read((r) => r.proposals.list({ state: 'pending', limit: 1000 }));
      const items = pending.reverse().map(
        (p) =>
          ({
            kind: 'proposal',
            id: String(p.id),
            label: `${p.entityType} ${p.entityId}`,
            detail: p.at.slice(0, 10),
          }) as DeskItem,
      );
      return section('proposals', 'proposals', items);
    },
  },
  {
    key: 'expected',
    resource: 'person',
    async load(ctx, today) {
      const to = dayToIso(isoToDay(today) + 14);
      const { entries, names } = await expected(ctx, today, to, 'staff');
      const items = entries.map(
        (e) =>
          ({
            kind: 'person',
            id: e.personId,
            label: names[e.personId] ?? e.personId,
            detail: e.date ?? e.min,
          }) as DeskItem,
      );
      return section('expected', 'people', items);
    },
  },
  {
    key: 'termEnded',
    resource: 'person',
    load: (ctx, today) =>
      peopleSection(ctx, 'termEnded', today, async () => {
        const day = isoToDay(today);
        return {
          rows: (await staffRows(ctx)).filter((r) => isTermEnded(r.status, r.termEndMax, day)),
          item: (r) => personItem(r, dayToIso(r.termEndMax!)),
        };
      }),
  },
  {
    key: 'noSource',
    resource: 'person',
    load: (ctx, today) =>
      peopleSection(ctx, 'noSource', today, async () => {
        const yearAgo = isoToDay(new Date(Date.parse(today) - 365 * DAY_MS).toISOString().slice(0, 10));
        const [rows, facts] = await Promise.all([staffRows(ctx), deskFacts(ctx, today)]);
        return {
          rows: rows.filter(
            (r) => r.status === 'imprisoned' && (facts.get(r.id)?.lastSourceDay ?? -Infinity) < yearAgo,
          ),
          item: (r) => personItem(r, lastSourceIso(facts.get(r.id)?.lastSourceDay)),
        };
      }),
  },
  {
    key: 'duplicates',
    resource: 'person',
    async load(ctx) {
      // Read on each request: a pair judged different people leaves at once (no new data version).
      const pairs = await likelyDuplicates(ctx, { limit: 1000 });
      const items = pairs
        .slice(0, ITEMS)
        .map((p) => ({ kind: 'pair', id: p.a, otherId: p.b, label: p.a, otherLabel: p.b }) as DeskItem);
      return { key: 'duplicates', unit: 'pairs', count: pairs.length, items };
    },
  },
  {
    key: 'tips',
    resource: 'tip',
    async load(ctx) {
      const tips = await waitingTips(ctx);
      const items = tips.map(
        (t) => ({ kind: 'tip', id: String(t.id), label: t.receivedDay, detail: t.state }) as DeskItem,
      );
      return section('tips', 'tips', items);
    },
  },
];

function lastSourceIso(day: number | null | undefined): string {
  return day === null || day === undefined ? 'none' : dayToIso(day);
}

export interface DeskView {
  today: string;
  sections: DeskSection[];
}

/**
 * The records of the people the desk's items name (at most {@link ITEMS} a section), so the
 * page can show their names in its language rather than the sort keys.
 */
export async function deskPeople(ctx: AppContext, desk: DeskView): Promise<Map<string, Person>> {
  const ids = new Set<string>();
  for (const s of desk.sections)
    for (const item of s.items) {
      if (item.kind === 'person' || item.kind === 'pair') ids.add(item.id);
      if (item.otherId) ids.add(item.otherId);
    }
  if (ids.size === 0) return new Map();
  const persons = await ctx.store.read((r) => r.persons.getMany([...ids]));
  return new Map(persons.map((p) => [p.id, p]));
}

/** The sections a role may see, loaded together. */
export async function deskView(
  ctx: AppContext,
  role: Role,
  sources: readonly DeskSource[] = SECTIONS,
): Promise<DeskView> {
  const today = todayIso(ctx);
  const shown = sources.filter((s) => decide(role, 'read', s.resource) !== 'deny');
  return { today, sections: await Promise.all(shown.map((s) => s.load(ctx, today))) };
}
