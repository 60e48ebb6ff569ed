/**
 * Synthetic registries for demos, tests and benchmarks: clearly fictional people
 * (`fictional: true`, tag `fictional`, an internal note) with realistic names,
 * timelines, cases and sources. Deterministic: the same seed and `today` give the
 * same records; person `i` depends only on the seed and `i`, not on `size`.
 *
 * @example
 * const { persons, facilities, sources } = generateRegistry({ size: 1000, seed: 7 });
 * for (const p of generatePersons({ size: 100_000, seed: 7 })) store(p); // one at a time
 */
import { courtById } from '../domain/courts.js';
import { dayToIso, isoToDay } from '../domain/partial-date.js';
import { calendarDiffDays } from '../domain/duration.js';
import type { Case, Charge, Event, Facility, Localized, Person, Region, Source } from '../domain/record.js';
import { FACILITIES, MEN_COLONY_IDS, WOMEN_COLONY_IDS } from './facilities.js';
import { randomNameForms } from './names.js';
import { Rng } from './prng.js';
import { custodyPath, type Path, type Step } from './timeline.js';

export interface GenerateOptions {
  size: number;
  seed: number;
  /** The generator's "now" (`YYYY-MM-DD`); nothing happens after it. Default {@link DEFAULT_TODAY}. */
  today?: string;
}

/** Fixed default so that output does not depend on the clock. */
export const DEFAULT_TODAY = '2025-06-30';
export const FICTIONAL_TAG = 'fictional';

const REGIONS: ReadonlyArray<readonly [Region, number]> = [
  ['minsk-city', 30],
  ['minsk', 12],
  ['brest', 12],
  ['homiel', 12],
  ['hrodna', 11],
  ['viciebsk', 11],
  ['mahiliou', 11],
  ['abroad', 1],
];
const SIZO_BY_REGION: Record<Region, string> = {
  'minsk-city': 'f-sizo-1-minsk',
  minsk: 'f-sizo-zhodzina',
  brest: 'f-sizo-7-brest',
  homiel: 'f-sizo-3-homiel',
  hrodna: 'f-sizo-1-minsk',
  viciebsk: 'f-sizo-zhodzina',
  mahiliou: 'f-sizo-1-minsk',
  abroad: 'f-kgb-sizo-minsk',
};
/** Courts by region, as ids of the court catalogue (`domain/courts.ts`). */
const COURTS: Record<Region, readonly string[]> = {
  'minsk-city': ['ct-minsk-saviecki', 'ct-minsk-maskouski', 'ct-minsk-city'],
  minsk: ['ct-minsk-regional', 'ct-barysau'],
  brest: ['ct-brest-leninski', 'ct-brest-regional'],
  homiel: ['ct-homiel-centralny', 'ct-homiel-regional'],
  hrodna: ['ct-hrodna-leninski', 'ct-hrodna-regional'],
  viciebsk: ['ct-viciebsk-kastrycnicki', 'ct-viciebsk-regional'],
  mahiliou: ['ct-babrujsk', 'ct-mahiliou-regional'],
  abroad: ['ct-minsk-city'],
};
const APPEAL_COURTS: Record<Region, string> = {
  'minsk-city': 'ct-minsk-city',
  minsk: 'ct-minsk-regional',
  brest: 'ct-brest-regional',
  homiel: 'ct-homiel-regional',
  hrodna: 'ct-hrodna-regional',
  viciebsk: 'ct-viciebsk-regional',
  mahiliou: 'ct-mahiliou-regional',
  abroad: 'ct-supreme',
};
/** A catalogue court as a case names it: its id and its English name as the sources write it. */
function courtRef(id: string): { courtId: string; court: string } {
  return { courtId: id, court: courtById(id)?.name.en ?? id };
}
/** Articles with weights and the part usually charged (from the article catalogue). */
const CHARGES: ReadonlyArray<readonly [Charge, number]> = [
  [{ article: '342', part: 1 }, 26],
  [{ article: '368', part: 1 }, 9],
  [{ article: '369' }, 9],
  [{ article: '130', part: 1 }, 6],
  [{ article: '361-1', part: 1 }, 6],
  [{ article: '361-4', part: 1 }, 9],
  [{ article: '363', part: 2 }, 6],
  [{ article: '364' }, 5],
  [{ article: '293', part: 2 }, 5],
  [{ article: '339', part: 2 }, 6],
  [{ article: '367', part: 1 }, 3],
  [{ article: '369-1' }, 2],
  [{ article: '370' }, 3],
  [{ article: '203-1', part: 1 }, 3],
  [{ article: '356' }, 1],
  [{ article: '361-2', part: 1 }, 2],
  [{ article: '361', part: 1 }, 2],
];
const OCCUPATIONS: readonly Localized[] = [
  { en: 'IT specialist', be: 'айцішнік', ru: 'айтишник' },
  { en: 'engineer', be: 'інжынер', ru: 'инженер' },
  { en: 'teacher', be: 'настаўнік', ru: 'учитель' },
  { en: 'student', be: 'студэнт', ru: 'студент' },
  { en: 'doctor', be: 'лекар', ru: 'врач' },
  { en: 'entrepreneur', be: 'прадпрымальнік', ru: 'предприниматель' },
  { en: 'factory worker', be: 'рабочы завода', ru: 'рабочий завода' },
  { en: 'journalist', be: 'журналіст', ru: 'журналист' },
  { en: 'driver', be: 'кіроўца', ru: 'водитель' },
  { en: 'pensioner', be: 'пенсіянер', ru: 'пенсионер' },
  {},
];
const SOURCE_COUNT = 12;
const PARTIAL_KINDS: ReadonlySet<Step['kind']> = new Set(['search', 'charged', 'trial', 'recognition']);
const BIRTH_MIN = isoToDay('1950-01-01');
const BIRTH_MAX = isoToDay('2004-12-31');

/** The fictional sources every generated event cites (ids `s-g01`…). */
export function syntheticSources(): Source[] {
  const kinds = ['publication', 'organisation', 'social_media', 'court', 'tip', 'relative'] as const;
  return Array.from({ length: SOURCE_COUNT }, (_, i) => ({
    id: `s-g${String(i + 1).padStart(2, '0')}`,
    kind: kinds[i % kinds.length] as Source['kind'],
    title: `Fictional source ${i + 1} (generated demo data)`,
    publisher: 'Rollcall demo generator',
    reliability: (['A', 'B', 'C', 'D'] as const)[i % 4] as Source['reliability'],
    visibility: 'public',
    note: 'Not a real source: generated for demonstrations.',
  }));
}

/**
 * A synthetic registry in memory: `size` fictional people, the real facility
 * catalogue and the fictional sources they cite.
 */
export function generateRegistry(opts: GenerateOptions): {
  persons: Person[];
  facilities: Facility[];
  sources: Source[];
} {
  return {
    persons: [...generatePersons(opts)],
    facilities: FACILITIES.map((f) => structuredClone(f)),
    sources: syntheticSources(),
  };
}

/** The people of {@link generateRegistry} one at a time (ids `p-g000001`… in order), for large runs. */
export function* generatePersons(opts: GenerateOptions): Generator<Person> {
  const today = isoToDay(opts.today ?? DEFAULT_TODAY);
  const width = Math.max(6, String(opts.size).length);
  for (let i = 1; i <= opts.size; i++) {
    yield syntheticPerson(
      new Rng(Math.imul(opts.seed, 1_000_003) + i),
      String(i).padStart(width, '0'),
      today,
      opts.seed,
    );
  }
}

/** One fictional person; `key` becomes the id suffix. */
export function syntheticPerson(rng: Rng, key: string, today: number, seed: number): Person {
  const sex = rng.chance(0.85) ? 'male' : 'female';
  const region = rng.weighted(REGIONS);
  const birth = dayToIso(Math.floor((rng.int(BIRTH_MIN, BIRTH_MAX) + rng.int(BIRTH_MIN, BIRTH_MAX)) / 2));
  const path = custodyPath(rng, today, { female: sex === 'female', minsk: region === 'minsk-city' });
  const cases = buildCases(rng, key, path, region);
  return {
    id: `p-g${key}`,
    names: randomNameForms(rng, sex),
    sex,
    birthDate: rng.chance(0.08) ? birth.slice(0, 4) : birth,
    birthDateVisibility: rng.chance(0.1) ? 'internal' : 'public',
    region,
    occupation: rng.pick(OCCUPATIONS),
    biography: {},
    tags: [FICTIONAL_TAG],
    cases,
    events: buildEvents(rng, key, path, { female: sex === 'female', region, cases }),
    visibility: 'public',
    internalNote: `Fictional person generated by the Rollcall demo generator (seed ${seed}); not a real political prisoner.`,
    fictional: true,
  };
}

const SOURCE_IDS: readonly string[] = syntheticSources().map((s) => s.id);

function sourceIds(rng: Rng): string[] {
  const first = rng.int(0, SOURCE_COUNT - 1);
  const ids = [SOURCE_IDS[first] as string];
  if (rng.chance(0.2)) ids.push(SOURCE_IDS[(first + 1) % SOURCE_COUNT] as string);
  return ids;
}

function buildCases(rng: Rng, key: string, path: Path, region: Region): Case[] {
  const charges: Charge[] = [];
  const count = rng.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
  for (let n = 0; n < count * 3 && charges.length < count; n++) {
    const charge = rng.weighted(CHARGES);
    if (!charges.some((c) => c.article === charge.article)) charges.push({ ...charge });
  }
  const decided = path.steps.some((s) => s.kind === 'verdict' && s.caseIndex === 0);
  const main: Case = {
    id: `c-g${key}-1`,
    charges,
    ...courtRef(rng.pick(COURTS[region])),
    ...(decided ? { verdictDate: dayToIso(path.verdictDay), punishment: path.punishment } : {}),
    appeals: path.steps
      .filter((s) => s.kind === 'appeal')
      .map((s) => ({ date: dayToIso(s.day), ...courtRef(APPEAL_COURTS[region]), outcome: 'upheld' as const })),
    sourceIds: sourceIds(rng),
    visibility: 'public',
  };
  if (!path.steps.some((s) => s.caseIndex === 1)) return [main];
  const ext = path.extension;
  const art411: Case = {
    id: `c-g${key}-2`,
    charges: [{ article: '411' }],
    ...(ext ? { verdictDate: dayToIso(ext.verdictDay), punishment: ext.punishment } : {}),
    appeals: [],
    sourceIds: sourceIds(rng),
    visibility: 'public',
  };
  return [main, art411];
}

interface Who {
  female: boolean;
  region: Region;
  cases: Case[];
}

function buildEvents(rng: Rng, key: string, path: Path, who: Who): Event[] {
  const steps = [...path.steps].sort((a, b) => a.day - b.day);
  let facility: string | undefined;
  const events: Event[] = [];
  const start = path.detentionDay;
  steps.forEach((step, n) => {
    const placed = placeOf(rng, step, who);
    if (placed) facility = placed;
    const partial = PARTIAL_KINDS.has(step.kind) && rng.chance(0.12);
    const iso = dayToIso(step.day);
    const release = step.kind === 'release';
    const e: Event = {
      id: `e-g${key}-${String(n + 1).padStart(2, '0')}`,
      kind: step.kind,
      date: partial ? iso.slice(0, 7) : iso,
      ...(placed || (release && facility) ? { facilityId: placed ?? facility } : {}),
      ...(step.caseIndex !== undefined ? { caseId: who.cases[step.caseIndex]?.id } : {}),
      ...(step.releaseReason ? { releaseReason: step.releaseReason } : {}),
      ...(release && rng.chance(0.5) ? { statedTimeServed: calendarDiffDays(start, step.day) } : {}),
      sourceIds: sourceIds(rng),
      visibility: 'public',
    };
    events.push(e);
  });
  return events;
}

function placeOf(rng: Rng, step: Step, who: Who): string | undefined {
  switch (step.place) {
    case 'temporary':
      return who.region === 'minsk-city' ? 'f-akrescina' : undefined;
    case 'pretrial':
      return SIZO_BY_REGION[who.region];
    case 'prison':
      return who.female ? rng.pick(WOMEN_COLONY_IDS) : 'f-prison-4-mahiliou';
    case 'colony':
      return rng.pick(who.female ? WOMEN_COLONY_IDS : MEN_COLONY_IDS);
    default:
      return undefined;
  }
}
