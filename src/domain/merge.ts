/**
 * Merging two records of the same person (pure). The survivor (`into`) keeps its id; for
 * every scalar field (sex, birth date with its visibility, region, occupation and biography
 * per language, photo, visibility, internal note, fictional) the caller chooses a side.
 * Without a choice the survivor's value stands, or the other side's when the survivor has
 * none. Every name form, case (with its charges), event, source reference and tag of both
 * is kept, each sub-record with its own visibility; only exact duplicates are dropped
 * (equal in everything but the id, or the `primary` flag of a name form), and events that
 * pointed at a dropped case point at the survivor's equal case.
 *
 * The record has one photo, so the photo is a choice too (not a union).
 *
 * @example
 * const merged = mergePersons(survivor, duplicate, { birthDate: 'from', 'biography.en': 'from' });
 * // merged.id === survivor.id; merged.events holds the events of both
 */
import type { Case, Event, NameForm, Person } from './record.js';
import { dayRange } from './partial-date.js';

/** The scalar fields a merge chooses per side (`occupation.en`: the English occupation). */
export const MERGE_FIELDS = [
  'sex',
  'birthDate',
  'region',
  'occupation.be',
  'occupation.ru',
  'occupation.en',
  'biography.be',
  'biography.ru',
  'biography.en',
  'photo',
  'visibility',
  'internalNote',
  'fictional',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = 'into' | 'from';
export type MergeChoices = Partial<Record<MergeField, MergeSide>>;

/** A field whose values differ between the two records. */
export interface FieldDifference {
  field: MergeField;
  into: unknown;
  from: unknown;
  /** The side taken when the caller does not choose. */
  default: MergeSide;
}

/** What a merge keeps and drops, for a preview. */
export interface MergePlan {
  differences: FieldDifference[];
  /** Counts of sub-records taken from `from` and of its exact duplicates dropped. */
  added: { names: number; cases: number; events: number; tags: number };
  dropped: { names: number; cases: number; events: number };
}

/** The value of a field of a person (`birthDate` carries its visibility). */
export function fieldValue(person: Person, field: MergeField): unknown {
  const [head, lang] = field.split('.') as [string, 'be' | 'ru' | 'en' | undefined];
  if (lang) return (person[head as 'occupation' | 'biography'] ?? {})[lang];
  if (field === 'birthDate') {
    return person.birthDate === undefined
      ? undefined
      : { date: person.birthDate, visibility: person.birthDateVisibility };
  }
  return person[field as keyof Person];
}

/** A side for a field: the chosen one, else the survivor's when it has a value. */
function sideOf(into: Person, field: MergeField, choices: MergeChoices): MergeSide {
  return choices[field] ?? (isEmpty(fieldValue(into, field)) ? 'from' : 'into');
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || value === null;
}

/** The fields whose values differ, each with the side a merge takes by default. */
export function mergeDifferences(into: Person, from: Person): FieldDifference[] {
  return MERGE_FIELDS.flatMap((field) => {
    const a = fieldValue(into, field);
    const b = fieldValue(from, field);
    if (canonical(a) === canonical(b) || isEmpty(b)) return [];
    return [{ field, into: a, from: b, default: sideOf(into, field, {}) }];
  });
}

/** Merges `from` into `into`: the result has `into`'s id (see the module comment). */
export function mergePersons(into: Person, from: Person, choices: MergeChoices = {}): Person {
  const take = (field: MergeField) => fieldValue(sideOf(into, field, choices) === 'into' ? into : from, field);
  const names = mergeNames(into.names, from.names);
  const cases = mergeById(into.cases, from.cases, caseKey, usedIds(into, from));
  const events = mergeById(
    into.events,
    from.events.map((e) => remapCase(e, cases.renamed)),
    eventKey,
    usedIds(into, from),
  );
  const birth = take('birthDate') as { date: string; visibility: Person['birthDateVisibility'] } | undefined;
  const merged: Person = {
    ...into,
    names: names.kept,
    occupation: localized(into, from, 'occupation', choices) as Person['occupation'],
    biography: localized(into, from, 'biography', choices) as Person['biography'],
    birthDateVisibility: birth?.visibility ?? into.birthDateVisibility,
    visibility: take('visibility') as Person['visibility'],
    fictional: take('fictional') as boolean,
    tags: [...new Set([...into.tags, ...from.tags])],
    cases: cases.kept,
    events: sortEvents(events.kept),
  };
  setOptional(merged, 'sex', take('sex'));
  setOptional(merged, 'birthDate', birth?.date);
  setOptional(merged, 'region', take('region'));
  setOptional(merged, 'photo', take('photo'));
  setOptional(merged, 'internalNote', take('internalNote'));
  return merged;
}

/** What {@link mergePersons} would keep and drop. */
export function planMerge(into: Person, from: Person): MergePlan {
  const names = mergeNames(into.names, from.names);
  const cases = mergeById(into.cases, from.cases, caseKey, usedIds(into, from));
  const events = mergeById(
    into.events,
    from.events.map((e) => remapCase(e, cases.renamed)),
    eventKey,
    usedIds(into, from),
  );
  const intoTags = new Set(into.tags);
  return {
    differences: mergeDifferences(into, from),
    added: {
      names: names.kept.length - into.names.length,
      cases: cases.kept.length - into.cases.length,
      events: events.kept.length - into.events.length,
      tags: new Set(from.tags.filter((t) => !intoTags.has(t))).size,
    },
    dropped: { names: names.dropped, cases: cases.dropped, events: events.dropped },
  };
}

function setOptional<K extends 'sex' | 'birthDate' | 'region' | 'photo' | 'internalNote'>(
  person: Person,
  key: K,
  value: unknown,
): void {
  if (isEmpty(value)) delete person[key];
  else person[key] = value as Person[K];
}

function localized(into: Person, from: Person, field: 'occupation' | 'biography', choices: MergeChoices) {
  const out: Record<string, string> = {};
  for (const lang of ['be', 'ru', 'en'] as const) {
    const key = `${field}.${lang}` as MergeField;
    const value = (sideOf(into, key, choices) === 'into' ? into : from)[field][lang];
    if (value !== undefined) out[lang] = value;
  }
  return out;
}

/** Name forms of both; a form equal to a kept one (but for `primary`) is dropped; one primary per system. */
function mergeNames(a: readonly NameForm[], b: readonly NameForm[]): { kept: NameForm[]; dropped: number } {
  const seen = new Set(a.map(nameKey));
  const primaries = new Set(a.filter((n) => n.primary).map((n) => n.system));
  const kept = [...a];
  let dropped = 0;
  for (const form of b) {
    const key = nameKey(form);
    if (seen.has(key)) {
      dropped += 1;
      continue;
    }
    seen.add(key);
    const primary = form.primary && !primaries.has(form.system);
    if (primary) primaries.add(form.system);
    kept.push({ ...form, primary });
  }
  return { kept, dropped };
}

function nameKey(n: NameForm): string {
  return canonical({ ...n, primary: false });
}

const caseKey = (c: Case) => canonical({ ...c, id: '' });
const eventKey = (e: Event) => canonical({ ...e, id: '' });

/**
 * Sub-records of both, by id: one of `b` equal (but for the id) to one of `a` is dropped
 * and its id mapped to the kept one's; one whose id `a` uses already gets a new id (`renamed` holds both).
 */
function mergeById<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  key: (x: T) => string,
  used: Set<string>,
): { kept: T[]; renamed: Map<string, string>; dropped: number } {
  const byKey = new Map(a.map((x) => [key(x), x.id]));
  const ids = new Set(a.map((x) => x.id));
  const renamed = new Map<string, string>();
  const kept = [...a];
  let dropped = 0;
  for (const x of b) {
    const same = byKey.get(key(x));
    if (same !== undefined) {
      renamed.set(x.id, same);
      dropped += 1;
      continue;
    }
    const id = ids.has(x.id) ? freshId(x.id, used) : x.id;
    ids.add(id);
    byKey.set(key(x), id);
    if (id !== x.id) renamed.set(x.id, id);
    kept.push(id === x.id ? x : { ...x, id });
  }
  return { kept, renamed, dropped };
}

function usedIds(a: Person, b: Person): Set<string> {
  return new Set([...a.cases, ...a.events, ...b.cases, ...b.events].map((x) => x.id));
}

/** `e-1` → `e-1-m2` (or the next free suffix), within the id pattern's 64 characters. */
function freshId(id: string, used: Set<string>): string {
  const [kind, rest] = [id.slice(0, id.indexOf('-')), id.slice(id.indexOf('-') + 1)];
  for (let n = 2; ; n += 1) {
    const suffix = `-m${n}`;
    const candidate = `${kind}-${rest.slice(0, 64 - suffix.length)}${suffix}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

function remapCase(e: Event, renamed: ReadonlyMap<string, string>): Event {
  const to = e.caseId === undefined ? undefined : renamed.get(e.caseId);
  return to === undefined ? e : { ...e, caseId: to };
}

/** Events by their earliest possible day (stable: equal days keep their order). */
function sortEvents(events: Event[]): Event[] {
  return events
    .map((e, i) => ({ e, i, day: dayRange(e.date)[0] }))
    .sort((x, y) => x.day - y.day || x.i - y.i)
    .map((x) => x.e);
}

/** JSON with object keys sorted (so equal records compare equal whatever the key order). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}
