/**
 * Releases of a month (the digest's figures) and expected releases.
 */
import { releasesInMonth } from '../domain/releases.js';
import { expectedReleases } from '../domain/sentence.js';
import { monthDays, isoToDay } from '../domain/partial-date.js';
import type { Person } from '../domain/record.js';
import { type AppContext } from './context.js';
import { parseDay, parseMonth, type Audience } from './figures.js';
import { withPublicEvents } from '../domain/project-person.js';
import { AppError } from './context.js';

/** People released in `month` with their time served, and the digest's opening figures. */
export async function releasesOfMonth(ctx: AppContext, month: string, audience: Audience) {
  parseMonth(month);
  const [fromDay, toDay] = monthDays(month);
  const persons = await ctx.store.read(async (r) => {
    const ids = await r.persons.idsWithEvent('release', fromDay, toDay);
    return r.persons.getMany(ids);
  });
  const visible = audience.publicOnly ? persons.filter((p) => p.visibility === 'public') : persons;
  const result = releasesInMonth(visible.map(withPublicEvents), month);
  return { ...result, names: namesOf(visible, audience) };
}

/** People in custody whose projected release falls in [from, to]. */
export async function expected(ctx: AppContext, from: string, to: string, audience: Audience) {
  const fromDay = parseDay(from, 'start date');
  const toDay = parseDay(to, 'end date');
  if (toDay < fromDay) throw new AppError('invalid-range', `The end date ${to} is before the start date ${from}.`);
  const { persons, ratios } = await ctx.store.read(async (r) => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 5000) {
      const rows = await r.persons.list({ status: 'imprisoned', offset, limit: 5000 });
      ids.push(...rows.map((row) => row.id));
      if (rows.length < 5000) break;
    }
    return { persons: await r.persons.getMany(ids), ratios: await r.reference.creditRatios() };
  });
  const visible = audience.publicOnly ? persons.filter((p) => p.visibility === 'public') : persons;
  const list = expectedReleases(visible.map(withPublicEvents), from, to, ratios);
  return { from, to, fromDay, toDay: isoToDay(to), entries: list, names: namesOf(visible, audience) };
}

/** Display names by person id (primary Latin form when present). */
export function namesOf(
  persons: readonly Person[],
  audience: Audience = { publicOnly: false },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of persons) {
    const names = audience.publicOnly ? p.names.filter((n) => n.visibility === 'public') : p.names;
    if (names.length > 0) out[p.id] = nameOf(names);
  }
  return out;
}

const PREFERRED_SYSTEMS: readonly string[] = ['be-latn-passport', 'latn', 'ru-latn-icao'];

/** The display name of a person: the first preferred system with a form (its primary one first), else the primary form, else the first. */
export function displayName(p: Person, prefer: readonly string[] = PREFERRED_SYSTEMS): string {
  return nameOf(p.names, prefer);
}

function nameOf(forms: Person['names'], prefer: readonly string[] = PREFERRED_SYSTEMS): string {
  let pick: Person['names'][number] | undefined;
  for (const system of prefer) {
    pick = forms.find((f) => f.system === system && f.primary) ?? forms.find((f) => f.system === system);
    if (pick) break;
  }
  pick ??= forms.find((f) => f.primary) ?? forms[0]!;
  return [pick.given, pick.family].filter(Boolean).join(' ');
}
