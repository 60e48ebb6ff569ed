/**
 * Staff pages of merging: two records side by side with a radio per differing field and
 * the lists of what the merged record keeps (`mergePage`), the result with an Undo button
 * (`mergeDonePage`) and the likely duplicates (`duplicatesPage`). Plain forms with the
 * CSRF field; no script.
 *
 * @example
 * mergePage({ lang: 'en', user, into, from, plan, merged, error: null })
 */
import { html, type SafeHtml } from '../kit/html.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import type { Lang, NameForm, Person } from '../../domain/record.js';
import type { FieldDifference, MergeField, MergePlan } from '../../domain/merge.js';
import type { PersonMerge } from '../../app/ports.js';
import { nameLang } from '../pages/common.js';
import { isPublic } from '../../disclosure/public-person.js';
import { errorBox, staffLayout, type StaffUser } from './layout.js';

export interface MergeSide {
  person: Person;
  revisionId: number;
}

export function mergePage(o: {
  lang: Lang;
  user: StaffUser;
  into: MergeSide;
  from: MergeSide;
  plan: MergePlan;
  merged: Person;
  error: string | null;
}): string {
  const t = createTranslator(o.lang);
  const [a, b] = [o.into.person.id, o.from.person.id];
  const rows = o.plan.differences.map((d) => differenceRow(t, o.lang, d, a, b));
  const table =
    rows.length === 0
      ? html`<p>${t('merge.noDifferences')}</p>`
      : html`<table class="merge-table">
<thead><tr><th scope="col">${t('merge.column.field')}</th><th scope="col">${t('merge.column.into', { id: a })}</th><th scope="col">${t('merge.column.from', { id: b })}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  const body = html`${errorBox(o.error)}
<p>${t('merge.intro')}</p>
<p><a href="/staff/merge?a=${b}&amp;b=${a}&amp;lang=${o.lang}">${t('merge.swap')}</a></p>
<div class="merge-sides">
<section aria-labelledby="side-into"><h2 id="side-into">${t('merge.column.into', { id: a })}</h2>${names(t, o.into.person.names)}</section>
<section aria-labelledby="side-from"><h2 id="side-from">${t('merge.column.from', { id: b })}</h2>${names(t, o.from.person.names)}</section>
</div>
<form method="post" action="/staff/merge?lang=${o.lang}" class="stack">
<input type="hidden" name="csrf" value="${o.user.csrf}">
<input type="hidden" name="into" value="${a}"><input type="hidden" name="intoRevision" value="${o.into.revisionId}">
<input type="hidden" name="from" value="${b}"><input type="hidden" name="fromRevision" value="${o.from.revisionId}">
${table}
${keptSection(t, o.merged, o.plan)}
<p><label for="merge-note">${t('merge.note')}</label> <input id="merge-note" name="note" maxlength="2000"></p>
<p><button type="submit">${t('merge.submit')}</button></p>
</form>`;
  return staffLayout({ lang: o.lang, title: t('merge.title'), path: '/staff/merge', body, user: o.user });
}

function differenceRow(t: Translate, lang: Lang, d: FieldDifference, a: string, b: string): SafeHtml {
  const name = `choice.${d.field}`;
  const id = (side: string) => `c-${d.field.replace('.', '-')}-${side}`;
  const cell = (side: 'into' | 'from', value: unknown, owner: string) =>
    html`<td><input type="radio" name="${name}" id="${id(side)}" value="${side}"${d.default === side ? ' checked' : ''}> <label for="${id(side)}">${valueText(t, lang, d.field, value)}<span class="visually-hidden"> — ${t('merge.keep', { id: owner })}</span></label></td>`;
  return html`<tr><th scope="row">${fieldLabel(t, d.field)}</th>${cell('into', d.into, a)}${cell('from', d.from, b)}</tr>`;
}

function fieldLabel(t: Translate, field: MergeField): string {
  const [head, sub] = field.split('.') as [string, Lang | undefined];
  return sub
    ? t(`merge.field.${head}` as MessageKey, { lang: t(`lang.${sub}`) })
    : t(`merge.field.${head}` as MessageKey);
}

function valueText(t: Translate, lang: Lang, field: MergeField, value: unknown): SafeHtml | string {
  if (value === undefined || value === null || value === '') return t('merge.none');
  if (field === 'sex') return t(`sex.${String(value)}` as MessageKey);
  if (field === 'region') return t(`region.${String(value)}` as MessageKey);
  if (field === 'visibility') return t(value === 'public' ? 'merge.value.public' : 'merge.value.internal');
  if (field === 'fictional') return t(value ? 'merge.value.yes' : 'merge.value.no');
  if (field === 'birthDate') {
    const v = value as { date: string; visibility: string };
    return isPublic(v) ? v.date : `${v.date} (${t('merge.internalMark')})`;
  }
  if (field === 'photo') return (value as { ref: string }).ref;
  const sub = field.split('.')[1] as Lang | undefined;
  const text = String(value);
  const shown = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return sub && sub !== lang ? html`<span lang="${sub}">${shown}</span>` : shown;
}

function names(t: Translate, forms: readonly NameForm[]): SafeHtml {
  return html`<ul>${forms.map(
    (n) =>
      html`<li><span lang="${nameLang(n.system)}">${[n.family, n.given, n.patronymic].filter(Boolean).join(' ')}</span>${isPublic(n) ? '' : html` <em>(${t('merge.internalMark')})</em>`}</li>`,
  )}</ul>`;
}

function keptSection(t: Translate, merged: Person, plan: MergePlan): SafeHtml {
  const mark = (x: { visibility: string }) => (isPublic(x) ? '' : html` <em>(${t('merge.internalMark')})</em>`);
  const dropped = plan.dropped.names + plan.dropped.cases + plan.dropped.events;
  return html`<section aria-labelledby="kept"><h2 id="kept">${t('merge.kept.title')}</h2>
<p>${t('merge.dropped', { count: dropped })}</p>
<h3>${t('merge.kept.names', { count: merged.names.length })}</h3>${names(t, merged.names)}
<h3>${t('merge.kept.cases', { count: merged.cases.length })}</h3>
<ul>${merged.cases.map((c) => html`<li>${t('merge.case', { id: c.id, articles: c.charges.map((x) => x.article).join(', ') || '—' })}${mark(c)}</li>`)}</ul>
<h3>${t('merge.kept.events', { count: merged.events.length })}</h3>
<ul>${merged.events.map((e) => html`<li>${e.date} ${t(`event.${e.kind}` as MessageKey)} <code>${e.id}</code>${mark(e)}</li>`)}</ul>
${merged.tags.length > 0 ? html`<p>${t('merge.kept.tags', { tags: merged.tags.join(', ') })}</p>` : ''}
</section>`;
}

export function mergeDonePage(o: { lang: Lang; user: StaffUser; merge: PersonMerge; intoPublic: boolean }): string {
  const t = createTranslator(o.lang);
  const m = o.merge;
  const at = (iso: string) => iso.slice(0, 19).replace('T', ' ');
  const status = m.undone
    ? html`<p>${t('merge.undone.text', { actor: m.undone.actor, at: at(m.undone.at) })}</p>`
    : html`<p>${t('merge.done.text', { from: m.fromId, into: m.toId, actor: m.actor, at: at(m.at) })}</p>
${o.intoPublic ? html`<p><a href="/${o.lang}/persons/${m.toId}/">${t('merge.done.view', { id: m.toId })}</a></p>` : ''}
<form method="post" action="/staff/merges/${m.id}/undo?lang=${o.lang}"><input type="hidden" name="csrf" value="${o.user.csrf}"><button type="submit">${t('merge.undo')}</button></form>`;
  const body = html`<div class="notice" role="status">${status}</div>`;
  return staffLayout({ lang: o.lang, title: t('merge.done.title'), path: `/staff/merges/${m.id}`, body, user: o.user });
}

/** The name form to show for a person in a staff list: the page language's script first. */
export function staffName(person: Person | undefined, lang: Lang): NameForm | undefined {
  if (!person) return undefined;
  const order = { be: ['be-cyrl', 'ru-cyrl'], ru: ['ru-cyrl', 'be-cyrl'], en: ['be-latn-passport', 'latn'] }[lang];
  return (
    order.map((s) => person.names.find((n) => n.system === s && n.primary)).find(Boolean) ??
    person.names.find((n) => n.primary) ??
    person.names[0]
  );
}

/** A refused page: the reason (null: the hint for an incomplete address or form). */
export function mergeErrorPage(o: { lang: Lang; user: StaffUser; message: string | null }): string {
  const t = createTranslator(o.lang);
  const body = html`${errorBox(o.message ?? t('merge.badRequest'))}
<p><a href="/staff/duplicates?lang=${o.lang}">${t('merge.duplicates.title')}</a></p>`;
  return staffLayout({ lang: o.lang, title: t('merge.title'), path: '/staff/merge', body, user: o.user });
}
