/**
 * The staff API's operations on the registry as a whole: merges of persons
 * (`routes/merges.ts`), the digest life cycle (`routes/digests.ts`) and import/export
 * (`routes/registry-transfer.ts`), in the table format of `staff-operations.ts`.
 *
 * @example
 * REGISTRY_OPERATIONS.map((o) => o.operationId); // ['mergePersons', 'listMerges', …]
 */
import { z } from 'zod';
import { json, type StaffOperation } from './staff-operation.js';
import * as C from './staff-contract.js';

const DIGEST = json('The digest and its revision (with its ETag)', 'DigestState', C.DigestStateResponse, true);
const NoteBody = { name: 'DigestNoteBody', schema: C.DigestNoteBody, required: false };
const tag = 'digests';
const FILE_TYPES = ['application/json', 'text/csv'];

const MERGES: StaffOperation[] = [
  {
    method: 'post',
    path: '/api/v1/records/persons/:id/merge',
    operationId: 'mergePersons',
    summary: 'Merges person `from` into this one, both based on the revisions named',
    tag: 'merges',
    body: { name: 'MergeBody', schema: C.MergeBody, required: true },
    answers: { '200': json('The survivor’s new record (with its ETag)', 'Merged', C.Merged, true) },
    errors: { '409': 'Either person changed since the revision named (`stale-revision`)' },
  },
  {
    method: 'get',
    path: '/api/v1/merges',
    operationId: 'listMerges',
    summary: 'The merges, newest first',
    tag: 'merges',
    query: C.MergeListQuery,
    answers: { '200': json('The merges', 'MergeList', C.MergeList) },
  },
  {
    method: 'post',
    path: '/api/v1/merges/:id/undo',
    operationId: 'undoMerge',
    summary: 'Writes both persons as they were before the merge',
    tag: 'merges',
    pathSchemas: { id: C.MergeId },
    body: { name: 'MergeUndoBody', schema: C.MergeUndoBody, required: false },
    answers: { '200': json('The new revisions of both', 'MergeUndone', C.MergeUndone) },
    errors: { '409': 'A person changed after the merge (`stale-revision`)' },
  },
];

const DIGESTS: StaffOperation[] = [
  {
    method: 'get',
    path: '/api/v1/digests',
    operationId: 'listDigests',
    summary: 'The stored digests, drafts too',
    tag,
    query: C.DigestListQuery,
    answers: { '200': json('Summaries, newest month first', 'DigestList', C.DigestList) },
  },
  {
    method: 'post',
    path: '/api/v1/digests',
    operationId: 'draftDigest',
    summary: 'Drafts the digest of a month',
    tag,
    body: { name: 'DigestCreateBody', schema: C.DigestCreateBody, required: true },
    answers: { '201': { ...DIGEST, description: 'Drafted' } },
    errors: { '409': 'The digest exists (`exists`)' },
  },
  {
    method: 'get',
    path: '/api/v1/digests/:id',
    operationId: 'getDigest',
    summary: 'One digest',
    tag,
    answers: { '200': DIGEST },
  },
  {
    method: 'get',
    path: '/api/v1/digests/:id/history',
    operationId: 'getDigestHistory',
    summary: 'The digest’s revisions, oldest first',
    tag,
    answers: { '200': json('The revisions', 'DigestHistory', C.DigestHistory) },
  },
  {
    method: 'get',
    path: '/api/v1/digests/:id/regeneration',
    operationId: 'previewDigestRegeneration',
    summary: 'What a regeneration would change now (nothing is written)',
    tag,
    answers: { '200': json('The changes and the regenerated digest', 'DigestPreview', C.DigestPreviewResponse) },
  },
  {
    method: 'patch',
    path: '/api/v1/digests/:id',
    operationId: 'reviseDigest',
    summary: 'Edits the digest’s texts and entries (one revision)',
    tag,
    body: { name: 'DigestPatchBody', schema: C.DigestPatchBody, required: true },
    ifMatch: 'required',
    answers: { '200': DIGEST },
    errors: { '409': 'Published (`digest-published`), or changed since (`stale-revision`)' },
  },
  {
    method: 'post',
    path: '/api/v1/digests/:id/regenerate',
    operationId: 'regenerateDigest',
    summary: 'Drafts the month again from the registry as it is now',
    tag,
    body: NoteBody,
    ifMatch: 'required',
    answers: { '200': DIGEST },
  },
  {
    method: 'post',
    path: '/api/v1/digests/:id/publish',
    operationId: 'publishDigest',
    summary: 'Publishes the digest, acknowledging each open warning by its code',
    tag,
    body: { name: 'DigestPublishBody', schema: C.DigestPublishBody, required: true },
    ifMatch: 'required',
    answers: { '200': DIGEST },
    errors: { '409': 'A warning not acknowledged (`unacknowledged-warnings`), or changed since (`stale-revision`)' },
  },
  {
    method: 'post',
    path: '/api/v1/digests/:id/unpublish',
    operationId: 'unpublishDigest',
    summary: 'Takes the digest back to a draft',
    tag,
    body: NoteBody,
    ifMatch: 'required',
    answers: { '200': DIGEST },
  },
  {
    method: 'post',
    path: '/api/v1/digests/:id/republish',
    operationId: 'republishDigest',
    summary: 'Publishes the digest again without what is no longer public',
    tag,
    body: { name: 'DigestRepublishBody', schema: C.DigestRepublishBody, required: true },
    ifMatch: 'required',
    answers: {
      '200': {
        description: 'Republished (loosely typed: see `app/digest-republish.ts`)',
        etag: true,
        body: { name: 'DigestRepublished', schema: z.looseObject({ id: z.string(), revisionId: z.number().int() }) },
      },
    },
  },
];

const TRANSFER: StaffOperation[] = [
  {
    method: 'post',
    path: '/api/v1/import',
    operationId: 'importRegistry',
    summary: 'Imports a registry file (the JSON exchange format or the CSV table), all or nothing',
    tag: 'registry',
    query: C.ImportQuery,
    body: { name: 'RegistryFile', schema: z.string(), required: true, contentTypes: FILE_TYPES },
    answers: {
      '200': json('Imported, or a dry run passed', 'ImportReport', C.ImportReport),
      '422': json('Rejected: nothing was imported (the report lists the problems)', 'ImportReport', C.ImportReport),
    },
  },
  {
    method: 'get',
    path: '/api/v1/export',
    operationId: 'exportRegistry',
    summary: 'The internal registry (everything), streamed; recorded in the audit log',
    tag: 'registry',
    query: C.ExportQuery,
    answers: { '200': { description: 'The registry file (`format`: json or csv)', contentTypes: FILE_TYPES } },
  },
];

export const REGISTRY_OPERATIONS: readonly StaffOperation[] = [...MERGES, ...DIGESTS, ...TRANSFER];
