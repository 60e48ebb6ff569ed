/**
 * The staff review pages (four eyes): the proposals list and one proposal with
 * approve / reject (a form post with the CSRF token and a comment; no script).
 * Researchers see only their own proposals; the route policy lets only editors
 * post a review. Errors are shown on the page in its language.
 *
 * @example
 * app.route('/', staffReviewRoutes(ctx));
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { approveProposal, rejectProposal } from '../../app/proposals.js';
import { proposalView, reviewQueue, type Viewer } from '../../app/review.js';
import { decide } from '../../domain/policy.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator, type MessageKey } from '../../i18n/translator.js';
import { html } from '../../web/kit/html.js';
import { proposalPage, proposalsPage } from '../../web/staff/review-pages.js';
import { staffLayout } from '../../web/staff/layout.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { parseOrThrow } from '../../app/validate.js';
import { staffLang, staffUser } from './staff-auth.js';

const ProposalId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const ReviewForm = z.object({
  csrf: z.string().max(200).optional(),
  decision: z.enum(['approve', 'reject']),
  comment: z.string().max(2000).default(''),
});
const Done = z.enum(['approved', 'rejected']).optional();

export function staffReviewRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.use('/staff/proposals/*', noStore);
  app.use('/staff/proposals', noStore);
  app.get('/staff/proposals', async (c) => {
    const proposals = await reviewQueue(ctx, viewerOf(c));
    return c.html(proposalsPage({ lang: staffLang(c), user: staffUser(c), proposals }));
  });
  app.get('/staff/proposals/:id', async (c) => {
    const lang = staffLang(c);
    const id = parseOrThrow(ProposalId, c.req.param('id'), 'proposal id');
    const done = Done.safeParse(c.req.query('done'));
    const view = await found(c, () => proposalView(ctx, id, viewerOf(c)));
    if (view instanceof Response) return view;
    const t = createTranslator(lang);
    const notice =
      done.success && done.data
        ? html`<p class="notice" role="status">${t('desk.proposal.done', { state: done.data, revision: view.proposal.revisionId ?? 0 })}</p>`
        : null;
    return c.html(proposalPage({ lang, user: staffUser(c), view, notice, error: null, canReview: canReview(c) }));
  });
  app.post('/staff/proposals/:id/review', async (c) => {
    const lang = staffLang(c);
    const id = parseOrThrow(ProposalId, c.req.param('id'), 'proposal id');
    const reviewer = staffUser(c).email;
    try {
      const form = ReviewForm.safeParse(await c.req.parseBody());
      if (!form.success) throw new RollcallError('invalid-input', 'Choose approve or reject.');
      const comment = form.data.comment.trim() || undefined;
      const done =
        form.data.decision === 'approve'
          ? await approveProposal(ctx, id, { reviewer, comment })
          : await rejectProposal(ctx, id, { reviewer, comment });
      return c.redirect(`/staff/proposals/${id}?lang=${lang}&done=${done.state}`, 303);
    } catch (error) {
      const { status, message } = deskError(error, lang);
      const view = await found(c, () => proposalView(ctx, id, viewerOf(c)));
      if (view instanceof Response) return view;
      return c.html(
        proposalPage({ lang, user: staffUser(c), view, notice: null, error: message, canReview: true }),
        status,
      );
    }
  });
  return app;
}

/** Staff pages are never stored (the session middleware says so too; this holds for any authentication). */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};

/** Who reads, for the use cases that limit what a role sees. */
export function viewerOf(c: Context<StaffEnv>): Viewer {
  const p = c.get('principal');
  return { role: p?.role ?? 'viewer', label: p?.label ?? '' };
}

function canReview(c: Context<StaffEnv>): boolean {
  return decide(c.get('principal')?.role ?? null, 'review', 'proposal') === 'allow';
}

/** Runs a read; a `not-found` becomes the 404 page in the page's language. */
export async function found<T>(c: Context<StaffEnv>, read: () => Promise<T>): Promise<T | Response> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof RollcallError) || error.code !== 'not-found') throw error;
    return c.html(notFoundPage(c), 404);
  }
}

function notFoundPage(c: Context<StaffEnv>): string {
  const lang = staffLang(c);
  const t = createTranslator(lang);
  const body = html`<p role="alert">${t('desk.error.not-found')}</p><p><a href="/staff/?lang=${lang}">${t('desk.nav.desk')}</a></p>`;
  return staffLayout({ lang, title: t('page.error.notFound'), path: c.req.path, body, user: staffUser(c) });
}

const TRANSLATED = new Set(['comment-required', 'already-reviewed', 'stale-revision', 'not-found', 'deleted']);

/** An app error as a status and a message for the page (translated where the desk knows the code). */
export function deskError(error: unknown, lang: Lang): { status: 400 | 404 | 409 | 503; message: string } {
  if (!(error instanceof RollcallError)) throw error;
  const status = httpStatus(error.code);
  const shown = status === 404 || status === 409 || status === 503 ? status : 400;
  const message = TRANSLATED.has(error.code)
    ? createTranslator(lang)(`desk.error.${error.code}` as MessageKey)
    : error.message;
  return { status: shown, message };
}
