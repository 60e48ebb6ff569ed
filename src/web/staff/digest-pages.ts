/**
 * Staff digest pages: the list of stored digests (drafts too), the form that drafts a
 * month, and "what a regeneration would change". The edit page is in
 * `digest-edit-page.ts`. Pure renderers over what the HTTP shell
 * (`src/http/routes/staff-digests.ts`) gives them; forms post with the CSRF token and
 * work without script. Texts of a digest carry its `lang` when it is not the page's.
 *
 * @example
 * digestListPage({ lang: 'ru', user, digests, canWrite: true })
 */
import { html, type HtmlValue } from '../kit/html.js';
import { createTranslator, type Translate } from '../../i18n/translator.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { DIGEST_KINDS, type Digest, type DigestChange } from '../../domain/digest/index.js';
import type { DigestSummary } from '../../app/ports.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';

export const digestHref = (id: string, lang: Lang, tail = ''): string => `/staff/digests/${id}${tail}?lang=${lang}`;

export const kindName = (t: Translate, kind: string): string => t(`digest.kind.${kind}` as 'digest.kind.releases');
export const statusName = (t: Translate, status: string): string =>
  t(`digests.status.${status}` as 'digests.status.draft');

/** `lang` when a text in `textLang` sits on a page in `pageLang`. */
export const langAttr = (textLang: Lang, pageLang: Lang): HtmlValue =>
  textLang === pageLang ? '' : html` lang="${textLang}"`;

/** The hidden CSRF field of a form. */
export const csrfField = (user: StaffUser): HtmlValue => html`<input type="hidden" name="csrf" value="${user.csrf}">`;

/** `2024-02-02T12:00:00.000Z` as `2024-02-02 12:00`. */
export const when = (iso: string | null): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

export function digestListPage(o: {
  lang: Lang;
  user: StaffUser;
  digests: readonly DigestSummary[];
  canWrite: boolean;
}): string {
  const t = createTranslator(o.lang);
  const rows = o.digests.map(
    (d) => html`<tr>
<td><a href="${digestHref(d.id, o.lang)}"${langAttr(d.lang, o.lang)}>${d.title}</a></td>
<td>${kindName(t, d.kind)}</td>
<td>${d.month}</td>
<td lang="${d.lang}">${t(`lang.${d.lang}`)}</td>
<td>${statusName(t, d.status)}</td>
<td>${when(d.updatedAt)}</td>
</tr>`,
  );
  const table = html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('digests.col.title')}</th><th scope="col">${t('digests.col.kind')}</th><th scope="col">${t('digests.col.month')}</th><th scope="col">${t('digests.col.lang')}</th><th scope="col">${t('digests.col.status')}</th><th scope="col">${t('digests.col.updated')}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
  const body = html`<p>${t('digests.list.intro')}</p>
${o.canWrite ? html`<p><a href="/staff/digests/new?lang=${o.lang}">${t('digests.list.new')}</a></p>` : ''}
${o.digests.length === 0 ? html`<p>${t('digests.list.empty')}</p>` : table}`;
  return staffLayout({ lang: o.lang, title: t('digests.list.title'), path: '/staff/digests', body, user: o.user });
}

export interface NewDigestForm {
  kind: string;
  month: string;
  langs: readonly string[];
  note: string;
}

export function newDigestPage(o: {
  lang: Lang;
  user: StaffUser;
  form: NewDigestForm;
  errors: { month?: string; langs?: string; form?: string };
  /** Digests the request found drafted already (linked from the error). */
  existing?: readonly string[];
}): string {
  const t = createTranslator(o.lang);
  const kinds = DIGEST_KINDS.map(
    (k) => html`<option value="${k}"${o.form.kind === k ? ' selected' : ''}>${kindName(t, k)}</option>`,
  );
  const langs = LANGS.map(
    (l) =>
      html`<li><label><input type="checkbox" name="langs" value="${l}"${o.form.langs.includes(l) ? ' checked' : ''}> <span lang="${l}">${t(`lang.${l}`)}</span></label></li>`,
  );
  const fieldError = (id: string, message: string | undefined) =>
    message ? html`<span class="field-error" id="${id}">${message}</span>` : '';
  const existing = (o.existing ?? []).map((id) => html`<li><a href="${digestHref(id, o.lang)}">${id}</a></li>`);
  const body = html`<p>${t('digests.new.intro')}</p>
${errorBox(o.errors.form ?? null)}
${existing.length > 0 ? html`<ul>${existing}</ul>` : ''}
<form method="post" action="/staff/digests?lang=${o.lang}" class="stack">${csrfField(o.user)}
<p><label for="digest-kind">${t('digests.new.kind')}</label> <select id="digest-kind" name="kind">${kinds}</select></p>
<p><label for="digest-month">${t('digests.new.month')}</label>
<input id="digest-month" name="month" type="text" inputmode="numeric" pattern="\\d{4}-\\d{2}" required value="${o.form.month}" aria-describedby="digest-month-hint${o.errors.month ? ' digest-month-error' : ''}"${o.errors.month ? ' aria-invalid="true"' : ''}>
<span class="hint" id="digest-month-hint">${t('digests.new.monthHint')}</span>
${fieldError('digest-month-error', o.errors.month)}</p>
<fieldset${o.errors.langs ? ' aria-describedby="digest-langs-error"' : ''}><legend>${t('digests.new.langs')}</legend>
<ul class="digest-langs">${langs}</ul>
${fieldError('digest-langs-error', o.errors.langs)}</fieldset>
<p><label for="digest-note">${t('digests.new.note')}</label> <input id="digest-note" name="note" type="text" maxlength="2000" value="${o.form.note}"></p>
<p><button type="submit">${t('digests.new.submit')}</button></p>
</form>`;
  return staffLayout({ lang: o.lang, title: t('digests.new.title'), path: '/staff/digests/new', body, user: o.user });
}

/**
 * What a regeneration did, in the page's language (from the change's kind and field; its
 * stored `message` is the English of the same). An entry's heading is quoted in the digest's language.
 */
function changeMessage(t: Translate, c: DigestChange, digestLang: Lang, pageLang: Lang): HtmlValue {
  if (c.field !== 'entry') {
    const field = t(`digests.regen.field.${c.field}` as 'digests.regen.field.opening.title');
    return t(c.kind === 'conflict' ? 'digests.regen.msg.conflict' : 'digests.regen.msg.updated', { field });
  }
  const key =
    c.kind === 'added'
      ? 'digests.regen.msg.added'
      : c.kind === 'removed'
        ? 'digests.regen.msg.removed'
        : 'digests.regen.msg.keptEdited';
  const quoted = changeText(c.kind === 'added' ? c.after : c.before);
  const [head, tail] = t(key, { heading: '\u0000', id: c.personId ?? '' }).split('\u0000') as [string, string];
  return html`${head}<span${langAttr(digestLang, pageLang)}>${quoted}</span>${tail ?? ''}`;
}

/** A change's before/after as text (headings and paragraph lists). */
function changeText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('\n\n');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function regenerationPage(o: {
  lang: Lang;
  user: StaffUser;
  digest: Digest;
  changes: readonly DigestChange[];
  revisionId: number;
  canWrite: boolean;
}): string {
  const t = createTranslator(o.lang);
  const d = o.digest;
  const text = langAttr(d.lang, o.lang);
  const rows = o.changes.map(
    (c) => html`<tr>
<td>${t(`digests.regen.kind.${c.kind}` as 'digests.regen.kind.added')}</td>
<td><code>${c.field}</code>${c.personId ? html` <code>${c.personId}</code>` : ''}<br>${changeMessage(t, c, d.lang, o.lang)}</td>
<td class="digest-text"${text}>${changeText(c.before)}</td>
<td class="digest-text"${text}>${changeText(c.after)}</td>
</tr>`,
  );
  const table = html`<p>${t('digests.regen.count', { count: o.changes.length })}</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('digests.regen.kind')}</th><th scope="col">${t('digests.regen.what')}</th><th scope="col">${t('digests.regen.now')}</th><th scope="col">${t('digests.regen.after')}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
  const regenerate =
    o.canWrite && d.status !== 'published'
      ? html`<form method="post" action="${digestHref(d.id, o.lang, '/regenerate')}">${csrfField(o.user)}<input type="hidden" name="base" value="${o.revisionId}"><button type="submit">${t('digests.regen.submit')}</button></form>`
      : '';
  const body = html`<p><a href="${digestHref(d.id, o.lang)}"${text}>${d.opening.title}</a></p>
<p>${t('digests.regen.intro')}</p>
${o.changes.length === 0 ? html`<p>${t('digests.regen.none')}</p>` : table}
${regenerate}
<p><a href="${digestHref(d.id, o.lang)}">${t('digests.regen.back')}</a></p>`;
  return staffLayout({
    lang: o.lang,
    title: t('digests.regen.title'),
    path: `/staff/digests/${d.id}/regeneration`,
    body,
    user: o.user,
  });
}
