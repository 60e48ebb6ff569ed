/**
 * The staff API's contract: the zod schemas the `/api/v1` write routes validate their
 * queries and bodies with (the routes import them from here), and the schemas of what
 * they answer. `staff-operations.ts` lists the routes with these schemas, and
 * `staff-openapi.ts` generates the staff OpenAPI document from them, so the document
 * and the validation cannot drift.
 *
 * @example
 * const body = parseStrict(WriteBody, await readJson(c), 'request'); // in routes/records.ts
 * recordWriteBody('person', 'create'); // the documented body: { record: Person (id optional), note? }
 */
import { z } from 'zod';
import { RECORD_KINDS, type RecordType } from '../app/record-kinds.js';
import { DigestRevise } from '../app/digests.js';
import { Digest, DigestChange, DigestKind, DigestStatus, Month } from '../domain/digest/index.js';
import { MergeChoicesInput } from '../domain/merge.js';
import { Id, Lang } from '../domain/record.js';

/** A note for the revision and the audit log (history only, never public). */
export const Note = z.string().trim().min(1).max(2000).optional();
/** A revision, proposal or merge number in a path (`/revisions/57/restore`). */
export const PositiveId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const Revision = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Limit = (fallback: number) => z.coerce.number().int().min(1).max(500).default(fallback);

// ---------------------------------------------------------------- records

/** The record types of `/api/v1/records/{plural}`, with the name their schemas have in the document. */
export const RECORD_PATHS: ReadonlyArray<{ plural: string; type: RecordType; name: string }> = [
  { plural: 'persons', type: 'person', name: 'Person' },
  { plural: 'facilities', type: 'facility', name: 'Facility' },
  { plural: 'sources', type: 'source', name: 'Source' },
  { plural: 'courts', type: 'court', name: 'Court' },
  { plural: 'articles', type: 'article', name: 'Article' },
];

/** `POST`/`PUT /records/…` as validated first; `record` is then checked by its type's schema ({@link recordWriteBody}). */
export const WriteBody = z.object({ record: z.unknown(), note: Note });
/** `DELETE /records/…/:id` (optional). */
export const DeleteBody = z.object({ note: Note });

/** A record type's schema as a request carries it: the id (an article's code) may be left out, the URL gives it. */
export function recordInput(type: RecordType, change: 'create' | 'replace'): z.ZodType {
  const { schema, key } = RECORD_KINDS[type];
  const object = schema as z.ZodObject;
  // An article is created under the code its body names; other new records get a fresh id when it has none.
  if (change === 'create' && type === 'article') return object;
  return object.extend({ [key]: (object.shape[key] as z.ZodType).optional() });
}

/** The body `POST`/`PUT` document: {@link WriteBody} with the record's own schema. */
export function recordWriteBody(type: RecordType, change: 'create' | 'replace'): z.ZodType {
  return WriteBody.extend({ record: recordInput(type, change) });
}

/** A warning a write answers when published digests still show what it made non-public. */
export const PublishedWarning = z.object({
  code: z.literal('published-exposure'),
  personId: z.string(),
  digests: z.array(z.string()),
  fix: z.string(),
  message: z.string(),
});
const Warnings = z.array(PublishedWarning);

/** `GET /records/…/:id` (with the `ETag` of the revision). */
export const recordState = (type: RecordType) =>
  z.object({ id: z.string(), revisionId: z.number().int(), record: RECORD_KINDS[type].schema });
/** A write done at once (with the `ETag` of the new revision); `record` is null after a delete. */
export const recordWritten = (type: RecordType, deleted = false) =>
  z.object({
    id: z.string(),
    revisionId: z.number().int(),
    record: deleted ? z.null() : RECORD_KINDS[type].schema,
    warnings: Warnings,
  });
/** 202: a researcher's write, kept as a proposal for an editor. */
export const ProposalAccepted = z.object({ id: z.string(), proposalId: z.number().int(), state: z.literal('pending') });

const EntityType = z.enum(['person', 'facility', 'source', 'digest', 'court', 'article']);
/** One revision of a record's history. `doc` is the snapshot (null: deleted). */
export const HistoryEntry = z.object({
  revisionId: z.number().int(),
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  note: z.string().nullable(),
  changed: z.array(z.string()),
  doc: z.unknown().nullable(),
});
export const RecordHistory = z.object({ revisions: z.array(HistoryEntry) });

// ---------------------------------------------------------------- revisions, proposals, audit

/** `POST /revisions/:id/restore` and `POST /proposals/:id/reject` (optional). */
export const RestoreBody = z.object({ note: Note });
export const Comment = z.string().trim().min(1).max(2000).optional();
export const RejectBody = z.object({ comment: Comment });
/** `POST /proposals/:id/approve`: an editor may send an edited version of the proposed record. */
export const ApproveBody = z.object({ comment: Comment, record: z.unknown().optional() });
export const ProposalListQuery = z.object({
  state: z.enum(['pending', 'approved', 'rejected']).optional(),
  type: z.enum(['person', 'facility', 'source', 'court', 'article']).optional(),
  id: z.string().max(80).optional(),
  mine: z.enum(['1']).optional(),
  limit: Limit(100),
});
export const AuditQuery = z.object({ limit: Limit(100), before: PositiveId.optional() });

export const Restored = z.object({
  id: z.string(),
  revisionId: z.number().int(),
  record: z.unknown().nullable(),
  warnings: Warnings,
});
export const Proposal = z.object({
  id: z.number().int(),
  entityType: EntityType,
  entityId: z.string(),
  baseRevisionId: z.number().int().nullable(),
  state: z.enum(['pending', 'approved', 'rejected']),
  doc: z.unknown().nullable(),
  actor: z.string(),
  note: z.string().nullable(),
  at: z.string(),
  reviewer: z.string().nullable(),
  reviewComment: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  revisionId: z.number().int().nullable(),
});
export const ProposalList = z.object({ proposals: z.array(Proposal) });
export const ProposalApproved = Proposal.extend({ warnings: Warnings });
const AuditDetail = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export const AuditLog = z.object({
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  entries: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      resourceType: z.string().nullable(),
      resourceId: z.string().nullable(),
      revisionId: z.number().int().nullable(),
      outcome: z.enum(['ok', 'refused']),
      details: z.record(z.string(), AuditDetail),
      prevHash: z.string(),
      hash: z.string(),
    }),
  ),
});

export * from './staff-contract-accounts.js';

// ---------------------------------------------------------------- merges

export const MergeBody = z.object({
  from: Id,
  intoRevisionId: Revision,
  fromRevisionId: Revision,
  choices: MergeChoicesInput.optional(),
  note: Note,
});
export const MergeUndoBody = z.object({ note: Note });
export const MergeListQuery = z.object({ limit: Limit(50), before: z.coerce.number().int().positive().optional() });
export const MergeId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const Merged = z.object({
  id: z.string(),
  mergeId: z.number().int(),
  revisionId: z.number().int(),
  record: RECORD_KINDS.person.schema,
  from: z.object({ id: z.string(), revisionId: z.number().int() }),
  warnings: Warnings,
});
/** The stored merges (loosely typed: see `PersonMerge` in `app/ports.ts`). */
export const MergeList = z.object({ merges: z.array(z.looseObject({ id: z.number().int() })) });
export const MergeUndone = z.object({
  mergeId: z.number().int(),
  intoRevisionId: z.number().int(),
  fromRevisionId: z.number().int(),
  warnings: Warnings,
});

// ---------------------------------------------------------------- digests

export const DigestListQuery = z.object({
  status: DigestStatus.optional(),
  kind: DigestKind.optional(),
  month: Month.optional(),
  lang: Lang.optional(),
});
export const DigestCreateBody = z.object({ kind: DigestKind, month: Month, lang: Lang, note: Note });
export const DigestPatchBody = DigestRevise.extend({ note: Note });
/** `POST …/regenerate` and `POST …/unpublish` (optional). */
export const DigestNoteBody = z.object({ note: Note });
/** The warning codes acknowledged (every open warning's code must be listed). */
export const DigestPublishBody = z.object({ acknowledge: z.array(z.string().min(1).max(100)).max(200), note: Note });
/** Why (history and audit log, never the public page). */
export const DigestRepublishBody = z.object({ note: z.string().trim().min(1).max(2000) });
export const DigestStateResponse = z.object({ id: z.string(), revisionId: z.number().int(), digest: Digest });
export const DigestPreviewResponse = z.object({
  id: z.string(),
  revisionId: z.number().int(),
  changes: z.array(DigestChange),
  digest: Digest,
});
/** Summaries of the stored digests (loosely typed: see `DigestRepository.list`). */
export const DigestList = z.object({ digests: z.array(z.looseObject({ id: z.string() })) });
export const DigestHistory = z.object({
  revisions: z.array(
    z.object({
      id: z.number().int(),
      entityType: EntityType,
      entityId: z.string(),
      seq: z.number().int(),
      at: z.string(),
      actor: z.string(),
      note: z.string().nullable(),
      doc: z.unknown().nullable(),
    }),
  ),
});

// ---------------------------------------------------------------- import, export

export const ImportQuery = z.strictObject({
  format: z.enum(['json', 'csv']).optional(),
  dryRun: z.enum(['1', 'true', '0', 'false']).optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export const ExportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });
/** The import report (counts, problems, duplicates; loosely typed in part: see `ImportReport`). */
export const ImportReport = z.looseObject({
  ok: z.boolean(),
  dryRun: z.boolean(),
  format: z.enum(['json', 'csv']),
  problems: z.array(z.looseObject({})),
  notes: z.array(z.string()),
  durationMs: z.number(),
});

// ---------------------------------------------------------------- errors

/** The one error body (`error-response.ts`); codes are stable (`src/domain/errors.ts`). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).nullable(),
  }),
});
