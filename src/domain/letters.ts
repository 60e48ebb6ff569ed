/**
 * Letters to prisoners: the envelope as Belarusian prison letters are addressed, in
 * Russian as the post requires. Pure: it takes the names and the facility's address as
 * the caller may show them (public views for the site).
 *
 * The addressee is written "Кому: Фамилия Имя Отчество, 1990 г. р." with the person's
 * Russian name form (the Belarusian Cyrillic form when no Russian one is known; the
 * colony's register knows both, and the name is not declined, as is usual on these
 * envelopes). The address follows in the post's order: institution, street and house,
 * locality, region, postal code.
 */
import type { LettersAddress, NameForm } from './record.js';

type NameParts = Pick<NameForm, 'family' | 'given' | 'patronymic' | 'system' | 'primary'>;
type Address = Pick<LettersAddress, 'institution' | 'street' | 'locality' | 'region' | 'postalCode'>;

/** The name form an envelope uses: Russian Cyrillic (primary first), else Belarusian Cyrillic, else none. */
export function envelopeNameForm<N extends NameParts>(names: readonly N[]): N | undefined {
  const rank = (n: N) => (n.system === 'ru-cyrl' ? 0 : n.system === 'be-cyrl' ? 2 : 9) + (n.primary ? 0 : 1);
  let best: N | undefined;
  for (const n of names) if (rank(n) < 9 && (!best || rank(n) < rank(best))) best = n;
  return best;
}

/**
 * The addressee line, or null when the person has no Cyrillic name form to write.
 *
 * @example
 * envelopeAddressee([{ family: 'Лучинович', given: 'Александр', patronymic: 'Николаевич', system: 'ru-cyrl', primary: true }], '1990-05-02');
 * // 'Кому: Лучинович Александр Николаевич, 1990 г. р.'
 */
export function envelopeAddressee(names: readonly NameParts[], birthDate?: string): string | null {
  const form = envelopeNameForm(names);
  if (!form) return null;
  const name = [form.family, form.given, form.patronymic].filter((p) => p && p.trim() !== '').join(' ');
  const year = birthDate ? /^~?(\d{4})/.exec(birthDate)?.[1] : undefined;
  // An approximate year ("~1990") is not written: the register matches the exact year.
  return year && !birthDate?.startsWith('~') ? `Кому: ${name}, ${year} г. р.` : `Кому: ${name}`;
}

/**
 * The address lines of an envelope, in the post's order.
 *
 * @example
 * envelopeAddress({ institution: 'ИК-15', street: 'Славгородское шоссе, 183', locality: 'г. Могилёв', postalCode: '212013' });
 * // ['Куда: ИК-15', 'Славгородское шоссе, 183', 'г. Могилёв', '212013']
 */
export function envelopeAddress(address: Address): string[] {
  const lines = [`Куда: ${address.institution}`];
  if (address.street) lines.push(address.street);
  lines.push(address.locality);
  if (address.region) lines.push(address.region);
  lines.push(address.postalCode);
  return lines;
}

/**
 * The address on one line, for tables and CSV: "ИК-15, Славгородское шоссе, 183, г. Могилёв, 212013".
 *
 * @example
 * addressLine({ institution: 'СИЗО-1', street: 'ул. Володарского, 2', locality: 'г. Минск', postalCode: '220030' });
 * // 'СИЗО-1, ул. Володарского, 2, г. Минск, 220030'
 */
export function addressLine(address: Address): string {
  return [address.institution, address.street, address.locality, address.region, address.postalCode]
    .filter((p) => p !== undefined && p !== '')
    .join(', ');
}
