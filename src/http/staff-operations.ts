/**
 * The staff API's operations: each `/api/v1` staff route (path as Hono registers it)
 * with the contract schemas it validates with and answers (`staff-contract.ts`).
 * `staff-openapi.ts` turns this table into the staff OpenAPI document; its test
 * requires every non-public `/api/v1` route of `ROUTE_POLICY` to be here.
 *
 * @example
 * STAFF_OPERATIONS.find((o) => o.operationId === 'createPerson')?.body?.name; // 'PersonCreate'
 */
import { RECORD_KINDS } from '../app/record-kinds.js';
import { Digest } from '../domain/digest/index.js';
import * as C from './staff-contract.js';
import { json, named, optional, required, type Named, type StaffOperation } from './staff-operation.js';
import { ACCOUNT_OPERATIONS } from './staff-operations-accounts.js';
import { REGISTRY_OPERATIONS } from './staff-operations-registry.js';

const PROPOSED = json(
  'A researcher’s change, kept as a proposal for an editor',
  'ProposalAccepted',
  C.ProposalAccepted,
);
const Deleted = named('DeleteBody', C.DeleteBody);

function recordOperations({ plural, type, name }: (typeof C.RECORD_PATHS)[number]): StaffOperation[] {
  const base = `/api/v1/records/${plural}`;
  const tag = 'records';
  const key = RECORD_KINDS[type].key;
  const written = json(`Written; the new revision’s ETag`, `${name}Written`, C.recordWritten(type), true);
  return [
    {
      method: 'get',
      path: `${base}/:id`,
      operationId: `get${name}`,
      summary: `The whole ${type} record (internal parts too), with its ETag`,
      tag,
      answers: { '200': json('The record', `${name}State`, C.recordState(type), true) },
    },
    {
      method: 'get',
      path: `${base}/:id/history`,
      operationId: `get${name}History`,
      summary: `The ${type}’s revisions, oldest first, with the fields each changed`,
      tag,
      answers: { '200': json('The revisions', 'RecordHistory', C.RecordHistory) },
    },
    {
      method: 'post',
      path: base,
      operationId: `create${name}`,
      summary: `Creates a ${type} (the ${key} is ${key === 'code' ? 'required' : 'made when left out'})`,
      tag,
      body: required(`${name}Create`, C.recordWriteBody(type, 'create')),
      answers: { '201': { ...written, description: 'Created; its first revision’s ETag' }, '202': PROPOSED },
      errors: { '409': `A ${type} with this ${key} exists (\`exists\`)` },
    },
    {
      method: 'put',
      path: `${base}/:id`,
      operationId: `replace${name}`,
      summary: `Replaces the ${type} (the ${key} comes from the URL)`,
      tag,
      body: required(`${name}Replace`, C.recordWriteBody(type, 'replace')),
      ifMatch: 'required',
      answers: { '200': written, '202': PROPOSED },
    },
    {
      method: 'delete',
      path: `${base}/:id`,
      operationId: `delete${name}`,
      summary: `Deletes the ${type} (a deletion revision; restorable)`,
      tag,
      body: { ...Deleted, required: false },
      ifMatch: 'required',
      answers: {
        '200': json('Deleted', `${name}Deleted`, C.recordWritten(type, true), true),
        '202': PROPOSED,
      },
      ...(RECORD_KINDS[type].referredAs ? { errors: { '409': `Persons refer to the ${type} (\`in-use\`)` } } : {}),
    },
  ];
}

const REVISION = { id: C.PositiveId };
const Proposal = named('Proposal', C.Proposal);

const REVIEW: StaffOperation[] = [
  {
    method: 'post',
    path: '/api/v1/revisions/:id/restore',
    operationId: 'restoreRevision',
    summary: 'Makes an earlier revision current again, as a new revision',
    tag: 'revisions',
    pathSchemas: REVISION,
    body: optional('RestoreBody', C.RestoreBody),
    ifMatch: 'required',
    answers: { '200': json('Restored', 'Restored', C.Restored, true) },
  },
  {
    method: 'get',
    path: '/api/v1/proposals',
    operationId: 'listProposals',
    summary: 'Proposals (a researcher sees their own), newest first',
    tag: 'proposals',
    query: C.ProposalListQuery,
    answers: { '200': json('The proposals', 'ProposalList', C.ProposalList) },
  },
  {
    method: 'get',
    path: '/api/v1/proposals/:id',
    operationId: 'getProposal',
    summary: 'One proposal',
    tag: 'proposals',
    pathSchemas: REVISION,
    answers: { '200': { description: 'The proposal', body: Proposal } },
  },
  {
    method: 'post',
    path: '/api/v1/proposals/:id/approve',
    operationId: 'approveProposal',
    summary: 'Approves a pending proposal, or an edited version of its record (If-Match: the base of that edit)',
    tag: 'proposals',
    pathSchemas: REVISION,
    body: optional('ApproveBody', C.ApproveBody),
    ifMatch: 'optional',
    answers: { '200': json('Approved and written', 'ProposalApproved', C.ProposalApproved, true) },
    errors: { '409': 'Already reviewed (`already-reviewed`), or the record changed since (`stale-revision`)' },
  },
  {
    method: 'post',
    path: '/api/v1/proposals/:id/reject',
    operationId: 'rejectProposal',
    summary: 'Rejects a pending proposal',
    tag: 'proposals',
    pathSchemas: REVISION,
    body: optional('RejectBody', C.RejectBody),
    answers: { '200': { description: 'Rejected', body: Proposal } },
    errors: { '409': 'Already reviewed (`already-reviewed`)' },
  },
  {
    method: 'get',
    path: '/api/v1/audit',
    operationId: 'listAudit',
    summary: 'The audit log’s head and its latest entries',
    tag: 'audit',
    query: C.AuditQuery,
    answers: { '200': json('The entries, newest first', 'AuditLog', C.AuditLog) },
  },
];

/** Schemas answers share, named once (the records, the warning, the one error body). */
export const SHARED_OUTPUTS: readonly Named[] = [
  ...C.RECORD_PATHS.map(({ type, name }) => named(name, RECORD_KINDS[type].schema)),
  named('PublishedWarning', C.PublishedWarning),
  named('Digest', Digest),
  named('Error', C.ErrorBody),
];

export const STAFF_OPERATIONS: readonly StaffOperation[] = [
  ...C.RECORD_PATHS.flatMap(recordOperations),
  ...REVIEW,
  ...ACCOUNT_OPERATIONS,
  ...REGISTRY_OPERATIONS,
];
