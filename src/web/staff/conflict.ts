/**
 * The conflict view: a save was refused because someone saved the record since the
 * form was opened. Field by field it shows the base, their value and mine; each field
 * both changed differently gets a choice (keep theirs, take mine, edit), fields only
 * one side changed are listed as kept. The form posts back to the caller's action with
 * my document, both revisions and the choices; {@link readConflictForm} reads them for
 * `saveResolution` (`src/app/conflicts.ts`). No script needed.
 *
 * @example
 * const body = conflictView({ lang, csrf: user.csrf, action: `/staff/facilities/f-1/edit?lang=${lang}`, conflict });
 * const input = readConflictForm(await c.req.parseBody()); // null when the post is not a resolution
 */
import { z } from 'zod';
import { conflictFields, editText, type Choice, type ConflictField } from '../../domain/conflict.js';
import type { Lang } from '../../domain/record.js';
import { RollcallError } from '../../domain/errors.js';
import type { Conflict } from '../../app/conflicts.js';
import { createTranslator, type Translate } from '../../i18n/translator.js';
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';

export interface ConflictViewOptions {
  lang: Lang;
  csrf: string;
  /** Where the resolution posts (the form's own save route). */
  action: string;
  conflict: Conflict;
  /** Field paths with a problem from the last attempt (`choice-missing`, `invalid-json`). */
  problems?: ReadonlyArray<{ code: string; field: string }>;
  /** Problems of the merged record that no conflicting field shows (the schema's, say). */
  messages?: readonly string[];
  /** A readable name for a field path (default: the path). */
  label?: (path: string) => string;
  /** More hidden fields the caller's route needs. */
  hidden?: Readonly<Record<string, string>>;
}

export function conflictView(o: ConflictViewOptions): SafeHtml {
  const t = createTranslator(o.lang);
  const label = o.label ?? ((p: string) => p);
  const fields = conflictFields(o.conflict.base, o.conflict.theirs, o.conflict.mine);
  const conflicts = fields.filter((f) => f.status === 'conflict');
  const kept = fields.filter((f) => f.status === 'theirs' || f.status === 'mine');
  const problem = (path: string) => o.problems?.find((p) => p.field === path)?.code;
  const hidden = Object.entries({
    csrf: o.csrf,
    'conflict-base': String(o.conflict.baseRevisionId),
    'conflict-theirs': String(o.conflict.theirsRevisionId),
    'conflict-mine': JSON.stringify(o.conflict.mine),
    ...o.hidden,
  }).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  return html`<section class="conflict" aria-labelledby="conflict-title">
<h2 id="conflict-title">${t('conflict.title')}</h2>
<p role="alert">${t('conflict.intro', { actor: o.conflict.theirsActor, at: o.conflict.theirsAt.slice(0, 16).replace('T', ' ') })}</p>
${o.messages && o.messages.length > 0 ? html`<ul class="error" role="alert">${o.messages.map((m) => html`<li>${m}</li>`)}</ul>` : ''}
<form method="post" action="${o.action}" class="stack">
${hidden}
${conflicts.length === 0 ? html`<p>${t('conflict.none')}</p>` : conflicts.map((f, i) => choiceFieldset(t, f, i, label(f.path), problem(f.path)))}
${kept.length > 0 ? keptTable(t, kept, label) : ''}
<p><button type="submit">${t('conflict.save')}</button></p>
</form>
</section>`;
}

function choiceFieldset(t: Translate, f: ConflictField, i: number, name: string, problem?: string): SafeHtml {
  const id = `conflict-${i}`;
  const radio = (value: string, text: string, checked: boolean) =>
    html`<label><input type="radio" name="choice-${i}" value="${value}"${checked ? ' checked' : ''}${problem ? html` aria-describedby="${id}-error"` : ''}> ${text}</label>`;
  const error =
    problem === undefined
      ? ''
      : html`<p class="error field-error" id="${id}-error">${t(problem === 'invalid-json' ? 'conflict.invalidJson' : 'conflict.choose')}</p>`;
  return html`<fieldset class="conflict-field" id="${id}">
<legend>${name}</legend>
<input type="hidden" name="path-${i}" value="${f.path}">
<dl class="conflict-values">
<dt>${t('conflict.base')}</dt><dd>${shown(t, f.base)}</dd>
<dt>${t('conflict.theirs')}</dt><dd>${shown(t, f.theirs)}</dd>
<dt>${t('conflict.mine')}</dt><dd>${shown(t, f.mine)}</dd>
</dl>
${error}
<p class="conflict-choices">${radio('theirs', t('conflict.takeTheirs'), false)} ${radio('mine', t('conflict.takeMine'), false)} ${radio('edit', t('conflict.takeEdit'), problem === 'invalid-json')}</p>
<p><label for="${id}-edit">${t('conflict.editLabel', { field: name })}</label><br>
<textarea id="${id}-edit" name="edit-${i}" rows="${rows(f.mine)}" cols="60">${editText(f.mine)}</textarea></p>
</fieldset>`;
}

function keptTable(t: Translate, kept: ConflictField[], label: (p: string) => string): SafeHtml {
  const rowsHtml = kept.map(
    (f) =>
      html`<tr><th scope="row">${label(f.path)}</th><td>${shown(t, f.base)}</td><td>${shown(t, f.status === 'mine' ? f.mine : f.theirs)}</td><td>${t(f.status === 'mine' ? 'conflict.keptMine' : 'conflict.keptTheirs')}</td></tr>`,
  );
  return html`<h3>${t('conflict.kept')}</h3>
<table class="conflict-kept"><thead><tr><th scope="col">${t('conflict.field')}</th><th scope="col">${t('conflict.base')}</th><th scope="col">${t('conflict.result')}</th><th scope="col">${t('conflict.who')}</th></tr></thead>
<tbody>${rowsHtml}</tbody></table>`;
}

function shown(t: Translate, value: unknown): HtmlValue {
  if (value === undefined) return html`<span class="muted">${t('conflict.absent')}</span>`;
  if (typeof value === 'string') return html`<span class="conflict-text">${value}</span>`;
  return html`<pre class="conflict-json">${JSON.stringify(value, null, 1)}</pre>`;
}

function rows(value: unknown): number {
  return Math.min(12, Math.max(2, editText(value).split('\n').length));
}

const ConflictForm = z.object({
  'conflict-base': z.string().regex(/^\d{1,15}$/),
  'conflict-theirs': z.string().regex(/^\d{1,15}$/),
  'conflict-mine': z.string().max(2_000_000),
});

export interface ConflictInput {
  baseRevisionId: number;
  theirsRevisionId: number;
  mine: unknown;
  choices: Record<string, Choice>;
}

/**
 * The resolution a conflict form posted, or null when the post is an ordinary save.
 * Throws `invalid-input` for a damaged form (revisions not numbers, mine not JSON).
 */
export function readConflictForm(body: Readonly<Record<string, unknown>>): ConflictInput | null {
  if (body['conflict-theirs'] === undefined) return null;
  const form = ConflictForm.safeParse(body);
  if (!form.success) throw new RollcallError('invalid-input', 'The conflict form was damaged; open the record again.');
  let mine: unknown;
  try {
    mine = JSON.parse(form.data['conflict-mine']) as unknown;
  } catch {
    throw new RollcallError('invalid-input', 'The conflict form was damaged; open the record again.');
  }
  const choices: Record<string, Choice> = {};
  for (let i = 0; typeof body[`path-${i}`] === 'string' && i < 1000; i++) {
    const path = body[`path-${i}`] as string;
    const take = body[`choice-${i}`];
    const text = typeof body[`edit-${i}`] === 'string' ? (body[`edit-${i}`] as string) : '';
    if (take === 'theirs' || take === 'mine') choices[path] = { take };
    else if (take === 'edit') choices[path] = { take: 'edit', text: text.replace(/\r\n/g, '\n') };
  }
  return {
    baseRevisionId: Number(form.data['conflict-base']),
    theirsRevisionId: Number(form.data['conflict-theirs']),
    mine,
    choices,
  };
}
