/**
 * The staff page of one digest: its state and its siblings in the other languages; the
 * order of entries with up, down and drop buttons (plain forms, no script); the texts
 * (marked with the digest's language); adding a person by id or by name; the warnings
 * with one acknowledgement checkbox per code; publish, unpublish and republish. Every form
 * carries the revision the page showed (`base`), so a change made meanwhile by someone
 * else is refused, never overwritten. Roles that may only read see the same page
 * without forms.
 *
 * @example
 * digestEditPage({ lang: 'be', user, digest, revisionId: 57, names, siblings, canWrite: true, canPublish: true, notice: null, error: null })
 */
import { checkName } from './check-name.js';
import { html, type HtmlValue } from '../kit/html.js';
import { createTranslator, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import type { Digest, DigestWarning } from '../../domain/digest/index.js';
import type { FindingText } from '../../domain/checks-core.js';
import { findingText } from '../../i18n/findings.js';
import { digestPath } from '../pages/digests.js';
import { staffLayout, type StaffUser } from './layout.js';
import { csrfField, digestHref, kindName, langAttr, statusName, when } from './digest-pages.js';

export interface DigestEditView {
  lang: Lang;
  user: StaffUser;
  digest: Digest;
  revisionId: number;
  /** Person id -> name as the digest's language writes it. */
  names: ReadonlyMap<string, string>;
  /** The same kind and month in every language: its id and state (null: not drafted). */
  siblings: ReadonlyArray<{ lang: Lang; id: string; status: string | null }>;
  canWrite: boolean;
  canPublish: boolean;
  /** A "done" message (`role="status"`). */
  notice: string | null;
  /** What went wrong (`role="alert"`), already in the page's language. */
  error: HtmlValue | null;
  /** Name search results of the add form. */
  hits?: { query: string; people: ReadonlyArray<{ id: string; name: string }> } | undefined;
}

/** Paragraphs in a textarea: a blank line between them. */
const paragraphsText = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');

export function digestEditPage(v: DigestEditView): string {
  const t = createTranslator(v.lang);
  const d = v.digest;
  const editable = v.canWrite && d.status !== 'published';
  const body = html`${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ''}
${v.error ? html`<div class="error" role="alert">${v.error}</div>` : ''}
${stateSection(t, v)}
${editable ? '' : html`<p>${v.canWrite || v.canPublish ? t('digests.edit.publishedNote') : t('digests.edit.readOnly')}</p>`}
${orderSection(t, v, editable)}
${editable ? addSection(t, v) : ''}
${textsSection(t, v, editable)}
${warningsSection(t, v)}
${publishSection(t, v)}`;
  return staffLayout({
    lang: v.lang,
    title: `${kindName(t, d.kind)} · ${d.month} · ${d.lang.toUpperCase()}`,
    path: `/staff/digests/${d.id}`,
    body: html`<p class="digest-headline"${langAttr(d.lang, v.lang)}>${d.opening.title}</p>${body}`,
    user: v.user,
  });
}

const base = (v: DigestEditView): HtmlValue =>
  html`${csrfField(v.user)}<input type="hidden" name="base" value="${v.revisionId}">`;
const nameOf = (v: DigestEditView, personId: string): string => v.names.get(personId) ?? personId;

function stateSection(t: Translate, v: DigestEditView): HtmlValue {
  const d = v.digest;
  const siblings = v.siblings.map((s) =>
    s.lang === d.lang
      ? ''
      : html`<li>${s.status ? html`<a href="${digestHref(s.id, v.lang)}" lang="${s.lang}">${t(`lang.${s.lang}`)}</a> (${statusName(t, s.status)})` : html`<span lang="${s.lang}">${t(`lang.${s.lang}`)}</span> (${t('digests.edit.notDrafted')})`}</li>`,
  );
  const ack = d.acknowledged
    ? html`<p>${t('digests.edit.acknowledged', { count: d.acknowledged.warnings, by: d.acknowledged.by })}</p>`
    : '';
  const publicLink =
    d.status === 'published' ? html`<p><a href="${digestPath(d.lang, d.id)}">${t('digests.edit.public')}</a></p>` : '';
  return html`<p>${t('digests.edit.state', { status: statusName(t, d.status), revision: v.revisionId, at: when(d.updatedAt) })}</p>
${ack}${publicLink}
<h2>${t('digests.edit.otherLangs')}</h2><ul>${siblings}</ul>
<p><a href="${digestHref(d.id, v.lang, '/regeneration')}">${t('digests.edit.regeneration')}</a></p>`;
}

function orderSection(t: Translate, v: DigestEditView, editable: boolean): HtmlValue {
  const d = v.digest;
  const last = d.entries.length - 1;
  const items = d.entries.map((e, i) => {
    const name = nameOf(v, e.personId);
    const hidden = (label: string) => html`<span class="visually-hidden">${label}</span>`;
    const button = (to: number, text: string, label: string) =>
      html`<button type="submit" name="to" value="${to}"><span aria-hidden="true">${text}</span>${hidden(label)}</button>`;
    const controls = editable
      ? html`<form method="post" action="${digestHref(d.id, v.lang, '/move')}" class="inline">${base(v)}<input type="hidden" name="personId" value="${e.personId}">${i > 0 ? button(i - 1, t('digests.edit.up'), t('digests.edit.upFor', { name })) : ''}${i < last ? button(i + 1, t('digests.edit.down'), t('digests.edit.downFor', { name })) : ''}</form>
<form method="post" action="${digestHref(d.id, v.lang, '/drop')}" class="inline">${base(v)}<input type="hidden" name="personId" value="${e.personId}"><button type="submit"><span aria-hidden="true">${t('digests.edit.drop')}</span>${hidden(t('digests.edit.dropFor', { name }))}</button></form>`
      : '';
    return html`<li class="digest-entry"><span${langAttr(d.lang, v.lang)}>${name}</span> <code>${e.personId}</code>${e.origin === 'added' ? html` (${t('digests.edit.entryAdded')})` : ''} ${controls}</li>`;
  });
  const dropped = d.dropped.length > 0 ? html`<p>${t('digests.edit.dropped', { ids: d.dropped.join(', ') })}</p>` : '';
  return html`<h2>${t('digests.edit.order')}</h2>
${d.entries.length === 0 ? html`<p>${t('digests.edit.noEntries')}</p>` : html`<ol class="digest-order">${items}</ol>`}
${dropped}`;
}

function addSection(t: Translate, v: DigestEditView): HtmlValue {
  const action = digestHref(v.digest.id, v.lang, '/add');
  const hits = v.hits
    ? v.hits.people.length === 0
      ? html`<p>${t('digests.edit.noHits', { query: v.hits.query })}</p>`
      : html`<h3>${t('digests.edit.found')}</h3><ul>${v.hits.people.map(
          (p) =>
            html`<li><form method="post" action="${action}" class="inline">${base(v)}<input type="hidden" name="person" value="${p.id}"><button type="submit">${t('digests.edit.addThis', { name: p.name })}</button></form> <code>${p.id}</code></li>`,
        )}</ul>`
    : '';
  return html`<h2>${t('digests.edit.add')}</h2>
<form method="post" action="${action}" class="stack">${base(v)}
<p><label for="add-person">${t('digests.edit.addLabel')}</label>
<input id="add-person" name="person" type="text" required maxlength="200" value="${v.hits?.query ?? ''}" aria-describedby="add-person-hint">
<span class="hint" id="add-person-hint">${t('digests.edit.addHint')}</span></p>
<p><button type="submit">${t('digests.edit.addSubmit')}</button></p>
</form>
${hits}`;
}

function textsSection(t: Translate, v: DigestEditView, editable: boolean): HtmlValue {
  const d = v.digest;
  const lang = html` lang="${d.lang}"`;
  const ro = editable ? '' : ' readonly';
  const entries = d.entries.map((e, i) => {
    const name = nameOf(v, e.personId);
    return html`<fieldset class="digest-entry-texts"><legend${langAttr(d.lang, v.lang)}>${name}</legend>
<input type="hidden" name="person" value="${e.personId}">
<p><label for="heading-${i}">${t('digests.edit.heading', { name })}</label>
<input id="heading-${i}" name="heading" type="text" maxlength="1000" value="${e.heading}"${lang}${ro}></p>
<p><label for="text-${i}">${t('digests.edit.text', { name })}</label>
<textarea id="text-${i}" name="text" rows="6" aria-describedby="paragraphs-hint"${lang}${ro}>${paragraphsText(e.paragraphs)}</textarea></p>
</fieldset>`;
  });
  const fields = html`<p>${t('digests.edit.textsLang')} <span lang="${d.lang}">${t(`lang.${d.lang}`)}</span>. <span id="paragraphs-hint">${t('digests.edit.paragraphsHint')}</span></p>
<p><label for="opening-title">${t('digests.edit.openingTitle')}</label>
<input id="opening-title" name="title" type="text" maxlength="1000" value="${d.opening.title}"${lang}${ro}></p>
<p><label for="opening-text">${t('digests.edit.openingText')}</label>
<textarea id="opening-text" name="opening" rows="8" aria-describedby="paragraphs-hint"${lang}${ro}>${paragraphsText(d.opening.paragraphs)}</textarea></p>
${entries}`;
  const form = editable
    ? html`<form method="post" action="${digestHref(d.id, v.lang, '/texts')}" class="stack">${base(v)}
${fields}
<p><label for="texts-note">${t('digests.edit.note')}</label> <input id="texts-note" name="note" type="text" maxlength="2000"></p>
<p><button type="submit">${t('digests.edit.save')}</button></p>
</form>`
    : html`<div class="stack">${fields}</div>`;
  return html`<h2>${t('digests.edit.texts')}</h2>${form}`;
}

/** The warnings grouped by code, in the order they first appear. */
function byCode(warnings: readonly DigestWarning[]): Map<string, DigestWarning[]> {
  const out = new Map<string, DigestWarning[]>();
  for (const w of warnings) out.set(w.code, [...(out.get(w.code) ?? []), w]);
  return out;
}

function warningsSection(t: Translate, v: DigestEditView): HtmlValue {
  const d = v.digest;
  if (d.status === 'published' || d.warnings.length === 0) {
    return html`<h2>${t('digests.warnings.title')}</h2><p>${d.warnings.length === 0 ? t('digests.warnings.none') : ''}</p>`;
  }
  const groups = [...byCode(d.warnings)].map(
    ([code, list], i) => html`<li><p><strong>${checkName(t, code)}</strong><br>${
      v.canPublish
        ? html`<input type="checkbox" form="publish-form" name="ack" value="${code}" id="ack-${i}"> <label for="ack-${i}">${t('digests.warnings.ack', { code, count: list.length })}</label>`
        : html`<code>${code}</code> (${list.length})`
    }</p>
<ul>${list.map((w) => html`<li>[${t(`digests.warnings.${w.severity}`)}] ${warningText(w, v.lang)}</li>`)}</ul></li>`,
  );
  // Digests stored before their warnings had texts show the English message, said so.
  const english = v.lang !== 'en' && d.warnings.some((w) => !w.text);
  return html`<h2>${t('digests.warnings.title')}</h2>
<p>${t('digests.warnings.intro')} ${english ? t('digests.warnings.messagesLang') : ''}</p>
<ul class="digest-warnings">${groups}</ul>`;
}

/** A warning in the page's language, or its English message (marked so) when it has no text. */
function warningText(w: DigestWarning, lang: Lang): HtmlValue {
  if (w.text) return findingText(w.text as FindingText, lang);
  return html`<span${langAttr('en', lang)}>${w.message}</span>`;
}

function publishSection(t: Translate, v: DigestEditView): HtmlValue {
  if (!v.canPublish) return '';
  const d = v.digest;
  if (d.status !== 'published') {
    return html`<h2>${t('digests.publish.title')}</h2>
<form method="post" action="${digestHref(d.id, v.lang, '/publish')}" id="publish-form">${base(v)}<button type="submit">${t('digests.publish.submit')}</button></form>`;
  }
  return html`<form method="post" action="${digestHref(d.id, v.lang, '/unpublish')}">${base(v)}<button type="submit">${t('digests.unpublish.submit')}</button></form>
<h2>${t('digests.republish.title')}</h2>
<p>${t('digests.republish.intro')}</p>
<form method="post" action="${digestHref(d.id, v.lang, '/republish')}" class="stack">${base(v)}
<p><label for="republish-note">${t('digests.republish.note')}</label> <input id="republish-note" name="note" type="text" required maxlength="2000"></p>
<p><button type="submit">${t('digests.republish.submit')}</button></p>
</form>`;
}
