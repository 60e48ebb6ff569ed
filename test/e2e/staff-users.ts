/**
 * Staff users for browser tests: one enrolled with a password and TOTP (as an invitation
 * link would), and a page signed in as them. The caller owns the clock: each sign-in needs
 * a TOTP step not used before, so move the clock 31 s between sign-ins of one user.
 *
 * @example
 * const secret = await enrolStaff(ctx, 'editor@example.org', 'editor', clock);
 * await signInPage(page, base, 'editor@example.org', secret, clock, 'be');
 */
import type { Page } from 'playwright-core';
import type { AppContext } from '../../src/app/context.js';
import { addUser } from '../../src/app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../../src/app/auth/enrol.js';
import { totpCode } from '../../src/app/auth/totp.js';
import type { Role } from '../../src/domain/access.js';

export const STAFF_PASSWORD = 'lantern orchard quietly 7 hills';

/** Adds and enrols a user; resolves to their TOTP secret. */
export async function enrolStaff(ctx: AppContext, email: string, role: Role, at: Date): Promise<string> {
  const { link } = await addUser(ctx, { email, role, actor: 'test' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  await completeEnrolment(ctx, secret, { password: STAFF_PASSWORD, code: await totpCode(offer.totpSecret, at) });
  return offer.totpSecret;
}

/** Signs `page` in through the staff sign-in form with a TOTP code for `at`. */
export async function signInPage(page: Page, base: string, email: string, secret: string, at: Date, lang: string) {
  await page.goto(`${base}/staff/sign-in?lang=${lang}`);
  await page.fill('#email', email);
  await page.fill('#password', STAFF_PASSWORD);
  await page.fill('#code', await totpCode(secret, at));
  await page.click('button[type=submit]');
}
