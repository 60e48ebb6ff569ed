/**
 * The history pages: every revision of a record, newest first, with who, when, why
 * and readable differences, and a form to restore any version as a new one; and the
 * list of deleted records with restore. Forms post with the CSRF token and the
 * record's current revision, so a restore over someone else's change is refused.
 *
 * @example
 * historyPage({ lang: 'ru', user, history, notice: null, error: null, canRestore: true })
 */
import { html, type HtmlValue } from '../kit/html.js';
import { createTranslator, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import type { DeletedRecord, HistoryLine, RecordHistory } from '../../app/history-view.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';
import { diffList } from './diff-view.js';
import { recordName, recordNameText, recordPage, recordPath, staffWhen } from './record-name.js';

type Base = { lang: Lang; user: StaffUser };

export function historyPage(
  o: Base & { history: RecordHistory; notice: HtmlValue; error: string | null; canRestore: boolean },
): string {
  const t = createTranslator(o.lang);
  const h = o.history;
  const name = recordName(h.type, h.id, h.lastDoc, o.lang);
  const items = h.entries.map(
    (e) => html`<li class="desk-section" id="rev-${e.seq}">
<h2>${t('desk.history.revision', { seq: e.seq })}${e.revisionId === h.currentRevisionId ? html` (${t('desk.history.current')})` : ''}</h2>
<p>${t('desk.history.by', { actor: e.actor, date: staffWhen(e.at, o.lang) })}</p>
<p>${e.note ? html`<q>${e.note}</q>` : t('desk.history.noNote')}</p>
${diffList(t, o.lang, e.changes)}
${o.canRestore && e.revisionId !== h.currentRevisionId ? restoreForm(t, o, e, h) : ''}
</li>`,
  );
  const body = html`${o.notice}${errorBox(o.error)}
<p>${t('desk.history.intro')}</p>
<p>${t('desk.type', { type: h.type })}: <a href="${recordPage(h.type, h.id)}?lang=${o.lang}">${name}</a></p>
<ol class="history" reversed>${items}</ol>`;
  return staffLayout({
    lang: o.lang,
    title: t('desk.history.title', { name: recordNameText(h.type, h.id, h.lastDoc, o.lang) }),
    path: `${recordPath(h.type, h.id)}/history`,
    body,
    user: o.user,
  });
}

function restoreForm(t: Translate, o: Base, e: HistoryLine, h: RecordHistory) {
  const field = `note-${e.seq}`;
  return html`<form method="post" action="/staff/revisions/${e.revisionId}/restore?lang=${o.lang}" class="stack">
<input type="hidden" name="csrf" value="${o.user.csrf}">
<input type="hidden" name="base" value="${h.currentRevisionId}">
<p><label for="${field}">${t('desk.history.restoreNote')}</label>
<input id="${field}" name="note" type="text" maxlength="2000"></p>
<p><button type="submit">${t('desk.history.restore')}</button></p>
</form>`;
}

export function deletedPage(
  o: Base & { records: readonly DeletedRecord[]; canRestore: boolean; notice: HtmlValue; error: string | null },
): string {
  const t = createTranslator(o.lang);
  const rows = o.records.map(
    (d) => html`<tr>
<td>${t('desk.type', { type: d.type })}</td>
<td><a href="${recordPath(d.type, d.id)}/history?lang=${o.lang}">${recordName(d.type, d.id, d.lastDoc, o.lang)}</a>${d.mergedInto ? html` → <a href="${recordPath('person', d.mergedInto)}?lang=${o.lang}">${d.mergedInto}</a>` : ''}</td>
<td>${staffWhen(d.at, o.lang)}</td>
<td>${d.actor}</td>
<td>${d.note ?? ''}</td>
<td>${
      o.canRestore && d.lastRevisionId !== null
        ? html`<form method="post" action="/staff/revisions/${d.lastRevisionId}/restore?lang=${o.lang}">
<input type="hidden" name="csrf" value="${o.user.csrf}"><input type="hidden" name="base" value="${d.revisionId}"><input type="hidden" name="back" value="deleted">
<button type="submit">${t('desk.deleted.restore')}</button></form>`
        : ''
    }</td>
</tr>`,
  );
  const body = html`${o.notice}${errorBox(o.error)}<p>${t('desk.deleted.intro')}</p>
${
  o.records.length === 0
    ? html`<p>${t('desk.deleted.none')}</p>`
    : html`<table class="staff-table"><thead><tr><th scope="col">${t('desk.proposals.record')}</th><th scope="col">${t('table.name')}</th><th scope="col">${t('desk.deleted.at')}</th><th scope="col">${t('desk.deleted.by')}</th><th scope="col">${t('desk.proposals.note')}</th><th scope="col">${t('staff.users.actions')}</th></tr></thead><tbody>${rows}</tbody></table>`
}`;
  return staffLayout({ lang: o.lang, title: t('desk.deleted.title'), path: '/staff/deleted', body, user: o.user });
}
