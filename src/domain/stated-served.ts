/**
 * A source's stated time served beside what the recorded dates allow. Digests state the
 * time served ("3 years, 3 months and 22 days"); the dates on record may be vague (a month,
 * a year) or disagree. Pages show both when they differ, so a reader sees what the source
 * said and what the dates can support.
 */
import { periodTimeServed, wholeCustodyPeriods } from './custody.js';
import type { Person, Term } from './record.js';

export interface StatedServed {
  /** The release event stating the time served. */
  eventId: string;
  stated: Term;
  sourceIds: string[];
  /** What the period's dates allow: exact when every date is an exact day. */
  served: { exact: Term | null; min: Term; max: Term };
}

const same = (a: Term, b: Term) => a.years === b.years && a.months === b.months && a.days === b.days;

/**
 * Releases whose stated time served differs from the time the dates give (not exactly it),
 * in timeline order. Pass the public facts for public pages.
 *
 * @example
 * statedServedDiffering(takarchuk); // [{ eventId: 'e-takarchuk-release', stated: 3y 3m 22d, served: { exact: null, … } }]
 */
export function statedServedDiffering(person: Pick<Person, 'events'>): StatedServed[] {
  const out: StatedServed[] = [];
  for (const period of wholeCustodyPeriods(person)) {
    const end = period.endEvent;
    if (!end || end.kind !== 'release' || !end.statedTimeServed) continue;
    const served = periodTimeServed(period);
    if (served.exact && same(served.exact, end.statedTimeServed)) continue;
    out.push({ eventId: end.id, stated: end.statedTimeServed, sourceIds: [...end.sourceIds], served });
  }
  return out;
}
