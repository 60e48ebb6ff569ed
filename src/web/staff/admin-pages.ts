/**
 * Admin pages: the users (invite, change role, disable, enable, reset the second
 * factor, end sessions) and the audit log with its head. Forms post back with
 * the CSRF token; nothing here needs script.
 *
 * @example
 * usersPage({ lang: 'be', user, users, notice: null })
 */
import { html, type SafeHtml } from '../kit/html.js';
import { createTranslator, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import { ROLES } from '../../domain/access.js';
import type { AuditEntry } from '../../domain/audit.js';
import { staffLayout, type StaffUser } from './layout.js';

export interface UserLine {
  id: string;
  email: string;
  role: string;
  state: string;
}

const roleName = (t: Translate, role: string) => t(`staff.role.${role}` as 'staff.role.admin');

export function usersPage(o: {
  lang: Lang;
  user: StaffUser;
  users: readonly UserLine[];
  notice: SafeHtml | null;
}): string {
  const t = createTranslator(o.lang);
  const csrf = html`<input type="hidden" name="csrf" value="${o.user.csrf}">`;
  const action = (u: UserLine, change: string, label: string) =>
    html`<form method="post" action="/staff/users/${u.id}/${change}?lang=${o.lang}">${csrf}<button type="submit">${label}</button></form>`;
  const roleOptions = (current: string) =>
    ROLES.map((r) => html`<option value="${r}"${r === current ? ' selected' : ''}>${roleName(t, r)}</option>`);
  const rows = o.users.map(
    (u) => html`<tr>
<td>${u.email}</td>
<td>${roleName(t, u.role)}</td>
<td>${t(`staff.users.state.${u.state}` as 'staff.users.state.active')}</td>
<td class="actions">
<form method="post" action="/staff/users/${u.id}/set-role?lang=${o.lang}">${csrf}<label><span class="visually-hidden">${t('staff.users.role')} ${u.email}</span><select name="role">${roleOptions(u.role)}</select></label> <button type="submit">${t('staff.users.setRole')}</button></form>
${u.state === 'disabled' ? action(u, 'enable', t('staff.users.enable')) : action(u, 'disable', t('staff.users.disable'))}
${action(u, 'reset-2fa', t('staff.users.reset2fa'))}
${action(u, 'revoke-sessions', t('staff.users.revokeSessions'))}
</td>
</tr>`,
  );
  const body = html`${o.notice ? html`<div class="notice" role="status">${o.notice}</div>` : ''}
<table>
<thead><tr><th scope="col">${t('staff.users.email')}</th><th scope="col">${t('staff.users.role')}</th><th scope="col">${t('staff.users.state')}</th><th scope="col">${t('staff.users.actions')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<h2>${t('staff.users.invite')}</h2>
<form method="post" action="/staff/users?lang=${o.lang}" class="stack">${csrf}
<p><label for="invite-email">${t('staff.users.email')}</label> <input id="invite-email" name="email" type="email" required></p>
<p><label for="invite-role">${t('staff.users.role')}</label> <select id="invite-role" name="role">${roleOptions('viewer')}</select></p>
<p><button type="submit">${t('staff.users.inviteSubmit')}</button></p>
</form>`;
  return staffLayout({ lang: o.lang, title: t('staff.users.title'), path: '/staff/users', body, user: o.user });
}

export function auditPage(o: {
  lang: Lang;
  user: StaffUser;
  head: { seq: number; hash: string };
  entries: readonly AuditEntry[];
}): string {
  const t = createTranslator(o.lang);
  const rows = o.entries.map(
    (e) => html`<tr>
<td>${e.at.slice(0, 19).replace('T', ' ')}</td>
<td>${e.actor}</td>
<td><code>${e.action}</code></td>
<td>${e.outcome}</td>
<td>${e.resourceType ? `${e.resourceType}:${e.resourceId ?? ''}` : ''}${e.revisionId ? ` r${e.revisionId}` : ''}</td>
</tr>`,
  );
  const body = html`<p>${t('staff.audit.head', { seq: o.head.seq, hash: o.head.hash })}</p>
<table>
<thead><tr><th scope="col">${t('staff.audit.at')}</th><th scope="col">${t('staff.audit.actor')}</th><th scope="col">${t('staff.audit.action')}</th><th scope="col">${t('staff.audit.outcome')}</th><th scope="col">${t('staff.audit.resource')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return staffLayout({ lang: o.lang, title: t('staff.audit.title'), path: '/staff/audit', body, user: o.user });
}
