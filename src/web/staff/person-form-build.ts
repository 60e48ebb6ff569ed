/**
 * From the form's raw tree to a person record, and from the record schema's issues
 * back to the fields they concern. Empty rows are left out (an added row nobody
 * filled is no error); what the form does not edit (appeals, an event's inferred
 * date or stated time served, the photo) is kept from the record the form was based
 * on, matched by id. Pure.
 *
 * @example
 * const { person, errors } = buildPerson(raw, 'p-1', base, () => 'e-new');
 * errors.get('events.1.date'); // 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (prefix ~ if approximate)'
 */
import { Person, type Case, type Event } from '../../domain/record.js';
import { rows, val, vals, type Raw } from '../../app/person-form-raw.js';

export interface Built {
  /** The valid record, or null when a field is wrong. */
  person: Person | null;
  /** Field name (`events.2.date`) → message, for the fields that are wrong. */
  errors: Map<string, string>;
}

type Obj = Record<string, unknown>;
const text = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
const intOf = (s: string): number | string | undefined => {
  const t = s.trim();
  if (t === '') return undefined;
  return /^\d{1,6}$/.test(t) ? Number(t) : t; // a non-number stays a string, so the schema names the field
};
const localized = (raw: Raw, path: string): Obj => {
  const out: Obj = {};
  for (const lang of ['be', 'ru', 'en']) {
    const v = text(val(raw, `${path}.${lang}`));
    if (v !== undefined) out[lang] = v;
  }
  return out;
};
const defined = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const removed = (r: Raw): boolean => val(r, 'remove') === 'on';

/** Keeps the rows that are not removed and have something in them, with their positions in the form. */
function kept(list: Raw[], filled: (r: Raw) => boolean): Array<[Raw, number]> {
  return list.flatMap((r, i): Array<[Raw, number]> => (removed(r) || !filled(r) ? [] : [[r, i]]));
}

export function buildPerson(raw: Raw, id: string, base: Person | undefined, newId: (p: 'c' | 'e') => string): Built {
  /** Per list path, the form row of each record position. */
  const positions = new Map<string, number[]>();
  const names = kept(rows(raw, 'names'), (r) => !!(text(val(r, 'family')) || text(val(r, 'given'))));
  positions.set(
    'names',
    names.map(([, i]) => i),
  );
  const cases = kept(rows(raw, 'cases'), caseFilled);
  positions.set(
    'cases',
    cases.map(([, i]) => i),
  );
  const events = kept(rows(raw, 'events'), (r) => !!(text(val(r, 'kind')) || text(val(r, 'date'))));
  positions.set(
    'events',
    events.map(([, i]) => i),
  );
  const baseCases = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const baseEvents = new Map((base?.events ?? []).map((e) => [e.id, e]));
  const input: Obj = {
    ...(base ?? {}),
    id,
    names: names.map(([r]) => nameOf(r)),
    sex: text(val(raw, 'sex')),
    birthDate: text(val(raw, 'birthDate')),
    birthDateVisibility: val(raw, 'birthDateVisibility') || 'public',
    region: text(val(raw, 'region')),
    occupation: localized(raw, 'occupation'),
    biography: localized(raw, 'biography'),
    tags: val(raw, 'tags')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    visibility: val(raw, 'visibility') || 'public',
    internalNote: text(val(raw, 'internalNote')),
    cases: cases.map(([r, i]) => {
      const charges = kept(rows(r, 'charges'), (ch) => !!text(val(ch, 'article')));
      positions.set(
        `cases.${i}.charges`,
        charges.map(([, j]) => j),
      );
      const caseId = text(val(r, 'id')) ?? newId('c');
      return caseOf(r, caseId, charges, baseCases.get(caseId));
    }),
    events: events.map(([r]) => {
      const eventId = text(val(r, 'id')) ?? newId('e');
      return eventOf(r, eventId, baseEvents.get(eventId));
    }),
  };
  const parsed = Person.safeParse(defined(input));
  if (parsed.success) return { person: parsed.data, errors: new Map() };
  const errors = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = formField(issue.path.map(String), positions);
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return { person: null, errors };
}

function caseFilled(r: Raw): boolean {
  const fields = ['courtId', 'court', 'judge', 'prosecutor', 'verdictDate', 'punishment.kind'];
  return fields.some((f) => !!text(val(r, f))) || rows(r, 'charges').some((ch) => !!text(val(ch, 'article')));
}

function nameOf(r: Raw): Obj {
  return defined({
    family: val(r, 'family').trim(),
    given: val(r, 'given').trim(),
    patronymic: text(val(r, 'patronymic')),
    system: val(r, 'system'),
    primary: val(r, 'primary') === 'on',
    visibility: val(r, 'visibility') || 'public',
  });
}

function caseOf(r: Raw, id: string, charges: Array<[Raw, number]>, base: Case | undefined): Obj {
  const kind = text(val(r, 'punishment.kind'));
  const term = ['years', 'months', 'days'].map((k) => intOf(val(r, `punishment.term.${k}`)));
  const punishment = kind
    ? defined({
        ...(base?.punishment ?? {}),
        kind,
        regime: text(val(r, 'punishment.regime')),
        term: term.some((t) => t !== undefined)
          ? { years: term[0] ?? 0, months: term[1] ?? 0, days: term[2] ?? 0 }
          : undefined,
      })
    : undefined;
  return defined({
    ...(base ?? {}),
    id,
    charges: charges.map(([ch]) => defined({ article: val(ch, 'article').trim(), part: intOf(val(ch, 'part')) })),
    courtId: text(val(r, 'courtId')),
    court: text(val(r, 'court')),
    judge: text(val(r, 'judge')),
    prosecutor: text(val(r, 'prosecutor')),
    verdictDate: text(val(r, 'verdictDate')),
    punishment,
    sourceIds: vals(r, 'sourceIds'),
    visibility: val(r, 'visibility') || 'public',
    note: text(val(r, 'note')),
  });
}

function eventOf(r: Raw, id: string, base: Event | undefined): Obj {
  const note = localized(r, 'note');
  return defined({
    ...(base ?? {}),
    id,
    kind: val(r, 'kind'),
    date: val(r, 'date').trim(),
    facilityId: text(val(r, 'facilityId')),
    caseId: text(val(r, 'caseId')),
    releaseReason: text(val(r, 'releaseReason')),
    sourceIds: vals(r, 'sourceIds'),
    note: Object.keys(note).length > 0 ? note : undefined,
    visibility: val(r, 'visibility') || 'public',
  });
}

/**
 * The form field an issue path names: record positions mapped back to form rows
 * (`events.0.date` of the record is `events.2.date` when rows 0 and 1 were empty);
 * a whole list's issue (`names`: "at least one name form") goes to its first row.
 */
export function formField(path: readonly string[], positions: ReadonlyMap<string, number[]>): string {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const list = positions.get(out.join('.'));
    out.push(list && /^\d+$/.test(seg) ? String(list[Number(seg)] ?? seg) : seg);
  }
  if (out.length === 1 && (out[0] === 'names' || out[0] === 'events' || out[0] === 'cases')) out.push('0');
  if (out[0] === 'names' && out.length === 2) out.push('family');
  return out.join('.');
}
