/**
 * The controls of the person form: a labelled input, select or textarea for one
 * field of the raw tree, with its error next to it (`aria-invalid`, described by
 * the message) and any consistency warning about it. Ids are the field names
 * with dots as dashes (`names.0.family` → `f-names-0-family`).
 *
 * @example
 * const f = fields({ t, lang, raw, errors });
 * f.input('birthDate', t('staff.pf.birthDate'), { hint: t('staff.pf.dateHint') });
 */
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';
import type { Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import { val, vals, type Raw } from '../../app/person-form-raw.js';

export interface FieldContext {
  t: Translate;
  lang: Lang;
  raw: Raw;
  /** Field name → the schema's message. */
  errors: ReadonlyMap<string, string>;
}

export interface Option {
  value: string;
  label: string;
  /** The label's language when it is not the page's. */
  lang?: Lang | undefined;
}

export const fieldId = (name: string): string => `f-${name.replace(/[.[\]()]/g, '-')}`;

/** The error of a field in the page's language where the form knows the kind of mistake. */
export function errorText(t: Translate, lang: Lang, name: string, message: string): SafeHtml {
  if (/(^|\.)(date|birthDate|verdictDate)$/.test(name)) return html`${t('staff.pf.error.date')}`;
  if (/\.(years|months|days|part)$/.test(name)) return html`${t('staff.pf.error.number')}`;
  if (/\.family$/.test(name) || /expected one of|Invalid option/i.test(message))
    return html`${t('staff.pf.error.required')}`;
  return lang === 'en' ? html`${message}` : html`<span lang="en">${message}</span>`;
}

export function fields(fc: FieldContext) {
  const { t, lang, raw, errors } = fc;
  const described = (name: string, hint: boolean) => {
    const id = fieldId(name);
    const ids = [hint ? `${id}-hint` : '', errors.has(name) ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`${errors.has(name) ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}`;
  };
  const after = (name: string, hint?: string): HtmlValue => {
    const id = fieldId(name);
    const message = errors.get(name);
    return html`${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ''}${
      message ? html`<span class="field-error" id="${id}-error">${errorText(t, lang, name, message)}</span>` : ''
    }`;
  };
  return {
    input(
      name: string,
      label: string,
      o: { hint?: string; type?: string; textLang?: Lang; cls?: string; inputmode?: string; date?: boolean } = {},
    ): SafeHtml {
      const id = fieldId(name);
      const textLang = o.textLang && o.textLang !== lang ? html` lang="${o.textLang}"` : '';
      return html`<p class="field${o.cls ? ` ${o.cls}` : ''}"><label for="${id}">${label}</label>
<input id="${id}" name="${name}" type="${o.type ?? 'text'}" value="${val(raw, name)}"${textLang}${
        o.inputmode ? html` inputmode="${o.inputmode}"` : ''
      }${o.date ? html` data-partial-date="${t('staff.pf.error.date')}"` : ''}${described(name, !!o.hint)}>${after(name, o.hint)}</p>`;
    },
    textarea(name: string, label: string, textLang?: Lang): SafeHtml {
      const id = fieldId(name);
      return html`<p class="field wide"><label for="${id}">${label}</label>
<textarea id="${id}" name="${name}" rows="4"${textLang ? html` lang="${textLang}"` : ''}${described(name, false)}>${val(raw, name)}</textarea>${after(name)}</p>`;
    },
    select(name: string, label: string, options: readonly Option[], o: { multiple?: boolean; empty?: string } = {}) {
      const id = fieldId(name);
      const chosen = new Set(o.multiple ? vals(raw, name) : [val(raw, name)]);
      const opts = [
        ...(o.empty !== undefined
          ? [html`<option value=""${chosen.has('') ? ' selected' : ''}>${o.empty}</option>`]
          : []),
        ...options.map(
          (op) =>
            html`<option value="${op.value}"${chosen.has(op.value) ? ' selected' : ''}${
              op.lang && op.lang !== lang ? html` lang="${op.lang}"` : ''
            }>${op.label}</option>`,
        ),
      ];
      return html`<p class="field"><label for="${id}">${label}</label>
<select id="${id}" name="${name}"${o.multiple ? html` multiple size="4"` : ''}${described(name, false)}>${opts}</select>${after(name)}</p>`;
    },
    checkbox(name: string, label: string): SafeHtml {
      const id = fieldId(name);
      return html`<p class="field check"><input id="${id}" name="${name}" type="checkbox"${
        val(raw, name) === 'on' ? ' checked' : ''
      }> <label for="${id}">${label}</label></p>`;
    },
    shownTo(name: string, label = t('staff.pf.visibility')): SafeHtml {
      const options = (['public', 'internal'] as const).map((v) => ({
        value: v,
        label: t(`staff.pf.visibility.${v}`),
      }));
      return this.select(name, label, options);
    },
    hidden(name: string, value = val(raw, name)): SafeHtml {
      return html`<input type="hidden" name="${name}" value="${value}">`;
    },
  };
}

export type Fields = ReturnType<typeof fields>;
