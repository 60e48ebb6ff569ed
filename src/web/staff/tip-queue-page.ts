/**
 * The tip reviewers' queue page, `/staff/tips`: first the reviewer's tip key (set
 * it up once, unlock it for the session, lock it), then the tips in the chosen
 * states, each with what it is about once the key is unlocked. Nothing here needs
 * a script; the passphrase fields tell password managers what they hold.
 *
 * @example
 * tipQueuePage({ lang: 'be', user, key: { hasKey: true, unlocked: false }, tips: [], filter: 'open', notice: null, error: null })
 */
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import { TIP_STATES, type TipState } from '../../domain/tips/states.js';
import type { TipKeyStatus } from '../../app/tips/reviewers.js';
import type { TipSummary } from '../../app/tips/triage.js';
import { formatDate } from '../../i18n/dates.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';

/** Which tips the queue shows: the open ones, one state, or all. */
export type TipFilter = 'open' | 'all' | TipState;

export interface TipQueueOptions {
  lang: Lang;
  user: StaffUser;
  /** The signed-in reviewer's id, to say "you" for their own assignments. */
  userId: string;
  key: TipKeyStatus;
  tips: readonly TipSummary[];
  filter: TipFilter;
  notice: string | null;
  error: string | null;
  /** Where to go back after unlocking (a tip's page). */
  next?: string;
}

export function tipQueuePage(o: TipQueueOptions): string {
  const t = createTranslator(o.lang);
  const notice = o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : '';
  const body = html`<div class="tip-review">${notice}${errorBox(o.error)}
${o.key.unlocked ? queue(t, o) : keyForm(t, o)}</div>`;
  return staffLayout({
    lang: o.lang,
    title: t('tips.staff.title'),
    path: '/staff/tips',
    query: o.filter === 'open' ? {} : { state: o.filter },
    body,
    user: o.user,
  });
}

/** Set up the key (no key yet) or unlock it (locked). */
function keyForm(t: Translate, o: TipQueueOptions): SafeHtml {
  const create = !o.key.hasKey;
  const heading = t(create ? 'tips.staff.setup' : 'tips.staff.unlock');
  return html`<section aria-labelledby="tip-key">
<h2 id="tip-key">${heading}</h2>
<p id="tip-key-intro">${t(create ? 'tips.staff.setupIntro' : 'tips.staff.unlockIntro')}</p>
<form method="post" action="/staff/tips/key?lang=${o.lang}" class="stack">
<input type="hidden" name="csrf" value="${o.user.csrf}">
<input type="hidden" name="action" value="${create ? 'create' : 'unlock'}">
${o.next ? html`<input type="hidden" name="next" value="${o.next}">` : ''}
<p class="field"><label for="passphrase">${t('tips.staff.passphrase')}</label>
<input id="passphrase" name="passphrase" type="password" required minlength="12" maxlength="1024" autocomplete="${create ? 'new-password' : 'current-password'}" aria-describedby="tip-key-intro"></p>
<p class="actions"><button type="submit">${heading}</button></p>
</form>
</section>`;
}

function queue(t: Translate, o: TipQueueOptions): SafeHtml {
  return html`<form method="post" action="/staff/tips/key?lang=${o.lang}">
<input type="hidden" name="csrf" value="${o.user.csrf}">
<input type="hidden" name="action" value="lock">
<p><button type="submit">${t('tips.staff.lock')}</button></p>
</form>
${filters(t, o)}
${o.tips.length === 0 ? html`<p>${t('tips.staff.empty')}</p>` : table(t, o)}`;
}

function filters(t: Translate, o: TipQueueOptions): SafeHtml {
  const choices: Array<[TipFilter, string]> = [
    ['open', t('tips.staff.queue')],
    ...TIP_STATES.map((s): [TipFilter, string] => [s, t(`tips.staff.state.${s}` as MessageKey)]),
    ['all', t('tips.staff.all')],
  ];
  const links = choices.map(([value, label]) => {
    if (value === o.filter) return html`<li><span aria-current="page">${label}</span></li>`;
    const href = value === 'open' ? `/staff/tips?lang=${o.lang}` : `/staff/tips?state=${value}&lang=${o.lang}`;
    return html`<li><a href="${href}">${label}</a></li>`;
  });
  return html`<nav aria-label="${t('tips.staff.state')}"><ul class="nav">${links}</ul></nav>`;
}

function table(t: Translate, o: TipQueueOptions): SafeHtml {
  const rows = o.tips.map(
    (tip) => html`<tr>
<td><a href="/staff/tips/${tip.id}?lang=${o.lang}">${t('tips.staff.tip', { id: tip.id })}</a></td>
<td>${formatDate(tip.receivedDay, o.lang)}</td>
<td>${t(`tips.staff.state.${tip.state}` as MessageKey)}</td>
<td>${assignee(t, tip.assignedTo, o.userId)}</td>
<td>${about(t, tip)}</td>
</tr>`,
  );
  return html`<table class="staff-table">
<thead><tr><th scope="col">${t('tips.staff.number')}</th><th scope="col">${t('tips.staff.received')}</th><th scope="col">${t('tips.staff.state')}</th><th scope="col">${t('tips.staff.assigned')}</th><th scope="col">${t('tips.staff.about')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

/** Who a tip is assigned to: "you", nobody, or a colleague's account id. */
export function assignee(t: Translate, assignedTo: string | null, userId: string): string {
  if (assignedTo === null) return t('tips.staff.nobody');
  return assignedTo === userId ? t('tips.staff.you') : assignedTo;
}

function about(t: Translate, tip: TipSummary): HtmlValue {
  if (!tip.readable) return html`<em>${t('tips.staff.unreadable')}</em>`;
  const kind = tip.kind ? t(`tips.kind.${tip.kind}` as MessageKey) : '';
  return html`${tip.who ?? ''} · ${kind}${tip.when ? html` · ${tip.when}` : ''}`;
}
