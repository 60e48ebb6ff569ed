/**
 * The custody path of one fictional person, as epoch days: detention, optional
 * administrative arrest and re-detention, pre-trial placement, verdict and
 * punishment, transfers, Art. 411 extensions and the release (or none yet).
 * Pure arithmetic on days; `generator.ts` turns the path into records.
 */
import { shiftDay } from '../domain/duration.js';
import { dayToIso, isoToDay } from '../domain/partial-date.js';
import { CREDIT_RATIOS } from '../domain/reference-data.js';
import { creditRatioFor } from '../domain/sentence.js';
import type { Punishment, ReleaseReason, Regime, Term } from '../domain/record.js';
import type { Rng } from './prng.js';

export interface Step {
  kind:
    | 'search'
    | 'detention'
    | 'administrative_arrest'
    | 're_detention'
    | 'charged'
    | 'pretrial_placement'
    | 'trial'
    | 'verdict'
    | 'appeal'
    | 'transfer'
    | 'new_charges'
    | 'release'
    | 'recognition';
  day: number;
  /** Facility role; the generator maps it to a facility id. */
  place?: 'temporary' | 'pretrial' | 'colony' | 'prison';
  /** 0 = the main case, 1 = the Art. 411 case. */
  caseIndex?: number;
  releaseReason?: ReleaseReason;
}

export interface Path {
  steps: Step[];
  detentionDay: number;
  verdictDay: number;
  punishment: Punishment;
  /** Punishment of an Art. 411 case, when one was added in prison. */
  extension: { verdictDay: number; punishment: Punishment } | null;
  releaseDay: number | null;
}

const PARDONS_FROM = isoToDay('2024-07-03');
const FIRST_PROTEST_DAY = isoToDay('2020-08-09');

const YEAR_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [1, 14],
  [2, 22],
  [3, 22],
  [4, 12],
  [5, 10],
  [6, 7],
  [7, 4],
  [8, 4],
  [10, 3],
  [12, 1],
  [15, 1],
];

/** Detention periods and weights: most in late 2020 and 2021, fewer later. */
const DETENTION_SPANS: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[FIRST_PROTEST_DAY, isoToDay('2020-12-31')], 34],
  [[isoToDay('2021-01-01'), isoToDay('2021-12-31')], 30],
  [[isoToDay('2022-01-01'), isoToDay('2022-12-31')], 15],
  [[isoToDay('2023-01-01'), isoToDay('2023-12-31')], 10],
  [[isoToDay('2024-01-01'), isoToDay('2099-12-31')], 11],
];
const WOMEN_REGIMES: ReadonlyArray<readonly [Regime, number]> = [['general', 1]];
const MEN_REGIMES: ReadonlyArray<readonly [Regime, number]> = [
  ['general', 45],
  ['strengthened', 40],
  ['strict', 12],
  ['prison', 3],
];
const PUNISHMENT_KINDS = [
  ['dol', 84],
  ['rof', 11],
  ['fine', 3],
  ['arrest', 2],
] as const;

/** A detention day before `today` (at least 40 days before when the period allows). */
function detentionDay(rng: Rng, today: number): number {
  const [min, to] = rng.weighted(DETENTION_SPANS);
  const max = Math.min(to, today - 40);
  return max <= min ? Math.min(min, today - 1) : rng.int(min, max);
}

function deprivation(rng: Rng, female: boolean): Punishment {
  const term: Term = { years: rng.weighted(YEAR_WEIGHTS), months: rng.chance(0.35) ? 6 : 0, days: 0 };
  return { kind: 'deprivation_of_liberty', regime: rng.weighted(female ? WOMEN_REGIMES : MEN_REGIMES), term };
}

function punishment(rng: Rng, female: boolean): Punishment {
  const kind = rng.weighted(PUNISHMENT_KINDS);
  if (kind === 'dol') return deprivation(rng, female);
  if (kind === 'rof') {
    return {
      kind: 'restriction_of_freedom',
      referral: rng.chance(0.45),
      term: { years: rng.int(1, 3), months: 0, days: 0 },
    };
  }
  if (kind === 'fine') return { kind: 'fine', amount: rng.int(20, 300) };
  return { kind: 'arrest', term: { years: 0, months: rng.int(3, 6), days: 0 } };
}

/**
 * Release day at the end of a deprivation of liberty, with pre-trial credit by the dated ratios
 * (same rule as `projectedRelease` in `sentence.ts`).
 */
function termEndDay(detention: number, verdict: number, p: Punishment): number {
  const ratio = creditRatioFor(CREDIT_RATIOS, p, dayToIso(verdict))?.ratio ?? 1;
  const credit = Math.floor((verdict - detention) * (ratio - 1));
  return Math.max(shiftDay(detention, p.term as Term, 1) - credit, verdict);
}

/** The start of custody: search, detention, maybe an administrative arrest and a re-detention. */
function arrestSteps(rng: Rng, steps: Step[], day: number, minsk: boolean): number {
  if (rng.chance(0.7)) steps.push({ kind: 'search', day });
  steps.push({ kind: 'detention', day, ...(minsk ? { place: 'temporary' as const } : {}) });
  if (!rng.chance(0.25)) return day;
  steps.push({ kind: 'administrative_arrest', day: day + 1, place: 'temporary' });
  const again = day + rng.int(10, 30);
  steps.push({ kind: 're_detention', day: again });
  return again;
}

/** The early release (parole or pardon) day, if the person gets one before `end`. */
function earlyRelease(rng: Rng, from: number, end: number, today: number): [number, ReleaseReason] | null {
  const r = rng.next();
  if (r < 0.06) return [from + Math.floor((end - from) * 0.67), 'parole'];
  const lo = Math.max(PARDONS_FROM, from + 30);
  const hi = Math.min(end - 1, today);
  if (r < 0.2 && lo <= hi) return [rng.int(lo, hi), rng.chance(0.25) ? 'expulsion' : 'pardon'];
  return null;
}

/**
 * A whole custody path for a person detained on a random day before `today`.
 *
 * @example
 * const path = custodyPath(new Rng(1), isoToDay('2025-06-30'), { female: false, minsk: true });
 */
export function custodyPath(rng: Rng, today: number, who: { female: boolean; minsk: boolean }): Path {
  const steps: Step[] = [];
  const detention = detentionDay(rng, today);
  const criminal = arrestSteps(rng, steps, detention, who.minsk);
  if (rng.chance(0.85)) steps.push({ kind: 'charged', day: criminal + rng.int(1, 9), caseIndex: 0 });
  steps.push({ kind: 'pretrial_placement', day: criminal + rng.int(1, 5), place: 'pretrial' });
  const p = punishment(rng, who.female);
  // An arrest (at most six months) is imposed before the time already spent in custody exceeds it.
  const latest = p.kind === 'arrest' ? shiftDay(detention, p.term as Term, 1) - criminal - 10 : 330;
  const verdict = criminal + rng.int(Math.min(60, latest), latest);
  const path: Path = {
    steps,
    detentionDay: detention,
    verdictDay: verdict,
    punishment: p,
    extension: null,
    releaseDay: null,
  };
  if (rng.chance(0.95)) steps.push({ kind: 'recognition', day: Math.min(detention + rng.int(3, 90), today) });
  if (verdict > today) return upTo(path, today);
  if (rng.chance(0.9)) steps.push({ kind: 'trial', day: verdict - rng.int(3, 40), caseIndex: 0 });
  steps.push({ kind: 'verdict', day: verdict, caseIndex: 0 });
  const appeal = verdict + rng.int(30, 70);
  if (rng.chance(0.35) && appeal <= today) steps.push({ kind: 'appeal', day: appeal, caseIndex: 0 });
  if (p.kind !== 'deprivation_of_liberty' && p.kind !== 'arrest') {
    const reason: ReleaseReason =
      p.kind === 'restriction_of_freedom'
        ? p.referral
          ? 'open_institution'
          : 'home_confinement'
        : 'non_custodial_sentence';
    return finish(path, verdict, reason, today);
  }
  let end = p.kind === 'arrest' ? shiftDay(detention, p.term as Term, 1) : termEndDay(detention, verdict, p);
  end = Math.max(end, verdict + 1);
  if (p.kind === 'deprivation_of_liberty') end = prisonSteps(rng, path, end, today);
  const early = p.kind === 'deprivation_of_liberty' ? earlyRelease(rng, verdict, end, today) : null;
  return early ? finish(path, early[0], early[1], today) : finish(path, end, 'term_served', today);
}

/** Transfers after the verdict and, sometimes, an Art. 411 case that extends the term. Returns the new end. */
function prisonSteps(rng: Rng, path: Path, end: number, today: number): number {
  const { steps, verdictDay } = path;
  const arrival = verdictDay + rng.int(20, 60);
  if (arrival >= end || arrival > today) return end;
  const place = path.punishment.regime === 'prison' ? 'prison' : 'colony';
  steps.push({ kind: 'transfer', day: arrival, place });
  if (rng.chance(0.3)) {
    const again = arrival + rng.int(90, 500);
    if (again < end && again <= today)
      steps.push({ kind: 'transfer', day: again, place: rng.chance(0.3) ? 'prison' : 'colony' });
  }
  const charged = end - rng.int(30, 120);
  if (!rng.chance(0.04) || charged <= arrival || charged > today) return end;
  steps.push({ kind: 'new_charges', day: charged, caseIndex: 1 });
  const verdict411 = charged + rng.int(20, 60);
  const extension: Punishment = {
    kind: 'deprivation_of_liberty',
    regime: path.punishment.regime,
    term: { years: 1, months: 0, days: 0 },
  };
  if (verdict411 <= today) {
    path.extension = { verdictDay: verdict411, punishment: extension };
    steps.push({ kind: 'verdict', day: verdict411, caseIndex: 1 });
  }
  return shiftDay(end, extension.term as Term, 1);
}

/** Ends the path with a release on `day` (unless that is after `today`); drops what the release pre-empted. */
function finish(path: Path, day: number, reason: ReleaseReason, today: number): Path {
  if (day > today) return upTo(path, today);
  path.releaseDay = day;
  path.steps = path.steps.filter((s) => s.day < day || (!IN_CUSTODY_ONLY.has(s.kind) && s.caseIndex !== 1));
  if (!path.steps.some((s) => s.caseIndex === 1)) path.extension = null;
  path.steps.push({ kind: 'release', day, releaseReason: reason });
  return upTo(path, today);
}

/** Steps that happen only while the person is held: none after the release. */
const IN_CUSTODY_ONLY: ReadonlySet<Step['kind']> = new Set(['transfer', 'new_charges', 'pretrial_placement']);

/** Drops steps after `today` (nothing has happened yet then). */
function upTo(path: Path, today: number): Path {
  path.steps = path.steps.filter((s) => s.day <= today);
  if (path.extension && path.extension.verdictDay > today) path.extension = null;
  return path;
}
