/**
 * The staff workspace for `scripts/lighthouse.ts --staff`: the app served in process on a
 * random loopback port (as the browser tests serve it, `test/e2e/harness.ts`) over a fresh
 * demo registry in a temp folder (the demo `rollcall serve --demo` loads: 300 fictional
 * people, internal records, digests), one staff user enrolled with a password and TOTP
 * (`test/e2e/staff-users.ts`) and signed in through the real sign-in form over HTTP. The
 * session cookie it answers with is what Lighthouse sends (`extraHeaders`).
 *
 * @example
 * const staff = await startStaffSite('editor');
 * for (const page of staff.pages('ru')) await audit(staff.base + page.path, { Cookie: staff.cookie });
 * await staff.close();
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { tempApp } from '../src/testing/temp-app.js';
import { createHttpApp } from '../src/http/app.js';
import { loadDemo } from '../src/app/demo.js';
import { totpCode } from '../src/app/auth/totp.js';
import type { Role } from '../src/domain/access.js';
import { enrolStaff, STAFF_PASSWORD } from '../test/e2e/staff-users.js';

/** A person of the demo registry whose form the edit page shows. */
const EDITED = 'p-luchynovich';

/** The staff page kinds audited: the desk and the person form (new and edit), and the lists they lead to. */
const STAFF_KINDS: Array<{ kind: string; path: string }> = [
  { kind: 'staff desk', path: '/staff/' },
  { kind: 'person new', path: '/staff/persons/new' },
  { kind: 'person edit', path: `/staff/persons/${EDITED}/edit` },
  { kind: 'staff list', path: '/staff/persons' },
  { kind: 'proposals', path: '/staff/proposals' },
];

export interface StaffSite {
  base: string;
  /** `Cookie` header value of a signed-in session. */
  cookie: string;
  pages(lang: string): Array<{ kind: string; path: string }>;
  close(): Promise<void>;
}

export async function startStaffSite(role: Role): Promise<StaffSite> {
  const t = await tempApp();
  // The real clock, moved on between enrolment and sign-in: each TOTP step is taken once.
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const ctx = { ...t.ctx, now };
  await loadDemo(ctx, { synthetic: 300, today: now().toISOString().slice(0, 10), digests: true, internal: true });
  const email = `${role}@example.org`;
  const secret = await enrolStaff(ctx, email, role, now());
  offset += 31_000;
  const server = serve({ fetch: createHttpApp(ctx).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    // Chromium keeps its connections open while it runs: without this, close() would wait for it.
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.cleanup();
  };
  try {
    const cookie = await signIn(base, email, await totpCode(secret, now()));
    return {
      base,
      cookie,
      pages: (lang) => STAFF_KINDS.map((k) => ({ kind: k.kind, path: `${k.path}?lang=${lang}` })),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Posts the sign-in form; resolves to the session cookie (`name=value`) it sets. */
async function signIn(base: string, email: string, code: string): Promise<string> {
  const res = await fetch(`${base}/staff/sign-in?lang=en`, {
    method: 'POST',
    body: new URLSearchParams({ email, password: STAFF_PASSWORD, code }),
    redirect: 'manual',
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('__Host-rollcall='));
  if (res.status !== 303 || !session) throw new Error(`staff sign-in failed: HTTP ${res.status}`);
  const cookie = session.split(';')[0]!;
  const desk = await fetch(`${base}/staff/?lang=en`, { headers: { Cookie: cookie }, redirect: 'manual' });
  if (desk.status !== 200) throw new Error(`the desk did not open after sign-in: HTTP ${desk.status}`);
  return cookie;
}
