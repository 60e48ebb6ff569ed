/**
 * The staff person form over HTTP: `/staff/persons/new` and `/staff/persons/:id/edit`
 * (GET shows the form; `?proposal=N` loads a pending proposal into it), both posting
 * back to themselves. The posted `action` says what to do: add a row or a suggested
 * spelling (re-render, nothing lost), `preview`, `save`, `confirm` (a save that changes
 * what the public sees asks for it first), `resolve` (choices made in the conflict
 * view). A save is based on the revision the form was opened at: an editor's goes
 * through, a researcher's becomes a proposal, a stale one opens the conflict view.
 *
 * @example
 * app.route('/', staffPersonFormRoutes(ctx));
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { type AppContext } from '../../app/context.js';
import { newId } from '../../app/persons.js';
import { currentRecord, writeRecord } from '../../app/record-writes.js';
import { approveProposal, getProposal } from '../../app/proposals.js';
import { draftFindings, formCatalog, personAtRevision, previewPersonChange } from '../../app/person-form.js';
import { decide } from '../../domain/policy.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import { Person } from '../../domain/record.js';
import type { FieldChange } from '../../domain/field-diff.js';
import { takeMine } from '../../domain/field-merge.js';
import { createTranslator } from '../../i18n/translator.js';
import { html } from '../../web/kit/html.js';
import { staffLayout } from '../../web/staff/layout.js';
import { personFormPage, proposedPage, type PersonFormView } from '../../web/staff/person-form.js';
import { conflictPage } from '../../web/staff/person-form-conflict.js';
import { addRow, rawFromBody, unknownField, type Raw } from '../../web/staff/person-form-model.js';
import { emptyRaw, rawFromPerson, rawName, suggestedForms } from '../../app/person-form-raw.js';
import { buildPerson } from '../../web/staff/person-form-build.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';

let script: string | undefined;
const formScript = () => (script ??= readFileSync(new URL('../../web/assets/person-form.js', import.meta.url), 'utf8'));

type C = Context<StaffEnv>;
type Status = 200 | 400 | 403 | 404 | 409 | 422 | 503;
const NO_STORE = { 'cache-control': 'no-store' };
const revisionOf = (s: unknown): number | null => (typeof s === 'string' && /^\d{1,15}$/.test(s) ? Number(s) : null);
const one = (x: unknown): string =>
  typeof x === 'string' ? x : Array.isArray(x) && typeof x[0] === 'string' ? x[0] : '';

export function staffPersonFormRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  const show = async (c: C, v: Omit<PersonFormView, 'lang' | 'user' | 'catalog'>, status: Status = 200) =>
    c.html(
      personFormPage({ ...v, lang: staffLang(c), user: staffUser(c), catalog: await formCatalog(ctx) }),
      status,
      NO_STORE,
    );
  const message = (c: C, text: string, status: Status) => {
    const lang = staffLang(c);
    const body = html`<p class="error" role="alert"><span lang="en">${text}</span></p>`;
    const title = createTranslator(lang)('staff.pf.title.new');
    return c.html(staffLayout({ lang, title, path: c.req.path, body, user: staffUser(c) }), status, NO_STORE);
  };

  app.get('/staff/assets/person-form.js', (c) =>
    c.body(formScript(), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
  );

  app.get('/staff/persons/new', (c) => {
    const raw = addRow(emptyRaw(), 'events', { visibility: 'public', id: newId('e') });
    return show(c, { id: null, raw, errors: new Map(), findings: [], baseRevisionId: null });
  });

  app.get('/staff/persons/:id/edit', async (c) => {
    const id = c.req.param('id');
    const t = createTranslator(staffLang(c));
    try {
      const proposalId = revisionOf(c.req.query('proposal'));
      if (proposalId !== null) {
        const p = await getProposal(ctx, proposalId);
        if (p.entityType !== 'person' || p.entityId !== id || p.doc === null) {
          throw new RollcallError('not-found', `Proposal ${proposalId} is not an edit of person ${id}.`);
        }
        if (p.state === 'pending') {
          const person = p.doc as Person;
          const findings = await draftFindings(ctx, person);
          const proposal = { id: p.id, author: p.actor };
          return show(c, {
            id,
            raw: rawFromPerson(person),
            errors: new Map(),
            findings,
            baseRevisionId: p.baseRevisionId,
            proposal,
          });
        }
        const state = await currentRecord(ctx, 'person', id);
        const notice = t('staff.pf.proposal.done', { id: p.id, state: p.state });
        return show(c, { ...(await stored(state.record as Person, state.revisionId)), notice });
      }
      const state = await currentRecord(ctx, 'person', id);
      const saved = revisionOf(c.req.query('saved'));
      const notice = saved === null ? undefined : t('staff.pf.saved', { revision: saved });
      return show(c, { ...(await stored(state.record as Person, state.revisionId)), notice });
    } catch (error) {
      if (error instanceof RollcallError) return message(c, error.message, statusOf(error));
      throw error;
    }
  });

  const stored = async (person: Person, revisionId: number) => ({
    id: person.id,
    raw: rawFromPerson(person),
    errors: new Map<string, string>(),
    findings: await draftFindings(ctx, person),
    baseRevisionId: revisionId,
  });

  const post = async (c: C, id: string | null) => {
    const body = await c.req.parseBody({ all: true });
    const t = createTranslator(staffLang(c));
    const unknown = unknownField(body);
    if (unknown) return message(c, t('staff.pf.error.unknownField', { field: unknown.slice(0, 80) }), 400);
    const action = one(body.action);
    const raw = rawFromBody(body);
    const baseRevisionId = revisionOf(one(body.baseRevisionId));
    const proposalId = revisionOf(one(body.proposal));
    const proposal =
      proposalId === null ? undefined : { id: proposalId, author: (await getProposal(ctx, proposalId)).actor };
    const form = { id, raw, errors: new Map<string, string>(), findings: [], baseRevisionId, proposal };

    const rowAdded = addedRows(raw, action);
    if (rowAdded) return show(c, { ...form, raw: rowAdded });
    if (action === 'resolve' && id) return resolve(c, id, body, form);

    const personId = id ?? newId('p');
    const base = id && baseRevisionId !== null ? await personAtRevision(ctx, id, baseRevisionId) : undefined;
    const built = buildPerson(raw, personId, base, newId);
    if (!built.person) return show(c, { ...form, errors: built.errors }, 400);
    const person = built.person;
    const findings = await draftFindings(ctx, person);
    const principal = c.get('principal');
    const reviewing = proposal !== undefined && decide(principal?.role ?? null, 'review', 'proposal') === 'allow';
    const publishes = c.get('effect') === 'allow';
    if (action === 'preview' || (action === 'save' && publishes)) {
      const before = id ? ((await ctx.store.read((r) => r.persons.get(id))) ?? null) : null;
      const preview = await previewPersonChange(ctx, before, person);
      if (action === 'preview' || preview.needsConfirm) {
        return show(c, { ...form, id, raw: rawFromPerson(person), findings, preview });
      }
    }
    if (action !== 'save' && action !== 'confirm') return show(c, { ...form, findings });
    const lang = staffLang(c);
    const actor = principal?.label ?? '';
    try {
      if (reviewing) {
        const done = await approveProposal(ctx, proposal.id, {
          reviewer: actor,
          record: person,
          baseRevisionId: baseRevisionId ?? undefined,
        });
        return c.redirect(`/staff/persons/${personId}/edit?lang=${lang}&saved=${done.revisionId}`, 303);
      }
      const result = await writeRecord(ctx, {
        type: 'person',
        id: personId,
        record: person,
        baseRevisionId,
        actor,
        effect: c.get('effect'),
      });
      if (result.status === 'proposed') {
        return c.html(
          proposedPage({ lang, user: staffUser(c), personId, proposalId: result.proposalId }),
          200,
          NO_STORE,
        );
      }
      return c.redirect(`/staff/persons/${personId}/edit?lang=${lang}&saved=${result.revisionId}`, 303);
    } catch (error) {
      if (!(error instanceof RollcallError)) throw error;
      if (error.code === 'stale-revision' && id) return conflict(c, id, error, base, person, proposal?.id);
      return show(c, { ...form, raw: rawFromPerson(person), findings, failure: error.message }, statusOf(error));
    }
  };

  const conflict = (
    c: C,
    id: string,
    error: RollcallError,
    base: Person | undefined,
    mine: Person,
    proposal?: number,
  ) => {
    const d = error.details as {
      current: { revisionId: number; actor: string; at: string; record: unknown };
      theirs?: FieldChange[];
      yours?: FieldChange[];
    };
    const page = conflictPage({
      lang: staffLang(c),
      user: staffUser(c),
      action: `/staff/persons/${id}/edit`,
      base: base ?? null,
      theirs: d.current.record,
      mine,
      changed: { theirs: d.theirs ?? [], mine: d.yours ?? [] },
      current: d.current,
      hidden: proposal === undefined ? {} : { proposal: String(proposal) },
    });
    return c.html(page, 409, NO_STORE);
  };

  const resolve = async (
    c: C,
    id: string,
    body: Record<string, unknown>,
    form: Omit<PersonFormView, 'lang' | 'user' | 'catalog'>,
  ) => {
    const t = createTranslator(staffLang(c));
    const currentRevisionId = revisionOf(one(body.currentRevisionId));
    const current = currentRevisionId === null ? undefined : await personAtRevision(ctx, id, currentRevisionId);
    let mine: unknown;
    try {
      mine = JSON.parse(one(body.mine));
    } catch {
      mine = undefined;
    }
    const parsedMine = Person.safeParse(mine);
    if (!current || !parsedMine.success)
      return message(c, 'The conflict form is out of date. Open the person again.', 400);
    const paths = Object.entries(body)
      .filter(([k, v]) => k.startsWith('pick.') && one(v) === 'mine')
      .map(([k]) => k.slice('pick.'.length));
    const merged = Person.safeParse(takeMine(current, parsedMine.data, paths));
    const person = merged.success ? merged.data : current;
    const findings = await draftFindings(ctx, person);
    return show(c, {
      ...form,
      raw: rawFromPerson(person),
      findings,
      baseRevisionId: currentRevisionId,
      notice: t('staff.pf.resolved'),
    });
  };

  app.post('/staff/persons/new', (c) => post(c, null));
  app.post('/staff/persons/:id/edit', (c) => post(c, c.req.param('id')));
  return app;
}

/** The form with a row added for an `add-…` or `accept-…` action, or null for other actions. */
function addedRows(raw: Raw, action: string): Raw | null {
  if (action === 'add-name') return addRow(raw, 'names', { system: 'be-cyrl', visibility: 'public' });
  if (action === 'add-case') return addRow(raw, 'cases', { visibility: 'public', id: newId('c'), charges: [{}] });
  if (action === 'add-event') return addRow(raw, 'events', { visibility: 'public', id: newId('e') });
  const charge = /^add-charge-(\d{1,3})$/.exec(action);
  if (charge) return addRow(raw, `cases.${charge[1]}.charges`, {});
  const accept = /^accept-(\d{1,2})-([a-z-]{2,20})$/.exec(action);
  if (accept) {
    const s = suggestedForms(raw).find((x) => x.from === Number(accept[1]) && x.form.system === accept[2]);
    return s ? addRow(raw, 'names', rawName(s.form)) : raw;
  }
  return null;
}

function statusOf(error: RollcallError): Status {
  const s = httpStatus(error.code);
  return s === 404 || s === 409 || s === 403 || s === 422 || s === 503 ? s : 400;
}
