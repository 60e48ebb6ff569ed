/**
 * Writes through the API: create, update and delete persons, facilities,
 * sources, courts and articles (the types of `record-kinds.ts`), each based on the revision the writer last saw (optimistic
 * concurrency). A stale base is refused with the current revision and a field-level
 * difference, never overwritten. A researcher's write becomes a proposal instead.
 * Every write stores its actor and note in the revision and an audit entry in the
 * same transaction.
 *
 * @example
 * const res = await writeRecord(ctx, { type: 'person', id, record, baseRevisionId: 41, actor: 'ed@org', effect: 'allow' });
 * // { status: 'written', revisionId: 57, record }
 */
import type { Person } from '../domain/record.js';
import { fieldDiff } from '../domain/field-diff.js';
import type { Effect } from '../domain/policy.js';
import { notFound, type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import type { ChangeMeta } from './persons.js';
import { RECORD_KINDS, type RecordType } from './record-kinds.js';
import { parseStrict } from './strict-input.js';
import { recordAudit } from './audit.js';
import { catalogWarnings, writeWarnings, type PublishedWarning } from './published.js';
import type { Repos, Revision } from './ports.js';

export type { RecordType } from './record-kinds.js';

/** The ETag of a record at a revision: `"r57"`. */
export function revisionEtag(revisionId: number): string {
  return `"r${revisionId}"`;
}

/** The revision id an `If-Match` names (`"r57"`, `W/"r57"`); undefined when it names none. */
export function parseIfMatch(header: string | undefined): number | undefined {
  const m = header ? /^\s*(?:W\/)?"r(\d{1,15})"\s*$/.exec(header) : null;
  return m ? Number(m[1]) : undefined;
}

export interface RecordState {
  type: RecordType;
  id: string;
  revisionId: number;
  record: unknown;
}

/** The current record and its revision (staff read). Throws `not-found` for unknown and deleted records. */
export async function currentRecord(ctx: AppContext, type: RecordType, id: string): Promise<RecordState> {
  const latest = await ctx.store.read((r) => r.revisions.latestFor(type, id));
  if (!latest || latest.doc === null) throw notFound(type, id);
  return { type, id, revisionId: latest.id, record: latest.doc };
}

/** Validates a record body for `type` (unknown fields refused, the id, or an article's code, taken from the URL). */
export function parseRecord(type: RecordType, id: string, input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new RollcallError('invalid-input', `The ${type} must be a JSON object.`);
  }
  const { schema, key } = RECORD_KINDS[type];
  const given = (input as Record<string, unknown>)[key];
  if (given !== undefined && given !== id) {
    throw new RollcallError(
      'invalid-input',
      `The ${type}'s ${key} "${String(given)}" is not the ${key} in the URL ("${id}").`,
      {
        problems: [{ code: 'invalid-field', field: key, message: 'differs from the one in the URL' }],
      },
    );
  }
  return parseStrict(schema, { ...input, [key]: id }, type);
}

export interface WriteCommand {
  type: RecordType;
  id: string;
  /** The validated record (see {@link parseRecord}), or null to delete. */
  record: unknown | null;
  /** The revision the writer based the change on; null creates (the record must not exist). */
  baseRevisionId: number | null;
  actor: string;
  note?: string | undefined;
  /** From the policy: `allow` writes, `propose` stores a proposal for an editor. */
  effect: Effect;
}

export type WriteResult =
  | {
      status: 'written';
      revisionId: number;
      record: unknown | null;
      /** What staff must act on after the write (published digests still showing a person made non-public). */
      warnings: PublishedWarning[];
    }
  | { status: 'proposed'; proposalId: number };

export async function writeRecord(ctx: AppContext, cmd: WriteCommand): Promise<WriteResult> {
  return ctx.store.write(async (repos) => {
    const at = ctx.now().toISOString();
    await checkBase(repos, cmd.type, cmd.id, cmd.baseRevisionId, cmd.record);
    if (cmd.record === null) await checkUnused(repos, cmd.type, cmd.id);
    if (cmd.effect === 'propose') {
      const proposalId = await repos.proposals.add({
        entityType: cmd.type,
        entityId: cmd.id,
        baseRevisionId: cmd.baseRevisionId,
        doc: cmd.record,
        actor: cmd.actor,
        note: cmd.note ?? null,
        at,
      });
      await recordAudit(repos, { ...auditOf(cmd), action: 'proposal.submit', details: { proposal: proposalId } }, at);
      return { status: 'proposed', proposalId };
    }
    const revisionId = await applyRecord(repos, cmd.type, cmd.id, cmd.record, cmd, at);
    const action =
      cmd.record === null ? 'record.delete' : cmd.baseRevisionId === null ? 'record.create' : 'record.update';
    await recordAudit(repos, { ...auditOf(cmd), action, revisionId }, at);
    const warnings = await warningsOf(repos, cmd);
    return { status: 'written', revisionId, record: cmd.record, warnings };
  });
}

async function warningsOf(repos: Repos, cmd: WriteCommand): Promise<PublishedWarning[]> {
  if (cmd.type === 'person') return writeWarnings(repos, cmd.id, cmd.record as Person | null);
  if (cmd.type === 'facility' || cmd.type === 'source') {
    return catalogWarnings(repos, cmd.record as { visibility?: string } | null);
  }
  return []; // courts and articles are public reference data
}

function auditOf(cmd: Pick<WriteCommand, 'actor' | 'type' | 'id' | 'note'>) {
  return {
    actor: cmd.actor,
    resourceType: cmd.type,
    resourceId: cmd.id,
    ...(cmd.note ? { details: { note: cmd.note.slice(0, 200) } } : {}),
  };
}

/**
 * Refuses a write whose base is not the record's latest revision: 409 `stale-revision`
 * with the current revision, what changed since the base and what the writer changed.
 */
export async function checkBase(
  repos: Repos,
  type: RecordType,
  id: string,
  baseRevisionId: number | null,
  record: unknown | null,
  opts: { revive?: boolean } = {},
): Promise<Revision | undefined> {
  const latest = await repos.revisions.latestFor(type, id);
  if (baseRevisionId === null) {
    if (latest && latest.doc !== null) {
      throw new RollcallError('exists', `A ${type} with id "${id}" already exists; update it with If-Match instead.`, {
        current: { revisionId: latest.id, etag: revisionEtag(latest.id) },
      });
    }
    return latest;
  }
  if (!latest) throw notFound(type, id);
  if (latest.id !== baseRevisionId) {
    const base = await repos.revisions.get(baseRevisionId);
    const baseDoc = base && base.entityType === type && base.entityId === id ? base.doc : undefined;
    throw new RollcallError(
      'stale-revision',
      `The ${type} ${id} changed since revision ${baseRevisionId} (now ${latest.id}, by ${latest.actor}); ` +
        `look at the differences, then send your change again with If-Match: ${revisionEtag(latest.id)}.`,
      {
        current: {
          revisionId: latest.id,
          etag: revisionEtag(latest.id),
          actor: latest.actor,
          at: latest.at,
          record: latest.doc,
        },
        ...(baseDoc === undefined ? {} : { theirs: fieldDiff(baseDoc, latest.doc), yours: fieldDiff(baseDoc, record) }),
      },
    );
  }
  if (latest.doc === null && !opts.revive) {
    throw new RollcallError('deleted', `The ${type} ${id} is deleted; restore one of its revisions first.`, {
      current: { revisionId: latest.id, etag: revisionEtag(latest.id) },
    });
  }
  return latest;
}

/** A facility, source, court or article that people point at cannot be deleted from under them. */
async function checkUnused(repos: Repos, type: RecordType, id: string): Promise<void> {
  const kind = RECORD_KINDS[type].referredAs;
  if (kind === null) return;
  const users = await repos.links.personsReferencing(kind, id, 10);
  if (users.length > 0) {
    throw new RollcallError(
      'in-use',
      `The ${type} ${id} is referred to by ${users.join(', ')}; change those records first.`,
      {
        persons: users,
      },
    );
  }
}

/** Writes the record (or its deletion) with a revision; the caller owns the transaction. */
export async function applyRecord(
  repos: Repos,
  type: RecordType,
  id: string,
  record: unknown | null,
  meta: ChangeMeta,
  at: string,
): Promise<number> {
  const kind = RECORD_KINDS[type];
  if (record !== null) return kind.save(repos, record, { actor: meta.actor, note: meta.note }, at);
  const revisionId = await repos.revisions.append({
    entityType: type,
    entityId: id,
    actor: meta.actor,
    note: meta.note ?? null,
    at,
    doc: null,
  });
  await kind.remove(repos, id);
  await repos.meta.bumpDataVersion();
  return revisionId;
}
