/**
 * The database schema as Kysely sees it: one interface per table. Column names are
 * snake_case; repositories map rows to the camelCase shapes of `src/app/ports.ts`.
 *
 * Portable choices (so a PostgreSQL store can share the repositories): flags are
 * integers 0/1, JSON documents are text, days are integers (epoch days).
 *
 * The current document of a person, facility or source is the `doc` of the revision
 * its row points at: stored once, and the `persons` table stays narrow, so the
 * scans behind lists, counts and figures never touch JSON.
 */
import type { Generated } from 'kysely';

export interface RevisionsTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: string;
  seq: number;
  /** ISO timestamp (UTC). */
  at: string;
  actor: string;
  note: string | null;
  /** JSON snapshot of the record after the change; null when the change deleted it. */
  doc: string | null;
}

export interface PersonsTable {
  id: string;
  /** The current revision; its `doc` is the current record (not copied here, see `person-write.ts`). */
  revision_id: number;
  status: string;
  sex: string | null;
  region: string | null;
  birth_min: number | null;
  birth_max: number | null;
  first_detention_min: number | null;
  current_facility_id: string | null;
  /** Latest day of the projected release of a person in custody (migration 008), else null. */
  term_end_max: number | null;
  sort_name: string;
  is_public: number;
  fictional: number;
}

export interface PersonCustodyTable {
  person_id: string;
  /** Position of the period in the projection (0, 1, 2…). */
  seq: number;
  start_min: number;
  start_max: number;
  end_min: number | null;
  end_max: number | null;
  counted: number;
  release_reason: string | null;
}

export interface PersonEventsTable {
  person_id: string;
  event_id: string;
  kind: string;
  day_min: number;
  day_max: number;
  release_reason: string | null;
  facility_id: string | null;
  case_id: string | null;
}

/**
 * What releases of a month read (`PersonProjection.timeline`, compact JSON; see
 * `release-timeline.ts`), one row per person. Kept out of `persons` so that its
 * scans stay narrow (measured: a 290-byte column there made public counts and deep
 * list pages about 3 times slower).
 */
export interface PersonTimelinesTable {
  person_id: string;
  is_public: number;
  timeline: string;
}

export interface PersonArticlesTable {
  person_id: string;
  article: string;
}

/** Facilities and sources: the current record is the doc of `revision_id`. */
export interface DocTable {
  id: string;
  revision_id: number;
}

export interface ArticlesTable {
  code: string;
  doc: string;
}

export interface CreditRatiosTable {
  id: Generated<number>;
  doc: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

/** The change feed (migration 010): each record once, at its latest change. */
export interface ChangesTable {
  seq: number;
  entity_type: string;
  entity_id: string;
}

/** One entry of the tamper-evident audit log (see `src/domain/audit.ts`). */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  revision_id: number | null;
  outcome: string;
  /** Canonical JSON of the entry's details (never secrets, never client data). */
  details: string;
  prev_hash: string;
  hash: string;
}

/** A researcher's change awaiting review: a snapshot like a revision's, with a state. */
export interface ProposalsTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: string;
  base_revision_id: number | null;
  state: string;
  /** JSON snapshot proposed; null proposes deleting the record. */
  doc: string | null;
  actor: string;
  note: string | null;
  at: string;
  reviewer: string | null;
  review_comment: string | null;
  reviewed_at: string | null;
  /** The revision an approval wrote. */
  revision_id: number | null;
}

/** One merge of two persons (migration 015); the `undo_*` columns are set once it is undone. */
export interface DuplicateDismissalsTable {
  a: string;
  b: string;
  actor: string;
  at: string;
  note: string | null;
}

export interface PersonMergesTable {
  id: Generated<number>;
  from_id: string;
  to_id: string;
  at: string;
  actor: string;
  note: string | null;
  from_base_revision_id: number;
  to_base_revision_id: number;
  from_revision_id: number;
  to_revision_id: number;
  undone_at: string | null;
  undone_by: string | null;
  undo_from_revision_id: number | null;
  undo_to_revision_id: number | null;
}

/** A person merged into another: `from_id` answers with a permanent redirect to `to_id`. */
export interface PersonRedirectsTable {
  from_id: string;
  to_id: string;
  at: string;
  actor: string;
  from_revision_id: number;
  to_revision_id: number;
}

/** The court catalogue (reference data, migration 009). */
export interface CourtsTable {
  id: string;
  doc: string;
}

/** A staff account (migration 013). `state`: invited, active or disabled. */
export interface UsersTable {
  id: string;
  email: string;
  role: string;
  state: string;
  /** argon2id (PHC string); null until the user enrols. */
  password_hash: string | null;
  /** Base32 TOTP secret; null until enrolled or after a reset. */
  totp_secret: string | null;
  /** The last TOTP time step accepted, so a code is accepted once. */
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
}

/** A one-time enrolment link: only the SHA-256 of its secret. */
export interface UserEnrolmentsTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
  used_at: string | null;
}

export interface RecoveryCodesTable {
  code_hash: string;
  user_id: string;
  used_at: string | null;
}

/** A signed-in browser: the cookie's secret is kept as its SHA-256 only. */
export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** An API token for scripts, scoped to a role and an expiry. */
export interface ApiTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  role: string;
  label: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** A passkey or security key of a staff account (migration 014). */
export interface PasskeysTable {
  /** The credential id, base64url. */
  id: string;
  user_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  counter: number;
  /** JSON array of transports the authenticator named. */
  transports: string;
  label: string;
  created_at: string;
  last_used_at: string | null;
}

/** A person's photo as served: re-encoded, without metadata (migration 016). */
export interface PhotosTable {
  /** The file name the record's `photo.ref` ends in: `p-1-3fa9c2d0e1b4.jpg`. */
  name: string;
  person_id: string;
  sha256: string;
  media_type: string;
  width: number;
  height: number;
  bytes: Uint8Array;
  created_at: string;
}

/** A tip (migration 017): only its number, state, assignee and days are plain; the rest is ciphertext. */
export interface TipsTable {
  id: Generated<number>;
  receipt_hash: string;
  state: string;
  assigned_to: string | null;
  received_day: string;
  closed_day: string | null;
  body: Uint8Array;
  triage: Uint8Array | null;
  receipt_key: Uint8Array;
}

/** A tip's key sealed to one reviewer's public key. */
export interface TipSealsTable {
  tip_id: number;
  user_id: string;
  sealed: Uint8Array;
}

/** A message on a tip: `sender`, `staff` (a question the sender sees) or `note` (internal). */
export interface TipMessagesTable {
  id: Generated<number>;
  tip_id: number;
  author: string;
  day: string;
  body: Uint8Array;
}

export interface TipAttachmentsTable {
  id: Generated<number>;
  tip_id: number;
  meta: Uint8Array;
  bytes: Uint8Array;
}

/** A reviewer's key pair: the private key encrypted under their passphrase (`kdf`: JSON of salt and costs). */
export interface TipReviewerKeysTable {
  user_id: string;
  public_key: Uint8Array;
  locked_key: Uint8Array;
  kdf: string;
  created_day: string;
}

export interface Database {
  revisions: RevisionsTable;
  persons: PersonsTable;
  person_custody: PersonCustodyTable;
  person_events: PersonEventsTable;
  person_articles: PersonArticlesTable;
  person_timelines: PersonTimelinesTable;
  facilities: DocTable;
  sources: DocTable;
  articles: ArticlesTable;
  credit_ratios: CreditRatiosTable;
  courts: CourtsTable;
  meta: MetaTable;
  changes: ChangesTable;
  audit_log: AuditLogTable;
  proposals: ProposalsTable;
  person_redirects: PersonRedirectsTable;
  person_merges: PersonMergesTable;
  duplicate_dismissals: DuplicateDismissalsTable;
  users: UsersTable;
  user_enrolments: UserEnrolmentsTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  passkeys: PasskeysTable;
  photos: PhotosTable;
  tips: TipsTable;
  tip_seals: TipSealsTable;
  tip_messages: TipMessagesTable;
  tip_attachments: TipAttachmentsTable;
  tip_reviewer_keys: TipReviewerKeysTable;
}
