/**
 * The staff sign-in pages: sign in, sign out, enrol through a one-time link,
 * the staff home and the user's own sessions. Forms post back (no script); each
 * route validates its form with a schema, calls a use case and renders a page
 * from `src/web/staff/pages.ts`. Errors are shown in the page's language.
 *
 * @example
 * app.route('/', staffAuthRoutes(ctx, throttle));
 */
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from 'zod';
import { type AppContext } from '../../app/context.js';
import { completeEnrolment, enrolmentOffer } from '../../app/auth/enrol.js';
import { revokeSession, sessionsOf, signIn, signOut } from '../../app/auth/sign-in.js';
import type { Throttle } from '../../app/auth/throttle.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { createTranslator, type MessageKey } from '../../i18n/translator.js';
import { enrolDonePage, enrolPage, sessionsPage, signInPage } from '../../web/staff/pages.js';
import type { StaffUser } from '../../web/staff/layout.js';
import {
  clearSessionCookie,
  deviceCookie,
  setDeviceCookie,
  setSessionCookie,
  type StaffEnv,
} from '../auth/authenticate.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';

const SignInForm = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  code: z.string().trim().min(1).max(40),
});
const EnrolForm = z.object({
  password: z.string().max(4096).default(''),
  password2: z.string().max(4096).default(''),
  code: z.string().max(40).default(''),
});

export function staffAuthRoutes(ctx: AppContext, throttle: Throttle): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.get('/staff/sign-in', (c) => c.html(signInPage({ lang: staffLang(c), error: null, email: '' })));
  app.post('/staff/sign-in', async (c) => {
    const lang = staffLang(c);
    const parsed = SignInForm.safeParse(await c.req.parseBody());
    if (!parsed.success) {
      return c.html(signInPage({ lang, error: createTranslator(lang)('staff.error.sign-in-failed'), email: '' }), 400);
    }
    const form = parsed.data;
    try {
      const done = await signIn(ctx, throttle, { ...form, client: clientKey(c), device: deviceCookie(c) });
      setSessionCookie(c, done.sessionSecret);
      setDeviceCookie(c, done.device);
      return c.redirect(`/staff/?lang=${lang}`, 303);
    } catch (error) {
      const { status, message } = staffError(error, lang);
      return c.html(signInPage({ lang, error: message, email: form.email }), status);
    }
  });
  app.post('/staff/sign-out', async (c) => {
    const principal = c.get('principal');
    if (principal?.kind === 'session') await signOut(ctx, principal);
    clearSessionCookie(c);
    return c.redirect(`/staff/sign-in?lang=${staffLang(c)}`, 303);
  });
  app.get('/staff/enrol/:secret', async (c) => {
    const lang = staffLang(c);
    try {
      const offer = await enrolmentOffer(ctx, c.req.param('secret'));
      return c.html(enrolPage({ lang, ...offer, action: c.req.path, error: null }));
    } catch (error) {
      const { status, message } = staffError(error, lang);
      return c.html(signInPage({ lang, error: message, email: '' }), status);
    }
  });
  app.post('/staff/enrol/:secret', async (c) => {
    const lang = staffLang(c);
    const secret = c.req.param('secret');
    const form = EnrolForm.parse(await c.req.parseBody());
    try {
      if (form.password !== form.password2) throw new RollcallError('passwords-differ', 'The passwords differ.');
      const done = await completeEnrolment(ctx, secret, form);
      return c.html(enrolDonePage({ lang, codes: done.recoveryCodes }));
    } catch (error) {
      const { status, message } = staffError(error, lang);
      if (status === 404) return c.html(signInPage({ lang, error: message, email: '' }), status);
      const offer = await enrolmentOffer(ctx, secret);
      return c.html(enrolPage({ lang, ...offer, action: c.req.path, error: message }), status);
    }
  });
  // GET /staff/ (the desk, with the account) is in `staff-desk.ts`.
  app.get('/staff/sessions', async (c) => {
    const principal = c.get('principal');
    const sessions = await sessionsOf(ctx, principal?.userId ?? '');
    const lines = sessions.map((s) => ({ ...s, current: s.id === principal?.credentialId }));
    return c.html(sessionsPage({ lang: staffLang(c), user: staffUser(c), sessions: lines }));
  });
  app.post('/staff/sessions/:id/revoke', async (c) => {
    const principal = c.get('principal');
    if (principal) await revokeSession(ctx, principal, c.req.param('id'));
    return c.redirect(`/staff/sessions?lang=${staffLang(c)}`, 303);
  });
  return app;
}

/** The signed-in user as staff pages show them, with the session's CSRF token for forms. */
export function staffUser(c: Context<StaffEnv>): StaffUser {
  const p = c.get('principal');
  return { email: p?.label ?? '', role: p?.role ?? 'viewer', csrf: c.get('csrf') ?? '' };
}

/** `?lang=` if given, else the browser's first of be/ru/en, else Belarusian. */
export function staffLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked && (LANGS as readonly string[]).includes(asked)) return asked as Lang;
  const accept = (c.req.header('accept-language') ?? '').toLowerCase();
  for (const part of accept.split(',')) {
    const tag = part.trim().slice(0, 2);
    if ((LANGS as readonly string[]).includes(tag)) return tag as Lang;
  }
  return 'be';
}

/** The remote address as the throttle's client key (hashed there at once, never stored). */
function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

const SHOWN = new Set([
  'sign-in-failed',
  'too-many-attempts',
  'enrolment-invalid',
  'password-too-short',
  'password-too-long',
  'password-common',
  'password-is-email',
  'passwords-differ',
  'code-wrong',
  'busy',
]);

/** An app error as a status and a message in the page's language. */
export function staffError(error: unknown, lang: Lang): { status: 400 | 401 | 404 | 429 | 503; message: string } {
  if (!(error instanceof RollcallError) || !SHOWN.has(error.code)) throw error;
  const t = createTranslator(lang);
  const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
  const message = t(`staff.error.${error.code}` as MessageKey, { minutes: Math.ceil(seconds / 60) });
  return { status: httpStatus(error.code) as 400 | 401 | 404 | 429 | 503, message };
}
