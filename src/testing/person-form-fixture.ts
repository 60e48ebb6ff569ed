/**
 * Test support for the person form: a registry with a public and an internal
 * facility, a public and an internal source, and one person with an internal name
 * form, an internal case and an internal event, so a "public only" assertion can fail.
 *
 * @example
 * const fx = await seedPersonFormFixture(ctx); // { facility, hiddenFacility, source, hiddenSource, personId }
 */
import type { AppContext } from '../app/context.js';
import { saveFacility, saveSource } from '../app/catalog.js';
import { createPerson } from '../app/persons.js';

export async function seedPersonFormFixture(ctx: AppContext) {
  const meta = { actor: 'fixture' };
  const facility = await saveFacility(
    ctx,
    {
      id: 'f-sizo1',
      kind: 'pretrial',
      number: '1',
      city: { en: 'Minsk', ru: 'Минск', be: 'Мінск' },
      name: { en: 'SIZO-1', ru: 'СИЗО-1', be: 'СІЗА-1' },
    },
    meta,
  );
  const hiddenFacility = await saveFacility(
    ctx,
    {
      id: 'f-secret',
      kind: 'other',
      city: { en: 'Hidden city' },
      name: { en: 'HIDDEN-FACILITY-CANARY' },
      visibility: 'internal',
    },
    meta,
  );
  const source = await saveSource(
    ctx,
    { id: 's-viasna', kind: 'organisation', title: 'Viasna', reliability: 'A' },
    meta,
  );
  const hiddenSource = await saveSource(
    ctx,
    { id: 's-secret', kind: 'tip', title: 'HIDDEN-SOURCE-CANARY', visibility: 'internal' },
    meta,
  );
  const person = await createPerson(
    ctx,
    {
      id: 'p-known',
      names: [
        { family: 'Лось', given: 'Алесь', system: 'be-cyrl', primary: true },
        { family: 'HIDDENNAME', given: 'Canary', system: 'latn', visibility: 'internal' },
      ],
      sex: 'male',
      birthDate: '1980',
      cases: [
        { id: 'c-known', charges: [{ article: '342', part: 1 }], courtId: 'ct-minsk-city', visibility: 'public' },
        { id: 'c-hidden', charges: [{ article: '130' }], judge: 'HIDDEN-JUDGE-CANARY', visibility: 'internal' },
      ],
      events: [
        { id: 'e-det', kind: 'detention', date: '2021-03-10', facilityId: 'f-sizo1', sourceIds: ['s-viasna'] },
        { id: 'e-rec', kind: 'recognition', date: '2021-04', sourceIds: ['s-viasna'] },
        {
          id: 'e-hidden',
          kind: 'transfer',
          date: '2022',
          facilityId: 'f-secret',
          note: { en: 'HIDDEN-NOTE-CANARY' },
          visibility: 'internal',
        },
      ],
    },
    meta,
  );
  return { facility, hiddenFacility, source, hiddenSource, personId: person.person.id };
}
