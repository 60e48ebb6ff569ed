/**
 * Audit log use cases: record an event (inside the caller's write transaction,
 * so a record change and its entry commit together), verify the hash chain,
 * print its head, list the newest entries.
 *
 * @example
 * await ctx.store.write(async (repos) => {
 *   const revisionId = await writePerson(repos, person, meta, at);
 *   await recordAudit(repos, { actor: meta.actor, action: 'record.update', resourceType: 'person', resourceId: person.id, revisionId }, at);
 * });
 * await auditNow(ctx, { actor: 'anonymous', action: 'auth.sign-in-failed', outcome: 'refused' });
 */
import { createHash } from 'node:crypto';
import {
  AUDIT_ACTIONS,
  GENESIS_HASH,
  chainVerifier,
  checkAuditDetails,
  hashEntry,
  type AuditEntry,
  type AuditEvent,
  type ChainReport,
} from '../domain/audit.js';
import { AppError, type AppContext } from './context.js';
import type { Repos } from './ports.js';

/** SHA-256 of a UTF-8 text, lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const ACTIONS = new Set<string>(AUDIT_ACTIONS);
const VERIFY_PAGE = 2000;

/**
 * Appends one entry after the current head. Call it inside `store.write`: the
 * writer runs one transaction at a time, so the chain never forks.
 */
export async function recordAudit(repos: Repos, event: AuditEvent, at: string): Promise<AuditEntry> {
  if (!ACTIONS.has(event.action)) {
    throw new AppError('audit-unknown-action', `"${event.action}" is not an audit action (see AUDIT_ACTIONS).`, 500);
  }
  const details = { ...(event.details ?? {}) };
  checkAuditDetails(details);
  const head = await repos.audit.head();
  const unhashed: Omit<AuditEntry, 'hash'> = {
    seq: (head?.seq ?? 0) + 1,
    at,
    actor: event.actor,
    action: event.action,
    resourceType: event.resourceType ?? null,
    resourceId: event.resourceId ?? null,
    revisionId: event.revisionId ?? null,
    outcome: event.outcome ?? 'ok',
    details,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const entry = { ...unhashed, hash: hashEntry(sha256Hex, unhashed) };
  await repos.audit.append(entry);
  return entry;
}

/** Records an event in a write of its own (sign-ins, refusals, downloads). */
export async function auditNow(ctx: AppContext, event: AuditEvent): Promise<AuditEntry> {
  return ctx.store.write((repos) => recordAudit(repos, event, ctx.now().toISOString()), { registry: false });
}

/**
 * Checks the whole chain, page by page, in one read (a consistent snapshot). With
 * `knownHead` (a hash printed earlier by `audit head`), also checks that it is
 * still in the intact chain: nothing up to it was rewritten.
 */
export async function verifyAudit(ctx: AppContext, knownHead?: string): Promise<ChainReport> {
  if (knownHead !== undefined && !/^[0-9a-f]{64}$/.test(knownHead)) {
    throw new AppError(
      'invalid-head',
      `A head is 64 lowercase hex digits (from "rollcall audit head"); got "${knownHead}".`,
    );
  }
  return ctx.store.read(async (repos) => {
    const verifier = chainVerifier(sha256Hex, knownHead);
    for (let after = 0; ;) {
      const page = await repos.audit.page(after, VERIFY_PAGE);
      if (page.length === 0) break;
      let intact = true;
      for (const entry of page) if (!(intact = verifier.push(entry))) break;
      if (!intact) break;
      after = page[page.length - 1]!.seq;
    }
    return verifier.report();
  });
}

/** The newest entry's number and hash (seq 0 and 64 zeros for an empty log). */
export async function auditHead(ctx: AppContext): Promise<{ seq: number; hash: string }> {
  const head = await ctx.store.read((repos) => repos.audit.head());
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

/** The newest entries, newest first; `before` pages back. */
export async function recentAudit(ctx: AppContext, limit = 100, before?: number): Promise<AuditEntry[]> {
  return ctx.store.read((repos) => repos.audit.latest(Math.min(Math.max(limit, 1), 500), before));
}
