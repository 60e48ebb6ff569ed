/**
 * Releases of a month (the digest's figures) and expected releases.
 */
import { releasesInMonth } from '../domain/releases.js';
import { expectedReleases } from '../domain/sentence.js';
import { monthDays, isoToDay } from '../domain/partial-date.js';
import type { Person } from '../domain/record.js';
import { type AppContext } from './context.js';
import { parseDay, parseMonth } from './figures.js';
import type { Audience } from '../domain/access.js';
import { withPublicFacts } from '../domain/project-person.js';
import { nameOf, parseReleaseTimeline, PREFERRED_SYSTEMS } from '../domain/release-timeline.js';
import { RollcallError } from '../domain/errors.js';

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

/** People in custody whose projected release falls in [from, to]. */
export async function expected(ctx: AppContext, from: string, to: string, audience: Audience) {
  const fromDay = parseDay(from, 'start date');
  const toDay = parseDay(to, 'end date');
  if (toDay < fromDay) throw new RollcallError('invalid-range', `The end date ${to} is before the start date ${from}.`);
  const { persons, ratios } = await ctx.store.read(async (r) => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 5000) {
      const rows = await r.persons.list({ status: 'imprisoned', audience: 'staff', offset, limit: 5000 });
      ids.push(...rows.map((row) => row.id));
      if (rows.length < 5000) break;
    }
    return { persons: await r.persons.getMany(ids), ratios: await r.reference.creditRatios() };
  });
  const visible = audience === 'public' ? persons.filter((p) => p.visibility === 'public') : persons;
  const list = expectedReleases(visible.map(withPublicFacts), from, to, ratios);
  return { from, to, fromDay, toDay: isoToDay(to), entries: list, names: namesOf(visible, audience) };
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
