/**
 * The access policy: one declarative table of role × action × resource. Anything
 * the table does not name is denied. A researcher's writes are allowed only as
 * proposals (`propose`), which an editor reviews before the public sees them.
 * Anonymous readers may read public data only (through the public presenters).
 *
 * @example
 * decide('researcher', 'write', 'person'); // 'propose'
 * decide(null, 'read', 'person');          // 'deny' (anonymous: public data only)
 * decide('editor', 'publish', 'digest');   // 'allow'
 */
import type { Role } from './access.js';

export const RESOURCES = [
  /** Everything the public presenters let out: pages, public API, open data. */
  'public',
  'person',
  'facility',
  'source',
  'court',
  'article',
  'digest',
  'proposal',
  /** Whole-registry imports and internal exports. */
  'registry',
  'audit',
  'user',
  'token',
  'tip',
  'settings',
  /** Signing in and enrolling: open to anonymous visitors (the forms guard themselves). */
  'session',
  /** The signed-in user's own account: their sessions, tokens, sign-out. */
  'account',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = [
  'read',
  /** Create or update. */
  'write',
  'delete',
  'restore',
  'merge',
  /** Approve or reject proposals. */
  'review',
  'publish',
  'import',
  'export',
  /** Users, tokens, settings. */
  'manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** `allow`: done at once; `propose`: kept as a proposal for an editor. */
export type Effect = 'allow' | 'propose';
export type Decision = Effect | 'deny';

type Grants = Readonly<Partial<Record<Resource, Readonly<Partial<Record<Action, Effect>>>>>>;

const READ = { read: 'allow' } as const;
const RECORDS_READ: Grants = {
  public: READ,
  person: READ,
  facility: READ,
  source: READ,
  court: READ,
  article: READ,
  digest: READ,
};
const EDIT = { read: 'allow', write: 'allow', delete: 'allow', restore: 'allow' } as const;
const SESSION = { read: 'allow', write: 'allow' } as const;
/** What every signed-in role may do: sign in again, manage its own sessions and tokens. */
const OWN: Grants = { session: SESSION, account: { read: 'allow', write: 'allow', delete: 'allow' } };
const PROPOSE = { read: 'allow', write: 'propose', delete: 'propose' } as const;
/** Anyone may send a tip and answer questions about it with its receipt (no account needed). */
const TIP_SEND = { write: 'allow' } as const;

/**
 * The table. Admins manage users, tokens and settings and read the audit log, but
 * do not edit records (a phished admin account cannot rewrite the registry without
 * first giving itself a role, which the audit log records).
 */
export const POLICY: Readonly<Record<Role | 'anonymous', Grants>> = {
  anonymous: { public: READ, session: SESSION, tip: TIP_SEND },
  viewer: { ...RECORDS_READ, ...OWN, tip: TIP_SEND },
  /** Reads tips and triages them (`review`); applying one proposes a change an editor approves. */
  tip_reviewer: { public: READ, tip: { read: 'allow', write: 'allow', review: 'allow' }, ...OWN },
  researcher: {
    ...RECORDS_READ,
    ...OWN,
    person: PROPOSE,
    facility: PROPOSE,
    source: PROPOSE,
    court: PROPOSE,
    article: PROPOSE,
    proposal: { read: 'allow' },
    tip: TIP_SEND,
  },
  editor: {
    ...RECORDS_READ,
    ...OWN,
    person: { ...EDIT, merge: 'allow' },
    facility: EDIT,
    source: EDIT,
    court: EDIT,
    article: EDIT,
    digest: { read: 'allow', write: 'allow', publish: 'allow', restore: 'allow' },
    proposal: { read: 'allow', review: 'allow' },
    registry: { import: 'allow', export: 'allow' },
    tip: TIP_SEND,
  },
  admin: {
    ...RECORDS_READ,
    ...OWN,
    audit: READ,
    user: { read: 'allow', manage: 'allow' },
    token: { read: 'allow', manage: 'allow' },
    settings: { read: 'allow', manage: 'allow' },
    tip: TIP_SEND,
  },
};

/** What `role` (null: anonymous) may do with `action` on `resource`; default deny. */
export function decide(role: Role | null, action: Action, resource: Resource): Decision {
  return POLICY[role ?? 'anonymous'][resource]?.[action] ?? 'deny';
}
