/**
 * The edit-conflict view: the save was refused because someone saved a newer
 * revision after the form was opened. Field by field it shows the version the form
 * was based on, theirs (the record now) and yours, with a choice per field; the
 * choices post back (`action=resolve`) and the form opens with the result, so the
 * person can still edit before saving. Nothing is written by this view.
 * Written for the person form; a generic conflict view (`conflict.ts`) may replace it.
 *
 * @example
 * conflictPage({ lang, user, action: '/staff/persons/p-1/edit', base, theirs, mine, changed, current });
 */
import { html, type SafeHtml } from '../kit/html.js';
import { createTranslator, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import type { FieldChange } from '../../domain/field-diff.js';
import { valueAt } from '../../domain/field-merge.js';
import { staffLayout, type StaffUser } from './layout.js';

export interface ConflictView {
  lang: Lang;
  user: StaffUser;
  /** Where the choices post (the form's own path, without `?lang`). */
  action: string;
  base: unknown;
  theirs: unknown;
  mine: unknown;
  /** What they changed since the base, and what you changed. */
  changed: { theirs: readonly FieldChange[]; mine: readonly FieldChange[] };
  current: { revisionId: number; actor: string; at: string };
  /** More hidden fields to carry (e.g. the proposal being approved). */
  hidden?: Record<string, string>;
}

const shown = (t: Translate, x: unknown): SafeHtml => {
  if (x === undefined || x === null) return html`<span class="muted">${t('staff.pf.conflict.empty')}</span>`;
  const s = typeof x === 'string' ? x : JSON.stringify(x, null, 1);
  return html`<code class="value">${s.length > 600 ? `${s.slice(0, 600)}…` : s}</code>`;
};

/** The paths either side changed, theirs first, each once. */
export function conflictPaths(changed: ConflictView['changed']): string[] {
  return [...new Set([...changed.theirs.map((c) => c.path), ...changed.mine.map((c) => c.path)])];
}

export function conflictPage(v: ConflictView): string {
  const t = createTranslator(v.lang);
  const mineChanged = new Set(v.changed.mine.map((c) => c.path));
  const rowsHtml = conflictPaths(v.changed).map((path, i) => {
    const name = `pick.${path}`;
    const takeMine = mineChanged.has(path);
    const radio = (which: 'theirs' | 'mine', checked: boolean, label: string) =>
      html`<input type="radio" id="pick-${i}-${which}" name="${name}" value="${which}"${checked ? ' checked' : ''}> <label for="pick-${i}-${which}">${label}</label>`;
    return html`<tr><th scope="row"><code>${path}</code></th><td>${shown(t, valueAt(v.base, path))}</td><td>${shown(t, valueAt(v.theirs, path))}</td><td>${shown(t, valueAt(v.mine, path))}</td>
<td><fieldset class="pick"><legend class="visually-hidden">${t('staff.pf.conflict.keep')} <code>${path}</code></legend>${radio('theirs', !takeMine, t('staff.pf.conflict.takeTheirs'))}<br>${radio('mine', takeMine, t('staff.pf.conflict.takeMine'))}</fieldset></td></tr>`;
  });
  const hidden = Object.entries(v.hidden ?? {}).map(
    ([k, val]) => html`<input type="hidden" name="${k}" value="${val}">`,
  );
  const body = html`<p role="alert">${t('staff.pf.conflict.intro', { actor: v.current.actor, at: v.current.at.slice(0, 16).replace('T', ' ') })}</p>
<form method="post" action="${v.action}?lang=${v.lang}">
<input type="hidden" name="csrf" value="${v.user.csrf}">
<input type="hidden" name="action" value="resolve">
<input type="hidden" name="currentRevisionId" value="${v.current.revisionId}">
<input type="hidden" name="mine" value="${JSON.stringify(v.mine)}">
${hidden}
<div class="table-wrap"><table class="conflict"><thead><tr><th scope="col">${t('staff.pf.conflict.field')}</th><th scope="col">${t('staff.pf.conflict.base')}</th><th scope="col">${t('staff.pf.conflict.theirs')}</th><th scope="col">${t('staff.pf.conflict.mine')}</th><th scope="col">${t('staff.pf.conflict.keep')}</th></tr></thead>
<tbody>${rowsHtml}</tbody></table></div>
<p><button type="submit">${t('staff.pf.conflict.apply')}</button></p>
</form>`;
  return staffLayout({ lang: v.lang, title: t('staff.pf.conflict.title'), path: v.action, body, user: v.user });
}
