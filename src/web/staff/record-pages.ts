/**
 * Staff lists and the staff page of a person: search by any spelling over everyone
 * (internal people too, marked), filters that work without script, the whole record
 * with its internal parts marked, and links to edit, history and merge.
 *
 * @example
 * personsPage({ lang: 'en', user, page, query: 'Kavalenka', status: undefined })
 */
import { html, type SafeHtml } from '../kit/html.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import type { Facility, Lang, Source } from '../../domain/record.js';
import type { StaffPersonPage } from '../../app/staff-lists.js';
import { isPublic } from '../../disclosure/public-person.js';
import { staffLayout, type StaffUser } from './layout.js';
import { isInternal, nameSummary, subSummary, valueText, fieldLabel } from './diff-view.js';
import { recordName, recordNameText, staffWhen } from './record-name.js';
import { personName } from '../pages/common.js';
import { decide, type Action, type Resource } from '../../domain/policy.js';
import type { Role } from '../../domain/access.js';

type Base = { lang: Lang; user: StaffUser };

/** Whether the user's role may do this (a link to a page it would refuse is not shown). */
function may(user: StaffUser, action: Action, resource: Resource): boolean {
  return decide(user.role as Role, action, resource) !== 'deny';
}
const STATUSES = ['imprisoned', 'released', 'deceased', 'other'] as const;

const internalTag = (t: Translate, internal: boolean): SafeHtml =>
  internal ? html` <span class="internal">(${t('desk.internal')})</span>` : html``;

export function personsPage(o: Base & { page: StaffPersonPage; query: string; status: string | undefined }): string {
  const t = createTranslator(o.lang);
  const statusLabel = (s: string) => t(`status.${s}` as MessageKey, { sex: 'other' });
  const options = STATUSES.map(
    (s) => html`<option value="${s}"${o.status === s ? html` selected` : ''}>${statusLabel(s)}</option>`,
  );
  const rows = o.page.rows.map(
    (
      r,
    ) => html`<tr><td><a href="/staff/persons/${encodeURIComponent(r.id)}?lang=${o.lang}">${personName({ id: r.id, names: r.forms as never }, o.lang, 'list')}</a>${internalTag(t, !r.isPublic)}</td>
<td>${statusLabel(r.status)}</td><td><code>${r.id}</code></td></tr>`,
  );
  const link = (p: number) =>
    `/staff/persons?lang=${o.lang}&q=${encodeURIComponent(o.query)}${o.status ? `&status=${o.status}` : ''}&page=${p}`;
  const nav =
    o.page.pages > 1
      ? html`<nav aria-label="${t('pagination.label')}"><p>${o.page.page > 1 ? html`<a href="${link(o.page.page - 1)}">${t('pagination.previous')}</a> ` : ''}${t('pagination.status', { page: o.page.page, pages: o.page.pages })}${o.page.page < o.page.pages ? html` <a href="${link(o.page.page + 1)}">${t('pagination.next')}</a>` : ''}</p></nav>`
      : '';
  const body = html`<form method="get" action="/staff/persons" class="stack">
<input type="hidden" name="lang" value="${o.lang}">
<p><label for="q">${t('desk.persons.query')}</label> <input id="q" name="q" type="search" maxlength="200" value="${o.query}"></p>
<p><label for="status">${t('desk.persons.status')}</label> <select id="status" name="status"><option value="">${t('desk.persons.any')}</option>${options}</select></p>
<p><button type="submit">${t('desk.persons.submit')}</button></p>
</form>
${may(o.user, 'write', 'person') ? html`<p><a href="/staff/persons/new?lang=${o.lang}">${t('desk.persons.new')}</a></p>` : ''}
<p role="status">${t('desk.persons.found', { count: o.page.total })}</p>
${o.page.rows.length > 0 ? html`<table class="staff-table"><thead><tr><th scope="col">${t('table.name')}</th><th scope="col">${t('table.status')}</th><th scope="col">id</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${nav}`;
  const query = { q: o.query, status: o.status, page: o.page.page > 1 ? o.page.page : undefined };
  return staffLayout({
    lang: o.lang,
    title: t('desk.persons.title'),
    path: '/staff/persons',
    query,
    body,
    user: o.user,
  });
}

export function personPage(
  o: Base & { id: string; revision: { seq: number; at: string; actor: string }; record: Record<string, unknown> },
): string {
  const t = createTranslator(o.lang);
  const r = o.record;
  const q = `lang=${o.lang}`;
  const id = encodeURIComponent(o.id);
  const names = (r.names as unknown[]) ?? [];
  const events = (r.events as unknown[]) ?? [];
  const cases = (r.cases as unknown[]) ?? [];
  const skip = new Set(['id', 'names', 'events', 'cases']);
  const details = Object.entries(r)
    .filter(([k, v]) => !skip.has(k) && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(
      ([k, v]) =>
        html`<dt>${fieldLabel(t, k)}</dt><dd>${valueText(t, o.lang, v)}${k === 'internalNote' ? internalTag(t, true) : ''}</dd>`,
    );
  const body = html`${isPublic(r as { visibility: string }) ? '' : html`<p class="warning" role="note">${t('desk.record.internalPerson')}</p>`}
<p>${t('desk.record.revision', { seq: o.revision.seq, date: staffWhen(o.revision.at, o.lang), actor: o.revision.actor })}</p>
<ul class="nav">
${may(o.user, 'write', 'person') ? html`<li><a href="/staff/persons/${id}/edit?${q}">${t('desk.record.edit')}</a></li>` : ''}
<li><a href="/staff/persons/${id}/history?${q}">${t('desk.record.history')}</a></li>
${may(o.user, 'merge', 'person') ? html`<li><a href="/staff/merge?a=${id}&amp;${q}">${t('desk.record.merge')}</a></li>` : ''}
${isPublic(r as { visibility: string }) ? html`<li><a href="/${o.lang}/persons/${id}/">${t('desk.record.publicPage')}</a></li>` : ''}
</ul>
<h2>${t('desk.record.names')}</h2>
<ul>${names.map((n) => html`<li>${nameSummary(t, n)}</li>`)}</ul>
<h2>${t('desk.record.events')}</h2>
<ul>${events.map((e) => html`<li>${subSummary(t, o.lang, 'event', e)}</li>`)}</ul>
<h2>${t('desk.record.cases')}</h2>
<ul>${cases.map((c) => html`<li>${subSummary(t, o.lang, 'case', c)}</li>`)}</ul>
<h2>${t('desk.record.details')}</h2>
<dl>${details}</dl>`;
  return staffLayout({
    lang: o.lang,
    title: recordNameText('person', o.id, r, o.lang),
    path: `/staff/persons/${id}`,
    body,
    user: o.user,
  });
}

export function catalogPage(
  o: Base & { kind: 'facility' | 'source'; records: ReadonlyArray<Facility | Source> },
): string {
  const t = createTranslator(o.lang);
  const plural = o.kind === 'facility' ? 'facilities' : 'sources';
  const writes = may(o.user, 'write', o.kind);
  const rows = o.records.map(
    (
      r,
    ) => html`<tr><td><a href="/staff/${plural}/${encodeURIComponent(r.id)}/history?lang=${o.lang}">${recordName(o.kind, r.id, r, o.lang)}</a>${internalTag(t, isInternal(r))}</td><td><code>${r.id}</code></td>
${writes ? html`<td><a href="/staff/${plural}/${encodeURIComponent(r.id)}/edit?lang=${o.lang}">${t('desk.record.edit')}</a></td>` : ''}</tr>`,
  );
  const title = t(o.kind === 'facility' ? 'desk.facilities.title' : 'desk.sources.title');
  const body = html`${writes ? html`<p><a href="/staff/${plural}/new?lang=${o.lang}">${t(o.kind === 'facility' ? 'desk.facilities.new' : 'desk.sources.new')}</a></p>` : ''}
<table class="staff-table"><thead><tr><th scope="col">${t('table.name')}</th><th scope="col">id</th>${writes ? html`<th scope="col">${t('staff.users.actions')}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>`;
  return staffLayout({ lang: o.lang, title, path: `/staff/${plural}`, body, user: o.user });
}
