/**
 * Test support for the staff desk pages: a small registry written through the write
 * use case, with internal parts everywhere (an internal person, an internal name
 * form, an internal event, an internal facility and source), so a "staff only" or
 * "public only" assertion can fail.
 *
 * @example
 * const f = await deskFixture(ctx);
 * f.revisions['p-kav']; // the person's current revision
 */
import type { AppContext } from '../app/context.js';
import { parseRecord, writeRecord, type RecordType } from '../app/record-writes.js';
import type { Effect } from '../domain/policy.js';

export const FACILITY = {
  id: 'f-okr',
  kind: 'pretrial',
  city: { be: 'Мінск', ru: 'Минск', en: 'Minsk' },
  name: { be: 'СІЗА-1', ru: 'СИЗО-1', en: 'Pre-trial prison No. 1' },
};
export const SECRET_FACILITY = {
  id: 'f-secret',
  kind: 'temporary',
  city: { be: 'Жодзіна', ru: 'Жодино', en: 'Zhodzina' },
  name: { be: 'Турма ў Жодзіне', ru: 'Тюрьма в Жодино', en: 'Zhodzina prison' },
  visibility: 'internal',
};
export const SOURCE = { id: 's-court', kind: 'court', title: 'Court list, May 2022', date: '2022-05-20' };
export const SECRET_SOURCE = {
  id: 's-relative',
  kind: 'relative',
  title: 'A relative, by phone',
  visibility: 'internal',
};

/** Public person, with an internal name form and an internal event. */
export const KAVALENKA = {
  id: 'p-kav',
  names: [
    { family: 'Каваленка', given: 'Алег', system: 'be-cyrl', primary: true },
    { family: 'Коваленко', given: 'Олег', system: 'ru-cyrl' },
    { family: 'Kavalenka', given: 'Aleh', system: 'be-latn-passport', visibility: 'internal' },
  ],
  sex: 'male',
  birthDate: '1985',
  events: [
    { id: 'e-kav-1', kind: 'detention', date: '2022-05-13', facilityId: 'f-okr', sourceIds: ['s-court'] },
    { id: 'e-kav-2', kind: 'transfer', date: '2022-06', facilityId: 'f-secret', visibility: 'internal' },
  ],
  internalNote: 'family asked not to publish the transfer',
};

/** An internal person (only staff may find her). */
export const SHYSHKINA = {
  id: 'p-shy',
  names: [
    { family: 'Шышкіна', given: 'Вольга', system: 'be-cyrl', primary: true },
    { family: 'Шишкина', given: 'Ольга', system: 'ru-cyrl' },
  ],
  sex: 'female',
  events: [{ id: 'e-shy-1', kind: 'detention', date: '2023-02-01', facilityId: 'f-secret' }],
  visibility: 'internal',
};

export interface DeskFixture {
  revisions: Record<string, number>;
}

export async function deskFixture(ctx: AppContext): Promise<DeskFixture> {
  const revisions: Record<string, number> = {};
  const put = async (type: RecordType, record: { id: string }) => {
    const res = await write(ctx, type, record, null, 'editor@example.org', 'allow');
    if (res.status === 'written') revisions[record.id] = res.revisionId;
  };
  await put('facility', FACILITY);
  await put('facility', SECRET_FACILITY);
  await put('source', SOURCE);
  await put('source', SECRET_SOURCE);
  await put('person', KAVALENKA);
  await put('person', SHYSHKINA);
  return { revisions };
}

/** Writes a record through the API's use case (as an editor `allow`, as a researcher `propose`). */
export function write(
  ctx: AppContext,
  type: RecordType,
  record: { id: string; [k: string]: unknown },
  baseRevisionId: number | null,
  actor: string,
  effect: Effect,
  note?: string,
) {
  return writeRecord(ctx, {
    type,
    id: record.id,
    record: parseRecord(type, record.id, record),
    baseRevisionId,
    actor,
    effect,
    note,
  });
}
