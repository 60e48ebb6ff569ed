/**
 * Canaries for the privacy test: a unique marker string planted in every field
 * that is not marked public, so a test can assert no public output carries
 * one. Markers are lower-case ASCII (`zqcanary12x`) so they survive
 * lower-casing, HTML and CSV escaping, slugs and URLs unchanged.
 *
 * Planted per public person: the internal note, tags, an internal primary
 * name form, an internal photo, an internal birth date (a marker date), judge,
 * prosecutor and note of every case, an internal case, an internal event at
 * an internal facility citing an internal source,
 * and a public event at that internal facility (the facility must stay hidden).
 * Also: the note of every public source, an internal source, an internal
 * facility, and a whole internal person whose every field is a marker.
 *
 * @example
 * const plan = await plantCanaries(ctx, { persons: ['p-mikhniuk'] });
 * plan.find(html); // ['internalNote'] when the internal note leaked
 */
import type { Case, Event, Localized, Person } from '../domain/record.js';
import type { AppContext } from '../app/context.js';
import { listSources, saveFacility, saveSource } from '../app/catalog.js';
import { createPerson, getPerson, updatePerson } from '../app/persons.js';

/** A birth date no public record in the demo has; it must appear nowhere. */
export const CANARY_BIRTH_DATE = '1903-11-29';
const META = { actor: 'canary-test', note: 'privacy canaries' };

export interface CanaryPlan {
  /** Marker → the field it was planted in. */
  fields: Map<string, string>;
  /** Ids of records that must stay out of every public output. */
  internalIds: { person: string; facility: string; source: string };
  /** The names of fields whose marker occurs in `text` (also the internal ids and birth date). */
  find(text: string): string[];
}

export async function plantCanaries(ctx: AppContext, opts: { persons: readonly string[] }): Promise<CanaryPlan> {
  const fields = new Map<string, string>();
  const mark = (field: string) => {
    const marker = `zqcanary${fields.size + 1}x`;
    fields.set(marker, field);
    return marker;
  };
  const text = (field: string): Localized => ({
    be: mark(`${field}.be`),
    ru: mark(`${field}.ru`),
    en: mark(`${field}.en`),
  });

  const facility = await saveFacility(
    ctx,
    {
      id: `f-${mark('internal facility id')}`,
      kind: 'colony',
      number: mark('internal facility number').slice(0, 20),
      city: text('internal facility city'),
      name: text('internal facility name'),
      aliases: [mark('internal facility alias')],
      address: text('internal facility address'),
      visibility: 'internal',
    },
    META,
  );
  const source = await saveSource(
    ctx,
    {
      id: `s-${mark('internal source id')}`,
      kind: 'tip',
      title: mark('internal source title'),
      publisher: mark('internal source publisher'),
      url: `https://${mark('internal source url')}.example.org/`,
      note: mark('internal source note'),
      visibility: 'internal',
    },
    META,
  );
  for (const s of await listSources(ctx))
    if (s.visibility === 'public') await saveSource(ctx, { ...s, note: mark(`source ${s.id} note`) }, META);

  const ids = { facility: facility.id, source: source.id };
  for (const id of opts.persons) {
    const person = await getPerson(ctx, id);
    await updatePerson(ctx, id, plantInPerson(person, mark, text, ids), META);
  }
  const { person: hidden } = await createPerson(ctx, internalPerson(mark, text, ids), META);

  const internalIds = { person: hidden.id, facility: facility.id, source: source.id };
  const pattern = /zqcanary\d+x/gi;
  return {
    fields,
    internalIds,
    find(output: string) {
      const found = new Set<string>();
      for (const m of output.match(pattern) ?? []) found.add(fields.get(m.toLowerCase()) ?? m);
      if (output.includes(CANARY_BIRTH_DATE)) found.add('internal birth date');
      return [...found];
    },
  };
}

type Mark = (field: string) => string;
type Text = (field: string) => Localized;

function plantInPerson(p: Person, mark: Mark, text: Text, ids: { facility: string; source: string }): Person {
  const custodyStart = p.events.find((e) => ['detention', 're_detention', 'pretrial_placement'].includes(e.kind));
  const internalEvent: Event = {
    id: `e-${mark('internal event id')}`,
    kind: custodyStart ? 'transfer' : 'other',
    date: custodyStart?.date ?? '2021',
    facilityId: ids.facility,
    note: text('internal event note'),
    sourceIds: [ids.source],
    visibility: 'internal',
  };
  const internalCase: Case = {
    id: `c-${mark('internal case id')}`,
    charges: [{ article: '130', part: 1 }],
    court: mark('internal case court'),
    judge: mark('internal case judge'),
    prosecutor: mark('internal case prosecutor'),
    appeals: [{ court: mark('internal case appeal court'), outcome: 'pending' }],
    sourceIds: [ids.source],
    note: mark('internal case note'),
    visibility: 'internal',
  };
  return {
    ...p,
    internalNote: mark('internalNote'),
    tags: [...p.tags, mark('tag')],
    names: [
      {
        family: mark('internal name family'),
        given: mark('internal name given'),
        patronymic: mark('internal name patronymic'),
        system: 'be-latn-passport',
        primary: true,
        visibility: 'internal',
      },
      ...p.names.map((n) => (n.system === 'be-latn-passport' ? { ...n, primary: false } : n)),
    ],
    birthDate: CANARY_BIRTH_DATE,
    birthDateVisibility: 'internal',
    photo: {
      ref: `${mark('internal photo ref')}.jpg`,
      caption: text('internal photo caption'),
      credit: mark('internal photo credit'),
      visibility: 'internal',
    },
    cases: [
      ...p.cases.map((c) => ({
        ...c,
        judge: mark('case judge'),
        prosecutor: mark('case prosecutor'),
        note: mark('case note'),
        sourceIds: [...c.sourceIds, ids.source],
      })),
      internalCase,
    ],
    events: [
      ...p.events.map((e) => ({
        ...e,
        sourceIds: [...e.sourceIds, ids.source],
      })),
      internalEvent,
      // A public event at the internal facility: the event shows, the facility must not.
      { ...internalEvent, id: `e-at-internal-${p.id}`, note: undefined, sourceIds: [], visibility: 'public' },
    ],
  };
}

function internalPerson(mark: Mark, text: Text, ids: { facility: string; source: string }): Person {
  return {
    id: `p-${mark('internal person id')}`,
    names: [
      {
        family: mark('internal person family'),
        given: mark('internal person given'),
        system: 'latn',
        primary: true,
        visibility: 'public',
      },
      {
        family: mark('internal person be family'),
        given: mark('internal person be given'),
        system: 'be-cyrl',
        primary: true,
        visibility: 'public',
      },
    ],
    sex: 'female',
    birthDate: '1980-05-05',
    birthDateVisibility: 'public',
    region: 'minsk-city',
    occupation: text('internal person occupation'),
    biography: text('internal person biography'),
    photo: {
      ref: `${mark('internal person photo')}.jpg`,
      caption: text('internal person caption'),
      visibility: 'public',
    },
    tags: [],
    cases: [
      {
        id: `c-${mark('internal person case id')}`,
        charges: [{ article: '342', part: 1 }],
        court: mark('internal person court'),
        verdictDate: '2022-03-01',
        punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 9, months: 0, days: 0 } },
        appeals: [],
        sourceIds: [],
        visibility: 'public',
      },
    ],
    events: [
      {
        id: `e-${mark('internal person event')}`,
        kind: 'detention',
        date: '2021-06-01',
        sourceIds: [],
        visibility: 'public',
        note: text('internal person event note'),
      },
      {
        id: `e-${mark('internal person transfer')}`,
        kind: 'transfer',
        date: '2022-04-01',
        facilityId: ids.facility,
        sourceIds: [ids.source],
        visibility: 'public',
      },
      {
        id: `e-${mark('internal person release')}`,
        kind: 'release',
        date: '2024-01-15',
        releaseReason: 'term_served',
        sourceIds: [],
        visibility: 'public',
      },
    ],
    visibility: 'internal',
    internalNote: mark('internal person note'),
    fictional: false,
  };
}
