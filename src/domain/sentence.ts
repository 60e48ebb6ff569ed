/**
 * Projected release: when a person in custody should leave if the sentence runs
 * its course. Used for "upcoming releases" lists; every projection carries the
 * steps that produced it (`basis`) so staff can check it.
 *
 * Rule: take the person's custodial cases (deprivation of liberty or arrest with a
 * term; life imprisonment gives no projection) whose verdicts do not fall in an
 * earlier, finished custody period; the person must be in custody now. The first
 * of them by verdict date gives
 *
 *   release = custody start + term − floor(pre-trial days × (ratio − 1))
 *
 * where custody start is the start of the ongoing period, pre-trial days are the
 * days from custody start to the verdict (0 when the verdict came before the
 * detention), and ratio is the {@link CreditRatio} in force on the verdict date for
 * that punishment and regime (1 when none applies). Fractions of a credited day
 * are dropped (the later, cautious date), and a release before the verdict day is
 * moved to the verdict day (term served before the verdict, or absorbed by the
 * credit). Each later custodial verdict in the same custody period (new charges in
 * prison, e.g. Art. 411) adds its term to that day: the new term is served after the
 * rest of the old one (the later, cautious date when a court combined the terms).
 * Partial dates give a range: `min`/`max` over the extreme start and verdict days;
 * `date` is set only when the start and every verdict are exact days. `caseId` is the
 * latest of the cases.
 */
import { wholeCustodyPeriods, type CustodyPeriod } from './custody.js';
import { formatTermEn, shiftDay } from './duration.js';
import { dayRange, dayToIso, isExactDate, isoToDay } from './partial-date.js';
import type { Case, CreditRatio, Person, Punishment, Term } from './record.js';

export interface ProjectedRelease {
  caseId: string;
  date: string | null;
  min: string;
  max: string;
  basis: string[];
}

const CUSTODIAL = new Set(['deprivation_of_liberty', 'arrest', 'life_imprisonment']);

/**
 * The credit ratio in force on `verdictIso` for a punishment, or null (then 1:1 applies).
 * A ratio with `regimes` applies only to a punishment whose regime is listed.
 */
export function creditRatioFor(
  ratios: readonly CreditRatio[],
  punishment: Punishment,
  verdictIso: string,
): CreditRatio | null {
  for (const r of ratios) {
    if (r.punishment !== punishment.kind || r.from > verdictIso || (r.to !== undefined && verdictIso >= r.to)) continue;
    if (r.regimes && !(punishment.regime && r.regimes.includes(punishment.regime))) continue;
    return r;
  }
  return null;
}

interface Verdict {
  c: Case;
  vMin: number;
  vMax: number;
}

/** The cases with a custodial punishment and a verdict date, by verdict (earliest first, record order on ties). */
function custodialCases(person: Person): Verdict[] {
  const out: Verdict[] = [];
  for (const c of person.cases) {
    if (!c.verdictDate || !c.punishment || !CUSTODIAL.has(c.punishment.kind)) continue;
    const [vMin, vMax] = dayRange(c.verdictDate);
    out.push({ c, vMin, vMax });
  }
  return out.sort((a, b) => a.vMin - b.vMin || a.vMax - b.vMax);
}

function releaseDay(start: number, verdict: number, term: Term, p: Punishment, ratios: readonly CreditRatio[]) {
  const ratio = creditRatioFor(ratios, p, dayToIso(verdict));
  const pretrial = Math.max(0, verdict - start);
  const credit = Math.floor(pretrial * ((ratio?.ratio ?? 1) - 1));
  const full = shiftDay(start, term, 1);
  return { full, pretrial, ratio, credit, day: Math.max(full - credit, verdict) };
}

function describePunishment(p: Punishment, term: Term): string {
  const kind = p.kind.replace(/_/g, ' ');
  return `${formatTermEn(term)} of ${kind}${p.regime ? ` (${p.regime} regime)` : ''}`;
}

function range(date: string, min: number, max: number): string {
  return min === max ? dayToIso(min) : `${date} (between ${dayToIso(min)} and ${dayToIso(max)})`;
}

/**
 * The projected release of a person in custody, or null (not in custody, no
 * custodial verdict, life imprisonment, or the verdict belongs to an earlier period).
 *
 * @example
 * projectedRelease(person, CREDIT_RATIOS);
 * // { caseId: 'c-1', date: '2023-10-03', min: '2023-10-03', max: '2023-10-03', basis: [...] }
 */
export function projectedRelease(person: Person, ratios: readonly CreditRatio[]): ProjectedRelease | null {
  const periods = wholeCustodyPeriods(person);
  const current = periods[periods.length - 1];
  if (!current || current.endMin !== null) return null;
  const verdicts = custodialCases(person).filter((v) => !verdictInEarlierPeriod(periods, v.vMin, v.vMax));
  const base = verdicts[0];
  const latest = verdicts[verdicts.length - 1];
  if (!base || !latest) return null;
  if (verdicts.some((v) => v.c.punishment?.kind === 'life_imprisonment' || !v.c.punishment?.term)) return null;
  const { c, vMin, vMax } = base;
  const punishment = c.punishment as Punishment;
  const term = punishment.term as Term;
  const added = verdicts.slice(1);

  const results = [];
  for (const start of [current.startMin, current.startMax]) {
    for (const verdict of [vMin, vMax]) results.push(releaseDay(start, verdict, term, punishment, ratios));
  }
  // A later custodial verdict in the same custody period (new charges in prison, e.g. Art. 411)
  // adds its term to the rest of the sentence.
  const days = results.map((r) => added.reduce((day, v) => shiftDay(day, v.c.punishment?.term as Term, 1), r.day));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const exact = isExactDate(current.startEvent.date) && verdicts.every((v) => isExactDate(v.c.verdictDate as string));
  const first = results[0] as ReturnType<typeof releaseDay>;

  const basis = [
    `in custody since ${range(current.startEvent.date, current.startMin, current.startMax)} (${current.startEvent.kind.replace(/_/g, ' ')} ${current.startEvent.id})`,
    `verdict ${range(c.verdictDate as string, vMin, vMax)} in case ${c.id}: ${describePunishment(punishment, term)}`,
    `custody start + term = ${dayToIso(first.full)}`,
    creditLine(first, punishment),
    ...added.map(
      (v) =>
        `verdict ${range(v.c.verdictDate as string, v.vMin, v.vMax)} in case ${v.c.id}: ${describePunishment(v.c.punishment as Punishment, v.c.punishment?.term as Term)}, added to the rest of the term`,
    ),
    exact ? `projected release ${dayToIso(min)}` : `projected release between ${dayToIso(min)} and ${dayToIso(max)}`,
  ];
  return { caseId: latest.c.id, date: exact ? dayToIso(min) : null, min: dayToIso(min), max: dayToIso(max), basis };
}

function verdictInEarlierPeriod(periods: readonly CustodyPeriod[], vMin: number, vMax: number): boolean {
  for (let i = 0; i < periods.length - 1; i++) {
    const p = periods[i] as CustodyPeriod;
    if (p.startMin <= vMax && vMin < (p.endMax as number)) return true;
  }
  return false;
}

function creditLine(r: ReturnType<typeof releaseDay>, p: Punishment): string {
  if (!r.ratio)
    return `no credit ratio on record for ${p.kind.replace(/_/g, ' ')}${p.regime ? ` (${p.regime})` : ''}: pre-trial days count 1:1`;
  const checked = r.ratio.verified ? 'verified' : 'unverified';
  if (r.ratio.ratio === 1) return `pre-trial days count 1:1 (${r.ratio.basis}; ${checked})`;
  return (
    `pre-trial detention ${r.pretrial} days × (${r.ratio.ratio} − 1) = ${r.credit} extra days credited, ` +
    `fractions dropped (${r.ratio.basis}; ${checked})`
  );
}

export interface ExpectedRelease {
  personId: string;
  date: string | null;
  min: string;
  max: string;
}

/**
 * People whose projected release may fall in [fromIso, toIso] (both inclusive; a
 * projected range counts when it overlaps), sorted by date (earliest possible),
 * then person id.
 */
export function expectedReleases(
  persons: readonly Person[],
  fromIso: string,
  toIso: string,
  ratios: readonly CreditRatio[],
): ExpectedRelease[] {
  const from = isoToDay(fromIso);
  const to = isoToDay(toIso);
  const out: ExpectedRelease[] = [];
  for (const person of persons) {
    const r = projectedRelease(person, ratios);
    if (!r || isoToDay(r.max) < from || isoToDay(r.min) > to) continue;
    out.push({ personId: person.id, date: r.date, min: r.min, max: r.max });
  }
  return out.sort((a, b) => (a.min < b.min ? -1 : a.min > b.min ? 1 : a.personId < b.personId ? -1 : 1));
}
