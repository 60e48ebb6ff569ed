/**
 * The source form: kind, title, publisher, link, date (partial dates as the registry
 * writes them), reliability A–E, a note and the public/internal switch.
 *
 * @example
 * sourceFormPage({ lang, user, id: null, baseRevisionId: null, values: {}, errors: {}, state: { kind: 'blank' } })
 */
import { html } from '../kit/html.js';
import { Reliability, SourceKind, type Lang, type Source } from '../../domain/record.js';
import { createTranslator, type MessageKey } from '../../i18n/translator.js';
import type { StaffUser } from './layout.js';
import {
  optionalText,
  selectField,
  textareaField,
  textField,
  visibilityField,
  visibilityValue,
  type FormErrors,
  type FormValues,
} from './field-kit.js';
import { recordFormPage, type FormState } from './record-form.js';

export const SOURCE_FIELDS = [
  'id',
  'kind',
  'title',
  'publisher',
  'url',
  'date',
  'reliability',
  'note',
  'visibility',
] as const;

export interface SourceFormOptions {
  lang: Lang;
  user: StaffUser;
  id: string | null;
  baseRevisionId: number | null;
  values: FormValues;
  errors: FormErrors;
  state: FormState;
}

export function sourceFormPage(o: SourceFormOptions): string {
  const t = createTranslator(o.lang);
  const f = { values: o.values, errors: o.errors };
  const kinds = SourceKind.options.map((k) => ({ value: k, label: t(`source.kind.${k}` as MessageKey) }));
  const grades = Reliability.options.map((r) => ({ value: r, label: t(`source.reliability.${r}` as MessageKey) }));
  const fields = html`${o.id === null ? textField({ ...f, name: 'id', label: t('recordForm.id'), hint: t('recordForm.id.hint'), maxlength: 68 }) : ''}
${selectField({ ...f, name: 'kind', label: t('source.kind'), options: kinds })}
${textField({ ...f, name: 'title', label: t('source.title'), required: true, maxlength: 500 })}
${textField({ ...f, name: 'publisher', label: t('source.publisher'), maxlength: 200 })}
${textField({ ...f, name: 'url', label: t('source.url'), hint: t('source.url.hint'), type: 'url', maxlength: 2000 })}
${textField({ ...f, name: 'date', label: t('source.date'), hint: t('source.date.hint'), maxlength: 11 })}
${selectField({ ...f, name: 'reliability', label: t('source.reliability'), options: grades })}
${textareaField({ ...f, name: 'note', label: t('source.note'), rows: 4 })}
${visibilityField(t, { ...f, name: 'visibility' })}`;
  const path = o.id === null ? '/staff/sources/new' : `/staff/sources/${o.id}/edit`;
  return recordFormPage({
    lang: o.lang,
    user: o.user,
    title: o.id === null ? t('source.new.title') : t('source.edit.title', { title: o.values.title || o.id }),
    path,
    action: `${path}?lang=${o.lang}`,
    baseRevisionId: o.baseRevisionId,
    values: o.values,
    errors: o.errors,
    fields,
    state: o.state,
  });
}

export function sourceValues(s: Source): Record<string, string> {
  return {
    kind: s.kind,
    title: s.title,
    publisher: s.publisher ?? '',
    url: s.url ?? '',
    date: s.date ?? '',
    reliability: s.reliability,
    note: s.note ?? '',
    visibility: visibilityValue(s),
  };
}

export function sourceFromForm(values: FormValues, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id,
    kind: values.kind ?? '',
    title: (values.title ?? '').trim(),
    reliability: values.reliability ?? 'C',
    visibility: values['visibility'] ?? 'public',
  };
  for (const key of ['publisher', 'url', 'date', 'note'] as const) {
    const v = optionalText(values, key);
    if (v !== undefined) out[key] = v;
  }
  return out;
}
