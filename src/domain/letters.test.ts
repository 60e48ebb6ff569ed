import { describe, expect, it } from 'vitest';
import { addressLine, envelopeAddress, envelopeAddressee, envelopeNameForm } from './letters.js';
import { FACILITIES } from '../demo/facilities.js';
import { Facility } from './record.js';

const ru = {
  family: 'Лучинович',
  given: 'Александр',
  patronymic: 'Николаевич',
  system: 'ru-cyrl',
  primary: true,
} as const;
const be = {
  family: 'Лучыновіч',
  given: 'Аляксандр',
  patronymic: 'Мікалаевіч',
  system: 'be-cyrl',
  primary: true,
} as const;
const latin = { family: 'Luchynovich', given: 'Aliaksandr', system: 'be-latn-passport', primary: true } as const;

describe('the envelope', () => {
  it('addresses the person by the Russian form with the year of birth', () => {
    expect(envelopeAddressee([latin, be, ru], '1990-05-02')).toBe('Кому: Лучинович Александр Николаевич, 1990 г. р.');
    expect(envelopeAddressee([latin, be, ru], '1990')).toBe('Кому: Лучинович Александр Николаевич, 1990 г. р.');
  });

  it('falls back to the Belarusian Cyrillic form, and leaves out an unknown or approximate year', () => {
    expect(envelopeAddressee([latin, be])).toBe('Кому: Лучыновіч Аляксандр Мікалаевіч');
    expect(envelopeAddressee([ru], '~1990')).toBe('Кому: Лучинович Александр Николаевич');
    expect(envelopeAddressee([latin])).toBeNull();
  });

  it('prefers the primary Russian form over another Russian form', () => {
    const other = { ...ru, family: 'Лучиновичъ', primary: false };
    expect(envelopeNameForm([other, ru])).toBe(ru);
  });

  it('writes the address in the post order, without the parts a settlement lacks', () => {
    expect(
      envelopeAddress({
        institution: 'ИК-3',
        locality: 'п. Витьба',
        region: 'Витебская обл., Витебский р-н',
        postalCode: '211322',
      }),
    ).toEqual(['Куда: ИК-3', 'п. Витьба', 'Витебская обл., Витебский р-н', '211322']);
    expect(
      addressLine({
        institution: 'ИК-15',
        street: 'Славгородское шоссе, 183',
        locality: 'г. Могилёв',
        postalCode: '212013',
      }),
    ).toBe('ИК-15, Славгородское шоссе, 183, г. Могилёв, 212013');
  });
});

describe('facility addresses for letters', () => {
  it('every demo facility has a valid address in Russian, and unchecked ones say so', () => {
    for (const f of FACILITIES) {
      const parsed = Facility.parse(f);
      expect(parsed.letters, f.id).toBeDefined();
      const letters = parsed.letters!;
      expect(letters.postalCode, f.id).toMatch(/^\d{6}$/);
      expect(addressLine(letters), f.id).toMatch(/^[А-Яа-яЁё0-9 .,№/а-я«»()-]+$/);
      if (!letters.checked) expect(letters.basis, f.id).toMatch(/not checked/);
    }
  });

  it('refuses a postal code that is not six digits', () => {
    const bad = { ...FACILITIES[0], letters: { institution: 'СИЗО-1', locality: 'г. Минск', postalCode: '2200' } };
    expect(Facility.safeParse(bad).success).toBe(false);
  });
});
