/**
 * The tip reviewers' pages: the queue with the reviewer's key (set up, unlock,
 * lock), one tip with the forms that move it on, and its photos, decrypted for
 * the reviewer only. Every read needs the session's unlocked key; a locked key
 * gets the unlock form, which brings the reviewer back where they were. Only the
 * tip reviewer role passes the route policy. Pages and photos are never stored
 * by a browser or proxy (`no-store`).
 *
 * @example
 * app.route('/', staffTipRoutes(ctx));
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { createTipKey, lockTipKey, tipKeyStatus, unlockTipKey } from '../../app/tips/reviewers.js';
import { changeTip, listTips, showTip, tipAttachment, type TipChange } from '../../app/tips/triage.js';
import { applyTip, type ApplyInput } from '../../app/tips/apply.js';
import { searchPersons } from '../../app/search.js';
import { personPageData } from '../../app/site-queries.js';
import { todayIso } from '../../app/context.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import { OPEN_TIP_STATES, TIP_STATES, type TipState } from '../../domain/tips/states.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator, type MessageKey } from '../../i18n/translator.js';
import { personNameText } from '../../web/pages/common.js';
import { tipQueuePage, type TipFilter } from '../../web/staff/tip-queue-page.js';
import { tipPage, type TipPerson } from '../../web/staff/tip-page.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { parseOrThrow } from '../../app/validate.js';
import { staffLang, staffUser } from './staff-auth.js';
import { noStore } from './staff-review.js';

const TipId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const Filter = z.enum(['open', 'all', ...TIP_STATES]).catch('open');
const Next = z
  .string()
  .regex(/^\/staff\/tips\/\d{1,15}$/)
  .optional()
  .catch(undefined);
const KeyForm = z.object({
  action: z.enum(['create', 'unlock', 'lock']),
  passphrase: z.string().max(4096).default(''),
  next: Next,
});
const TipForm = z.discriminatedUnion('action', [
  z.object({ action: z.literal('state'), state: z.enum(TIP_STATES) }),
  z.object({ action: z.literal('assign') }),
  z.object({ action: z.literal('unassign') }),
  z.object({ action: z.literal('note'), text: z.string().max(8000) }),
  z.object({ action: z.literal('ask'), text: z.string().max(8000) }),
  z.object({ action: z.literal('link'), personId: z.string().max(80) }),
  z.object({ action: z.literal('unlink') }),
  z.object({
    action: z.literal('apply'),
    personId: z.string().max(80),
    date: z.string().max(20),
    reliability: z.string().max(2),
    releaseReason: z.string().max(40).optional(),
  }),
]);
const DONE = ['saved', 'created', 'locked', 'unlocked', 'applied'] as const;
const Count = z.coerce.number().int().min(0).max(1e9).catch(0);
const Done = z.enum(DONE).optional().catch(undefined);

export function staffTipRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.use('/staff/tips', noStore);
  app.use('/staff/tips/*', noStore);

  app.get('/staff/tips', async (c) => {
    const filter = Filter.parse(c.req.query('state'));
    const done = Done.parse(c.req.query('done'));
    const t = createTranslator(staffLang(c));
    const notices: Partial<Record<(typeof DONE)[number], string>> = {
      created: t('tips.staff.keyCreated'),
      locked: t('tips.staff.locked'),
      unlocked: t('tips.staff.resealed', { count: Count.parse(c.req.query('resealed')) }),
    };
    const notice = (done && notices[done]) ?? null;
    return queuePage(c, filter, notice, null);
  });

  app.post('/staff/tips/key', async (c) => {
    const lang = staffLang(c);
    const p = principal(c);
    const form = KeyForm.safeParse(await c.req.parseBody());
    if (!form.success)
      return queuePage(c, 'open', null, tipError(new RollcallError('invalid-input', 'bad form'), lang).message, 400);
    const { action, passphrase, next } = form.data;
    try {
      if (action === 'lock') {
        lockTipKey(p);
        return c.redirect(`/staff/tips?lang=${lang}&done=locked`, 303);
      }
      if (action === 'create') {
        await createTipKey(ctx, p, passphrase);
        return c.redirect(`/staff/tips?lang=${lang}&done=created`, 303);
      }
      const { resealed } = await unlockTipKey(ctx, p, passphrase);
      if (next) return c.redirect(`${next}?lang=${lang}`, 303);
      return c.redirect(`/staff/tips?lang=${lang}&done=unlocked&resealed=${resealed}`, 303);
    } catch (error) {
      const { status, message } = tipError(error, lang);
      return queuePage(c, 'open', null, message, status, next);
    }
  });

  app.get('/staff/tips/:id', async (c) => {
    const id = parseOrThrow(TipId, c.req.param('id'), 'tip id');
    const t = createTranslator(staffLang(c));
    const done = Done.parse(c.req.query('done'));
    const proposal = c.req.query('proposal');
    const notice =
      done === 'applied' && proposal && /^\d+$/.test(proposal)
        ? t('tips.staff.applied', { proposal })
        : done === 'saved'
          ? t('tips.staff.done')
          : null;
    return detailPage(c, id, { notice, error: null, find: c.req.query('find') });
  });

  app.post('/staff/tips/:id', async (c) => {
    const lang = staffLang(c);
    const id = parseOrThrow(TipId, c.req.param('id'), 'tip id');
    const p = principal(c);
    try {
      const form = TipForm.safeParse(await c.req.parseBody());
      if (!form.success) throw new RollcallError('invalid-input', 'The form was not complete.');
      const f = form.data;
      if (f.action === 'apply') {
        const reason = f.releaseReason ? { releaseReason: f.releaseReason } : {};
        const input = { personId: f.personId, date: f.date.trim(), reliability: f.reliability, ...reason };
        // applyTip validates the input with its schema (ApplyInput) and names the field at fault.
        const { proposalId } = await applyTip(ctx, p, id, input as ApplyInput);
        return c.redirect(`/staff/tips/${id}?lang=${lang}&done=applied&proposal=${proposalId}`, 303);
      }
      if (f.action === 'link' && !(await publicPerson(ctx, f.personId, lang))) {
        throw new RollcallError('not-found', `No public person ${f.personId}.`);
      }
      await changeTip(ctx, p, id, changeOf(f, p.userId));
      return c.redirect(`/staff/tips/${id}?lang=${lang}&done=saved`, 303);
    } catch (error) {
      const { status, message } = tipError(error, lang);
      if (status === 423) return queuePage(c, 'open', null, message, 423, `/staff/tips/${id}`);
      return detailPage(c, id, { notice: null, error: message, status });
    }
  });

  app.get('/staff/tips/:id/files/:file', async (c) => {
    const id = parseOrThrow(TipId, c.req.param('id'), 'tip id');
    const file = parseOrThrow(TipId, c.req.param('file'), 'attachment id');
    const { type, bytes } = await tipAttachment(ctx, principal(c), id, file);
    return new Response(bytes, {
      headers: {
        'Content-Type': /^image\/(jpeg|png|webp)$/.test(type) ? type : 'application/octet-stream',
        'Content-Disposition': `inline; filename="tip-${id}-${file}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });

  /** The queue, or the key form while the key is locked (with `next`: back to that tip after unlocking). */
  async function queuePage(
    c: Context<StaffEnv>,
    filter: TipFilter,
    notice: string | null,
    error: string | null,
    status: 200 | 400 | 404 | 409 | 423 = 200,
    next?: string,
  ): Promise<Response> {
    const p = principal(c);
    const key = await tipKeyStatus(ctx, p);
    const states: readonly TipState[] = filter === 'open' ? OPEN_TIP_STATES : filter === 'all' ? [] : [filter];
    const tips = key.unlocked ? await listTips(ctx, p, states) : [];
    const page = tipQueuePage({
      lang: staffLang(c),
      user: staffUser(c),
      userId: p.userId,
      key,
      tips,
      filter,
      notice,
      error,
      ...(next ? { next } : {}),
    });
    return c.html(page, status);
  }

  async function detailPage(
    c: Context<StaffEnv>,
    id: number,
    o: { notice: string | null; error: string | null; status?: 400 | 404 | 409; find?: string | undefined },
  ): Promise<Response> {
    const lang = staffLang(c);
    const p = principal(c);
    let tip;
    try {
      tip = await showTip(ctx, p, id);
    } catch (error) {
      const { status, message } = tipError(error, lang);
      return queuePage(c, 'open', null, message, status, status === 423 ? `/staff/tips/${id}` : undefined);
    }
    const person = tip.triage.personId ? await publicPerson(ctx, tip.triage.personId, lang) : null;
    const picked = tip.submission.personId;
    const suggested = !person && picked ? await publicPerson(ctx, picked, lang) : null;
    const query = (o.find ?? '').trim().slice(0, 200);
    const found = query ? { query, people: await findPeople(ctx, query, lang) } : null;
    const page = tipPage({ lang, user: staffUser(c), userId: p.userId, tip, person, suggested, found, ...o });
    return c.html(page, o.status ?? 200);
  }

  return app;
}

function principal(c: Context<StaffEnv>) {
  const p = c.get('principal');
  if (!p) throw new RollcallError('sign-in-required', 'Sign in first.');
  return p;
}

type TipFormData = z.infer<typeof TipForm>;

function changeOf(f: Exclude<TipFormData, { action: 'apply' }>, userId: string): TipChange {
  if (f.action === 'state') return { kind: 'state', state: f.state };
  if (f.action === 'assign') return { kind: 'assign', userId };
  if (f.action === 'unassign') return { kind: 'assign', userId: null };
  if (f.action === 'note' || f.action === 'ask') return { kind: f.action, text: f.text };
  if (f.action === 'link') return { kind: 'link', personId: f.personId };
  return { kind: 'link', personId: null };
}

/**
 * A public person by id with their name in the page's language, or null. A tip
 * reviewer reads the public registry only: internal people are not offered.
 */
async function publicPerson(ctx: AppContext, id: string, lang: Lang): Promise<TipPerson | null> {
  const data = await personPageData(ctx, id, todayIso(ctx));
  return data ? { id, name: personNameText(data.person, lang, 'full') } : null;
}

async function findPeople(ctx: AppContext, query: string, lang: Lang): Promise<TipPerson[]> {
  const hits = await searchPersons(ctx, query, { limit: 10, audience: 'public' });
  const people = await Promise.all(hits.map((h) => publicPerson(ctx, h.id, lang)));
  return people.filter((p): p is TipPerson => p !== null);
}

const TRANSLATED = new Set([
  'tip-key-locked',
  'tip-passphrase-wrong',
  'tip-passphrase-too-short',
  'tip-key-exists',
  'tip-undecryptable',
  'tip-invalid-state',
  'tip-closed',
  'not-found',
  'invalid-input',
]);

/** An app error as a status and a message in the page's language; a locked key is 423. */
function tipError(error: unknown, lang: Lang): { status: 400 | 404 | 409 | 423; message: string } {
  if (!(error instanceof RollcallError)) throw error;
  const status = error.code === 'tip-key-locked' ? 423 : httpStatus(error.code);
  const shown = status === 404 || status === 409 || status === 423 ? status : 400;
  const message = TRANSLATED.has(error.code)
    ? createTranslator(lang)(`tips.staff.error.${error.code}` as MessageKey)
    : error.message;
  return { status: shown, message };
}
