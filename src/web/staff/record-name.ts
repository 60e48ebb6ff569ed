/**
 * What staff pages call a record: a person by their name in the page's script
 * (internal name forms included: staff see them), a facility by its name, a source
 * by its title; the id when the record has none (deleted, unreadable).
 *
 * @example
 * recordName('person', 'p-luch', doc, 'be') // <span>Лучыновіч Аляксандр</span>
 */
import { html, type SafeHtml } from '../kit/html.js';
import type { Lang } from '../../domain/record.js';
import { localized, personName, personNameText } from '../pages/common.js';

export type RecordType = 'person' | 'facility' | 'source';

export function recordName(type: RecordType | string, id: string, doc: unknown, lang: Lang): SafeHtml {
  const d = (doc ?? {}) as Record<string, unknown>;
  if (type === 'person' && Array.isArray(d.names) && d.names.length > 0) {
    return personName({ id, names: d.names as never }, lang, 'list');
  }
  if (type === 'facility' && typeof d.name === 'object' && d.name !== null) {
    return html`${localized(d.name as never, lang) ?? id}`;
  }
  if (type === 'source' && typeof d.title === 'string') return html`${d.title}`;
  return html`${id}`;
}

/** {@link recordName} as plain text (titles). */
export function recordNameText(type: RecordType | string, id: string, doc: unknown, lang: Lang): string {
  const d = (doc ?? {}) as Record<string, unknown>;
  if (type === 'person' && Array.isArray(d.names) && d.names.length > 0) {
    return personNameText({ id, names: d.names as never }, lang, 'list');
  }
  if (type === 'facility' && typeof d.name === 'object' && d.name !== null)
    return localized(d.name as never, lang) ?? id;
  if (type === 'source' && typeof d.title === 'string') return d.title;
  return id;
}

/**
 * Where staff read a record: a person's staff page, a facility's or source's history
 * (they have no page of their own; their forms are for those who may write). Add `?lang=`.
 */
export function recordPage(type: RecordType | string, id: string): string {
  return type === 'person' ? recordPath(type, id) : `${recordPath(type, id)}/history`;
}

/** The staff path of a record (`/staff/persons/p-1`); add `/history`, `?lang=`. */
export function recordPath(type: RecordType | string, id: string): string {
  const plural = type === 'person' ? 'persons' : type === 'facility' ? 'facilities' : 'sources';
  return `/staff/${plural}/${encodeURIComponent(id)}`;
}

/** A staff page's date and time, in UTC. */
export function staffWhen(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}
