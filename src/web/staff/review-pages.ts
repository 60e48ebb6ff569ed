/**
 * The review (four eyes) pages: the list of proposals, pending first, and one
 * proposal as readable differences against the record as it is now, with approve
 * and reject forms (a comment; no script) and a link to edit it before approving.
 *
 * @example
 * proposalPage({ lang: 'en', user, view, notice: null, error: null })
 */
import { html, type HtmlValue } from '../kit/html.js';
import { createTranslator } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import type { Proposal } from '../../app/ports.js';
import type { ProposalView } from '../../app/review.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';
import { diffList } from './diff-view.js';
import { recordName, recordPage, staffWhen } from './record-name.js';

type Base = { lang: Lang; user: StaffUser };

export function proposalsPage(o: Base & { proposals: readonly Proposal[] }): string {
  const t = createTranslator(o.lang);
  const rows = o.proposals.map(
    (p) => html`<tr${p.state === 'pending' ? html` class="pending"` : ''}>
<td><a href="/staff/proposals/${p.id}?lang=${o.lang}">${p.id}</a></td>
<td>${t('desk.type', { type: p.entityType })}: ${recordName(p.entityType, p.entityId, p.doc, o.lang)}</td>
<td>${p.actor}</td>
<td>${staffWhen(p.at, o.lang)}</td>
<td>${t('desk.proposal.state', { state: p.state })}</td>
<td>${p.note ?? ''}</td>
</tr>`,
  );
  const body =
    o.proposals.length === 0
      ? html`<p>${t('desk.proposals.intro')}</p><p>${t('desk.proposals.none')}</p>`
      : html`<p>${t('desk.proposals.intro')}</p>
<table class="staff-table">
<thead><tr><th scope="col">${t('desk.proposals.number')}</th><th scope="col">${t('desk.proposals.record')}</th><th scope="col">${t('desk.proposals.author')}</th><th scope="col">${t('desk.proposals.at')}</th><th scope="col">${t('desk.proposals.state')}</th><th scope="col">${t('desk.proposals.note')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return staffLayout({
    lang: o.lang,
    title: t('desk.proposals.title'),
    path: '/staff/proposals',
    body,
    user: o.user,
  });
}

export function proposalPage(
  o: Base & { view: ProposalView; notice: HtmlValue; error: string | null; canReview: boolean },
): string {
  const t = createTranslator(o.lang);
  const { proposal: p, current } = o.view;
  const name = recordName(p.entityType, p.entityId, p.doc ?? current?.doc, o.lang);
  const about = html`<p>${t('desk.type', { type: p.entityType })}: <a href="${recordPage(p.entityType, p.entityId)}?lang=${o.lang}">${name}</a> · ${p.actor} · ${staffWhen(p.at, o.lang)}</p>
${p.note ? html`<blockquote>${p.note}</blockquote>` : ''}
<p><strong>${t('desk.proposal.state', { state: p.state })}</strong></p>`;
  const kind =
    p.doc === null
      ? html`<p>${t('desk.proposal.deletes')}</p>`
      : p.baseRevisionId === null
        ? html`<p>${t('desk.proposal.newRecord')}</p>`
        : '';
  const stale =
    p.state === 'pending' && o.view.changedSinceBase && current
      ? html`<p class="warning" role="note">${t('desk.proposal.changedSince', { revision: current.revisionId })}</p>`
      : '';
  const reviewed =
    p.state !== 'pending' && p.reviewer && p.reviewedAt
      ? html`<p>${t('desk.proposal.reviewed', { state: p.state, reviewer: p.reviewer, date: staffWhen(p.reviewedAt, o.lang) })}</p>
${p.reviewComment ? html`<blockquote>${p.reviewComment}</blockquote>` : ''}`
      : '';
  const body = html`${o.notice}${errorBox(o.error)}
${about}${kind}${stale}${reviewed}
<h2>${t('desk.proposal.changes')}</h2>
${diffList(t, o.lang, o.view.changes)}
${p.state === 'pending' && o.canReview ? reviewForm(o) : ''}`;
  return staffLayout({
    lang: o.lang,
    title: t('desk.proposal.title', { id: p.id }),
    path: `/staff/proposals/${p.id}`,
    body,
    user: o.user,
  });
}

function reviewForm(o: Base & { view: ProposalView }) {
  const t = createTranslator(o.lang);
  const p = o.view.proposal;
  const edit =
    p.entityType === 'person' && p.doc !== null
      ? html`<p><a href="/staff/persons/${encodeURIComponent(p.entityId)}/edit?proposal=${p.id}&amp;lang=${o.lang}">${t('desk.proposal.edit')}</a></p>`
      : '';
  return html`<form method="post" action="/staff/proposals/${p.id}/review?lang=${o.lang}" class="stack">
<input type="hidden" name="csrf" value="${o.user.csrf}">
<p><label for="comment">${t('desk.proposal.comment')}</label>
<textarea id="comment" name="comment" rows="3" maxlength="2000" aria-describedby="comment-hint"></textarea>
<span id="comment-hint" class="hint">${t('desk.proposal.commentHint')}</span></p>
<p class="actions"><button type="submit" name="decision" value="approve">${t('desk.proposal.approve')}</button>
<button type="submit" name="decision" value="reject">${t('desk.proposal.reject')}</button></p>
</form>
${edit}`;
}
