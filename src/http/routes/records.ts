/**
 * The write API for records (staff, signed in or with a token), under
 * `/api/v1/records/{persons|facilities|sources|courts|articles}` (an article's id is its code):
 *
 * - `GET /:id` the whole record (internal parts too) with its `ETag` (`"r57"`);
 *   `GET /:id/history` its revisions.
 * - `POST /` `{ record, note? }` creates (201); `PUT /:id` `{ record, note? }` replaces,
 *   `DELETE /:id` `{ note? }` deletes; both need `If-Match` with the ETag the change
 *   was based on (428 without, 409 `stale-revision` with the differences when stale).
 * - A researcher's write is stored as a proposal (202 with its id); the record stays.
 *
 * Bodies are validated by the import's schemas (`src/domain/record.ts`) and those of
 * `staff-contract.ts` (the staff OpenAPI document's source); unknown fields are
 * refused; size limits give 413.
 */
import { Hono, type Context } from 'hono';
import { type AppContext } from '../../app/context.js';
import { RollcallError } from '../../domain/errors.js';
import { newId } from '../../app/persons.js';
import { parseStrict } from '../../app/strict-input.js';
import { history } from '../../app/history.js';
import {
  currentRecord,
  parseIfMatch,
  parseRecord,
  revisionEtag,
  writeRecord,
  type RecordType,
  type WriteResult,
} from '../../app/record-writes.js';
import { RECORD_KINDS } from '../../app/record-kinds.js';
import type { ApiEnv } from '../route-policy.js';
import { readJson } from './body.js';
import { DeleteBody, RECORD_PATHS, WriteBody } from '../staff-contract.js';

/** The id a new record gets when the body names none (null: it must). */
const FRESH: Readonly<Record<RecordType, (() => string) | null>> = {
  person: () => newId('p'),
  facility: () => newId('f'),
  source: () => newId('s'),
  court: () => `ct-${newId('c').slice(2)}`,
  article: null,
};
/** Each record type's path (the staff document's list). */
const TYPES = RECORD_PATHS.map(({ plural, type }) => ({ plural, type, fresh: FRESH[type] }));

/** The label revisions and the audit log record for the request's principal. */
export function actorOf(c: Context<ApiEnv>): string {
  const principal = c.get('principal');
  if (!principal) throw new RollcallError('sign-in-required', 'Sign in (or send an API token) to do this.');
  return principal.label;
}

/** The revision `If-Match` names; 428 when missing or not one of our ETags. */
export function requireIfMatch(c: Context): number {
  const header = c.req.header('if-match');
  const revisionId = parseIfMatch(header);
  if (revisionId === undefined) {
    throw new RollcallError(
      'precondition-required',
      header
        ? `If-Match must be the record's ETag, like "r57"; got ${header}.`
        : 'Send If-Match with the ETag of the revision your change is based on (GET the record first).',
    );
  }
  return revisionId;
}

export function recordRoutes(ctx: AppContext): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  for (const { plural, type, fresh } of TYPES) {
    const base = `/records/${plural}`;

    api.get(`${base}/:id`, async (c) => {
      const state = await currentRecord(ctx, type, c.req.param('id'));
      c.header('ETag', revisionEtag(state.revisionId));
      c.header('Cache-Control', 'no-store');
      return c.json({ id: state.id, revisionId: state.revisionId, record: state.record });
    });

    api.get(`${base}/:id/history`, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ revisions: await history(ctx, type, c.req.param('id')) });
    });

    api.post(base, async (c) => {
      const body = parseStrict(WriteBody, await readJson(c), 'request');
      const id = newRecordId(type, body.record, fresh);
      const record = parseRecord(type, id, body.record);
      const result = await writeRecord(ctx, {
        type,
        id,
        record,
        baseRevisionId: null,
        actor: actorOf(c),
        note: body.note,
        effect: c.get('effect'),
      });
      return answer(c, id, result, 201);
    });

    api.put(`${base}/:id`, async (c) => {
      const id = c.req.param('id');
      const baseRevisionId = requireIfMatch(c);
      const body = parseStrict(WriteBody, await readJson(c), 'request');
      const record = parseRecord(type, id, body.record);
      const result = await writeRecord(ctx, {
        type,
        id,
        record,
        baseRevisionId,
        actor: actorOf(c),
        note: body.note,
        effect: c.get('effect'),
      });
      return answer(c, id, result, 200);
    });

    api.delete(`${base}/:id`, async (c) => {
      const id = c.req.param('id');
      const baseRevisionId = requireIfMatch(c);
      const body = parseStrict(DeleteBody, (await readJson(c, { optional: true })) ?? {}, 'request');
      const result = await writeRecord(ctx, {
        type,
        id,
        record: null,
        baseRevisionId,
        actor: actorOf(c),
        note: body.note,
        effect: c.get('effect'),
      });
      return answer(c, id, result, 200);
    });
  }
  return api;
}

/** The id a created record names (`code` for articles), or a fresh one. */
function newRecordId(type: RecordType, record: unknown, fresh: (() => string) | null): string {
  const key = RECORD_KINDS[type].key;
  const given = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  if (typeof given === 'string') return given;
  if (fresh) return fresh();
  throw new RollcallError('invalid-input', `A new ${type} needs its ${key} (e.g. "361-4").`, {
    problems: [{ code: 'invalid-field', field: `record.${key}`, message: 'required' }],
  });
}

function answer(c: Context, id: string, result: WriteResult, status: 200 | 201) {
  c.header('Cache-Control', 'no-store');
  if (result.status === 'proposed') {
    return c.json({ id, proposalId: result.proposalId, state: 'pending' }, 202);
  }
  c.header('ETag', revisionEtag(result.revisionId));
  // `warnings`: what staff must act on, e.g. `published-exposure` (published digests still show the person).
  return c.json({ id, revisionId: result.revisionId, record: result.record, warnings: result.warnings }, status);
}
