/**
 * The staff person form page (`/staff/persons/new`, `/staff/persons/:id/edit`):
 * the sections of `person-form-sections.ts` in one form that posts back to itself,
 * the fields' errors summarised at the top with links, the preview of what a save
 * changes for the public (with the confirm button when it changes anything the
 * public sees), and the "awaiting review" page a researcher's save ends on.
 * `/staff/assets/person-form.js` may add rows and check dates as they are typed;
 * nothing needs it.
 *
 * @example
 * personFormPage({ lang: 'en', user, id: null, raw: emptyRaw(), errors: new Map(), findings: [], catalog, baseRevisionId: null });
 */
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import type { Lang } from '../../domain/record.js';
import type { Finding } from '../../domain/checks.js';
import type { FormCatalog, PublicPreview } from '../../app/person-form.js';
import { staffLayout, type StaffUser } from './layout.js';
import { fieldId, errorText } from './person-form-fields.js';
import { casesSection, eventsSection, namesSection, personSection } from './person-form-sections.js';
import { rows, val, type Raw } from '../../app/person-form-raw.js';
import { formatName } from '../../domain/names/translit.js';

export const PERSON_FORM_SCRIPT = '/staff/assets/person-form.js';

export interface PersonFormView {
  lang: Lang;
  user: StaffUser;
  /** Null for a new person. */
  id: string | null;
  raw: Raw;
  errors: ReadonlyMap<string, string>;
  findings: readonly Finding[];
  catalog: FormCatalog;
  baseRevisionId: number | null;
  /** A pending proposal loaded into the form (an editor edits it before approving). */
  proposal?: { id: number; author: string } | undefined;
  preview?: PublicPreview | undefined;
  notice?: HtmlValue;
  /** A message from the registry (in English) when the save was refused for another reason. */
  failure?: string | undefined;
}

export function personFormPage(v: PersonFormView): string {
  const t = createTranslator(v.lang);
  const path = v.id ? `/staff/persons/${v.id}/edit` : '/staff/persons/new';
  const first = rows(v.raw, 'names')[0];
  const name = first ? formatName({ family: val(first, 'family'), given: val(first, 'given') }) : '';
  const title = v.id ? t('staff.pf.title.edit', { name: name || v.id }) : t('staff.pf.title.new');
  const fc = { t, lang: v.lang, raw: v.raw, errors: v.errors };
  const body = html`${v.notice ? html`<div class="notice" role="status">${v.notice}</div>` : ''}
${v.proposal ? html`<p class="notice">${t('staff.pf.proposal.editing', { id: v.proposal.id, author: v.proposal.author })}</p>` : ''}
${errorSummary(t, v.lang, v.errors)}
${v.failure ? html`<p class="error" role="alert"><span lang="en">${v.failure}</span></p>` : ''}
<form method="post" action="${path}?lang=${v.lang}" class="person-form" novalidate>
<input type="hidden" name="csrf" value="${v.user.csrf}">
<input type="hidden" name="baseRevisionId" value="${v.baseRevisionId ?? ''}">
${v.proposal ? html`<input type="hidden" name="proposal" value="${v.proposal.id}">` : ''}
${v.preview ? previewBlock(t, v.preview, !!v.proposal) : ''}
${namesSection(fc)}
${personSection(fc)}
${casesSection(fc, v.catalog, v.findings)}
${eventsSection(fc, v.catalog, v.findings)}
<p class="actions"><button type="submit" name="action" value="preview" class="secondary">${t('staff.pf.preview')}</button>
<button type="submit" name="action" value="save">${v.proposal ? t('staff.pf.approve') : t('staff.pf.save')}</button></p>
</form>`;
  return staffLayout({ lang: v.lang, title, path, body, user: v.user, script: PERSON_FORM_SCRIPT });
}

function errorSummary(t: Translate, lang: Lang, errors: ReadonlyMap<string, string>): SafeHtml | '' {
  if (errors.size === 0) return '';
  const items = [...errors].map(
    ([name, message]) => html`<li><a href="#${fieldId(name)}">${errorText(t, lang, name, message)}</a></li>`,
  );
  return html`<div class="error" role="alert" id="form-errors"><p>${t('staff.pf.errors', { count: errors.size })}</p><ul>${items}</ul></div>`;
}

const shown = (t: Translate, s: string | null) =>
  s === null
    ? t('staff.pf.preview.hidden')
    : s === 'term_ended'
      ? t('staff.pf.status.term_ended')
      : t(`status.${s}` as MessageKey);

const value = (x: unknown): string => {
  if (x === undefined || x === null) return '—';
  const s = typeof x === 'string' ? x : JSON.stringify(x);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

function previewBlock(t: Translate, p: PublicPreview, approving: boolean): SafeHtml {
  const changes = p.publicChanges.map(
    (c) =>
      html`<tr><th scope="row"><code>${c.path}</code></th><td>${value(c.before)}</td><td>${value(c.after)}</td></tr>`,
  );
  return html`<section class="preview" aria-labelledby="preview-title"><h2 id="preview-title">${t('staff.pf.preview.title')}</h2>
${p.needsConfirm ? html`<p role="alert">${t('staff.pf.preview.confirmNeeded')}</p>` : ''}
<p>${t('staff.pf.preview.status', { before: shown(t, p.status.before), after: shown(t, p.status.after) })}</p>
<p>${t('staff.pf.preview.count', { before: p.count.before, after: p.count.after })}</p>
${
  changes.length === 0
    ? html`<p>${t('staff.pf.preview.nothing')}</p>`
    : html`<div class="table-wrap"><table><thead><tr><th scope="col">${t('staff.pf.preview.field')}</th><th scope="col">${t('staff.pf.preview.before')}</th><th scope="col">${t('staff.pf.preview.after')}</th></tr></thead><tbody>${changes}</tbody></table></div>`
}
${p.needsConfirm ? html`<p><button type="submit" name="action" value="confirm">${approving ? t('staff.pf.approve') : t('staff.pf.confirm')}</button></p>` : ''}
</section>`;
}

/** The page a researcher's save ends on: the change waits for an editor. */
export function proposedPage(o: { lang: Lang; user: StaffUser; personId: string; proposalId: number }): string {
  const t = createTranslator(o.lang);
  const body = html`<p role="status">${t('staff.pf.proposed.body', { id: o.proposalId })}</p>
<p><a href="/staff/persons/${o.personId}/edit?lang=${o.lang}&amp;proposal=${o.proposalId}">${t('staff.pf.proposed.again')}</a></p>`;
  return staffLayout({
    lang: o.lang,
    title: t('staff.pf.proposed.title'),
    path: `/staff/persons/${o.personId}/edit`,
    body,
    user: o.user,
  });
}
