/**
 * `term-ended-no-release` (warning): a political prisoner still in custody by the record
 * whose term has run out (the latest day the projected release may fall on is before
 * today). Pages show such a person as "term ended, release not confirmed" and the figures
 * leave them out of the count (`custody-state.ts`); staff should find out and record the
 * release, a sentence change or an added term.
 */
import type { CheckContext, Finding, PersonFacts } from './checks-core.js';
import { finding } from './checks-core.js';
import { isTermEnded } from './custody-state.js';
import { dayToIso } from './partial-date.js';
import { projectPerson, withPublicFacts } from './project-person.js';
import { CREDIT_RATIOS } from './reference-data.js';
import { projectedRelease } from './sentence.js';

/**
 * Appends the finding for a person past the end of the term with no release recorded.
 *
 * @example
 * checkTermEnded(facts, { today: '2024-02-02' }, out); // out[0].code === 'term-ended-no-release'
 */
export function checkTermEnded({ person, todayDay }: PersonFacts, ctx: CheckContext, out: Finding[]): void {
  const projection = projectPerson(person);
  if (!isTermEnded(projection.status, projection.termEndMax, todayDay)) return;
  const projected = projectedRelease(withPublicFacts(person), CREDIT_RATIOS);
  const end = dayToIso(projection.termEndMax as number);
  const message =
    `In custody by the record, but the projected release${projected ? ` (case ${projected.caseId})` : ''} was on ${end} at the latest ` +
    `and no release is recorded (today is ${ctx.today}). Pages show "term ended, release not confirmed" and the count leaves the person out: ` +
    'record the release, a sentence change or an added term (e.g. new charges under Art. 411), or correct the dates.';
  out.push(
    finding(
      'term-ended-no-release',
      'warning',
      person,
      message,
      {
        id: 'term-ended-no-release',
        values: { hasCase: projected ? 'yes' : 'no', caseId: projected?.caseId ?? '', end, today: ctx.today },
      },
      {
        caseId: projected?.caseId,
        details: { termEnd: end, basis: projected?.basis ?? [] },
      },
    ),
  );
}
