/**
 * Registry-wide checks for an import: ids unique within their kind (cases and
 * events across all persons too) and every reference pointing at a record that
 * exists in the same file.
 */
import type { Person } from '../domain/record.js';
import type { RegistryData } from './format.js';
import type { ProblemList } from './problems.js';

type Where = { section: string; index: number; path: string; id: string };

function duplicateChecker(problems: ProblemList, kind: string) {
  const seen = new Map<string, string>();
  return (value: string, where: Where) => {
    const field = `${where.section}.${where.index}${where.path ? `.${where.path}` : ''}`;
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, field);
      return;
    }
    problems.add({
      code: 'duplicate-id',
      row: where.index + 1,
      field,
      id: where.id,
      message: `${kind} id "${value}" at ${field} is already used at ${first}; ids must be unique.`,
    });
  };
}

function missing(problems: ProblemList, code: string, where: Where, message: string): void {
  problems.add({
    code,
    row: where.index + 1,
    field: `${where.section}.${where.index}.${where.path}`,
    id: where.id,
    message,
  });
}

function personReferences(
  person: Person,
  index: number,
  known: { facilities: Set<string>; sources: Set<string>; articles: Set<string> | null },
  problems: ProblemList,
): void {
  const at = (path: string): Where => ({ section: 'persons', index, path, id: person.id });
  const checkSources = (ids: readonly string[], path: string) =>
    ids.forEach((s, k) => {
      if (!known.sources.has(s)) {
        missing(
          problems,
          'unknown-source',
          at(`${path}.${k}`),
          `Person ${person.id}: source "${s}" is not in the file's sources.`,
        );
      }
    });
  const caseIds = new Set(person.cases.map((c) => c.id));
  person.cases.forEach((c, j) => {
    checkSources(c.sourceIds, `cases.${j}.sourceIds`);
    c.charges.forEach((charge, k) => {
      if (known.articles && !known.articles.has(charge.article)) {
        const where = at(`cases.${j}.charges.${k}.article`);
        missing(
          problems,
          'unknown-article',
          where,
          `Person ${person.id}: article "${charge.article}" is not in the file's articles.`,
        );
      }
    });
  });
  person.events.forEach((e, j) => {
    if (e.facilityId !== undefined && !known.facilities.has(e.facilityId)) {
      const where = at(`events.${j}.facilityId`);
      missing(
        problems,
        'unknown-facility',
        where,
        `Person ${person.id}: facility "${e.facilityId}" is not in the file's facilities.`,
      );
    }
    if (e.caseId !== undefined && !caseIds.has(e.caseId)) {
      const where = at(`events.${j}.caseId`);
      missing(
        problems,
        'unknown-case',
        where,
        `Person ${person.id}: event ${e.id} names case "${e.caseId}", which is not one of this person's cases.`,
      );
    }
    checkSources(e.sourceIds, `events.${j}.sourceIds`);
  });
}

/** Adds a problem for every duplicate id and dangling reference in `data`. */
export function registryReferenceProblems(data: RegistryData, problems: ProblemList): void {
  const articleCode = duplicateChecker(problems, 'Article');
  data.articles.forEach((a, i) => articleCode(a.code, { section: 'articles', index: i, path: 'code', id: a.code }));
  const courtId = duplicateChecker(problems, 'Court');
  (data.courts ?? []).forEach((c, i) => courtId(c.id, { section: 'courts', index: i, path: 'id', id: c.id }));
  const facilityId = duplicateChecker(problems, 'Facility');
  data.facilities.forEach((f, i) => facilityId(f.id, { section: 'facilities', index: i, path: 'id', id: f.id }));
  const sourceId = duplicateChecker(problems, 'Source');
  data.sources.forEach((s, i) => sourceId(s.id, { section: 'sources', index: i, path: 'id', id: s.id }));
  const personId = duplicateChecker(problems, 'Person');
  const caseId = duplicateChecker(problems, 'Case');
  const eventId = duplicateChecker(problems, 'Event');
  const known = {
    facilities: new Set(data.facilities.map((f) => f.id)),
    sources: new Set(data.sources.map((s) => s.id)),
    articles: data.articles.length > 0 ? new Set(data.articles.map((a) => a.code)) : null,
  };
  data.persons.forEach((p, i) => {
    const where = (path: string): Where => ({ section: 'persons', index: i, path, id: p.id });
    personId(p.id, where('id'));
    p.cases.forEach((c, j) => caseId(c.id, where(`cases.${j}.id`)));
    p.events.forEach((e, j) => eventId(e.id, where(`events.${j}.id`)));
    personReferences(p, i, known, problems);
  });
}
