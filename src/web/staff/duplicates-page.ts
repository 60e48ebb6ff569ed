/**
 * The likely duplicates page, `/staff/duplicates`: each pair with its grounds, a link to
 * compare and merge, and (for those who may merge) "Not the same person", with an
 * optional reason; below, the pairs judged different people, each of which can be
 * offered again. Forms post plainly; no script.
 *
 * @example
 * duplicatesPage({ lang: 'be', user, pairs, dismissed: [], canDecide: true, notice: null, error: null })
 */
import { html, type SafeHtml } from '../kit/html.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import type { Lang, NameForm } from '../../domain/record.js';
import { nameLang } from '../pages/common.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';
import { staffWhen } from './record-name.js';

export interface DuplicatePerson {
  id: string;
  name: NameForm | undefined;
}

export interface DuplicateLine {
  a: DuplicatePerson;
  b: DuplicatePerson;
  birthYear: number | null;
  region: string | null;
}

export interface DismissedLine {
  a: DuplicatePerson;
  b: DuplicatePerson;
  actor: string;
  at: string;
  note: string | null;
}

export interface DuplicatesPageOptions {
  lang: Lang;
  user: StaffUser;
  pairs: readonly DuplicateLine[];
  dismissed: readonly DismissedLine[];
  /** May merge and mark pairs as different people (the links and forms are for them only). */
  canDecide: boolean;
  notice: string | null;
  error: string | null;
}

export function duplicatesPage(o: DuplicatesPageOptions): string {
  const t = createTranslator(o.lang);
  const notice = o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : '';
  const body = html`${notice}${errorBox(o.error)}<p>${t('merge.duplicates.intro')}</p>
${o.pairs.length === 0 ? html`<p>${t('merge.duplicates.none')}</p>` : pairsTable(t, o)}
${o.dismissed.length > 0 ? dismissedSection(t, o) : ''}`;
  return staffLayout({
    lang: o.lang,
    title: t('merge.duplicates.title'),
    path: '/staff/duplicates',
    body,
    user: o.user,
  });
}

function person(p: DuplicatePerson): SafeHtml {
  return html`${p.name ? html`<span lang="${nameLang(p.name.system)}">${[p.name.family, p.name.given].filter(Boolean).join(' ')}</span> ` : ''}<code>${p.id}</code>`;
}

function pairForm(
  o: DuplicatesPageOptions,
  action: 'dismiss' | 'undo',
  l: { a: DuplicatePerson; b: DuplicatePerson },
  inner: SafeHtml,
) {
  return html`<form method="post" action="/staff/duplicates/${action}?lang=${o.lang}">
<input type="hidden" name="csrf" value="${o.user.csrf}"><input type="hidden" name="a" value="${l.a.id}"><input type="hidden" name="b" value="${l.b.id}">
${inner}</form>`;
}

function pairsTable(t: Translate, o: DuplicatesPageOptions): SafeHtml {
  const why = (l: DuplicateLine) =>
    [
      t('merge.grounds.name'),
      ...(l.birthYear === null ? [] : [t('merge.grounds.year', { year: String(l.birthYear) })]),
      ...(l.region === null ? [] : [t(`region.${l.region}` as MessageKey)]),
    ].join(', ');
  const decide = (l: DuplicateLine, i: number) => {
    const id = `dismiss-note-${i}`;
    return html`<td>${pairForm(
      o,
      'dismiss',
      l,
      html`<label for="${id}" class="visually-hidden">${t('merge.duplicates.note')}</label><input id="${id}" name="note" maxlength="500" placeholder="${t('merge.duplicates.note')}">
<button type="submit" aria-label="${t('merge.duplicates.dismissPair', { a: l.a.id, b: l.b.id })}">${t('merge.duplicates.dismiss')}</button>`,
    )}</td>`;
  };
  const rows = o.pairs.map(
    (l, i) => html`<tr><td>${person(l.a)}</td><td>${person(l.b)}</td><td>${why(l)}</td>
${o.canDecide ? html`<td><a href="/staff/merge?a=${l.a.id}&amp;b=${l.b.id}&amp;lang=${o.lang}" aria-label="${t('merge.duplicates.openPair', { a: l.a.id, b: l.b.id })}">${t('merge.duplicates.open')}</a></td>${decide(l, i)}` : ''}</tr>`,
  );
  const hidden = (key: MessageKey) => html`<th scope="col"><span class="visually-hidden">${t(key)}</span></th>`;
  return html`<table>
<thead><tr><th scope="col">${t('merge.duplicates.person')}</th><th scope="col">${t('merge.duplicates.other')}</th><th scope="col">${t('merge.duplicates.why')}</th>${o.canDecide ? html`${hidden('merge.duplicates.open')}${hidden('merge.duplicates.dismiss')}` : ''}</tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function dismissedSection(t: Translate, o: DuplicatesPageOptions): SafeHtml {
  const items = o.dismissed.map(
    (d) =>
      html`<li>${person(d.a)} — ${person(d.b)} · ${t('merge.duplicates.dismissedBy', { actor: d.actor, at: staffWhen(d.at, o.lang) })}${d.note ? html` · ${d.note}` : ''}
${o.canDecide ? pairForm(o, 'undo', d, html`<button type="submit" aria-label="${t('merge.duplicates.undoPair', { a: d.a.id, b: d.b.id })}">${t('merge.duplicates.undo')}</button>`) : ''}</li>`,
  );
  return html`<section aria-labelledby="dismissed"><h2 id="dismissed">${t('merge.duplicates.dismissedTitle')}</h2><ul>${items}</ul></section>`;
}
