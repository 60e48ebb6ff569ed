/**
 * `/data/letters.csv`: addresses for letter campaigns. One row per public person in custody
 * (not past the end of the term) held in a public facility with an address for letters:
 * the envelope name (Russian form), the year of birth and next birthday when public, and
 * the address in the post's order. Written through `csvText` (formulas neutralised).
 */
import { letterEntries, BIRTHDAY_DAYS } from '../../app/letters.js';
import type { AppContext } from '../../app/context.js';
import { nextBirthday } from '../../domain/birthdays.js';
import { envelopeNameForm } from '../../domain/letters.js';
import { csvText } from '../../exchange/csv-write.js';

export const LETTERS_CSV_HEADER = [
  'id',
  'name_ru',
  'name_latin',
  'birth_date',
  'birthday_within_60_days',
  'age_turning',
  'facility_id',
  'institution',
  'street',
  'locality',
  'region',
  'postal_code',
  'address_checked',
] as const;

/**
 * The CSV text on `today`.
 *
 * @example
 * const text = await lettersCsv(ctx, '2024-02-02'); // "id,name_ru,…\np-1,Павлов Павел Павлович,…"
 */
export async function lettersCsv(ctx: AppContext, today: string): Promise<string> {
  const rows: string[][] = [];
  for (const entry of await letterEntries(ctx, today)) {
    const letters = entry.facility?.letters;
    const form = envelopeNameForm(entry.person.names);
    if (!letters || !form || !entry.facility) continue;
    const latin =
      entry.person.names.find((n) => n.system === 'be-latn-passport') ??
      entry.person.names.find((n) => n.system.includes('latn'));
    const birth = entry.person.birthDate;
    const birthday = birth ? nextBirthday(birth, today, BIRTHDAY_DAYS) : null;
    rows.push([
      entry.person.id,
      [form.family, form.given, form.patronymic].filter(Boolean).join(' '),
      latin ? [latin.family, latin.given].filter(Boolean).join(' ') : '',
      birth && !birth.startsWith('~') ? birth : '',
      birthday?.date ?? '',
      birthday ? String(birthday.age) : '',
      entry.facility.id,
      letters.institution,
      letters.street ?? '',
      letters.locality,
      letters.region ?? '',
      letters.postalCode,
      letters.checked ? 'yes' : 'no',
    ]);
  }
  return csvText(rows, { header: LETTERS_CSV_HEADER });
}
