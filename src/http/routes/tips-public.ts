/**
 * The tip line's public routes: the report form (GET and POST) and the follow-up by
 * receipt. The form is never cached: each one carries a fresh proof-of-work challenge
 * (`../proof-of-work.ts`), and a POST without its proof, too early, with a spent or
 * expired token is answered with the form again and a message, storing nothing. The
 * proof is checked with the fields, before any photo is processed. Nothing about the sender is read or kept: no address (the rate limit
 * keys an HMAC of the network under an hourly key held in memory), no user agent,
 * no referrer, no time; the receipt travels only in POST bodies, never in a URL.
 * Every answer is `no-store`. Errors come back as the form again, in the page's
 * language, with the message next to the field.
 *
 * @example
 * app.route('/', tipPublicRoutes(ctx));
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { todayIso, type AppContext } from '../../app/context.js';
import { readThread, replyToThread, submitTip } from '../../app/tips/intake.js';
import { RollcallError } from '../../domain/errors.js';
import type { Lang } from '../../domain/record.js';
import { TipSubmission, type TipAttachment } from '../../domain/tips/submission.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../../domain/tips/limits.js';
import {
  followUpPage,
  receiptPage,
  reportAbout,
  reportFormPage,
  reportPage,
  REPORT_SCRIPT,
  type ReportChallenge,
  type ReportFormState,
} from '../../web/pages/report.js';
import type { PageRequest, PageResult } from '../../web/pages/common.js';
import { siteOrigin } from '../../web/origin.js';
import { createRateLimit } from '../rate-limit.js';
import { createProofOfWork, type PowVerdict, type ProofOfWork, type ProofOfWorkOptions } from '../proof-of-work.js';
import type { StaffEnv } from '../auth/authenticate.js';

const LANG_PATH = '/:lang{be|ru|en}';
const TEXT_FIELDS = ['who', 'kind', 'when', 'where', 'how', 'details', 'contact'] as const;
/** All photos at their largest, and the text fields. */
export const MAX_TIP_BODY = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 64 * 1024;

export interface TipRouteOptions {
  /** Tips a network may send at once, and per hour after that (defaults 5 and 10). */
  burst?: number;
  perHour?: number;
  trustProxyHops?: number;
  /** The report form's proof of work: its options (difficulty, no-JS delay, clock) or one made already. */
  proofOfWork?: ProofOfWorkOptions | ProofOfWork;
}

let script: string | undefined;
const powScript = () => (script ??= readFileSync(new URL('../../web/assets/report-pow.js', import.meta.url), 'utf8'));

export function tipPublicRoutes(ctx: AppContext, options: TipRouteOptions = {}): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const limit = createRateLimit({
    burst: options.burst ?? 5,
    perMinute: (options.perHour ?? 10) / 60,
    trustProxyHops: options.trustProxyHops ?? 0,
    cost: () => 1,
  }).middleware;
  const pow =
    options.proofOfWork && 'verify' in options.proofOfWork
      ? options.proofOfWork
      : createProofOfWork(options.proofOfWork);
  const challenge = (token = pow.issue()): ReportChallenge => ({
    token,
    bits: pow.difficulty,
    noJsSeconds: pow.noJsDelaySeconds,
  });
  const tooLarge = bodyLimit({
    maxSize: MAX_TIP_BODY,
    onError: (c) =>
      page(
        c,
        formPage(ctx, c, { values: {}, errors: { form: { key: 'tips.error.tooLarge' } }, challenge: challenge() }),
        413,
      ),
  });
  app.get(REPORT_SCRIPT, (c) =>
    c.body(powScript(), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  // The site's page, but never cached: its challenge is new each time.
  app.get(`${LANG_PATH}/report/`, async (c) => {
    const person = c.req.query('person');
    const query: Record<string, string> = person === undefined ? {} : { person };
    const req = { ...pageRequest(ctx, c, '/report/'), query };
    return page(c, await reportPage(req, challenge()), 200);
  });
  app.post(`${LANG_PATH}/report/`, tooLarge, limit, async (c) => {
    const form = await c.req.parseBody({ all: true });
    const values = Object.fromEntries(
      TEXT_FIELDS.map((k) => [k, typeof form[k] === 'string' ? form[k] : '']),
    ) as Record<string, string>;
    const sent = typeof form['personId'] === 'string' ? form['personId'] : undefined;
    const about = await reportAbout(pageRequest(ctx, c, '/report/'), sent);
    const token = typeof form['pow'] === 'string' ? form['pow'].slice(0, 100) : '';
    const verdict = pow.verify(token, typeof form['nonce'] === 'string' ? form['nonce'].slice(0, 20) : '');
    const parsed = TipSubmission.safeParse({
      lang: lang(c),
      ...present(values),
      ...(about ? { personId: about.id } : {}),
    });
    if (!parsed.success || !verdict.ok) {
      if (verdict.ok) pow.release(token); // nothing stored: the same form may be sent again
      const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error.issues)), ...powErrors(verdict) };
      if (!verdict.ok && verdict.reason === 'too-early') c.header('Retry-After', String(verdict.waitSeconds));
      const next = verdict.ok || verdict.reason === 'too-early' ? challenge(token) : challenge();
      const status = !verdict.ok && verdict.reason === 'too-early' ? 429 : 400;
      return page(c, formPage(ctx, c, { values, errors, about, challenge: next }), status);
    }
    try {
      const { receipt } = await submitTip(ctx, parsed.data, await files(form['files']));
      return page(c, receiptPage(pageRequest(ctx, c, '/report/'), receipt), 200);
    } catch (error) {
      if (!(error instanceof RollcallError)) throw error;
      pow.release(token);
      const key =
        error.code === 'tip-invalid-attachment'
          ? { key: 'tips.error.files' as const, values: { problem: error.message } }
          : error.code === 'tips-unavailable'
            ? { key: 'tips.error.unavailable' as const }
            : null;
      if (!key) throw error;
      return page(
        c,
        formPage(ctx, c, {
          values,
          errors: { [error.code === 'tip-invalid-attachment' ? 'files' : 'form']: key },
          about,
          challenge: challenge(token),
        }),
        error.code === 'tips-unavailable' ? 503 : 400,
      );
    }
  });
  app.post(`${LANG_PATH}/report/follow-up/`, bodyLimit({ maxSize: 64 * 1024 }), limit, async (c) => {
    const form = await c.req.parseBody();
    const receipt = typeof form['receipt'] === 'string' ? form['receipt'].slice(0, 60) : '';
    const reply = typeof form['reply'] === 'string' ? form['reply'] : undefined;
    const req = pageRequest(ctx, c, '/report/follow-up/');
    try {
      if (reply !== undefined) await replyToThread(ctx, receipt, reply);
      const thread = await readThread(ctx, receipt);
      return page(
        c,
        followUpPage(req, {
          receipt,
          thread,
          ...(reply !== undefined ? { notice: 'tips.followup.sent' as const } : {}),
        }),
        200,
      );
    } catch (error) {
      if (!(error instanceof RollcallError)) throw error;
      if (error.code === 'tip-receipt-unknown')
        return page(c, followUpPage(req, { receipt, error: 'tips.followup.unknown' }), 400);
      if (error.code === 'tip-closed' || error.code === 'invalid-input') {
        return page(
          c,
          followUpPage(req, {
            receipt,
            thread: await readThread(ctx, receipt),
            error: error.code === 'tip-closed' ? 'tips.followup.closed' : 'tips.error.tooLong',
          }),
          400,
        );
      }
      throw error;
    }
  });
  return app;
}

function lang(c: Context): Lang {
  return c.req.param('lang') as Lang;
}

function pageRequest(ctx: AppContext, c: Context, rest: string): PageRequest {
  const l = lang(c);
  return {
    app: ctx,
    lang: l,
    path: `/${l}${rest}`,
    query: {},
    mode: 'server',
    today: todayIso(ctx),
    origin: siteOrigin(c.req.url),
  };
}

function formPage(ctx: AppContext, c: Context, state: ReportFormState): PageResult {
  return reportFormPage(pageRequest(ctx, c, '/report/'), state);
}

function page(c: Context, result: PageResult, status: number): Response {
  c.header('Cache-Control', 'no-store');
  return c.html(result.body as string, status as 200);
}

/** The typed text fields without the empty ones (optional fields left blank). */
function present(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
}

/** The form-wide message for a refused proof of work (none when it passed). */
function powErrors(verdict: PowVerdict): ReportFormState['errors'] {
  if (verdict.ok) return {};
  if (verdict.reason === 'too-early')
    return { form: { key: 'tips.error.wait', values: { seconds: verdict.waitSeconds } } };
  const key = { expired: 'tips.error.expired', replayed: 'tips.error.replayed' } as const;
  return {
    form: {
      key: verdict.reason === 'expired' || verdict.reason === 'replayed' ? key[verdict.reason] : 'tips.error.challenge',
    },
  };
}

function fieldErrors(issues: ReadonlyArray<{ path: PropertyKey[]; code: string }>): ReportFormState['errors'] {
  const errors: Record<string, ReportFormState['errors'][string]> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    if (field === 'when') errors[field] = { key: 'tips.error.date' };
    else if (field === 'kind') errors[field] = { key: 'tips.error.kind' };
    else errors[field] = { key: issue.code === 'too_big' ? 'tips.error.tooLong' : 'tips.error.required' };
  }
  return errors;
}

async function files(value: unknown): Promise<TipAttachment[]> {
  const list = (Array.isArray(value) ? value : [value]).filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(
    list.map(async (f) => ({ name: f.name, type: f.type, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}
