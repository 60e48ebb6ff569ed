/**
 * Internal records in the demo: what staff keep and the public never sees, so that the demo
 * site, its downloads and its mirror show that they stay out (and tests on the demo can
 * fail if one leaks). All fictional.
 *
 * - `f-demo-internal`: a place of detention reported but not confirmed (internal facility).
 * - `s-demo-internal`: a relative's message, not to be published (internal source).
 * - `p-demo-internal`: a person whose family asked for discretion (internal person).
 * - On the first generated person: an internal name form, an internal case and an internal
 *   event citing the internal source at the internal facility.
 */
import type { Facility, Person, Source } from '../domain/record.js';

/** Text only internal demo records hold ("DEMO-INTERNAL"); no public output may contain it. */
export const DEMO_INTERNAL_MARK = 'DEMO-INTERNAL';

export const DEMO_INTERNAL_FACILITY: Facility = {
  id: 'f-demo-internal',
  kind: 'other',
  city: { be: 'Мінск', ru: 'Минск', en: 'Minsk' },
  name: { en: `Unconfirmed place of detention (${DEMO_INTERNAL_MARK})` },
  aliases: [],
  letters: { institution: DEMO_INTERNAL_MARK, locality: 'г. Минск', postalCode: '220000', checked: false },
  visibility: 'internal',
};

export const DEMO_INTERNAL_SOURCE: Source = {
  id: 's-demo-internal',
  kind: 'relative',
  title: `A relative's message, not to be published (${DEMO_INTERNAL_MARK})`,
  reliability: 'C',
  visibility: 'internal',
  note: 'Fictional, for the demonstration of internal sources.',
};

export const DEMO_INTERNAL_PERSON: Person = {
  id: 'p-demo-internal',
  names: [
    { family: 'Schovany', given: 'Demo', system: 'latn', primary: true, visibility: 'public' },
    { family: DEMO_INTERNAL_MARK, given: 'Дэма', system: 'be-cyrl', primary: true, visibility: 'public' },
  ],
  sex: 'male',
  birthDate: '1980-06-15',
  birthDateVisibility: 'public',
  occupation: {},
  biography: {},
  tags: ['fictional'],
  cases: [],
  events: [
    {
      id: 'e-demo-internal-1',
      kind: 'detention',
      date: '2023-03-01',
      facilityId: 'f-sizo-1-minsk',
      sourceIds: ['s-g01'],
      visibility: 'public',
    },
    { id: 'e-demo-internal-2', kind: 'recognition', date: '2023-04-01', sourceIds: ['s-g01'], visibility: 'public' },
  ],
  visibility: 'internal',
  internalNote: 'Fictional. The family asked for discretion: not to be published.',
  fictional: true,
};

/** `person` with an internal name form, case and event added (a new record; the input is not changed). */
export function withInternalFacts(person: Person): Person {
  return {
    ...person,
    names: [
      ...person.names,
      { family: DEMO_INTERNAL_MARK, given: 'Nickname', system: 'latn', primary: false, visibility: 'internal' },
    ],
    cases: [
      ...person.cases,
      {
        id: `c-${person.id.slice(2)}-internal`,
        charges: [{ article: '411' }],
        appeals: [],
        sourceIds: ['s-demo-internal'],
        visibility: 'internal',
        note: `Unconfirmed new charges (${DEMO_INTERNAL_MARK}).`,
      },
    ],
    events: [
      ...person.events,
      {
        id: `e-${person.id.slice(2)}-internal`,
        kind: 'other',
        date: person.events[0]?.date ?? '2023',
        facilityId: 'f-demo-internal',
        sourceIds: ['s-demo-internal'],
        note: { en: `Reported held at an unconfirmed place (${DEMO_INTERNAL_MARK}).` },
        visibility: 'internal',
      },
    ],
  };
}
