/**
 * Synthetic, fictional people with hand-written projections, for store tests and
 * benchmarks. Deterministic: person `n` is always the same.
 */
import { Person, REGIONS } from '../../domain/record.js';
import type { PersonProjection, PersonStatus } from '../../domain/projection.js';
import { releaseTimeline } from '../../domain/release-timeline.js';

const MS_PER_DAY = 86_400_000;
const ARTICLES = ['130', '293', '342', '361-1', '361-4', '368', '369', '411'];
const STATUSES: PersonStatus[] = ['imprisoned', 'released', 'other', 'imprisoned', 'deceased'];

export interface SyntheticPerson {
  person: Person;
  projection: PersonProjection;
}

/** ISO date of an epoch day. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Person `n` (id `p-n`): ~10 events, one case, status cycling through
 * imprisoned, released, other, imprisoned, deceased; every 10th is internal.
 *
 * @example
 * const { person, projection } = syntheticPerson(7);
 */
export function syntheticPerson(n: number): SyntheticPerson {
  const status = STATUSES[n % STATUSES.length] as PersonStatus;
  const start = 18_000 + ((n * 37) % 1_500);
  const end = status === 'imprisoned' || status === 'other' ? null : start + 300 + (n % 700);
  const facilityId = `f-${n % 20}`;
  const articles = [
    ...new Set([ARTICLES[n % ARTICLES.length] as string, ARTICLES[(n * 7) % ARTICLES.length] as string]),
  ].sort();
  const kinds = [
    'search',
    'detention',
    'charged',
    'pretrial_placement',
    'trial',
    'verdict',
    'appeal',
    'transfer',
    'recognition',
  ];
  const events = kinds.map((kind, i) => ({
    id: `e-${n}-${i}`,
    kind,
    date: isoDay(start + i * 20),
    facilityId: kind === 'pretrial_placement' || kind === 'transfer' ? facilityId : undefined,
    caseId: kind === 'verdict' || kind === 'trial' ? `c-${n}` : undefined,
  }));
  if (end !== null)
    events.push({
      id: `e-${n}-r`,
      kind: status === 'deceased' ? 'death' : 'release',
      date: isoDay(end),
      facilityId: undefined,
      caseId: undefined,
    });
  const person = Person.parse({
    id: `p-${n}`,
    names: [
      { family: `Family${n}`, given: `Given${n % 100}`, system: 'be-latn-passport', primary: true },
      { family: `Фамилия${n}`, given: `Имя${n % 100}`, system: 'ru-cyrl' },
    ],
    sex: n % 2 === 0 ? 'male' : 'female',
    birthDate: `${1950 + (n % 50)}-0${1 + (n % 9)}`,
    region: REGIONS[Math.floor(n / 2) % REGIONS.length],
    occupation: { en: 'engineer' },
    cases: [
      { id: `c-${n}`, charges: articles.map((article) => ({ article, part: 1 })), verdictDate: isoDay(start + 100) },
    ],
    events,
    visibility: n % 10 === 0 ? 'internal' : 'public',
    fictional: true,
  });
  const birthYear = 1950 + (n % 50);
  const birthMonth = n % 9;
  const projection: PersonProjection = {
    personId: person.id,
    status,
    sex: person.sex ?? null,
    region: person.region ?? null,
    birthMin: Date.UTC(birthYear, birthMonth, 1) / MS_PER_DAY,
    birthMax: Date.UTC(birthYear, birthMonth + 1, 0) / MS_PER_DAY,
    firstDetentionMin: status === 'other' && n % 2 === 0 ? null : start + 20,
    currentFacilityId: status === 'imprisoned' ? facilityId : null,
    termEndMax: null,
    articles,
    custody:
      status === 'other' && n % 2 === 0
        ? []
        : [
            {
              startMin: start + 20,
              startMax: start + 20,
              endMin: end,
              endMax: end,
              counted: status !== 'other',
              releaseReason: end === null ? null : 'term_served',
            },
          ],
    events: person.events.map((e) => {
      const day = Date.parse(e.date) / MS_PER_DAY;
      return {
        eventId: e.id,
        kind: e.kind,
        dayMin: day,
        dayMax: day,
        releaseReason: null,
        facilityId: e.facilityId ?? null,
        caseId: e.caseId ?? null,
      };
    }),
    sortName: `family${n} given${n % 100}`,
    isPublic: person.visibility === 'public',
    fictional: true,
    timeline: releaseTimeline(person),
  };
  return { person, projection };
}
