/**
 * Who reads and who acts: the audience of every read, the staff roles and the
 * principal a request acts as. Pure types shared by every layer; the policy
 * table (which role may do what) builds on them.
 *
 * @example
 * const reader: Audience = principal ? 'staff' : 'public';
 */

/** Who a read is for. `public` sees only what the disclosure module lets out. */
export type Audience = 'public' | 'staff';

/** Both audiences, for tests and caches that hold one entry per audience. */
export const AUDIENCES: readonly Audience[] = ['public', 'staff'];

export const ROLES = ['admin', 'editor', 'researcher', 'tip_reviewer', 'viewer'] as const;

/**
 * - `admin`: users and settings.
 * - `editor`: edits, approves, publishes, restores.
 * - `researcher`: drafts changes an editor approves before they reach the public.
 * - `tip_reviewer`: reads tips.
 * - `viewer`: reads internal data.
 */
export type Role = (typeof ROLES)[number];

/** The signed-in user or API token a request acts as. Anonymous readers have none. */
export interface Principal {
  /** `session`: a signed-in user in the browser; `token`: an API token for scripts. */
  kind: 'session' | 'token';
  /** The user's id (a token belongs to a user too). */
  userId: string;
  /** What the user (or the token's scope) may do. */
  role: Role;
  /** Shown in revisions and the audit log, e.g. the user's email. */
  label: string;
  /** The session's or token's id (never the secret). */
  credentialId: string;
}
