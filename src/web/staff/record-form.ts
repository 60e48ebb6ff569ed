/**
 * The frame the facility and source forms share: the notice of the last save (saved,
 * or sent for review), the refusal summary, the conflict view when the save was stale,
 * and a form that posts back with the CSRF token, the base revision and a change note.
 *
 * @example
 * recordFormPage({ lang, user, title, path, action, baseRevisionId: 41, fields, state: { kind: 'saved', revision: 42 } })
 */
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator } from '../../i18n/translator.js';
import { staffLayout, type StaffUser } from './layout.js';
import { textField, type FormErrors, type FormValues } from './field-kit.js';

/** What the page says about the last save. */
export type FormState =
  | { kind: 'blank' }
  | { kind: 'saved'; revision: number }
  | { kind: 'proposed'; proposal: number }
  | { kind: 'invalid'; other: readonly string[] }
  | { kind: 'conflict'; view: SafeHtml };

export interface RecordFormOptions {
  lang: Lang;
  user: StaffUser;
  title: string;
  /** The page's path for the language switch. */
  path: string;
  /** Where the form posts. */
  action: string;
  /** The revision being edited (null: a new record). */
  baseRevisionId: number | null;
  values: FormValues;
  errors: FormErrors;
  /** The record's fields (the page's own controls). */
  fields: HtmlValue;
  state: FormState;
  /** Shown above the form (links to related pages). */
  aside?: HtmlValue;
}

export function recordFormPage(o: RecordFormOptions): string {
  const t = createTranslator(o.lang);
  if (o.state.kind === 'conflict') {
    return staffLayout({ lang: o.lang, title: o.title, path: o.path, body: o.state.view, user: o.user });
  }
  const body = html`${notice(o)}${o.aside ?? ''}
${o.baseRevisionId === null ? '' : html`<p>${t('recordForm.revision', { revision: o.baseRevisionId })}</p>`}
<form method="post" action="${o.action}" class="stack record-form" novalidate>
<input type="hidden" name="csrf" value="${o.user.csrf}">
${o.baseRevisionId === null ? '' : html`<input type="hidden" name="base" value="${String(o.baseRevisionId)}">`}
${o.fields}
${textField({ name: 'changeNote', label: t('recordForm.changeNote'), values: o.values, errors: o.errors, maxlength: 500 })}
<p><button type="submit">${t('recordForm.save')}</button></p>
</form>`;
  return staffLayout({ lang: o.lang, title: o.title, path: o.path, body, user: o.user });
}

function notice(o: RecordFormOptions): HtmlValue {
  const t = createTranslator(o.lang);
  const s = o.state;
  if (s.kind === 'saved')
    return html`<p class="notice" role="status">${t('recordForm.saved', { revision: s.revision })}</p>`;
  if (s.kind === 'proposed')
    return html`<p class="notice" role="status">${t('recordForm.proposed', { proposal: s.proposal })}</p>`;
  if (s.kind === 'invalid') {
    const other = s.other.map((m) => html`<li>${m}</li>`);
    return html`<div class="error" role="alert"><p>${t('recordForm.invalid')}</p>${other.length > 0 ? html`<ul>${other}</ul>` : ''}</div>`;
  }
  return '';
}

/** The notice a redirect after a save carries in its query (`?saved=42`, `?proposed=7`). */
export function stateFromQuery(query: { saved?: string | undefined; proposed?: string | undefined }): FormState {
  const n = (s: string | undefined) => (s !== undefined && /^\d{1,15}$/.test(s) ? Number(s) : null);
  const saved = n(query.saved);
  if (saved !== null) return { kind: 'saved', revision: saved };
  const proposed = n(query.proposed);
  if (proposed !== null) return { kind: 'proposed', proposal: proposed };
  return { kind: 'blank' };
}
