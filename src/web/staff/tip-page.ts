/**
 * One tip for its reviewer, `/staff/tips/:id`: what the sender wrote (marked with
 * the sender's language, never public), the photos, the thread of questions,
 * answers and internal notes, and the forms that move it on: state, assignment,
 * a question to the sender, a note, the person it is about (found by name in the
 * public index), and applying it as a proposed change of the record.
 *
 * @example
 * tipPage({ lang: 'en', user, userId, tip, person: null, found: null, notice: null, error: null })
 */
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import { RELEASE_REASONS, type Lang } from '../../domain/record.js';
import { canMove, isOpen, TIP_STATES } from '../../domain/tips/states.js';
import type { TipDetail } from '../../app/tips/triage.js';
import { EVENT_OF_KIND } from '../../app/tips/apply.js';
import { formatDate } from '../../i18n/dates.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';
import { assignee } from './tip-queue-page.js';

/** A person the tip may be linked to: a public id and its name in the page's language. */
export interface TipPerson {
  id: string;
  name: string;
}

export interface TipPageOptions {
  lang: Lang;
  user: StaffUser;
  userId: string;
  tip: TipDetail;
  /** The linked person, when the tip is linked to a public one. */
  person: TipPerson | null;
  /** The public person the sender picked on the form, while the reviewer has linked nobody. */
  suggested: TipPerson | null;
  /** The name search, when one was asked: the query and the people found. */
  found: { query: string; people: readonly TipPerson[] } | null;
  notice: string | null;
  error: string | null;
}

const RELIABILITY = ['A', 'B', 'C', 'D', 'E'] as const;

export function tipPage(o: TipPageOptions): string {
  const t = createTranslator(o.lang);
  const { tip } = o;
  const notice = o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : '';
  const body = html`<div class="tip-review">${notice}${errorBox(o.error)}
<p><a href="/staff/tips?lang=${o.lang}">${t('tips.staff.queue')}</a></p>
<p><strong>${t(`tips.staff.state.${tip.state}` as MessageKey)}</strong> · ${formatDate(tip.receivedDay, o.lang)} · ${t('tips.staff.assigned')}: ${assignee(t, tip.assignedTo, o.userId)}</p>
${submission(t, o)}
${photos(t, o)}
${thread(t, o)}
${actions(t, o)}
${personSection(t, o)}
${tip.state === 'confirmed' ? applyForm(t, o) : ''}</div>`;
  return staffLayout({
    lang: o.lang,
    title: t('tips.staff.tip', { id: tip.id }),
    path: `/staff/tips/${tip.id}`,
    body,
    user: o.user,
  });
}

/** The sender's words in their language (`lang` when it is not the page's). */
function senderText(o: TipPageOptions, text: string): SafeHtml {
  const lang = o.tip.submission.lang;
  return lang === o.lang ? html`${text}` : html`<span lang="${lang}">${text}</span>`;
}

function submission(t: Translate, o: TipPageOptions): SafeHtml {
  const s = o.tip.submission;
  const row = (label: MessageKey, value: HtmlValue) =>
    value === undefined || value === '' ? '' : html`<dt>${t(label)}</dt><dd>${value}</dd>`;
  const text = (value: string | undefined) => (value === undefined ? undefined : senderText(o, value));
  return html`<section aria-labelledby="tip-what">
<h2 id="tip-what">${t('tips.staff.what')}</h2>
<dl>
${row('tips.field.who', text(s.who))}
${row('tips.field.kind', t(`tips.kind.${s.kind}` as MessageKey))}
${row('tips.field.when', s.when)}
${row('tips.field.where', text(s.where))}
${row('tips.field.how', text(s.how))}
${row('tips.field.details', text(s.details))}
${row('tips.field.contact', text(s.contact))}
</dl>
</section>`;
}

function photos(t: Translate, o: TipPageOptions): HtmlValue {
  const files = o.tip.attachments;
  if (files.length === 0) return '';
  const items = files.map((f, i) => {
    const href = `/staff/tips/${o.tip.id}/files/${f.id}`;
    const label = t('tips.staff.photo', { n: i + 1 });
    return html`<li><a href="${href}"><img src="${href}" alt="${label}" width="240"></a><br>${label} · ${f.type} · ${Math.ceil(f.size / 1024)} KB</li>`;
  });
  return html`<section aria-labelledby="tip-files"><h2 id="tip-files">${t('tips.staff.files')}</h2><ul class="tip-files">${items}</ul></section>`;
}

function thread(t: Translate, o: TipPageOptions): HtmlValue {
  const messages = o.tip.messages;
  if (messages.length === 0) return '';
  const author = {
    sender: 'tips.staff.fromSender',
    staff: 'tips.staff.fromStaff',
    note: 'tips.staff.fromNote',
  } as const;
  const items = messages.map(
    (m) =>
      html`<li><p><strong>${t(author[m.author])}</strong>${m.by ? html` · ${m.by}` : ''} · ${formatDate(m.day, o.lang)}</p><p>${m.author === 'sender' ? senderText(o, m.text) : m.text}</p></li>`,
  );
  return html`<section aria-labelledby="tip-thread"><h2 id="tip-thread">${t('tips.staff.thread')}</h2><ol class="tip-thread">${items}</ol></section>`;
}

/** One form posting an action to the tip, with the CSRF token. */
function form(o: TipPageOptions, action: string, inner: HtmlValue, query = ''): SafeHtml {
  return html`<form method="post" action="/staff/tips/${o.tip.id}?lang=${o.lang}${query}" class="stack">
<input type="hidden" name="csrf" value="${o.user.csrf}">
<input type="hidden" name="action" value="${action}">
${inner}
</form>`;
}

function actions(t: Translate, o: TipPageOptions): SafeHtml {
  const { tip } = o;
  const targets = TIP_STATES.filter((s) => canMove(tip.state, s)).map(
    (s) => html`<option value="${s}">${t(`tips.staff.state.${s}` as MessageKey)}</option>`,
  );
  const mine = tip.assignedTo === o.userId;
  const textarea = (name: string, label: MessageKey) =>
    html`<p class="field"><label for="tip-${name}">${t(label)}</label><textarea id="tip-${name}" name="text" rows="3" maxlength="4000" required></textarea></p>`;
  return html`<section aria-labelledby="tip-actions"><h2 id="tip-actions">${t('tips.staff.moveSubmit')}</h2>
${targets.length > 0 ? form(o, 'state', html`<p class="field"><label for="tip-state">${t('tips.staff.move')}</label><select id="tip-state" name="state">${targets}</select></p><p class="actions"><button type="submit">${t('tips.staff.moveSubmit')}</button></p>`) : ''}
${form(o, mine ? 'unassign' : 'assign', html`<p class="actions"><button type="submit">${t(mine ? 'tips.staff.unassign' : 'tips.staff.assignMe')}</button></p>`)}
${isOpen(tip.state) ? form(o, 'ask', html`${textarea('ask', 'tips.staff.ask')}<p class="actions"><button type="submit">${t('tips.staff.askSubmit')}</button></p>`) : ''}
${form(o, 'note', html`${textarea('note', 'tips.staff.note')}<p class="actions"><button type="submit">${t('tips.staff.noteSubmit')}</button></p>`)}
</section>`;
}

function personSection(t: Translate, o: TipPageOptions): SafeHtml {
  if (o.tip.state === 'applied') {
    const proposal = o.tip.triage.proposalId;
    return html`<section aria-labelledby="tip-person"><h2 id="tip-person">${t('tips.staff.person')}</h2>
${o.person ? html`<p>${t('tips.staff.linked', { name: o.person.name })} (<a href="/${o.lang}/persons/${encodeURIComponent(o.person.id)}/">${o.person.id}</a>)</p>` : ''}
${proposal ? html`<p>${t('tips.staff.applied', { proposal })}</p>` : ''}
</section>`;
  }
  const linked = o.person
    ? html`<p>${t('tips.staff.linked', { name: o.person.name })} (<a href="/${o.lang}/persons/${encodeURIComponent(o.person.id)}/">${o.person.id}</a>)</p>
${form(o, 'unlink', html`<p class="actions"><button type="submit">${t('tips.staff.unlink')}</button></p>`)}`
    : '';
  const suggested =
    !o.person && o.suggested ? html`<p>${t('tips.staff.senderPicked')}</p>${linkForm(t, o, o.suggested)}` : '';
  const found = o.found
    ? o.found.people.length === 0
      ? html`<p>${t('tips.staff.searchNone')}</p>`
      : html`<ul>${o.found.people.map((p) => html`<li>${linkForm(t, o, p)}</li>`)}</ul>`
    : '';
  return html`<section aria-labelledby="tip-person"><h2 id="tip-person">${t('tips.staff.person')}</h2>
${linked}${suggested}
<form method="get" action="/staff/tips/${o.tip.id}" class="stack" role="search">
<input type="hidden" name="lang" value="${o.lang}">
<p class="field"><label for="tip-find">${t('tips.staff.personSearch')}</label><input id="tip-find" name="find" type="search" maxlength="200" value="${o.found?.query ?? ''}"></p>
<p class="actions"><button type="submit">${t('tips.staff.personSearchSubmit')}</button></p>
</form>
${found}
</section>`;
}

function linkForm(t: Translate, o: TipPageOptions, p: TipPerson): SafeHtml {
  return form(
    o,
    'link',
    html`<input type="hidden" name="personId" value="${p.id}"><p>${p.name} (${p.id}) <button type="submit">${t('tips.staff.link')}</button></p>`,
  );
}

function applyForm(t: Translate, o: TipPageOptions): SafeHtml {
  const { tip } = o;
  const event = t(`event.${EVENT_OF_KIND[tip.submission.kind]}` as MessageKey);
  const intro = html`<h2 id="tip-apply">${t('tips.staff.apply')}</h2><p>${t('tips.staff.applyIntro', { event, id: tip.id })}</p>`;
  if (!o.person) return html`<section aria-labelledby="tip-apply">${intro}<p>${t('tips.staff.needLink')}</p></section>`;
  const reasons =
    tip.submission.kind === 'released'
      ? html`<p class="field"><label for="tip-reason">${t('tips.staff.releaseReason')}</label><select id="tip-reason" name="releaseReason">${RELEASE_REASONS.map(
          (r) =>
            html`<option value="${r}"${r === 'other' ? ' selected' : ''}>${t(`release.${r}` as MessageKey)}</option>`,
        )}</select></p>`
      : '';
  const inner = html`<input type="hidden" name="personId" value="${o.person.id}">
<p class="field"><label for="tip-date">${t('tips.staff.date')}</label><span class="hint" id="tip-date-hint">${t('tips.field.whenHint')}</span>
<input id="tip-date" name="date" required maxlength="20" value="${tip.submission.when ?? ''}" aria-describedby="tip-date-hint"></p>
<p class="field"><label for="tip-reliability">${t('tips.staff.reliability')}</label><select id="tip-reliability" name="reliability">${RELIABILITY.map(
    (r) =>
      html`<option value="${r}"${r === 'C' ? ' selected' : ''}>${t(`source.reliability.${r}` as MessageKey)}</option>`,
  )}</select></p>
${reasons}
<p class="actions"><button type="submit">${t('tips.staff.applySubmit')}</button></p>`;
  return html`<section aria-labelledby="tip-apply">${intro}${form(o, 'apply', inner)}</section>`;
}
