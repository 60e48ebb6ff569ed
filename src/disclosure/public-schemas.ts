/**
 * The public views as zod schemas: the contract of what the presenters in
 * `public-person.ts` let out, built from the record's own schemas
 * (`src/domain/record.ts`) by naming fields, never by leaving some out. The
 * presenters' types are derived from these, the OpenAPI document is generated
 * from them, and tests check real responses against them.
 *
 * @example
 * PublicPersonView.parse(await (await app.request('/api/v1/persons/p-1')).json());
 */
import { z } from 'zod';
import {
  Case,
  Event,
  Facility,
  Id,
  Inference,
  LettersAddress,
  Localized,
  LongLocalized,
  NameForm,
  PartialDateString,
  Person,
  PhotoRef,
  Source,
} from '../domain/record.js';

export const PublicNameForm = z.object(
  NameForm.pick({ family: true, given: true, patronymic: true, system: true, primary: true }).shape,
);

export const PublicCase = Case.pick({
  id: true,
  charges: true,
  courtId: true,
  court: true,
  verdictDate: true,
  punishment: true,
  appeals: true,
}).extend({ sourceIds: z.array(Id).meta({ description: 'Public sources only' }) });

export const PublicEvent = Event.pick({
  id: true,
  kind: true,
  date: true,
  facilityId: true,
  caseId: true,
  releaseReason: true,
  statedTimeServed: true,
  note: true,
}).extend({
  inferred: Inference.optional(),
  sourceIds: z.array(Id).meta({ description: 'Public sources only' }),
});

export const PublicPersonView = z
  .object({
    id: Id,
    names: z.array(PublicNameForm).meta({ description: 'Public name forms only' }),
    sex: Person.shape.sex,
    birthDate: PartialDateString.optional().meta({ description: 'Only when the birth date is public' }),
    region: Person.shape.region,
    occupation: Localized,
    biography: LongLocalized,
    photo: z
      .object({ ref: PhotoRef, caption: Localized, credit: z.union([z.string(), Localized]).optional() })
      .optional(),
    cases: z.array(PublicCase).meta({ description: 'Public cases: charges, court, verdict, punishment' }),
    events: z.array(PublicEvent).meta({ description: 'Public events: kind, date, public facility, reason' }),
    fictional: z.boolean().meta({ description: 'True for generated, fictional records' }),
  })
  .meta({ description: 'One public person: public names, cases and events only' });
export type PublicPerson = z.output<typeof PublicPersonView>;

export const PublicFacilityView = z.object(
  Facility.pick({
    id: true,
    kind: true,
    number: true,
    regime: true,
    city: true,
    name: true,
    aliases: true,
    address: true,
  }).extend({
    letters: LettersAddress.pick({
      institution: true,
      street: true,
      locality: true,
      region: true,
      postalCode: true,
      checked: true,
    }).optional(),
  }).shape,
);
export type PublicFacility = z.output<typeof PublicFacilityView>;

export const PublicSourceView = z.object(
  Source.pick({ id: true, kind: true, title: true, publisher: true, url: true, date: true, reliability: true }).shape,
);
export type PublicSource = z.output<typeof PublicSourceView>;
