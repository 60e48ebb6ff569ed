/**
 * The photo page of a person: the current photo (staff see it even when internal),
 * and one form, `multipart/form-data` without script, to upload a new image and set
 * its caption and credit in three languages and its public/internal switch. What the
 * upload goes through (type by content, size, re-encoding, metadata removed) is said
 * next to the file field.
 *
 * @example
 * photoFormPage({ lang, user, personId: 'p-1', name: 'Ales B.', baseRevisionId: 41, photo, values, errors: {}, state })
 */
import { html } from '../kit/html.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator } from '../../i18n/translator.js';
import { staffLayout, type StaffUser } from './layout.js';
import { fieldId, localizedFields, textField, visibilityField, type FormErrors, type FormValues } from './field-kit.js';
import type { FormState } from './record-form.js';

export interface PhotoFormOptions {
  lang: Lang;
  user: StaffUser;
  personId: string;
  /** The person's name in the page language. */
  name: string;
  baseRevisionId: number;
  /** The current photo's file name (served to staff under /staff/photos/), if any. */
  current: { name: string; internal: boolean } | null;
  values: FormValues;
  errors: FormErrors;
  state: FormState;
}

export function photoFormPage(o: PhotoFormOptions): string {
  const t = createTranslator(o.lang);
  const title = t('photo.title', { name: o.name });
  const path = `/staff/persons/${o.personId}/photos`;
  if (o.state.kind === 'conflict') return staffLayout({ lang: o.lang, title, path, body: o.state.view, user: o.user });
  const f = { values: o.values, errors: o.errors };
  const fileId = fieldId('file');
  const fileError = o.errors.file;
  const current = o.current
    ? html`<figure class="staff-photo"><img src="/staff/photos/${o.current.name}" alt="${title}" width="240"><figcaption>${t('photo.current')}${o.current.internal ? html` — ${t('photo.internalNote')}` : ''}</figcaption></figure>`
    : html`<p>${t('photo.none')}</p>`;
  const body = html`${notice(o)}
${current}
<form method="post" action="${path}?lang=${o.lang}" enctype="multipart/form-data" class="stack record-form" novalidate>
<input type="hidden" name="csrf" value="${o.user.csrf}">
<input type="hidden" name="base" value="${String(o.baseRevisionId)}">
<p class="field"><label for="${fileId}">${t('photo.file')}</label> <span class="hint" id="${fileId}-hint">${t('photo.file.hint')}${o.current ? html` ${t('photo.file.keep')}` : ''}</span>
<input id="${fileId}" name="file" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="${fileId}-hint${fileError ? html` ${fileId}-error` : ''}"${fileError ? html` aria-invalid="true"` : ''}>${fileError ? html`<span class="error field-error" id="${fileId}-error">${fileError}</span>` : ''}</p>
${localizedFields(t, { ...f, name: 'caption', label: '', legend: t('photo.caption') })}
${localizedFields(t, { ...f, name: 'credit', label: '', legend: t('photo.credit') })}
${visibilityField(t, { ...f, name: 'visibility' })}
${textField({ ...f, name: 'changeNote', label: t('recordForm.changeNote'), maxlength: 500 })}
<p><button type="submit">${t('photo.save')}</button></p>
</form>`;
  return staffLayout({ lang: o.lang, title, path, body, user: o.user });
}

function notice(o: PhotoFormOptions) {
  const t = createTranslator(o.lang);
  const s = o.state;
  if (s.kind === 'saved')
    return html`<p class="notice" role="status">${t('photo.saved', { revision: s.revision })}</p>`;
  if (s.kind === 'proposed')
    return html`<p class="notice" role="status">${t('recordForm.proposed', { proposal: s.proposal })}</p>`;
  if (s.kind === 'invalid') {
    return html`<div class="error" role="alert"><p>${t('recordForm.invalid')}</p>${s.other.length > 0 ? html`<ul>${s.other.map((m) => html`<li>${m}</li>`)}</ul>` : ''}</div>`;
  }
  return '';
}
