/**
 * The admin pages over HTTP: users (invite and change) and the audit log. The
 * route policy lets only admins in (`user` manage, `audit` read); the forms are
 * checked with schemas and go through the same use cases as the CLI and the API.
 *
 * @example
 * app.route('/', staffAdminRoutes(ctx));
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { auditHead, recentAudit } from '../../app/audit.js';
import { addUser, changeUser, listUsers, userChange } from '../../app/auth/users.js';
import { createTranslator } from '../../i18n/translator.js';
import { html, type SafeHtml } from '../../web/kit/html.js';
import { auditPage, usersPage } from '../../web/staff/admin-pages.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import type { Lang } from '../../domain/record.js';

const InviteForm = z.object({ email: z.string().max(254), role: z.string().max(40) });
const ChangeForm = z.object({ role: z.string().max(40).optional() });

export function staffAdminRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const render = async (c: Context<StaffEnv>, notice: SafeHtml | null, status: 200 | 400 | 404 | 409 = 200) =>
    c.html(usersPage({ lang: staffLang(c), user: staffUser(c), users: await listUsers(ctx), notice }), status);
  app.get('/staff/users', (c) => render(c, null));
  app.post('/staff/users', async (c) => {
    const lang = staffLang(c);
    const form = InviteForm.safeParse(await c.req.parseBody());
    try {
      if (!form.success) throw new RollcallError('invalid-email', 'Give an email and a role.');
      const added = await addUser(ctx, { ...form.data, actor: staffUser(c).email });
      const link = new URL(added.link, c.req.url).toString();
      const t = createTranslator(lang);
      return render(
        c,
        html`<p>${t('staff.users.invited', { email: added.user.email, until: added.expiresAt })}</p><p><code>${link}</code></p>`,
      );
    } catch (error) {
      return render(c, failure(error), statusOf(error));
    }
  });
  app.post('/staff/users/:id/:change', async (c) => {
    const lang = staffLang(c);
    const kind = c.req.param('change');
    try {
      userChange(kind);
      const form = ChangeForm.parse(await c.req.parseBody());
      const change = userChange(kind, form.role);
      const done = await changeUser(ctx, c.req.param('id'), change, staffUser(c).email);
      return render(c, doneNotice(lang, done.user, done.link ? new URL(done.link, c.req.url).toString() : undefined));
    } catch (error) {
      return render(c, failure(error), statusOf(error));
    }
  });
  app.get('/staff/audit', async (c) => {
    const [head, entries] = await Promise.all([auditHead(ctx), recentAudit(ctx, 200)]);
    return c.html(auditPage({ lang: staffLang(c), user: staffUser(c), head, entries }));
  });
  return app;
}

function doneNotice(lang: Lang, u: { email: string; role: string; state: string }, link?: string): SafeHtml {
  const t = createTranslator(lang);
  const role = t(`staff.role.${u.role}` as 'staff.role.admin');
  const state = t(`staff.users.state.${u.state}` as 'staff.users.state.active');
  return html`<p>${t('staff.users.done', { email: u.email, role, state })}</p>${link ? html`<p><code>${link}</code></p>` : ''}`;
}

function failure(error: unknown): SafeHtml {
  if (!(error instanceof RollcallError)) throw error;
  return html`<p class="error" role="alert">${error.message}</p>`;
}

function statusOf(error: unknown): 400 | 404 | 409 {
  const status = error instanceof RollcallError ? httpStatus(error.code) : 400;
  return status === 404 || status === 409 ? status : 400;
}
