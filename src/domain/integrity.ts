/**
 * Referential integrity of a person record: every facility, source and case an
 * event or case names must exist, and ids inside the record must be unique.
 * Returns problems instead of throwing so imports can report them all.
 *
 * @example
 * referenceProblems(person, new Set(['f-1']), new Set(['s-1'])) // [] when all is well
 */
import type { Problem } from './errors.js';
import type { Person } from './record.js';

export function referenceProblems(
  person: Person,
  facilityIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const add = (code: string, field: string, message: string) => problems.push({ code, field, message, id: person.id });
  const caseIds = new Set<string>();
  person.cases.forEach((c, i) => {
    if (caseIds.has(c.id)) add('duplicate-id', `cases.${i}.id`, `Case id "${c.id}" is used twice in this person.`);
    caseIds.add(c.id);
    c.sourceIds.forEach((s, j) => {
      if (!sourceIds.has(s)) add('unknown-source', `cases.${i}.sourceIds.${j}`, `Source "${s}" does not exist.`);
    });
  });
  const eventIds = new Set<string>();
  person.events.forEach((e, i) => {
    if (eventIds.has(e.id)) add('duplicate-id', `events.${i}.id`, `Event id "${e.id}" is used twice in this person.`);
    eventIds.add(e.id);
    if (e.facilityId && !facilityIds.has(e.facilityId)) {
      add('unknown-facility', `events.${i}.facilityId`, `Facility "${e.facilityId}" does not exist; add it first.`);
    }
    if (e.caseId && !caseIds.has(e.caseId)) {
      add('unknown-case', `events.${i}.caseId`, `Case "${e.caseId}" is not one of this person's cases.`);
    }
    e.sourceIds.forEach((s, j) => {
      if (!sourceIds.has(s)) add('unknown-source', `events.${i}.sourceIds.${j}`, `Source "${s}" does not exist.`);
    });
    if (e.kind === 'release' && !e.releaseReason) {
      add('missing-release-reason', `events.${i}.releaseReason`, 'A release needs a reason (e.g. term_served).');
    }
  });
  return problems;
}
