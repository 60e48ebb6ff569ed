/**
 * Short labels of facilities for charts, where the full names ("Correctional colony No. 15,
 * Mahilioŭ") are cut to the same prefix: the abbreviation readers and sources use, the
 * number and the city ("IK-15 Mahilioŭ", "ИК-15 Могилёв", "ПК-15 Магілёў"). The full name
 * stays in the chart's table.
 */
import type { FacilityKind, Lang } from '../../domain/record.js';
import type { PublicFacility } from '../../app/site-queries.js';
import { localized } from './common.js';

const ABBREVIATIONS: Record<FacilityKind, Record<Lang, string> | null> = {
  colony: { be: 'ПК', ru: 'ИК', en: 'IK' },
  pretrial: { be: 'СІЗА', ru: 'СИЗО', en: 'SIZO' },
  prison: { be: 'Турма', ru: 'Тюрьма', en: 'Prison' },
  colony_settlement: { be: 'КП', ru: 'КП', en: 'KP' },
  open_institution: { be: 'ВУАТ', ru: 'ИУОТ', en: 'IUOT' },
  temporary: { be: 'ЦІП', ru: 'ЦИП', en: 'TsIP' },
  medical: null,
  other: null,
};

/**
 * @example facilityShortLabel({ kind: 'colony', number: '15', city: { en: 'Mahilioŭ' }, … }, 'en') // 'IK-15 Mahilioŭ'
 */
export function facilityShortLabel(facility: PublicFacility, lang: Lang): string {
  const abbreviation = ABBREVIATIONS[facility.kind]?.[lang];
  const city = localized(facility.city, lang);
  const full = localized(facility.name, lang) ?? facility.id;
  if (abbreviation === undefined || city === undefined) return full;
  return `${abbreviation}${facility.number ? `-${facility.number}` : ''} ${city}`;
}
