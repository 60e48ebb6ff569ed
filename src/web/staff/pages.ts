/**
 * Staff pages of sign-in: the sign-in form, enrolment (password and
 * authenticator), the recovery codes shown once, the user's own
 * sessions and the "sign in first" / "not for your role" pages. Pure renderers:
 * the HTTP shell (`src/http/routes/staff-auth.ts`) supplies the data.
 *
 * @example
 * signInPage({ lang: 'ru', error: null, email: '' })
 */
import { html } from '../kit/html.js';
import { createTranslator } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';

type Base = { lang: Lang };

export function signInPage(o: Base & { error: string | null; email: string }): string {
  const t = createTranslator(o.lang);
  const body = html`${errorBox(o.error)}
<form method="post" action="/staff/sign-in?lang=${o.lang}" class="stack">
<p><label for="email">${t('staff.signIn.email')}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${o.email}"></p>
<p><label for="password">${t('staff.signIn.password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></p>
<p><label for="code">${t('staff.signIn.code')}</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required maxlength="40"></p>
<p><button type="submit">${t('staff.signIn.submit')}</button></p>
</form>
<p><button type="button" id="passkey-sign-in" data-status="passkey-status" data-failed="${t('staff.passkey.failed')}" hidden>${t('staff.passkey.signIn')}</button></p>
<p id="passkey-status" role="status"></p>`;
  return staffLayout({
    lang: o.lang,
    title: t('staff.signIn.title'),
    path: '/staff/sign-in',
    body,
    user: null,
    passkeys: true,
  });
}

export function enrolPage(
  o: Base & { email: string; totpSecret: string; totpUri: string; action: string; error: string | null },
): string {
  const t = createTranslator(o.lang);
  const grouped = o.totpSecret.replace(/(.{4})/g, '$1 ').trim();
  const body = html`<p>${t('staff.enrol.intro', { email: o.email })}</p>
${errorBox(o.error)}
<dl>
<dt>${t('staff.enrol.key')}</dt><dd><code class="secret">${grouped}</code></dd>
<dt>${t('staff.enrol.uri')}</dt><dd><a href="${o.totpUri}">${o.totpUri.replace(/secret=[^&]+/, 'secret=…')}</a></dd>
</dl>
<form method="post" action="${o.action}?lang=${o.lang}" class="stack">
<input type="text" name="username" autocomplete="username" value="${o.email}" hidden>
<p><label for="password">${t('staff.enrol.password')}</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" maxlength="1024"></p>
<p><label for="password2">${t('staff.enrol.password2')}</label>
<input id="password2" name="password2" type="password" autocomplete="new-password" required minlength="12" maxlength="1024"></p>
<p><label for="code">${t('staff.enrol.code')}</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required maxlength="6"></p>
<p><button type="submit">${t('staff.enrol.submit')}</button></p>
</form>`;
  return staffLayout({ lang: o.lang, title: t('staff.enrol.title'), path: o.action, body, user: null });
}

export function enrolDonePage(o: Base & { codes: readonly string[] }): string {
  const t = createTranslator(o.lang);
  const body = html`<p>${t('staff.enrol.codes')}</p>
<ul class="codes">${o.codes.map((c) => html`<li><code>${c}</code></li>`)}</ul>
<p><a href="/staff/sign-in?lang=${o.lang}">${t('staff.enrol.next')}</a></p>`;
  return staffLayout({ lang: o.lang, title: t('staff.enrol.doneTitle'), path: '/staff/sign-in', body, user: null });
}

export interface SessionLine {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  state: string;
  current: boolean;
}

export function sessionsPage(o: Base & { user: StaffUser; sessions: readonly SessionLine[] }): string {
  const t = createTranslator(o.lang);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(o.lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
  const rows = o.sessions.map(
    (s) => html`<tr>
<td>${when(s.createdAt)}${s.current ? html` <strong>(${t('staff.sessions.this')})</strong>` : ''}</td>
<td>${when(s.lastSeenAt)}</td>
<td>${t(`staff.sessions.state.${s.state}` as 'staff.sessions.state.active')}</td>
<td>${
      s.state === 'active'
        ? html`<form method="post" action="/staff/sessions/${s.id}/revoke?lang=${o.lang}"><input type="hidden" name="csrf" value="${o.user.csrf}"><button type="submit">${t('staff.sessions.end')}</button></form>`
        : ''
    }</td>
</tr>`,
  );
  const body = html`<table>
<thead><tr><th scope="col">${t('staff.sessions.started')}</th><th scope="col">${t('staff.sessions.lastSeen')}</th><th scope="col">${t('staff.sessions.state')}</th><td></td></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return staffLayout({ lang: o.lang, title: t('staff.sessions.title'), path: '/staff/sessions', body, user: o.user });
}

export interface PasskeyLine {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export function passkeysPage(o: Base & { user: StaffUser; passkeys: readonly PasskeyLine[] }): string {
  const t = createTranslator(o.lang);
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : t('staff.passkey.never'));
  const rows = o.passkeys.map(
    (p) => html`<tr><td>${p.label}</td><td>${day(p.createdAt)}</td><td>${day(p.lastUsedAt)}</td>
<td><form method="post" action="/staff/passkeys/${p.id}/remove?lang=${o.lang}"><input type="hidden" name="csrf" value="${o.user.csrf}"><button type="submit">${t('staff.passkey.remove')}</button></form></td></tr>`,
  );
  const list =
    o.passkeys.length === 0
      ? html`<p>${t('staff.passkey.none')}</p>`
      : html`<table><thead><tr><th scope="col">${t('staff.passkey.name')}</th><th scope="col">${t('staff.passkey.added')}</th><th scope="col">${t('staff.passkey.lastUsed')}</th><th scope="col">${t('staff.users.actions')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const body = html`<p>${t('staff.passkey.intro')}</p>
${list}
<p><label for="passkey-label">${t('staff.passkey.label')}</label> <input id="passkey-label" type="text" maxlength="100"></p>
<p><button type="button" id="passkey-add" data-csrf="${o.user.csrf}" data-status="passkey-status" data-failed="${t('staff.passkey.addFailed')}" hidden>${t('staff.passkey.add')}</button></p>
<noscript><p>${t('staff.passkey.noScript')}</p></noscript>
<p id="passkey-status" role="status"></p>`;
  return staffLayout({
    lang: o.lang,
    title: t('staff.passkey.title'),
    path: '/staff/passkeys',
    body,
    user: o.user,
    passkeys: true,
  });
}

/** 401 (not signed in, with the form) or 403 (signed in, role too small). */
export function refusalPage(o: Base & { role: string | null; path: string }): string {
  const t = createTranslator(o.lang);
  if (o.role === null) {
    return signInPage({ lang: o.lang, error: t('staff.signIn.needed'), email: '' });
  }
  const role = t(`staff.role.${o.role}` as 'staff.role.admin');
  const body = html`<p role="alert">${t('staff.forbidden', { role })}</p><p><a href="/staff/?lang=${o.lang}">${t('staff.nav.home')}</a></p>`;
  return staffLayout({ lang: o.lang, title: t('staff.home.title'), path: o.path, body, user: null });
}
