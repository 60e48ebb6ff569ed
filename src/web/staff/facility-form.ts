/**
 * The facility form: kind, number, regime, city and name in three languages, the
 * names sources write it by, the street address, the address for letters (in Russian,
 * as on an envelope: see `domain/letters.ts`) and the public/internal switch. Values
 * travel as form fields named by the record's paths; {@link facilityFromForm} turns
 * them into the record the schema then checks.
 *
 * @example
 * facilityFormPage({ lang, user, id: 'f-1', baseRevisionId: 41, values: facilityValues(f), errors: {}, state })
 */
import { html } from '../kit/html.js';
import { FacilityKind, Regime, type Facility, type Lang } from '../../domain/record.js';
import { createTranslator, type MessageKey } from '../../i18n/translator.js';
import type { StaffUser } from './layout.js';
import {
  checkboxField,
  localizedFields,
  localizedValue,
  localizedValues,
  optionalText,
  selectField,
  textareaField,
  textField,
  visibilityField,
  visibilityValue,
  type FormErrors,
  type FormValues,
} from './field-kit.js';
import { recordFormPage, type FormState } from './record-form.js';

const LETTERS = ['institution', 'street', 'locality', 'region', 'postalCode', 'basis'] as const;

/** The form's field names (what a save's problems are matched against). */
export const FACILITY_FIELDS = [
  'id',
  'kind',
  'number',
  'regime',
  'city',
  'name',
  'aliases',
  'address',
  'letters',
  ...LETTERS.map((k) => `letters.${k}`),
  'letters.checked',
  'visibility',
] as const;

export interface FacilityFormOptions {
  lang: Lang;
  user: StaffUser;
  /** Null: a new facility. */
  id: string | null;
  baseRevisionId: number | null;
  values: FormValues;
  errors: FormErrors;
  state: FormState;
}

export function facilityFormPage(o: FacilityFormOptions): string {
  const t = createTranslator(o.lang);
  const f = { values: o.values, errors: o.errors };
  const kinds = FacilityKind.options.map((k) => ({ value: k, label: t(`facility.kind.${k}` as MessageKey) }));
  const regimes = [
    { value: '', label: t('recordForm.none') },
    ...Regime.options.map((r) => ({ value: r, label: t(`regime.${r}` as MessageKey) })),
  ];
  const letters = LETTERS.map((k) =>
    textField({
      ...f,
      name: `letters.${k}`,
      label: t(`facility.letters.${k}` as MessageKey),
      lang: 'ru',
      ...(k === 'postalCode' ? { maxlength: 6 } : {}),
    }),
  );
  const fields = html`${o.id === null ? textField({ ...f, name: 'id', label: t('recordForm.id'), hint: t('recordForm.id.hint'), maxlength: 68 }) : ''}
${selectField({ ...f, name: 'kind', label: t('facility.kind'), options: kinds })}
${textField({ ...f, name: 'number', label: t('facility.number'), maxlength: 20 })}
${selectField({ ...f, name: 'regime', label: t('facility.regime'), options: regimes })}
${localizedFields(t, { ...f, name: 'city', label: '', legend: t('facility.city') })}
${localizedFields(t, { ...f, name: 'name', label: '', legend: t('facility.name') })}
${textareaField({ ...f, name: 'aliases', label: t('facility.aliases'), hint: t('facility.aliases.hint'), rows: 4 })}
${localizedFields(t, { ...f, name: 'address', label: '', legend: t('facility.address') })}
<fieldset class="field"><legend>${t('facility.letters')}</legend><p class="hint">${t('facility.letters.hint')}</p>
${letters}
${checkboxField({ ...f, name: 'letters.checked', label: t('facility.letters.checked') })}
</fieldset>
${visibilityField(t, { ...f, name: 'visibility' })}`;
  const name = o.values['name.' + o.lang] || o.values['name.ru'] || o.values['name.be'] || o.values['name.en'] || o.id;
  const path = o.id === null ? '/staff/facilities/new' : `/staff/facilities/${o.id}/edit`;
  return recordFormPage({
    lang: o.lang,
    user: o.user,
    title: o.id === null ? t('facility.new.title') : t('facility.edit.title', { name: name ?? '' }),
    path,
    action: `${path}?lang=${o.lang}`,
    baseRevisionId: o.baseRevisionId,
    values: o.values,
    errors: o.errors,
    fields,
    state: o.state,
  });
}

/** A stored facility as form values. */
export function facilityValues(f: Facility): Record<string, string> {
  const out: Record<string, string> = {
    kind: f.kind,
    number: f.number ?? '',
    regime: f.regime ?? '',
    aliases: f.aliases.join('\n'),
    visibility: visibilityValue(f),
    ...localizedValues('city', f.city),
    ...localizedValues('name', f.name),
    ...localizedValues('address', f.address),
  };
  if (f.letters) {
    for (const k of LETTERS) out[`letters.${k}`] = f.letters[k] ?? '';
    if (f.letters.checked) out['letters.checked'] = 'on';
  }
  return out;
}

/** The facility the form describes (unchecked: the schema decides what is wrong). */
export function facilityFromForm(values: FormValues, id: string): Record<string, unknown> {
  const address = localizedValue(values, 'address');
  const letters: Record<string, unknown> = {};
  for (const k of LETTERS) {
    const v = optionalText(values, `letters.${k}`);
    if (v !== undefined) letters[k] = v;
  }
  const hasLetters = Object.keys(letters).length > 0;
  if (hasLetters) letters.checked = values['letters.checked'] === 'on';
  const aliases = (values.aliases ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    id,
    kind: values.kind ?? '',
    ...defined('number', optionalText(values, 'number')),
    ...defined('regime', optionalText(values, 'regime')),
    city: localizedValue(values, 'city'),
    name: localizedValue(values, 'name'),
    aliases,
    ...(Object.keys(address).length > 0 ? { address } : {}),
    ...(hasLetters ? { letters } : {}),
    visibility: values['visibility'] ?? 'public',
  };
}

function defined(key: string, value: unknown): Record<string, unknown> {
  return value === undefined ? {} : { [key]: value };
}
