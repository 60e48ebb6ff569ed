/**
 * Readable differences on staff pages (review, history): "Event added: Detention,
 * 2022-05-13, facility f-okr", "Birth date: 1990 → 1990-03-04", with the old value in
 * `<del>` and the new in `<ins>`, so they are told apart without colour.
 *
 * @example
 * diffList(t, lang, readableDiff(before, after))
 */
import { html, type SafeHtml } from '../kit/html.js';
import { isPublic } from '../../disclosure/public-person.js';
import type { ReadableChange } from '../../domain/readable-diff.js';
import type { Lang } from '../../domain/record.js';
import type { MessageKey, Translate } from '../../i18n/translator.js';
import { nameLang } from '../pages/common.js';

export function diffList(t: Translate, lang: Lang, changes: readonly ReadableChange[]): SafeHtml {
  if (changes.length === 0) return html`<p>${t('desk.proposal.noChanges')}</p>`;
  return html`<ul class="diff">${changes.map((c) => html`<li>${line(t, lang, c)}</li>`)}</ul>`;
}

function line(t: Translate, lang: Lang, c: ReadableChange): SafeHtml {
  if (c.part === 'record')
    return html`<strong>${t(c.action === 'created' ? 'desk.diff.created' : 'desk.diff.deleted')}</strong>`;
  if (c.action === 'reordered') return html`${t('desk.diff.reordered', { part: c.part })}`;
  if (c.part === 'name') {
    const key = c.action === 'added' ? 'desk.diff.nameAdded' : 'desk.diff.nameRemoved';
    return html`<strong>${t(key)}</strong>: ${mark(c.action, nameSummary(t, c.value))}`;
  }
  if ((c.part === 'event' || c.part === 'case') && (c.action === 'added' || c.action === 'removed')) {
    const key = `desk.diff.${c.part}${c.action === 'added' ? 'Added' : 'Removed'}` as MessageKey;
    return html`<strong>${t(key)}</strong>: ${mark(c.action, subSummary(t, lang, c.part, c.value))}`;
  }
  const where =
    c.part === 'event' || c.part === 'case'
      ? html`<strong>${t(c.part === 'event' ? 'desk.diff.eventChanged' : 'desk.diff.caseChanged', {
          [c.part]: subSummary(t, lang, c.part, c.context ?? { id: c.id }),
        })}</strong> · `
      : '';
  return html`${where}${fieldLabel(t, c.field ?? '')}: ${values(t, lang, c.before, c.after)}`;
}

function values(t: Translate, lang: Lang, before: unknown, after: unknown): SafeHtml {
  const none = t('desk.diff.notSet');
  const b = before === undefined ? none : valueText(t, lang, before);
  const a = after === undefined ? none : valueText(t, lang, after);
  return html`<del aria-label="${t('desk.diff.before')}">${b}</del> → <ins aria-label="${t('desk.diff.after')}">${a}</ins>`;
}

function mark(action: string, text: SafeHtml | string): SafeHtml {
  return action === 'removed' ? html`<del>${text}</del>` : html`<ins>${text}</ins>`;
}

/** "Birth date", "Occupation (be)", "Punishment · term · years". */
export function fieldLabel(t: Translate, path: string): string {
  const [head = '', ...rest] = path.split('.');
  const label = t('desk.field', { field: head });
  if (rest.length === 0) return label;
  if (rest.length === 1 && /^(be|ru|en)$/.test(rest[0]!)) return `${label} (${rest[0]})`;
  return [label, ...rest.map((r) => t('desk.field', { field: r }))].join(' · ');
}

/** A value as text: scalars as they are, localized texts as "be: …; ru: …", lists joined. */
export function valueText(t: Translate, lang: Lang, value: unknown): string {
  if (value === null || value === undefined) return t('desk.diff.notSet');
  if (Array.isArray(value)) return value.map((v) => valueText(t, lang, v)).join(', ') || '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([k]) => /^(be|ru|en)$/.test(k))) return entries.map(([k, v]) => `${k}: ${String(v)}`).join('; ');
    return entries.map(([k, v]) => `${t('desk.field', { field: k })}: ${valueText(t, lang, v)}`).join('; ');
  }
  return String(value);
}

/** A name form: "Лучыновіч Аляксандр (be-cyrl)", marked when internal. */
export function nameSummary(t: Translate, value: unknown): SafeHtml {
  const n = value as { family?: string; given?: string; patronymic?: string; system?: string };
  const text = [n.family, n.given, n.patronymic].filter(Boolean).join(' ');
  const tag = n.system ? nameLang(n.system as never) : undefined;
  return html`<span${tag ? html` lang="${tag}"` : ''}>${text}</span> (${n.system ?? ''})${internalMark(t, value)}`;
}

/** An event ("Detention, 2022-05-13, f-okr") or a case ("c-1: 342-1, 2023-01-10"). */
export function subSummary(t: Translate, lang: Lang, part: 'event' | 'case', value: unknown): string {
  const v = (value ?? {}) as Record<string, unknown>;
  if (part === 'event') {
    const kind = typeof v.kind === 'string' ? t(`event.${v.kind}` as MessageKey) : String(v.id ?? '');
    return [kind, v.date, v.facilityId].filter(Boolean).join(', ') + internalText(t, value);
  }
  const charges = Array.isArray(v.charges)
    ? (v.charges as Array<{ article: string; part?: number }>).map((c) =>
        c.part ? `${c.article}-${c.part}` : c.article,
      )
    : [];
  return `${String(v.id ?? '')}${charges.length ? `: ${charges.join(', ')}` : ''}${v.verdictDate ? `, ${String(v.verdictDate)}` : ''}${internalText(t, value)}`;
}

function internalText(t: Translate, value: unknown): string {
  return isInternal(value) ? ` (${t('desk.internal')})` : '';
}

function internalMark(t: Translate, value: unknown): SafeHtml {
  return isInternal(value) ? html` <span class="internal">(${t('desk.internal')})</span>` : html``;
}

/** A sub-record (or record) the public does not see. */
export function isInternal(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && 'visibility' in value && !isPublic(value as { visibility: string })
  );
}
