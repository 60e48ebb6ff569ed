/**
 * "Report a release": the tip form (works without JavaScript: a plain POST with
 * `multipart/form-data`), the receipt shown once after sending, and the follow-up
 * page where the receipt is typed (POST, never in a URL) to read the reviewers'
 * questions and answer them. The static mirror cannot take a form: its page
 * points to the Telegram bot and the onion site (`ROLLCALL_TIP_TELEGRAM`,
 * `ROLLCALL_TIP_ONION`).
 *
 * @example
 * await reportPage(req);                                   // the empty form
 * reportFormPage(req, { values, errors: { who: 'tips.error.required' } }); // re-rendered with errors
 */
import { html, type SafeHtml } from '../kit/index.js';
import { breadcrumb } from '../kit/index.js';
import { htmlPage, pageContext, paths, type PageRequest, type PageResult } from './common.js';
import { TIP_KINDS } from '../../domain/tips/submission.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../../domain/tips/limits.js';
import type { Thread } from '../../app/tips/intake.js';
import type { MessageKey, Translate } from '../../i18n/translator.js';
import { personPageData } from '../../app/site-queries.js';
import { personNameText } from './common.js';

export const FOLLOW_UP_PATH = (lang: string) => `/${lang}/report/follow-up/`;

/** Form values as typed, and errors as message keys by field (`form` for the whole form). */
export interface ReportFormState {
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, { key: MessageKey; values?: Record<string, string | number> }>>;
  /** The public person the report is about, when the sender came from their page. */
  about?: ReportAbout | null;
  /** The proof-of-work challenge the form carries (`http/proof-of-work.ts`); the server always gives one. */
  challenge?: ReportChallenge;
}

/** A challenge token, the zero bits its nonce needs, and the wait without JavaScript. */
export interface ReportChallenge {
  token: string;
  bits: number;
  noJsSeconds: number;
}

/** The report form's script: finds the proof of work's nonce (the page's only script). */
export const REPORT_SCRIPT = '/assets/report-pow.js';

export interface ReportAbout {
  id: string;
  name: string;
}

const PERSON_ID = /^[a-z]{1,3}-[A-Za-z0-9_-]{1,64}$/;

/**
 * The person a report is about (`?person=` from their page, or the form's `personId`):
 * only a public person; any other id, internal or unknown, is as if none was given.
 */
export async function reportAbout(req: PageRequest, id: string | undefined): Promise<ReportAbout | null> {
  if (!id || !PERSON_ID.test(id)) return null;
  const data = await personPageData(req.app, id, req.today);
  return data ? { id, name: personNameText(data.person, req.lang, 'full') } : null;
}

/** The form (with `challenge`, as the server sends it), or in the mirror where to report instead. */
export async function reportPage(req: PageRequest, challenge?: ReportChallenge): Promise<PageResult> {
  if (req.mode === 'mirror') return mirrorPage(req);
  const about = await reportAbout(req, req.query['person']);
  return reportFormPage(req, {
    values: about ? { who: about.name } : {},
    errors: {},
    about,
    ...(challenge ? { challenge } : {}),
  });
}

/** The follow-up page before a receipt is typed (the mirror: where to report instead). */
export async function followUpStartPage(req: PageRequest): Promise<PageResult> {
  return req.mode === 'mirror' ? mirrorPage(req) : followUpPage(req, {});
}

export function reportFormPage(req: PageRequest, state: ReportFormState): PageResult {
  const ctx = pageContext(req);
  const t = ctx.t;
  const title = t('nav.report');
  const v = (name: string) => state.values[name] ?? '';
  const err = (name: string) => state.errors[name];
  const described = (name: string, hint?: string) =>
    [hint ? `${name}-hint` : '', err(name) ? `${name}-error` : ''].filter(Boolean).join(' ') || null;
  const errorText = (name: string): SafeHtml | string => {
    const e = err(name);
    return e ? html`<p class="error" id="${name}-error">${t(e.key, e.values)}</p>` : '';
  };
  const text = (
    name: string,
    label: MessageKey,
    opts: { hint?: MessageKey; area?: boolean; required?: boolean; max: number },
  ) => {
    const by = described(name, opts.hint);
    const common = html`id="${name}" name="${name}" maxlength="${opts.max}"${opts.required ? html` required` : ''}${by ? html` aria-describedby="${by}"` : ''}${err(name) ? html` aria-invalid="true"` : ''}`;
    return html`<div class="tip-field"><label for="${name}">${t(label)}</label>
${opts.hint ? html`<p class="hint" id="${name}-hint">${t(opts.hint)}</p>` : ''}${errorText(name)}
${opts.area ? html`<textarea ${common} rows="4">${v(name)}</textarea>` : html`<input type="text" ${common} value="${v(name)}">`}</div>`;
  };
  const summary = Object.keys(state.errors).length
    ? html`<div class="error" role="alert"><p>${t('tips.error.summary')}</p><ul>${Object.entries(state.errors).map(
        ([name, e]) =>
          html`<li>${name === 'form' ? t(e.key, e.values) : html`<a href="#${name}">${t(e.key, e.values)}</a>`}</li>`,
      )}</ul></div>`
    : '';
  const kind = v('kind');
  const pow = state.challenge;
  const body = html`${breadcrumb(ctx, [{ label: t('nav.home'), path: paths.home(req.lang) }, { label: title }])}
<h1>${title}</h1>
<p>${t('tips.form.intro')}</p>
<p>${t('tips.form.safety')}</p>
${summary}
<form class="tip-form" method="post" action="${ctx.href(`/${req.lang}/report/`)}" enctype="multipart/form-data"${pow ? html` data-pow-bits="${pow.bits}"` : ''}>
${state.about ? html`<p class="tip-about">${t('tips.form.about', { name: state.about.name })}</p><input type="hidden" name="personId" value="${state.about.id}">` : ''}
${text('who', 'tips.field.who', { hint: 'tips.field.whoHint', required: true, max: 300 })}
${pow ? nameSearch(req, t) : ''}
<fieldset class="tip-field"${err('kind') ? html` aria-describedby="kind-error"` : ''}><legend>${t('tips.field.kind')}</legend>${errorText('kind')}
${TIP_KINDS.map(
  (k) =>
    html`<div><input type="radio" id="kind-${k}" name="kind" value="${k}"${kind === k ? html` checked` : ''} required><label for="kind-${k}">${t(`tips.kind.${k}`)}</label></div>`,
)}</fieldset>
${text('when', 'tips.field.when', { hint: 'tips.field.whenHint', max: 20 })}
${text('where', 'tips.field.where', { max: 300 })}
${text('how', 'tips.field.how', { area: true, max: 2000 })}
${text('details', 'tips.field.details', { area: true, max: 4000 })}
${text('contact', 'tips.field.contact', { hint: 'tips.field.contactHint', max: 300 })}
<div class="tip-field"><label for="files">${t('tips.field.files')}</label>
<p class="hint" id="files-hint">${t('tips.field.filesHint', { max: MAX_ATTACHMENTS, mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}</p>${errorText('files')}
<input type="file" id="files" name="files" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="files-hint${err('files') ? ' files-error' : ''}"></div>
${
  pow
    ? html`<input type="hidden" name="pow" value="${pow.token}"><input type="hidden" name="nonce" value="">
<p class="hint" id="pow-note">${t('tips.pow.noScript', { seconds: pow.noJsSeconds })}</p>`
    : ''
}
<p><button type="submit">${t('tips.send')}</button></p>
${pow ? html`<p id="pow-status" role="status" aria-live="polite" data-preparing="${t('tips.pow.preparing')}"></p>` : ''}
</form>
<p><a href="${ctx.href(FOLLOW_UP_PATH(req.lang))}">${t('tips.receipt.followUp')}</a></p>
${pow ? html`<script src="${ctx.href(REPORT_SCRIPT)}" defer></script>` : ''}`;
  // The language switch keeps the person the report is about.
  const switchQuery =
    state.about && req.mode === 'server' ? `?person=${encodeURIComponent(state.about.id)}` : undefined;
  return {
    ...htmlPage(req, { title, description: t('report.call'), body, switchQuery }),
    status: Object.keys(state.errors).length ? 400 : 200,
  };
}

/**
 * Where the form's script offers the registry's people whose names match what the sender
 * types in "who" (hidden until it does; without JavaScript nothing of it shows). The texts
 * it needs come with it, in the page's language.
 */
function nameSearch(req: PageRequest, t: Translate): SafeHtml {
  return html`<div class="tip-names" id="who-names" hidden data-url="/${req.lang}/report/names" data-found="${t('tips.names.found')}" data-none="${t('tips.names.none')}" data-born="${t('tips.names.born', { year: '{year}' })}" data-about="${t('tips.form.about', { name: '{name}' })}" data-clear="${t('tips.names.clear')}">
<p id="who-names-status" role="status" aria-live="polite"></p>
<ul id="who-names-list"></ul>
</div>`;
}

export function receiptPage(req: PageRequest, receipt: string): PageResult {
  const ctx = pageContext(req);
  const t = ctx.t;
  const title = t('tips.receipt.title');
  const body = html`<h1>${title}</h1>
<p>${t('tips.receipt.text')}</p>
<p class="tip-receipt"><output><code>${receipt}</code></output></p>
<p><strong>${t('tips.receipt.keep')}</strong></p>
<p><a href="${ctx.href(FOLLOW_UP_PATH(req.lang))}">${t('tips.receipt.followUp')}</a></p>`;
  return htmlPage(req, { title, description: t('report.call'), body });
}

export interface FollowUpState {
  /** The code as typed, to keep it in the form (the page is never cached). */
  receipt?: string;
  thread?: Thread;
  notice?: MessageKey;
  error?: MessageKey;
}

export function followUpPage(req: PageRequest, state: FollowUpState): PageResult {
  const ctx = pageContext(req);
  const t = ctx.t;
  const title = t('tips.followup.title');
  const action = ctx.href(FOLLOW_UP_PATH(req.lang));
  const thread = state.thread;
  const codeField = html`<label for="receipt">${t('tips.followup.code')}</label>
<input type="text" id="receipt" name="receipt" autocomplete="off" spellcheck="false" maxlength="60" required value="${state.receipt ?? ''}"${state.error ? html` aria-describedby="receipt-error" aria-invalid="true"` : ''}>`;
  const messages = thread
    ? thread.messages.length
      ? html`<ol class="tip-thread">${thread.messages.map(
          (m) =>
            html`<li><p class="tip-from">${t(m.from === 'staff' ? 'tips.followup.fromStaff' : 'tips.followup.fromSender')}, ${ctx.date(m.day)}</p><p class="tip-text">${m.text}</p></li>`,
        )}</ol>`
      : html`<p>${t('tips.followup.none')}</p>`
    : '';
  const open = thread ? ['new', 'verifying', 'confirmed'].includes(thread.state) : false;
  const reply = thread
    ? open
      ? html`<form method="post" action="${action}"><input type="hidden" name="receipt" value="${state.receipt ?? ''}">
<div class="tip-field"><label for="reply">${t('tips.followup.reply')}</label><textarea id="reply" name="reply" rows="4" maxlength="4000" required></textarea></div>
<p><button type="submit">${t('tips.followup.send')}</button></p></form>`
      : html`<p>${t('tips.followup.closed')}</p>`
    : '';
  const body = html`<h1>${title}</h1>
${state.notice ? html`<p role="status">${t(state.notice)}</p>` : ''}
${state.error ? html`<p class="error" role="alert" id="receipt-error">${t(state.error)}</p>` : ''}
${
  thread
    ? html`<p>${t('tips.followup.state', { state: t(`tips.followup.state.${thread.state}`) })}</p>${messages}${reply}`
    : html`<p>${t('tips.followup.intro')}</p><form method="post" action="${action}"><div class="tip-field">${codeField}</div><p><button type="submit">${t('tips.followup.open')}</button></p></form>`
}`;
  return { ...htmlPage(req, { title, description: t('report.call'), body }), status: state.error ? 400 : 200 };
}

/** The mirror's report page: where to send a report instead of a form. */
function mirrorPage(req: PageRequest): PageResult {
  const ctx = pageContext(req);
  const t = ctx.t;
  const title = t('nav.report');
  const bot = process.env.ROLLCALL_TIP_TELEGRAM?.trim();
  const onion = process.env.ROLLCALL_TIP_ONION?.trim();
  const items = [
    bot ? html`<li>${t('tips.mirror.telegram', { bot })}</li>` : '',
    onion ? html`<li>${t('tips.mirror.onion', { address: onion })}</li>` : '',
  ];
  const body = html`${breadcrumb(ctx, [{ label: t('nav.home'), path: paths.home(req.lang) }, { label: title }])}
<h1>${title}</h1>
<p>${t('report.call')}</p>
<p>${t('tips.mirror.text')}</p>
${bot || onion ? html`<ul>${items}</ul>` : html`<p>${t('tips.mirror.none')}</p>`}`;
  return htmlPage(req, { title, description: t('report.call'), body });
}
