/**
 * The facility and source forms over HTTP: `GET|POST /staff/{facilities|sources}/new`
 * and `…/:id/edit`. A save goes through `writeRecord` with the revision the form was
 * opened at: an editor's is written, a researcher's becomes a proposal awaiting
 * review. A refused save re-renders the form with each error next to its field; a
 * stale one shows the conflict view, whose post comes back to the same route.
 *
 * @example
 * app.route('/', staffRecordFormRoutes(ctx));
 */
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { conflictFor, saveOrConflict, saveResolution, type Conflict, type SaveOutcome } from '../../app/conflicts.js';
import { currentRecord, parseRecord, type RecordType } from '../../app/record-writes.js';
import { RollcallError, type Problem } from '../../domain/errors.js';
import { Facility, LANGS, Source } from '../../domain/record.js';
import { createTranslator } from '../../i18n/translator.js';
import { html } from '../../web/kit/html.js';
import { conflictView, readConflictForm } from '../../web/staff/conflict.js';
import { errorsOf, type FormValues } from '../../web/staff/field-kit.js';
import { FACILITY_FIELDS, facilityFormPage, facilityFromForm, facilityValues } from '../../web/staff/facility-form.js';
import { errorBox, staffLayout } from '../../web/staff/layout.js';
import { stateFromQuery, type FormState } from '../../web/staff/record-form.js';
import { SOURCE_FIELDS, sourceFormPage, sourceFromForm, sourceValues } from '../../web/staff/source-form.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';

interface PageInput {
  id: string | null;
  baseRevisionId: number | null;
  values: FormValues;
  errors: Record<string, string>;
  state: FormState;
}

interface FormKind {
  type: Exclude<RecordType, 'person'>;
  plural: 'facilities' | 'sources';
  prefix: 'f' | 's';
  fields: readonly string[];
  page(c: Context<StaffEnv>, o: PageInput): string;
  values(record: unknown): Record<string, string>;
  fromForm(values: FormValues, id: string): Record<string, unknown>;
}

const KINDS: readonly FormKind[] = [
  {
    type: 'facility',
    plural: 'facilities',
    prefix: 'f',
    fields: FACILITY_FIELDS,
    page: (c, o) => facilityFormPage({ lang: staffLang(c), user: staffUser(c), ...o }),
    values: (r) => facilityValues(Facility.parse(r)),
    fromForm: facilityFromForm,
  },
  {
    type: 'source',
    plural: 'sources',
    prefix: 's',
    fields: SOURCE_FIELDS,
    page: (c, o) => sourceFormPage({ lang: staffLang(c), user: staffUser(c), ...o }),
    values: (r) => sourceValues(Source.parse(r)),
    fromForm: sourceFromForm,
  },
];

/** Form fields are text; a name outside the form's own is refused (`parseStrict` for forms). */
const FormText = z.record(z.string(), z.string().max(20_000));
const CONTROL = /^(csrf|base|changeNote|conflict-(base|theirs|mine)|(path|choice|edit)-\d{1,3})$/;

export function staffRecordFormRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  for (const kind of KINDS) {
    const base = `/staff/${kind.plural}`;
    app.get(`${base}/new`, (c) => html200(c, kind.page(c, blank(c))));
    app.get(`${base}/:id/edit`, async (c) => {
      const id = c.req.param('id');
      const current = await currentRecord(ctx, kind.type, id).catch(missing);
      if (!current) return notFoundPage(c);
      const state = stateFromQuery({ saved: c.req.query('saved'), proposed: c.req.query('proposed') });
      const input = { id, baseRevisionId: current.revisionId, values: kind.values(current.record), errors: {}, state };
      return html200(c, kind.page(c, input));
    });
    app.post(`${base}/new`, (c) => save(ctx, c, kind, null));
    app.post(`${base}/:id/edit`, (c) => save(ctx, c, kind, c.req.param('id')));
  }
  return app;
}

async function save(ctx: AppContext, c: Context<StaffEnv>, kind: FormKind, editId: string | null): Promise<Response> {
  const values = readForm(await c.req.parseBody(), kind.fields);
  const meta = { actor: staffUser(c).email, effect: c.get('effect'), note: values.changeNote?.trim() || undefined };
  const resolution = editId === null ? null : readConflictForm(values);
  if (resolution && editId !== null) {
    try {
      const out = await saveResolution(ctx, { type: kind.type, id: editId, ...resolution, ...meta });
      return outcome(c, kind, editId, out);
    } catch (error) {
      if (!(error instanceof RollcallError) || error.code !== 'invalid-input') throw error;
      const conflict = await conflictFor(ctx, kind.type, editId, resolution.baseRevisionId, resolution.mine);
      return conflictPage(c, kind, editId, conflict, problemsOf(error), 400);
    }
  }
  const id = editId ?? (values.id?.trim() || `${kind.prefix}-${randomBytes(4).toString('hex')}`);
  const baseRevisionId = editId === null ? null : Number(values.base);
  const page = (errors: Record<string, string>, state: FormState, status: 400 | 409) =>
    c.html(kind.page(c, { id: editId, baseRevisionId, values, errors, state }), status);
  try {
    if (baseRevisionId !== null && !Number.isSafeInteger(baseRevisionId)) {
      throw new RollcallError('invalid-input', 'The form lost the revision it was opened at; open the record again.');
    }
    const record = parseRecord(kind.type, id, kind.fromForm(values, id));
    const out = await saveOrConflict(ctx, { type: kind.type, id, record, baseRevisionId, ...meta });
    return outcome(c, kind, id, out, editId === null);
  } catch (error) {
    if (!(error instanceof RollcallError)) throw error;
    if (error.code === 'not-found' || error.code === 'deleted') return notFoundPage(c);
    if (error.code === 'exists') return page({ id: error.message }, { kind: 'invalid', other: [] }, 409);
    if (error.code !== 'invalid-input') throw error;
    const { errors, other } = errorsOf(problemsOf(error), kind.fields);
    return page(
      errors,
      { kind: 'invalid', other: other.length || Object.keys(errors).length ? other : [error.message] },
      400,
    );
  }
}

function outcome(c: Context<StaffEnv>, kind: FormKind, id: string, out: SaveOutcome, created = false): Response {
  const lang = staffLang(c);
  if (out.status === 'conflict') return conflictPage(c, kind, id, out.conflict, [], 409);
  if (out.status === 'proposed') {
    const where = created ? `/staff/${kind.plural}/new` : `/staff/${kind.plural}/${id}/edit`;
    return c.redirect(`${where}?lang=${lang}&proposed=${out.proposalId}`, 303);
  }
  return c.redirect(`/staff/${kind.plural}/${id}/edit?lang=${lang}&saved=${out.revisionId}`, 303);
}

function conflictPage(
  c: Context<StaffEnv>,
  kind: FormKind,
  id: string,
  conflict: Conflict,
  problems: readonly Problem[],
  status: 400 | 409,
): Response {
  const lang = staffLang(c);
  const messages = problems
    .filter((p) => p.code !== 'choice-missing' && p.code !== 'invalid-json')
    .map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
  const view = conflictView({
    lang,
    csrf: staffUser(c).csrf,
    action: `/staff/${kind.plural}/${id}/edit?lang=${lang}`,
    conflict,
    problems: problems.map((p) => ({ code: p.code, field: p.field ?? '' })),
    messages,
  });
  const input = { id, baseRevisionId: conflict.theirsRevisionId, values: {}, errors: {} };
  return c.html(kind.page(c, { ...input, state: { kind: 'conflict', view } }), status);
}

/** The posted fields as text, refusing any name the form does not have. */
function readForm(body: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const parsed = FormText.safeParse(body);
  if (!parsed.success) throw new RollcallError('invalid-input', 'The form sent something that is not text.');
  const known = (name: string) =>
    CONTROL.test(name) || fields.includes(name) || LANGS.some((l) => fields.includes(name.replace(`.${l}`, '')));
  const unknown = Object.keys(parsed.data).filter((name) => !known(name));
  if (unknown.length > 0) {
    throw new RollcallError('invalid-input', `The form has unknown field(s): ${unknown.join(', ')}.`, {
      problems: unknown.map((field) => ({ code: 'unknown-field', field, message: 'unknown field' })),
    });
  }
  return parsed.data;
}

function problemsOf(error: RollcallError): Problem[] {
  const problems = (error.details as { problems?: Problem[] } | null | undefined)?.problems;
  return Array.isArray(problems) ? problems : [];
}

function blank(c: Context<StaffEnv>): PageInput {
  const state = stateFromQuery({ proposed: c.req.query('proposed') });
  return { id: null, baseRevisionId: null, values: {}, errors: {}, state };
}

function html200(c: Context<StaffEnv>, page: string): Response {
  return c.html(page);
}

function missing(error: unknown): null {
  if (error instanceof RollcallError && error.code === 'not-found') return null;
  throw error;
}

function notFoundPage(c: Context<StaffEnv>): Response {
  const lang = staffLang(c);
  const t = createTranslator(lang);
  const body = html`${errorBox(t('recordForm.notFound'))}`;
  return c.html(
    staffLayout({ lang, title: t('recordForm.notFound'), path: c.req.path, body, user: staffUser(c) }),
    404,
  );
}
