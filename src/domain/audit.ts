/**
 * The tamper-evident audit log, as pure functions: what an entry holds, its
 * canonical serialisation, and the check of the hash chain.
 *
 * Each entry carries the SHA-256 of the previous one (`prevHash`, 64 zeros for
 * the first) and its own `hash` = SHA-256 of {@link canonicalEntry}. Changing,
 * deleting or reordering a stored entry breaks the chain at that entry; rewriting
 * the whole chain from some entry on is caught by comparing with a head hash kept
 * outside the server (`rollcall audit head`, then `audit verify --head HASH`).
 *
 * An entry never holds passwords, tokens, second-factor codes, tip contents, IP
 * addresses or user agents: {@link checkAuditDetails} refuses detail keys that name
 * them, and the columns have no place for them.
 *
 * The hash function is passed in (the domain does no I/O and imports no `node:*`).
 *
 * @example
 * const hash = hashEntry(sha256, { ...fields, prevHash: GENESIS_HASH });
 */
import { RollcallError } from './errors.js';

/** What happened. New kinds are added here (a stable list the log page and tests read). */
export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.second-factor-changed',
  'auth.session-revoked',
  'access.refused',
  'record.create',
  'record.update',
  'record.delete',
  'record.restore',
  'record.merge',
  'record.unmerge',
  /** Two persons judged different people (no longer offered as duplicates), and its undo. */
  'record.not-duplicate',
  'record.maybe-duplicate',
  'proposal.submit',
  'proposal.approve',
  'proposal.reject',
  'data.import',
  'data.export',
  'data.download',
  'digest.draft',
  'digest.edit',
  'digest.publish',
  'digest.republish',
  'digest.unpublish',
  'user.add',
  'user.invite',
  'user.disable',
  'user.enable',
  'user.set-role',
  'user.reset-2fa',
  'user.revoke-sessions',
  'token.create',
  'token.revoke',
  /** The tip line: staff actions only, never content; senders are not audited (no times kept). */
  'tip.key-create',
  'tip.unlock',
  'tip.change',
  'tip.apply',
  'tip.purge',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `ok`: done; `refused`: not allowed or failed (a failed sign-in, a 403). */
export type AuditOutcome = 'ok' | 'refused';

/** A detail value: short text, numbers, flags, short lists of text. */
export type AuditDetail = string | number | boolean | null | readonly string[];

/** What a caller records; the log adds `seq`, `at` and the hashes. */
export interface AuditEvent {
  /** The principal's label (a user's email), `anonymous`, or a CLI actor. */
  actor: string;
  action: AuditAction;
  outcome?: AuditOutcome | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  /** The revision a record change wrote. */
  revisionId?: number | undefined;
  details?: Readonly<Record<string, AuditDetail>> | undefined;
}

/** A stored entry. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  revisionId: number | null;
  outcome: AuditOutcome;
  details: Record<string, AuditDetail>;
  prevHash: string;
  hash: string;
}

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Detail keys that would carry a secret or data about the client: refused. */
const FORBIDDEN_KEY =
  /pass(word|phrase)?|secret|token|otp|totp|recovery|cookie|credential|^code$|^ip$|ip_?addr|remote_?addr|user_?agent|^ua$|tip_?(text|content|body|message)/i;

const MAX_DETAIL_CHARS = 500;
const MAX_DETAIL_KEYS = 20;

/**
 * Throws `audit-forbidden-detail` for a detail that must never be logged, and
 * `audit-detail-too-long` for one that is not short.
 */
export function checkAuditDetails(details: Readonly<Record<string, AuditDetail>>): void {
  const keys = Object.keys(details);
  if (keys.length > MAX_DETAIL_KEYS) {
    throw new RollcallError('audit-detail-too-long', `An audit entry keeps at most ${MAX_DETAIL_KEYS} details.`);
  }
  for (const key of keys) {
    if (FORBIDDEN_KEY.test(key)) {
      throw new RollcallError(
        'audit-forbidden-detail',
        `The audit log never stores "${key}" (no secrets, codes, tip contents or client data); leave it out.`,
      );
    }
    const value = details[key];
    const text = Array.isArray(value) ? value.join('\u0000') : String(value);
    if (text.length > MAX_DETAIL_CHARS) {
      throw new RollcallError('audit-detail-too-long', `The audit detail "${key}" is longer than ${MAX_DETAIL_CHARS}.`);
    }
  }
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The text an entry's hash is taken over: every field but `hash`, canonically. */
export function canonicalEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, action, resourceType, resourceId, revisionId, outcome, details, prevHash } = entry;
  return canonicalJson({ seq, at, actor, action, resourceType, resourceId, revisionId, outcome, details, prevHash });
}

/** SHA-256 as lowercase hex of a UTF-8 text (given by the caller). */
export type Sha256 = (text: string) => string;

export function hashEntry(sha256: Sha256, entry: Omit<AuditEntry, 'hash'>): string {
  return sha256(canonicalEntry(entry));
}

/** Why an entry breaks the chain. */
export type ChainFault =
  | 'hash-mismatch' // the entry's content is not what was hashed: changed
  | 'broken-link' // prevHash is not the previous entry's hash: an entry before it was deleted, moved or inserted
  | 'seq-gap'; // numbering skips: an entry was deleted

export interface ChainReport {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** The last entry's hash (GENESIS_HASH for an empty log). */
  head: string;
  /** The first entry that is not intact. */
  firstBad?: { seq: number; fault: ChainFault; message: string };
  /** With a head to check: whether it was found in an intact part of the chain, and where. */
  knownHead?: { hash: string; found: boolean; seq?: number };
}

/**
 * Checks entries one at a time, in `seq` order (so a log of any length is read in
 * pages). `push` returns false once a fault is found.
 */
export function chainVerifier(sha256: Sha256, knownHead?: string) {
  let prev: { seq: number; hash: string } | null = null;
  let entries = 0;
  let firstBad: ChainReport['firstBad'];
  let headSeq: number | undefined;
  const fault = (seq: number, kind: ChainFault, message: string) => {
    firstBad = { seq, fault: kind, message };
    return false;
  };
  return {
    push(entry: AuditEntry): boolean {
      if (firstBad) return false;
      entries += 1;
      const expectedSeq = prev ? prev.seq + 1 : 1;
      const expectedPrev = prev ? prev.hash : GENESIS_HASH;
      if (entry.prevHash !== expectedPrev) {
        return fault(
          entry.seq,
          'broken-link',
          `Entry ${entry.seq} does not follow entry ${prev?.seq ?? 0}: an entry before it was deleted, moved or inserted.`,
        );
      }
      if (hashEntry(sha256, entry) !== entry.hash) {
        return fault(entry.seq, 'hash-mismatch', `Entry ${entry.seq} was changed after it was written.`);
      }
      if (entry.seq !== expectedSeq) {
        return fault(entry.seq, 'seq-gap', `Entry ${entry.seq} comes after entry ${expectedSeq - 1}: numbers skipped.`);
      }
      if (knownHead !== undefined && entry.hash === knownHead) headSeq = entry.seq;
      prev = { seq: entry.seq, hash: entry.hash };
      return true;
    },
    report(): ChainReport {
      const head = prev?.hash ?? GENESIS_HASH;
      const report: ChainReport = { ok: !firstBad, entries, head, ...(firstBad ? { firstBad } : {}) };
      if (knownHead === undefined) return report;
      const found = headSeq !== undefined || (knownHead === GENESIS_HASH && !firstBad);
      return {
        ...report,
        ok: report.ok && found,
        knownHead: { hash: knownHead, found, ...(headSeq === undefined ? {} : { seq: headSeq }) },
      };
    },
  };
}
