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
import { currentRecord, writeRecord, type WriteCommand } from '../../app/record-writes.js';
import { approveProposal, getProposal } from '../../app/proposals.js';
import { draftFindings, formCatalog, personAtRevision, previewPersonChange } from '../../app/person-form.js';
import { decide } from '../../domain/policy.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import { Person } from '../../domain/record.js';
import { applyChoices } from '../../domain/conflict.js';
import { conflictFor, type Conflict } from '../../app/conflicts.js';
import { conflictView, readConflictForm, type ConflictInput } from '../../web/staff/conflict.js';
import { createTranslator } from '../../i18n/translator.js';
import { html } from '../../web/kit/html.js';
import { staffLayout } from '../../web/staff/layout.js';
import { personFormPage, proposedPage, type PersonFormView } from '../../web/staff/person-form.js';
import { addRow, rawFromBody, unknownField, type Raw } from '../../web/staff/person-form-model.js';
import { emptyRaw, rawFromPerson, rawName, suggestedForms } from '../../app/person-form-raw.js';
import { buildPerson } from '../../web/staff/person-form-build.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';

let script: string | undefined;
const formScript = () => (script ??= readFileSync(new URL('../../web/assets/person-form.js', import.meta.url), 'utf8'));

type C = Context<StaffEnv>;
type Proposal = { id: number; author: string };
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
    const proposalId = revisionOf(one(body.proposal));
    const pending = proposalId === null ? undefined : await getProposal(ctx, proposalId).catch(() => undefined);
    if (proposalId !== null && (pending?.state !== 'pending' || pending.entityId !== (id ?? ''))) {
      return message(c, t('staff.pf.proposal.done', { id: proposalId, state: pending?.state ?? '—' }), 409);
    }
    const proposal = pending ? { id: pending.id, author: pending.actor } : undefined;
    const note = one(body.note).trim().slice(0, 2000) || undefined;
    if (id !== null && body['conflict-theirs'] !== undefined) return resolve(c, id, body, { proposal, note });

    const baseRevisionId = revisionOf(one(body.baseRevisionId));
    const form = { id, raw, errors: new Map<string, string>(), findings: [], baseRevisionId, proposal };
    const rowAdded = addedRows(raw, action);
    if (rowAdded) return show(c, { ...form, raw: rowAdded });
    const base = id && baseRevisionId !== null ? await personAtRevision(ctx, id, baseRevisionId) : undefined;
    const built = buildPerson(raw, id ?? newId('p'), base, newId);
    if (!built.person) return show(c, { ...form, errors: built.errors }, 400);
    return saveFlow(c, { id, person: built.person, baseRevisionId, action, proposal, note });
  };

  /** Preview, confirm or save a valid person (the form's, or a resolved conflict's). */
  const saveFlow = async (
    c: C,
    o: {
      id: string | null;
      person: Person;
      baseRevisionId: number | null;
      action: string;
      proposal?: Proposal;
      note?: string | undefined;
    },
  ) => {
    const { id, person, baseRevisionId, proposal, note } = o;
    const findings = await draftFindings(ctx, person);
    const form = {
      id,
      raw: rawFromPerson(person),
      errors: new Map<string, string>(),
      findings,
      baseRevisionId,
      proposal,
    };
    const principal = c.get('principal');
    const reviewing = proposal !== undefined && decide(principal?.role ?? null, 'review', 'proposal') === 'allow';
    if (o.action === 'preview' || (o.action === 'save' && c.get('effect') === 'allow')) {
      const before = id ? ((await ctx.store.read((r) => r.persons.get(id))) ?? null) : null;
      const preview = await previewPersonChange(ctx, before, person);
      if (o.action === 'preview' || preview.needsConfirm) return show(c, { ...form, preview });
    }
    if (o.action !== 'save' && o.action !== 'confirm') return show(c, form);
    const lang = staffLang(c);
    const actor = principal?.label ?? '';
    const saved = (revisionId: number | null) =>
      c.redirect(`/staff/persons/${person.id}/edit?lang=${lang}&saved=${revisionId ?? ''}`, 303);
    try {
      if (reviewing) {
        const review = { reviewer: actor, record: person, comment: note, baseRevisionId: baseRevisionId ?? undefined };
        return saved((await approveProposal(ctx, proposal.id, review)).revisionId);
      }
      const cmd = {
        type: 'person',
        id: person.id,
        record: person,
        baseRevisionId,
        actor,
        note,
        effect: c.get('effect'),
      };
      const result = await writeRecord(ctx, cmd as WriteCommand);
      if (result.status === 'written') return saved(result.revisionId);
      const page = proposedPage({ lang, user: staffUser(c), personId: person.id, proposalId: result.proposalId });
      return c.html(page, 200, NO_STORE);
    } catch (error) {
      if (!(error instanceof RollcallError)) throw error;
      if (error.code === 'stale-revision' && id && baseRevisionId !== null) {
        const conflict = await conflictFor(ctx, 'person', id, baseRevisionId, person);
        return conflictAnswer(c, conflict, { proposal, note }, 409);
      }
      return show(c, { ...form, failure: error.message }, statusOf(error));
    }
  };

  /** The generic conflict view (`web/staff/conflict.ts`) in the staff frame, carrying the proposal and the note. */
  const conflictAnswer = (
    c: C,
    conflict: Conflict,
    carry: { proposal?: Proposal | undefined; note?: string | undefined },
    status: Status,
    problems: ReadonlyArray<{ code: string; field: string }> = [],
    messages: readonly string[] = [],
  ) => {
    const lang = staffLang(c);
    const hidden: Record<string, string> = {};
    if (carry.proposal) hidden.proposal = String(carry.proposal.id);
    if (carry.note) hidden.note = carry.note;
    const action = `/staff/persons/${conflict.id}/edit?lang=${lang}`;
    const body = conflictView({ lang, csrf: staffUser(c).csrf, action, conflict, problems, messages, hidden });
    const title = createTranslator(lang)('staff.pf.conflict.title');
    const path = `/staff/persons/${conflict.id}/edit`;
    return c.html(staffLayout({ lang, title, path, body, user: staffUser(c) }), status, NO_STORE);
  };

  /**
   * A resolution posted from the conflict view: the choices applied to theirs, then saved
   * like the form (an editor confirms a public change first; a researcher proposes).
   */
  const resolve = async (
    c: C,
    id: string,
    body: Record<string, unknown>,
    carry: { proposal?: Proposal | undefined; note?: string | undefined },
  ) => {
    let input: ConflictInput | null;
    try {
      input = readConflictForm(Object.fromEntries(Object.entries(body).map(([k, v]) => [k, one(v)])));
    } catch (error) {
      if (error instanceof RollcallError) return message(c, error.message, 400);
      throw error;
    }
    const theirs = input ? await personAtRevision(ctx, id, input.theirsRevisionId) : undefined;
    if (!input || !theirs) return message(c, 'The conflict form is out of date. Open the person again.', 400);
    const conflict = await conflictFor(ctx, 'person', id, input.baseRevisionId, input.mine);
    const { doc, missing, invalid } = applyChoices(conflict.base, theirs, input.mine, input.choices);
    const problems = [
      ...missing.map((field) => ({ code: 'choice-missing', field })),
      ...invalid.map((field) => ({ code: 'invalid-json', field })),
    ];
    if (problems.length > 0) return conflictAnswer(c, conflict, carry, 400, problems);
    const parsed = Person.safeParse({ ...(doc as object), id });
    if (!parsed.success) {
      const messages = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
      return conflictAnswer(c, conflict, carry, 400, [], messages);
    }
    return saveFlow(c, { id, person: parsed.data, baseRevisionId: input.theirsRevisionId, action: 'save', ...carry });
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
