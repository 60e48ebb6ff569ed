/**
 * The staff digest pages over HTTP (`/staff/digests…`): list, draft a month, the page of
 * one digest and its forms (move, drop, add, texts, regenerate, publish, unpublish,
 * republish), and what a regeneration would change. The same use cases as the write API
 * and the CLI; every form carries the CSRF token and the revision it was based on
 * (`base`); success redirects (303) back to the digest's page, a refusal re-renders it
 * with the reason in the page's language and changes nothing.
 *
 * @example
 * app.route('/', staffDigestRoutes(ctx));
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import {
  digestNames,
  digestState,
  draftDigest,
  listDigests,
  previewRegeneration,
  publishDigestRevision,
  reviseDigest,
  unpublishDigestRevision,
  type DigestChangeMeta,
} from '../../app/digests.js';
import { republishDigest } from '../../app/digest-republish.js';
import { searchPersons } from '../../app/search.js';
import { parseStrict } from '../../app/strict-input.js';
import { digestId, DigestKind, Month } from '../../domain/digest/index.js';
import { decide } from '../../domain/policy.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import { createTranslator, type Translate } from '../../i18n/translator.js';
import { html, type HtmlValue } from '../../web/kit/html.js';
import { digestListPage, newDigestPage, regenerationPage } from '../../web/staff/digest-pages.js';
import { digestEditPage, type DigestEditView } from '../../web/staff/digest-edit-page.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';

const Csrf = z.string().max(200).optional();
const Base = z.string().regex(/^\d{1,15}$/, 'expected a revision number');
const Note = z.string().trim().max(2000).optional();
const Many = z.union([z.string().max(20000), z.array(z.string().max(20000)).max(5000)]).optional();
const NewForm = z.object({ csrf: Csrf, kind: DigestKind, month: z.string().max(20), langs: Many, note: Note });
const MoveForm = z.object({ csrf: Csrf, base: Base, personId: z.string().max(100), to: z.string().regex(/^\d{1,5}$/) });
const PersonForm = z.object({ csrf: Csrf, base: Base, personId: z.string().max(100) });
const AddForm = z.object({ csrf: Csrf, base: Base, person: z.string().trim().min(1).max(200) });
const TextsForm = z.object({
  csrf: Csrf,
  base: Base,
  title: z.string().max(1000),
  opening: z.string().max(100000),
  person: Many,
  heading: Many,
  text: Many,
  note: Note,
});
const BaseForm = z.object({ csrf: Csrf, base: Base, note: Note });
const PublishForm = z.object({ csrf: Csrf, base: Base, ack: Many });
const DONE = ['drafted', 'saved', 'regenerated', 'published', 'unpublished', 'republished'] as const;

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** A textarea's paragraphs: split at blank lines, each trimmed, empty ones left out. */
const paragraphs = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

export function staffDigestRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const may = (c: Context<StaffEnv>, action: 'write' | 'publish') =>
    decide(c.get('principal')?.role ?? null, action, 'digest') === 'allow';
  const meta = (c: Context<StaffEnv>, base: string, note?: string): DigestChangeMeta => ({
    actor: staffUser(c).email,
    note: note || undefined,
    baseRevisionId: Number(base),
  });
  const form = async (c: Context<StaffEnv>) => c.req.parseBody({ all: true });

  /** Renders the digest's page (with `extra`: an error, a notice, search hits). */
  const page = async (c: Context<StaffEnv>, id: string, extra: Partial<DigestEditView>, status = 200) => {
    const lang = staffLang(c);
    const { digest, revisionId } = await digestState(ctx, id);
    const [names, stored] = await Promise.all([
      digestNames(ctx, digest),
      listDigests(ctx, { kind: digest.kind, month: digest.month }),
    ]);
    const siblings = LANGS.map((l) => {
      const sid = digestId(digest.kind, digest.month, l);
      return { lang: l, id: sid, status: stored.find((s) => s.id === sid)?.status ?? null };
    });
    const done = c.req.query('done');
    const notice = DONE.find((d) => d === done);
    const t = createTranslator(lang);
    const view: DigestEditView = {
      lang,
      user: staffUser(c),
      digest,
      revisionId,
      names,
      siblings,
      canWrite: may(c, 'write'),
      canPublish: may(c, 'publish'),
      notice: notice ? t(`digests.done.${notice}`) : null,
      error: null,
      ...extra,
    };
    return noStore(c).html(digestEditPage(view), status as 200);
  };

  /** Runs a change of the digest `:id`: 303 to its page, or the page again with the reason. */
  const change = (run: (c: Context<StaffEnv>, id: string) => Promise<unknown>, done: (typeof DONE)[number]) => {
    return async (c: Context<StaffEnv>) => {
      const id = c.req.param('id')!;
      try {
        await run(c, id);
      } catch (error) {
        return page(c, id, { error: explain(createTranslator(staffLang(c)), error) }, statusOf(error));
      }
      return c.redirect(`/staff/digests/${id}?lang=${staffLang(c)}&done=${done}`, 303);
    };
  };

  app.get('/staff/digests', async (c) => {
    const digests = await listDigests(ctx);
    return noStore(c).html(
      digestListPage({ lang: staffLang(c), user: staffUser(c), digests, canWrite: may(c, 'write') }),
    );
  });

  app.get('/staff/digests/new', (c) => {
    const empty = { kind: 'releases', month: '', langs: [...LANGS], note: '' };
    return noStore(c).html(newDigestPage({ lang: staffLang(c), user: staffUser(c), form: empty, errors: {} }));
  });

  app.post('/staff/digests', async (c) => {
    const lang = staffLang(c);
    const t = createTranslator(lang);
    const f = parseStrict(NewForm, await form(c), 'form');
    const langs = list(f.langs).filter((l): l is Lang => (LANGS as readonly string[]).includes(l));
    const shown = { kind: f.kind, month: f.month, langs, note: f.note ?? '' };
    const errors: { month?: string; langs?: string; form?: string } = {};
    if (!Month.safeParse(f.month).success) errors.month = t('digests.new.monthHint');
    if (langs.length === 0) errors.langs = t('digests.new.langsRequired');
    const refuse = (status: 400 | 409, existing?: string[]) =>
      noStore(c).html(newDigestPage({ lang, user: staffUser(c), form: shown, errors, existing }), status);
    if (errors.month || errors.langs) return refuse(400);
    const ids = langs.map((l) => digestId(f.kind, f.month, l));
    const existing = (await listDigests(ctx, { kind: f.kind, month: f.month })).map((d) => d.id);
    const clash = ids.filter((id) => existing.includes(id));
    if (clash.length > 0) {
      errors.form = t('digests.error.exists', { id: clash.join(', ') });
      return refuse(409, clash);
    }
    for (const l of langs) {
      const m = { actor: staffUser(c).email, note: f.note || undefined, baseRevisionId: null };
      await draftDigest(ctx, { kind: f.kind, month: f.month, lang: l }, m);
    }
    return c.redirect(`/staff/digests/${ids[0]}?lang=${lang}&done=drafted`, 303);
  });

  app.get('/staff/digests/:id', (c) => page(c, c.req.param('id'), {}));

  app.get('/staff/digests/:id/regeneration', async (c) => {
    const preview = await previewRegeneration(ctx, c.req.param('id'));
    const view = { lang: staffLang(c), user: staffUser(c), ...preview, canWrite: may(c, 'write') };
    return noStore(c).html(regenerationPage(view));
  });

  app.post(
    '/staff/digests/:id/move',
    change(async (c, id) => {
      const f = parseStrict(MoveForm, await form(c), 'form');
      await reviseDigest(ctx, id, { move: [{ personId: f.personId, to: Number(f.to) }] }, meta(c, f.base));
    }, 'saved'),
  );

  app.post(
    '/staff/digests/:id/drop',
    change(async (c, id) => {
      const f = parseStrict(PersonForm, await form(c), 'form');
      await reviseDigest(ctx, id, { drop: [f.personId] }, meta(c, f.base));
    }, 'saved'),
  );

  app.post('/staff/digests/:id/add', async (c) => {
    const id = c.req.param('id');
    const f = parseStrict(AddForm, await form(c), 'form');
    if (/^p-[\w-]+$/.test(f.person)) {
      return change(() => reviseDigest(ctx, id, { add: [f.person] }, meta(c, f.base)), 'saved')(c);
    }
    const hits = await searchPersons(ctx, f.person, { limit: 10, audience: 'public', kind: 'person' });
    return page(c, id, { hits: { query: f.person, people: hits.map((h) => ({ id: h.id, name: h.matched })) } });
  });

  app.post(
    '/staff/digests/:id/texts',
    change(async (c, id) => {
      const f = parseStrict(TextsForm, await form(c), 'form');
      const [persons, headings, texts] = [list(f.person), list(f.heading), list(f.text)];
      if (headings.length !== persons.length || texts.length !== persons.length) {
        throw new RollcallError('invalid-input', 'Every entry needs its heading and its text; reload the page.');
      }
      const entries = persons.map((personId, i) => ({
        personId,
        heading: headings[i]!.trim(),
        paragraphs: paragraphs(texts[i]!),
      }));
      const opening = { title: f.title.trim(), paragraphs: paragraphs(f.opening) };
      await reviseDigest(ctx, id, { opening, entries }, meta(c, f.base, f.note));
    }, 'saved'),
  );

  app.post(
    '/staff/digests/:id/regenerate',
    change(async (c, id) => {
      const f = parseStrict(BaseForm, await form(c), 'form');
      const { digest } = await digestState(ctx, id);
      await draftDigest(ctx, { kind: digest.kind, month: digest.month, lang: digest.lang }, meta(c, f.base, f.note));
    }, 'regenerated'),
  );

  app.post(
    '/staff/digests/:id/publish',
    change(async (c, id) => {
      const f = parseStrict(PublishForm, await form(c), 'form');
      await publishDigestRevision(ctx, id, { acknowledge: list(f.ack) }, meta(c, f.base));
    }, 'published'),
  );

  app.post(
    '/staff/digests/:id/unpublish',
    change(async (c, id) => {
      const f = parseStrict(BaseForm, await form(c), 'form');
      await unpublishDigestRevision(ctx, id, meta(c, f.base, f.note));
    }, 'unpublished'),
  );

  app.post(
    '/staff/digests/:id/republish',
    change(async (c, id) => {
      const f = parseStrict(BaseForm, await form(c), 'form');
      await republishDigest(ctx, id, meta(c, f.base, f.note));
    }, 'republished'),
  );

  return app;
}

function noStore(c: Context): Context {
  c.header('Cache-Control', 'no-store');
  return c;
}

/** Why a change was refused, in the page's language where the code is known; else the use case's (English) message. */
function explain(t: Translate, error: unknown): HtmlValue {
  if (!(error instanceof RollcallError)) throw error;
  const d = (error.details ?? {}) as Record<string, unknown>;
  const current = (d['current'] ?? {}) as { revisionId?: number; actor?: string };
  const id = String(d['personId'] ?? '');
  switch (error.code) {
    case 'stale-revision': {
      // What the other change touched, field by field (paths like `entries.2.heading`).
      const theirs = ((d['theirs'] as Array<{ path: string }> | undefined) ?? []).slice(0, 20);
      const paths = theirs.length > 0 ? html`<ul>${theirs.map((c) => html`<li><code>${c.path}</code></li>`)}</ul>` : '';
      return html`${t('digests.error.stale', { revision: current.revisionId ?? '?', actor: current.actor ?? '?' })}${paths}`;
    }
    case 'unacknowledged-warnings':
      return t('digests.error.unacknowledged', { codes: ((d['unacknowledged'] as string[]) ?? []).join(', ') });
    case 'person-not-public':
      return t('digests.error.personNotPublic', { id });
    case 'nothing-to-report':
      return t('digests.error.nothingToReport', { id });
    case 'duplicate-entry':
      return t('digests.error.duplicate', { id });
    default:
      return html`${t('digests.error.other')} <span lang="en">${error.message}</span>`;
  }
}

function statusOf(error: unknown): 400 | 404 | 409 | 428 {
  const status = error instanceof RollcallError ? httpStatus(error.code) : 400;
  return status === 404 || status === 409 || status === 428 ? status : 400;
}
