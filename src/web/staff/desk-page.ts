/**
 * The desk (the staff home): the signed-in account, then each section of what needs
 * attention with its count (ICU plurals) and its first items, each linking to where
 * it is fixed: a person's staff page or history, the review page, the merge page.
 *
 * @example
 * deskPage({ lang: 'be', user, recoveryLeft: 8, desk })
 */
import { html, type SafeHtml } from '../kit/html.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import type { DeskItem, DeskSection, DeskView } from '../../app/desk.js';
import { staffLayout, type StaffUser } from './layout.js';
import { formatDate } from '../../i18n/dates.js';
import type { Person } from '../../domain/record.js';
import { nameLang } from '../pages/common.js';
import { staffName } from './merge-page.js';
import { decide } from '../../domain/policy.js';
import type { Role } from '../../domain/access.js';

export function deskPage(o: {
  lang: Lang;
  user: StaffUser;
  recoveryLeft: number;
  desk: DeskView;
  /** The people the items name, for their names in the page's language (else the sort key). */
  people?: ReadonlyMap<string, Person>;
}): string {
  const t = createTranslator(o.lang);
  // Only those who may merge get the comparison; others get each person's page.
  const mayMerge = decide(o.user.role as Role, 'merge', 'person') === 'allow';
  const role = t(`staff.role.${o.user.role}` as 'staff.role.admin');
  const body = html`<p>${t('staff.home.signedInAs', { email: o.user.email, role })}</p>
<p>${t('staff.home.recoveryLeft', { count: o.recoveryLeft })}</p>
${o.desk.sections.length > 0 ? html`<p>${t('desk.intro')}</p>` : ''}
${o.desk.sections.map((s) => sectionHtml(t, o.lang, s, o.people ?? new Map(), mayMerge))}`;
  return staffLayout({ lang: o.lang, title: t('desk.title'), path: '/staff/', body, user: o.user });
}

type People = ReadonlyMap<string, Person>;

/** A person's name as staff lists show it (surname first, the page language's script first). */
function nameOf(people: People, lang: Lang, id: string, fallback: string): SafeHtml {
  const form = staffName(people.get(id), lang);
  if (!form) return html`${fallback}`;
  return html`<span lang="${nameLang(form.system)}">${[form.family, form.given, form.patronymic].filter(Boolean).join(' ')}</span>`;
}

function sectionHtml(t: Translate, lang: Lang, s: DeskSection, people: People, mayMerge: boolean): SafeHtml {
  const id = `desk-${s.key}`;
  const more = s.count - s.items.length;
  return html`<section class="desk-section" aria-labelledby="${id}">
<h2 id="${id}">${t(`desk.section.${s.key}` as MessageKey)}</h2>
<p>${t(`desk.count.${s.unit}` as MessageKey, { count: s.count })}</p>
${s.items.length > 0 ? html`<ul>${s.items.map((item) => html`<li>${itemHtml(t, lang, s.key, item, people, mayMerge)}</li>`)}</ul>` : ''}
${more > 0 ? html`<p>${t('desk.more', { count: more })}</p>` : ''}
</section>`;
}

function itemHtml(t: Translate, lang: Lang, key: string, item: DeskItem, people: People, mayMerge: boolean): SafeHtml {
  const q = `lang=${lang}`;
  if (item.kind === 'proposal') {
    return html`<a href="/staff/proposals/${item.id}?${q}">${t('desk.proposal.title', { id: item.id })}</a>: ${item.label}`;
  }
  if (item.kind === 'pair' && !mayMerge) {
    const person = (id: string, label: string) =>
      html`<a href="/staff/persons/${encodeURIComponent(id)}?${q}">${nameOf(people, lang, id, label)}</a>`;
    return html`${person(item.id, item.label)} — ${person(item.otherId ?? '', item.otherLabel ?? '')}`;
  }
  if (item.kind === 'pair') {
    return html`<a href="/staff/merge?a=${encodeURIComponent(item.id)}&amp;b=${encodeURIComponent(item.otherId ?? '')}&amp;${q}">${nameOf(people, lang, item.id, item.label)} — ${nameOf(people, lang, item.otherId ?? '', item.otherLabel ?? item.otherId ?? '')}</a>`;
  }
  if (item.kind === 'tip') {
    const state = t(`tips.staff.state.${item.detail ?? 'new'}` as MessageKey);
    return html`<a href="/staff/tips/${encodeURIComponent(item.id)}?${q}">${t('tips.staff.tip', { id: item.id })}</a> — ${state}, ${formatDate(item.label, lang)}`;
  }
  const href = `/staff/persons/${encodeURIComponent(item.id)}?${q}`;
  return html`<a href="${href}">${nameOf(people, lang, item.id, item.label)}</a>${detail(t, lang, key, item.detail)}`;
}

function detail(t: Translate, lang: Lang, key: string, value: string | undefined): SafeHtml | string {
  if (value === undefined || value === '') return '';
  const date = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, lang) : iso);
  if (key === 'expected') return html` — ${t('desk.expectedOn', { date: date(value) })}`;
  if (key === 'termEnded') return html` — ${t('desk.endedOn', { date: date(value) })}`;
  if (key === 'noSource') return html` — ${t('desk.lastSource', { date: value === 'none' ? 'none' : date(value) })}`;
  if (key === 'warnings') return html` — <code>${value}</code>`;
  return '';
}
