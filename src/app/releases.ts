/**
 * Releases of a month (the digest's figures) and expected releases.
 */
import { releasesInMonth } from '../domain/releases.js';
import { projectedRelease, type ExpectedRelease } from '../domain/sentence.js';
import { monthDays, isoToDay } from '../domain/partial-date.js';
import type { Person } from '../domain/record.js';
import { type AppContext } from './context.js';
import { parseDay, parseMonth } from './figures.js';
import type { Audience } from '../domain/access.js';
import type { Repos } from './ports.js';
import { withPublicFacts } from '../domain/project-person.js';
import { nameOf, parseReleaseTimeline, PREFERRED_SYSTEMS } from '../domain/release-timeline.js';
import { RollcallError } from '../domain/errors.js';
import { readPart, type Part } from './read-model/index.js';

/**
 * People released in `month` with their time served, and the digest's opening figures.
 * Reads the stored release timelines (`PersonProjection.timeline`), not the documents.
 */
export async function releasesOfMonth(ctx: AppContext, month: string, audience: Audience) {
  parseMonth(month);
  const [fromDay, toDay] = monthDays(month);
  const rows = await ctx.store.read((r) => r.persons.timelinesWithEvent('release', fromDay, toDay));
  const people: Array<Pick<Person, 'id' | 'events'>> = [];
  const names: Record<string, string> = {};
  for (const row of rows) {
    if (audience === 'public' && !row.isPublic) continue;
    const timeline = parseReleaseTimeline(row.timeline);
    people.push({ id: row.id, events: timeline.events });
    const name = audience === 'public' ? timeline.publicName : timeline.staffName;
    if (name !== null) names[row.id] = name;
  }
  return { ...releasesInMonth(people, month), names };
}

/**
 * People in custody whose projected release may fall in [from, to] (a projected range
 * counts when it overlaps), soonest first, with the display names of those listed.
 *
 * The projected releases of everyone in custody are computed once per data version
 * ({@link projectedReleases}); a request only picks its range from them.
 *
 * @example const { entries, names } = await expected(ctx, '2024-02-02', '2025-02-02', 'public');
 */
export async function expected(ctx: AppContext, from: string, to: string, audience: Audience) {
  const fromDay = parseDay(from, 'start date');
  const toDay = parseDay(to, 'end date');
  if (toDay < fromDay) throw new RollcallError('invalid-range', `The end date ${to} is before the start date ${from}.`);
  const all = await projectedReleases(ctx, audience);
  const entries: ExpectedRelease[] = [];
  const names: Record<string, string> = {};
  for (const p of all) {
    if (p.minDay > toDay) break; // sorted by the earliest possible day
    if (p.maxDay < fromDay) continue;
    entries.push(p.entry);
    if (p.name !== null) names[p.entry.personId] = p.name;
  }
  return { from, to, fromDay, toDay, entries, names };
}

interface Projected {
  entry: ExpectedRelease;
  minDay: number;
  maxDay: number;
  /** The display name the audience may see (null: no such name form). */
  name: string | null;
}

/** Records of people in custody are read and parsed this many at a time. */
const PROJECTION_PAGE = 2000;

/**
 * The projected release of every person in custody the audience may see (from their
 * public cases and events, as their page shows it), sorted by the earliest possible
 * day, then person id: a part of the read model, shared by every request and page
 * (`/api/v1/expected`, the upcoming releases). Carried to a new snapshot by computing
 * the changed people again (a change of the credit ratios computes everyone again).
 */
function projectedReleases(ctx: AppContext, audience: Audience): Promise<Projected[]> {
  return readPart(ctx, projectedPart(audience));
}

const projectedParts = new Map<Audience, Part<Projected[]>>();

function projectedPart(audience: Audience): Part<Projected[]> {
  let part = projectedParts.get(audience);
  if (part) return part;
  part = {
    name: 'projected-releases',
    audience,
    build: (ctx) =>
      ctx.store.read(async (r) => {
        const ids = (await r.persons.list({ status: 'imprisoned', audience })).map((row) => row.id);
        return (await projectionsOf(r, ids, audience)).sort(bySoonest);
      }),
    async carry(old, changes, ctx) {
      if (changes.ids('credit-ratio').size > 0) return undefined;
      const changed = changes.ids('person');
      if (changed.size === 0) return old;
      const fresh = await ctx.store.read(async (r) => {
        const ids = (await r.persons.list({ ids: [...changed], status: 'imprisoned', audience })).map((row) => row.id);
        return projectionsOf(r, ids, audience);
      });
      return [...old.filter((p) => !changed.has(p.entry.personId)), ...fresh].sort(bySoonest);
    },
  };
  projectedParts.set(audience, part);
  return part;
}

/** The projected releases of these people (in custody), in pages of records. */
async function projectionsOf(r: Repos, ids: readonly string[], audience: Audience): Promise<Projected[]> {
  const ratios = await r.reference.creditRatios();
  const out: Projected[] = [];
  for (let start = 0; start < ids.length; start += PROJECTION_PAGE) {
    // Let other requests (and /healthz) through between pages: reads here never wait.
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const person of await r.persons.getMany(ids.slice(start, start + PROJECTION_PAGE))) {
      if (audience === 'public' && person.visibility !== 'public') continue;
      const projected = projectedRelease(withPublicFacts(person), ratios);
      if (!projected) continue;
      const { min, max, date } = projected;
      const entry: ExpectedRelease = { personId: person.id, date, min, max };
      const forms = audience === 'public' ? person.names.filter((n) => n.visibility === 'public') : person.names;
      out.push({ entry, minDay: isoToDay(min), maxDay: isoToDay(max), name: forms.length > 0 ? nameOf(forms) : null });
    }
  }
  return out;
}

function bySoonest(a: Projected, b: Projected): number {
  return a.minDay - b.minDay || (a.entry.personId < b.entry.personId ? -1 : 1);
}

/** Display names by person id (primary Latin form when present). */
export function namesOf(persons: readonly Person[], audience: Audience): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of persons) {
    const names = audience === 'public' ? p.names.filter((n) => n.visibility === 'public') : p.names;
    if (names.length > 0) out[p.id] = nameOf(names);
  }
  return out;
}

/** The display name of a person: the first preferred system with a form (its primary one first), else the primary form, else the first. */
export function displayName(p: Person, prefer: readonly string[] = PREFERRED_SYSTEMS): string {
  return nameOf(p.names, prefer);
}
