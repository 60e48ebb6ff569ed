/**
 * The desk, the staff home (`GET /staff/`): the signed-in account and what needs
 * attention now, in the sections the user's role may read (`src/app/desk.ts`).
 *
 * @example
 * app.route('/', staffDeskRoutes(ctx));
 */
import { Hono } from 'hono';
import type { AppContext } from '../../app/context.js';
import { deskPeople, deskView } from '../../app/desk.js';
import { deskPage } from '../../web/staff/desk-page.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';
import { noStore } from './staff-review.js';

export function staffDeskRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.use('/staff/', noStore);
  app.get('/staff/', async (c) => {
    const principal = c.get('principal');
    const [recoveryLeft, desk] = await Promise.all([
      ctx.store.read((repos) => repos.accounts.unusedRecoveryCodes(principal?.userId ?? '')),
      deskView(ctx, principal?.role ?? 'viewer'),
    ]);
    const people = await deskPeople(ctx, desk);
    return c.html(deskPage({ lang: staffLang(c), user: staffUser(c), recoveryLeft, desk, people }));
  });
  return app;
}
