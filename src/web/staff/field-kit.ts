/**
 * Form controls of the staff record forms: each with its label, its value, and its
 * error right after it (`aria-invalid`, `aria-describedby`), so a refused save shows
 * what to fix where it is. Field names are the record's dotted paths (`city.en`,
 * `letters.postalCode`), the same paths the schema's problems name.
 *
 * @example
 * textField({ name: 'number', label: t('facility.number'), values, errors })
 */
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';
import type { Problem } from '../../domain/errors.js';
import { LANGS, type Lang } from '../../domain/record.js';
import type { Translate } from '../../i18n/translator.js';
import { isPublic } from '../../disclosure/public-person.js';

/** Submitted or stored values by field name; checkboxes hold `on`. */
export type FormValues = Readonly<Record<string, string>>;
/** An error message by field name. */
export type FormErrors = Readonly<Record<string, string>>;

export interface FieldOptions {
  name: string;
  label: string;
  values: FormValues;
  errors: FormErrors;
  /** A hint shown under the label. */
  hint?: string;
  /** The language of the text the field holds, when not the page's. */
  lang?: Lang;
  required?: boolean;
  type?: 'text' | 'url' | 'number';
  maxlength?: number;
}

/** The id of a field's control: `field-letters-postalCode`. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function textField(o: FieldOptions): SafeHtml {
  const id = fieldId(o.name);
  return html`<p class="field"><label for="${id}">${o.label}</label>${hint(o)}
<input id="${id}" name="${o.name}" type="${o.type ?? 'text'}" value="${o.values[o.name] ?? ''}"${o.lang ? html` lang="${o.lang}"` : ''}${o.required ? ' required' : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${invalid(o)}>${error(o)}</p>`;
}

export function textareaField(o: FieldOptions & { rows?: number }): SafeHtml {
  const id = fieldId(o.name);
  return html`<p class="field"><label for="${id}">${o.label}</label>${hint(o)}
<textarea id="${id}" name="${o.name}" rows="${o.rows ?? 3}" cols="50"${o.lang ? html` lang="${o.lang}"` : ''}${invalid(o)}>${o.values[o.name] ?? ''}</textarea>${error(o)}</p>`;
}

export function selectField(o: FieldOptions & { options: ReadonlyArray<{ value: string; label: string }> }): SafeHtml {
  const id = fieldId(o.name);
  const current = o.values[o.name] ?? '';
  const options = o.options.map(
    (opt) => html`<option value="${opt.value}"${opt.value === current ? ' selected' : ''}>${opt.label}</option>`,
  );
  return html`<p class="field"><label for="${id}">${o.label}</label>${hint(o)}
<select id="${id}" name="${o.name}"${invalid(o)}>${options}</select>${error(o)}</p>`;
}

export function checkboxField(o: FieldOptions): SafeHtml {
  const id = fieldId(o.name);
  return html`<p class="field"><input id="${id}" name="${o.name}" type="checkbox"${o.values[o.name] === 'on' ? ' checked' : ''}${invalid(o)}> <label for="${id}">${o.label}</label>${hint(o)}${error(o)}</p>`;
}

/** The public/internal switch of a record. */
export function visibilityField(t: Translate, o: Omit<FieldOptions, 'label'>): SafeHtml {
  const current = o.values[o.name] ?? 'public';
  const option = (value: 'public' | 'internal') =>
    html`<label><input type="radio" name="${o.name}" value="${value}"${current === value ? ' checked' : ''}> ${t(`recordForm.visibility.${value}`)}</label>`;
  return html`<fieldset class="field"><legend>${t('recordForm.visibility')}</legend>
<p>${option('public')} ${option('internal')}</p><p class="hint">${t('recordForm.visibility.hint')}</p>${error(o)}</fieldset>`;
}

/** A record's public/internal switch as a form value (`isPublic` decides, as everywhere in web). */
export function visibilityValue(record: { visibility: string }): 'public' | 'internal' {
  return isPublic(record) ? 'public' : 'internal';
}

/** A text in the three languages: one labelled field each, marked with its language. */
export function localizedFields(t: Translate, o: Omit<FieldOptions, 'lang'> & { legend: string }): SafeHtml {
  const inputs = LANGS.map((lang) =>
    textField({
      ...o,
      name: `${o.name}.${lang}`,
      label: t(`recordForm.inLang.${lang}`),
      lang,
    }),
  );
  return html`<fieldset class="field localized"><legend>${o.legend}</legend>${error(o)}${inputs}</fieldset>`;
}

/** Each problem's message under its field; problems of unknown fields under the form's top. */
export function errorsOf(
  problems: readonly Problem[] | undefined,
  known: readonly string[],
): {
  errors: Record<string, string>;
  other: string[];
} {
  const errors: Record<string, string> = {};
  const other: string[] = [];
  for (const p of problems ?? []) {
    const field = p.field ?? '';
    const name = known.includes(field) ? field : known.find((k) => field.startsWith(`${k}.`));
    if (name && errors[name] === undefined) errors[name] = p.message;
    else if (!name) other.push(field ? `${field}: ${p.message}` : p.message);
  }
  return { errors, other };
}

/** Form text as a record value: trimmed, and absent when empty. */
export function optionalText(values: FormValues, name: string): string | undefined {
  const v = (values[name] ?? '').trim();
  return v === '' ? undefined : v;
}

/** The three-language text `name.be|ru|en` as a record value (empty languages left out). */
export function localizedValue(values: FormValues, name: string): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const v = optionalText(values, `${name}.${lang}`);
    if (v !== undefined) out[lang] = v;
  }
  return out;
}

/** A record's `{ be, ru, en }` text as form values. */
export function localizedValues(name: string, text: Partial<Record<Lang, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of LANGS) if (text?.[lang]) out[`${name}.${lang}`] = text[lang];
  return out;
}

function hint(o: FieldOptions): HtmlValue {
  return o.hint ? html` <span class="hint" id="${fieldId(o.name)}-hint">${o.hint}</span>` : '';
}

function invalid(o: FieldOptions): HtmlValue {
  const described = [o.hint ? `${fieldId(o.name)}-hint` : '', o.errors[o.name] ? `${fieldId(o.name)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`${o.errors[o.name] ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
}

function error(o: Pick<FieldOptions, 'name' | 'errors'>): HtmlValue {
  const message = o.errors[o.name];
  return message ? html`<span class="error field-error" id="${fieldId(o.name)}-error">${message}</span>` : '';
}
