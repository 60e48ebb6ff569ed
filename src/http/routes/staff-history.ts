/**
 * The staff history pages: `/staff/{persons|facilities|sources}/:id/history`, the
 * restore form (`POST /staff/revisions/:id/restore` with the record's current
 * revision as `base`: a stale one is refused with a clear message and nothing
 * written) and `/staff/deleted`, the deleted records with restore.
 *
 * @example
 * app.route('/', staffHistoryRoutes(ctx));
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { restoreRevision } from '../../app/history.js';
import { deletedRecords, recordHistory } from '../../app/history-view.js';
import { parseOrThrow } from '../../app/validate.js';
import { decide } from '../../domain/policy.js';
import { RollcallError } from '../../domain/errors.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator } from '../../i18n/translator.js';
import { html, type SafeHtml } from '../../web/kit/html.js';
import { deletedPage, historyPage } from '../../web/staff/history-pages.js';
import { recordPath } from '../../web/staff/record-name.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';
import { deskError, found, noStore } from './staff-review.js';

const RevisionId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const RecordId = z.string().min(1).max(80);
const RestoreForm = z.object({
  csrf: z.string().max(200).optional(),
  base: RevisionId,
  note: z.string().trim().max(2000).optional(),
  back: z.enum(['history', 'deleted']).default('history'),
});
/** The record types with staff history pages. */
type PageType = 'person' | 'facility' | 'source';
const PLURALS: ReadonlyArray<[string, PageType]> = [
  ['persons', 'person'],
  ['facilities', 'facility'],
  ['sources', 'source'],
];

export function staffHistoryRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.use('/staff/revisions/*', noStore);
  app.use('/staff/deleted', noStore);
  const show = async (
    c: Context<StaffEnv>,
    type: PageType,
    id: string,
    notice: SafeHtml | null,
    error: string | null,
    status: 200 | 400 | 404 | 409 | 503 = 200,
  ) => {
    const history = await found(c, () => recordHistory(ctx, type, id));
    if (history instanceof Response) return history;
    const page = historyPage({
      lang: staffLang(c),
      user: staffUser(c),
      history,
      notice,
      error,
      canRestore: canRestore(c),
    });
    return c.html(page, status);
  };
  for (const [plural, type] of PLURALS) {
    app.use(`/staff/${plural}/:id/history`, noStore);
    app.get(`/staff/${plural}/:id/history`, async (c) => {
      const id = parseOrThrow(RecordId, c.req.param('id'), 'record id');
      const seq = z.coerce.number().int().min(1).optional().safeParse(c.req.query('restored'));
      const notice = seq.success && seq.data ? restoredNotice(staffLang(c), seq.data) : null;
      return show(c, type, id, notice, null);
    });
  }
  app.post('/staff/revisions/:id/restore', async (c) => {
    const lang = staffLang(c);
    const revisionId = parseOrThrow(RevisionId, c.req.param('id'), 'revision id');
    const rev = await ctx.store.read((r) => r.revisions.get(revisionId));
    if (!rev || rev.entityType === 'digest')
      return found(c, () => Promise.reject(new RollcallError('not-found', 'No such revision.')));
    const type = rev.entityType as PageType;
    const parsed = RestoreForm.safeParse(await c.req.parseBody());
    const back = parsed.success ? parsed.data.back : 'history';
    try {
      if (!parsed.success) throw new RollcallError('invalid-input', 'The form is incomplete; open the history again.');
      const restored = await restoreRevision(ctx, revisionId, {
        actor: staffUser(c).email,
        note: parsed.data.note || undefined,
        baseRevisionId: parsed.data.base,
      });
      return c.redirect(
        `${recordPath(type, rev.entityId)}/history?lang=${lang}&restored=${restored.seq}#rev-${restored.seq}`,
        303,
      );
    } catch (error) {
      const { status, message } = deskError(error, lang);
      const shown = (await staleMessage(ctx, error, lang)) ?? message;
      if (back === 'deleted') return deleted(c, null, shown, status);
      return show(c, type, rev.entityId, null, shown, status);
    }
  });
  const deleted = async (
    c: Context<StaffEnv>,
    notice: SafeHtml | null,
    error: string | null,
    status: 200 | 400 | 404 | 409 | 503 = 200,
  ) => {
    const records = await deletedRecords(ctx);
    return c.html(
      deletedPage({ lang: staffLang(c), user: staffUser(c), records, canRestore: canRestore(c), notice, error }),
      status,
    );
  };
  app.get('/staff/deleted', (c) => deleted(c, null, null));
  return app;
}

function canRestore(c: Context<StaffEnv>): boolean {
  return decide(c.get('principal')?.role ?? null, 'restore', 'person') === 'allow';
}

function restoredNotice(lang: Lang, seq: number): SafeHtml {
  return html`<p class="notice" role="status">${createTranslator(lang)('desk.history.restored', { seq })}</p>`;
}

/** "Someone changed this record while you were looking (now revision N, by X)". */
async function staleMessage(ctx: AppContext, error: unknown, lang: Lang): Promise<string | null> {
  if (!(error instanceof RollcallError) || error.code !== 'stale-revision') return null;
  const current = (error.details as { current?: { revisionId: number } } | undefined)?.current;
  const rev = current ? await ctx.store.read((r) => r.revisions.get(current.revisionId)) : undefined;
  return rev ? createTranslator(lang)('desk.history.stale', { seq: rev.seq, actor: rev.actor }) : null;
}
