/**
 * The registry the public-output tests serve: the demo's five digest people
 * (with the editor's corrections) and a few synthetic ones, every one of them
 * carrying dense internal content, plus wholly internal persons, facilities and
 * sources. Every internal string is a marker (`markers.ts`); every internal fact
 * is chosen so that it would change a public answer if it leaked: an internal
 * release in the digest month, an internal re-detention of a released person,
 * an internal 13-year sentence, an internal primary name form that sorts first,
 * an internal birth date in the month of `today` (the birthdays page), an
 * internal facility as someone's current place, an internal article.
 *
 * Pure: the same call gives the same registry (and the same markers).
 *
 * @example
 * const { registry, markers } = privacyRegistry({ synthetic: 8 });
 */
import { demoRegistry } from '../demo/digest-2024-01.js';
import { generateRegistry } from '../demo/generator.js';
import type { Case, Event, Facility, NameForm, Person, Source } from '../domain/record.js';
import { Markers } from './markers.js';
import { internalPersons, publicPersons } from './fixture-persons.js';
import type { VisibleParts } from './without-internal.js';

/** The day both apps are served on (the demo digest's publication day). */
export const PRIVACY_TODAY = '2024-02-02';

export interface PrivacyFixture {
  registry: { facilities: Facility[]; sources: Source[]; persons: Person[] };
  markers: Markers;
  /** Records that must stay out of every public output. */
  internalIds: { persons: string[]; facilities: string[]; sources: string[] };
  /** The public persons (all of them planted). */
  publicIds: string[];
}

export interface PlantIds {
  facility: string;
  unusedFacility: string;
  source: string;
}

export function privacyRegistry(opts: { synthetic: number }): PrivacyFixture {
  const m = new Markers();
  const demo = demoRegistry({ synthetic: 0 });
  const corrected = demo.persons.map((p) =>
    demo.corrections.filter((c) => c.personId === p.id).reduce((q, c) => c.apply(q), p),
  );
  const synthetic = generateRegistry({ size: opts.synthetic, seed: 11, today: PRIVACY_TODAY }).persons;

  const facilities: Facility[] = [
    // Where staff got each address for letters is theirs (the envelope address is public).
    ...demo.facilities.map((f) =>
      f.letters ? { ...f, letters: { ...f.letters, basis: m.mark(`${f.id} letters basis`) } } : f,
    ),
    internalFacility(m, 'f-zqleak-colony', 'colony'),
    internalFacility(m, 'f-zqleak-unused', 'prison'),
  ];
  const ids: PlantIds = { facility: 'f-zqleak-colony', unusedFacility: 'f-zqleak-unused', source: 's-zqleak-tip' };
  const sources: Source[] = [
    ...demo.sources.map((s) => ({ ...s, note: m.mark(`source ${s.id} note`) })),
    {
      id: ids.source,
      kind: 'tip',
      title: m.mark('internal source title'),
      publisher: m.mark('internal source publisher'),
      url: `https://${m.mark('internal source url')}.example.org/`,
      date: '2023-05-05',
      reliability: 'E',
      visibility: 'internal',
      note: m.mark('internal source note'),
    },
  ];
  const planted = [...corrected, ...synthetic, ...publicPersons()].map((p, i) => plantInPerson(p, i, m, ids));
  const hidden = internalPersons(m, ids);
  for (const id of [...facilities, ...sources].filter((x) => x.visibility === 'internal').map((x) => x.id))
    m.also(id, `internal id ${id}`);
  for (const p of hidden) m.also(p.id, `internal person ${p.id}`);
  return {
    registry: { facilities, sources, persons: [...planted, ...hidden] },
    markers: m,
    internalIds: {
      persons: hidden.map((p) => p.id),
      facilities: [ids.facility, ids.unusedFacility],
      sources: [ids.source],
    },
    publicIds: planted.map((p) => p.id),
  };
}

/** The registry's persons, facilities and sources as the store would list them (for loading). */
export function sortedParts(r: VisibleParts): VisibleParts {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { facilities: byId(r.facilities), sources: byId(r.sources), persons: byId(r.persons) };
}

function internalFacility(m: Markers, id: string, kind: Facility['kind']): Facility {
  return {
    id,
    kind,
    number: m.mark(`${id} number`),
    regime: 'strict',
    city: m.text(`${id} city`),
    name: m.text(`${id} name`),
    aliases: [m.mark(`${id} alias`), m.mark(`${id} alias 2`)],
    address: m.text(`${id} address`),
    letters: {
      institution: m.mark(`${id} letters institution`),
      street: m.mark(`${id} letters street`),
      locality: m.mark(`${id} letters locality`),
      region: m.mark(`${id} letters region`),
      postalCode: '210999',
      checked: true,
      basis: m.mark(`${id} letters basis`),
    },
    visibility: 'internal',
  };
}

const CUSTODY_START = ['detention', 're_detention', 'pretrial_placement', 'administrative_arrest'];

/**
 * Plants internal content in a public person. `i` varies what is planted so the
 * registry holds every combination (internal birth date or not, internal photo
 * or a public one kept, ...).
 */
function plantInPerson(p: Person, i: number, m: Markers, ids: PlantIds): Person {
  const tag = `${p.id}`;
  const released = p.events.some((e) => e.kind === 'release');
  const start = p.events.find((e) => CUSTODY_START.includes(e.kind));
  const internalCase: Case = {
    id: `c-zqleak-${p.id.slice(2)}`,
    charges: [{ article: '356', part: 1 }],
    // A catalogue court too: only the internal case names it, and it must not show as this person's court.
    courtId: 'ct-minsk-city',
    court: m.mark(`${tag} internal case court`),
    judge: m.mark(`${tag} internal case judge`),
    prosecutor: m.mark(`${tag} internal case prosecutor`),
    verdictDate: '2022-01-10',
    punishment: { kind: 'deprivation_of_liberty', regime: 'strict', term: { years: 13, months: 0, days: 0 } },
    appeals: [
      {
        courtId: 'ct-minsk-city',
        court: m.mark(`${tag} internal appeal court`),
        outcome: 'upheld',
        date: '2022-04-01',
      },
    ],
    sourceIds: [ids.source],
    visibility: 'internal',
    note: m.mark(`${tag} internal case note`),
  };
  const internal = (id: string, e: Omit<Event, 'id' | 'sourceIds' | 'visibility'>): Event => ({
    id: `e-zqleak-${p.id.slice(2)}-${id}`,
    sourceIds: [ids.source],
    visibility: 'internal',
    note: m.text(`${tag} internal ${id} note`),
    ...e,
  });
  const events: Event[] = [
    ...p.events.map((e) => ({ ...e, sourceIds: [...e.sourceIds, ids.source] })),
    internal('verdict', { kind: 'verdict', date: '2022-01-10', caseId: internalCase.id, facilityId: ids.facility }),
    internal('transfer', { kind: 'transfer', date: start?.date ?? '2021', facilityId: ids.facility }),
    // Would make a released person imprisoned again, and an imprisoned one released in the digest month.
    released
      ? internal('redetention', { kind: 're_detention', date: '2023-06-01', facilityId: ids.facility })
      : internal('release', { kind: 'release', date: '2024-01-15', releaseReason: 'pardon' }),
    internal('recognition-end', { kind: 'recognition_end', date: '2023-12-01' }),
  ];
  // A public transfer to the internal facility, the person's last: the event shows, the facility must not.
  if (start && !released && i % 4 !== 3)
    events.push({
      id: `e-to-hidden-${p.id.slice(2)}`,
      kind: 'transfer',
      date: '2024-01-20',
      facilityId: ids.facility,
      sourceIds: [ids.source],
      visibility: 'public',
    });
  // A public appeal of the internal case: the event shows, the case must not.
  events.push({
    id: `e-appeal-hidden-${p.id.slice(2)}`,
    kind: 'appeal',
    date: '2022-04-01',
    caseId: internalCase.id,
    sourceIds: [],
    visibility: 'public',
  });
  const internalBirth = i % 2 === 1;
  return {
    ...p,
    internalNote: m.mark(`${tag} internalNote`),
    tags: [...p.tags, m.mark(`${tag} tag`)],
    names: [
      // Sorts first ("a…") and is primary: the list order must not follow it.
      internalName(m, tag, `a${m.mark(`${tag} internal name family`)}`, 'be-latn-passport'),
      internalName(m, tag, m.mark(`${tag} internal ru name`), 'ru-cyrl'),
      internalName(m, tag, m.mark(`${tag} internal be name`), 'be-cyrl'),
      ...p.names,
    ],
    // Held now: an internal birthday in February (the birthdays page of `today`), or a public one beside it.
    ...(!released && !internalBirth ? { birthDate: `1990-02-2${i % 10}`, birthDateVisibility: 'public' as const } : {}),
    ...(internalBirth
      ? {
          birthDate: m.also(`19${String(10 + (i % 80)).padStart(2, '0')}-02-1${i % 10}`, `${tag} internal birth date`),
          birthDateVisibility: 'internal' as const,
        }
      : {}),
    ...(p.photo && i % 3 !== 0
      ? {}
      : {
          photo: {
            ref: `photos/${m.mark(`${tag} internal photo ref`)}.jpg`,
            caption: m.text(`${tag} internal photo caption`),
            credit: m.mark(`${tag} internal photo credit`),
            visibility: 'internal' as const,
          },
        }),
    cases: [
      ...p.cases.map((c) => ({
        ...c,
        judge: m.mark(`${tag} case ${c.id} judge`),
        prosecutor: m.mark(`${tag} case ${c.id} prosecutor`),
        note: m.mark(`${tag} case ${c.id} note`),
        sourceIds: [...c.sourceIds, ids.source],
      })),
      internalCase,
    ],
    events,
  };
}

function internalName(m: Markers, tag: string, family: string, system: NameForm['system']): NameForm {
  const given = m.mark(`${tag} internal ${system} given`);
  return {
    family,
    given,
    patronymic: m.mark(`${tag} internal ${system} patronymic`),
    system,
    primary: true,
    visibility: 'internal',
  };
}
