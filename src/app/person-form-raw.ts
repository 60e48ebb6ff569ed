/**
 * The staff person form's data as a tree of strings ("raw"): what the form is
 * rendered from, so a bad value is shown back as typed. Here: reading the tree,
 * a stored person as a tree, and the Latin spellings the names module proposes for
 * the forms a person lacks. Pure (the web form parses posted fields into the tree).
 *
 * @example
 * const raw = rawFromPerson(person);
 * val(raw, 'names.0.family'); // 'Лось'
 */
import type { Case, Event, NameForm, Person } from '../domain/record.js';
import { NameSystem } from '../domain/record.js';
import { suggestLatinForms } from '../domain/names/translit.js';

/** A tree of posted strings: objects, arrays (rows) and string leaves (multi-selects: string arrays). */
export type Raw = { [key: string]: RawValue };
export type RawValue = string | string[] | Raw | Raw[] | undefined;

/** The string at a dotted path (`names.0.family`), or ''. */
export function val(raw: Raw, path: string): string {
  const v = at(raw, path);
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

/** The strings at a path (a multi-select). */
export function vals(raw: Raw, path: string): string[] {
  const v = at(raw, path);
  if (typeof v === 'string') return v === '' ? [] : [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/** The rows at a path (holes become empty rows). */
export function rows(raw: Raw, path: string): Raw[] {
  const v = at(raw, path);
  return Array.isArray(v) ? Array.from(v as Raw[], (r) => (r && typeof r === 'object' ? r : {})) : [];
}

function at(raw: Raw, path: string): RawValue {
  let node: RawValue = raw;
  for (const key of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = (node as Record<string, RawValue>)[key];
  }
  return node;
}

// ------------------------------------------------------------ record -> raw

const loc = (l: Partial<Record<'be' | 'ru' | 'en', string>> | undefined): Raw => ({
  be: l?.be ?? '',
  ru: l?.ru ?? '',
  en: l?.en ?? '',
});
const num = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** The raw tree of a stored person (what the edit form starts from). */
export function rawFromPerson(p: Person): Raw {
  return {
    sex: p.sex ?? '',
    birthDate: p.birthDate ?? '',
    birthDateVisibility: p.birthDateVisibility,
    region: p.region ?? '',
    occupation: loc(p.occupation),
    biography: loc(p.biography),
    tags: p.tags.join(', '),
    visibility: p.visibility,
    internalNote: p.internalNote ?? '',
    names: p.names.map(rawName),
    cases: p.cases.map(rawCase),
    events: p.events.map(rawEvent),
  };
}

export function rawName(n: NameForm): Raw {
  return {
    family: n.family,
    given: n.given,
    patronymic: n.patronymic ?? '',
    system: n.system,
    primary: n.primary ? 'on' : '',
    visibility: n.visibility,
  };
}

function rawCase(c: Case): Raw {
  return {
    id: c.id,
    courtId: c.courtId ?? '',
    court: c.court ?? '',
    judge: c.judge ?? '',
    prosecutor: c.prosecutor ?? '',
    verdictDate: c.verdictDate ?? '',
    visibility: c.visibility,
    note: c.note ?? '',
    sourceIds: [...c.sourceIds],
    charges: c.charges.map((ch) => ({ article: ch.article, part: num(ch.part) })),
    punishment: {
      kind: c.punishment?.kind ?? '',
      regime: c.punishment?.regime ?? '',
      term: {
        years: num(c.punishment?.term?.years),
        months: num(c.punishment?.term?.months),
        days: num(c.punishment?.term?.days),
      },
    },
  };
}

function rawEvent(e: Event): Raw {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    facilityId: e.facilityId ?? '',
    caseId: e.caseId ?? '',
    releaseReason: e.releaseReason ?? '',
    sourceIds: [...e.sourceIds],
    note: loc(e.note),
    visibility: e.visibility,
  };
}

/** An empty raw tree for a new person: one name row. */
export function emptyRaw(): Raw {
  return { visibility: 'public', birthDateVisibility: 'public', names: [{ system: 'be-cyrl', visibility: 'public' }] };
}

/** The Latin forms the names module proposes for each Cyrillic form, for systems the person has no form in. */
export function suggestedForms(raw: Raw): Array<{ from: number; form: NameForm }> {
  const names = rows(raw, 'names');
  const have = new Set(names.map((r) => val(r, 'system')));
  const out: Array<{ from: number; form: NameForm }> = [];
  names.forEach((r, i) => {
    const system = NameSystem.safeParse(val(r, 'system'));
    if (!system.success || !val(r, 'family').trim()) return;
    const form: NameForm = {
      family: val(r, 'family').trim(),
      given: val(r, 'given').trim(),
      system: system.data,
      primary: false,
      visibility: val(r, 'visibility') === 'internal' ? 'internal' : 'public',
      ...(val(r, 'patronymic').trim() ? { patronymic: val(r, 'patronymic').trim() } : {}),
    };
    for (const latin of suggestLatinForms(form)) {
      if (have.has(latin.system)) continue;
      have.add(latin.system);
      out.push({ from: i, form: latin });
    }
  });
  return out;
}
