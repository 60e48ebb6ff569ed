/**
 * The one error type of Rollcall: {@link RollcallError}, with a stable machine
 * `code` from {@link ErrorCode} (kebab-case, never renamed once shipped), a message
 * that says what to do, and optional `details` (field paths in `problems`, ids, …).
 *
 * Every layer throws it (domain, app, store, the shells); each code has exactly one
 * HTTP status ({@link httpStatus}) and one CLI exit code ({@link exitCode}), both
 * from the table below. Batch jobs (import, check) do not throw for bad records:
 * they collect {@link Problem}s into a report.
 *
 * @example
 * throw new RollcallError('invalid-date', 'Dates are written YYYY, YYYY-MM or YYYY-MM-DD; got "31.03.2022".');
 * httpStatus('invalid-date'); // 400
 * exitCode('busy'); // 3
 */

/** CLI exit codes: what a script calling `rollcall` can branch on. */
export const EXIT = {
  ok: 0,
  /** The request was refused: bad input, nothing with that id, a conflict. Fix the input. */
  failed: 1,
  /** The command line itself is wrong (unknown command or option); also commander's. */
  usage: 2,
  /** The registry cannot take this now (busy with another write, opened read-only): retry later. */
  unavailable: 3,
  /** The database file or its disk is in trouble (damaged, full, unreadable): see the message. */
  storage: 4,
  /** A bug in Rollcall (sysexits' EX_SOFTWARE). */
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

type Entry = readonly [status: number, exit: ExitCode];
const input: Entry = [400, EXIT.failed];
const conflict: Entry = [409, EXIT.failed];
const bug: Entry = [500, EXIT.internal];

/** Every error code with its HTTP status and exit code; the one place either is decided. */
const ERRORS = {
  // Input that does not parse or is not allowed (400).
  'invalid-input': input,
  'invalid-json': input,
  'invalid-utf8': input,
  'invalid-section': input,
  'invalid-record': input,
  'invalid-format': input,
  'invalid-file': input,
  'invalid-date': input,
  'invalid-day': input,
  'invalid-month': input,
  'invalid-range': input,
  'invalid-term': input,
  'invalid-number': input,
  'invalid-port': input,
  'invalid-step': input,
  'invalid-type': input,
  'invalid-kind': input,
  'invalid-severity': input,
  'invalid-language': input,
  'invalid-query': input,
  'invalid-filter': input,
  'out-of-range': input,
  'range-too-long': input,
  'invalid-revision': input,
  'invalid-reference': input,
  'invalid-head': input,
  'unknown-field': input,
  'unknown-language': input,
  'unknown-translit-system': input,
  'unsupported-version': input,
  'persons-not-sorted': input,
  truncated: input,
  'too-many': input,
  'query-too-long': input,
  'comment-required': input,
  'note-required': input,
  'negative-duration': input,
  'ongoing-period': input,
  'no-stated-time-served': input,
  'nothing-to-report': input,
  'not-empty': input,
  'invalid-mirror-manifest': input,
  'import-rejected': input,
  'audit-detail-too-long': input,
  'audit-forbidden-detail': input,
  'audit-chain-broken': input,
  'duplicate-entry': input,
  'invalid-email': input,
  'invalid-label': input,
  'invalid-role': input,
  'invalid-token-days': input,
  'invalid-config': input,
  'passwords-differ': input,
  'password-too-short': input,
  'password-too-long': input,
  'password-common': input,
  'password-is-email': input,
  'code-wrong': input,
  /** The tip line (issue 15). */
  'tip-passphrase-wrong': input,
  'tip-passphrase-too-short': input,
  'tip-invalid-attachment': input,
  'too-large': [413, EXIT.failed],
  'unsupported-media-type': [415, EXIT.failed],
  /** An upload that looks like an image but does not decode (damaged, truncated). */
  'image-undecodable': [422, EXIT.failed],
  /** An image with more pixels than the decoder is allowed to unpack. */
  'image-too-many-pixels': [413, EXIT.failed],
  // Who asks (401).
  'sign-in-required': [401, EXIT.failed],
  'sign-in-failed': [401, EXIT.failed],
  'passkey-refused': [401, EXIT.failed],
  /** A call to the Telegram webhook without the right `X-Telegram-Bot-Api-Secret-Token`. */
  'webhook-secret-wrong': [401, EXIT.failed],
  'session-required': [403, EXIT.failed],
  /** The policy refuses the role (written by `src/http/route-policy.ts`). */
  forbidden: [403, EXIT.failed],
  /** `--api` without a token in the environment variable `ROLLCALL_TOKEN`. */
  'token-required': [401, EXIT.failed],
  /** Too many failed sign-ins: wait `details.retryAfterSeconds`. */
  'too-many-attempts': [429, EXIT.failed],
  /** The HTTP rate limit (written by `src/http/rate-limit.ts`). */
  'rate-limited': [429, EXIT.failed],
  // Nothing there (404).
  'not-found': [404, EXIT.failed],
  'entry-not-found': [404, EXIT.failed],
  'no-registry': [404, EXIT.failed],
  'enrolment-invalid': [404, EXIT.failed],
  'unknown-change': [404, EXIT.failed],
  'tip-receipt-unknown': [404, EXIT.failed],
  // The state of the registry refuses it (409, 428).
  conflict,
  exists: conflict,
  deleted: conflict,
  'in-use': conflict,
  'stale-revision': conflict,
  'already-reviewed': conflict,
  'user-exists': conflict,
  'user-not-active': conflict,
  'digest-published': conflict,
  'not-published': conflict,
  'unacknowledged-warnings': conflict,
  'person-not-public': conflict,
  'tip-closed': conflict,
  'tip-invalid-state': conflict,
  'tip-key-exists': conflict,
  /** The reviewer's tip key is not unlocked in this session: unlock it with the passphrase. */
  'tip-key-locked': [423, EXIT.failed],
  'tip-undecryptable': conflict,
  'precondition-required': [428, EXIT.failed],
  // The store: reported as what it is, never as a bare internal error.
  /** Another write holds the database (an import): retry after `details.retryAfterSeconds`. */
  busy: [503, EXIT.unavailable],
  'store-readonly': [503, EXIT.unavailable],
  /** The server `--api` names did not answer, or answered something that is not the API. */
  'api-unreachable': [503, EXIT.unavailable],
  'store-closed': [503, EXIT.unavailable],
  'store-outdated': [503, EXIT.unavailable],
  /** No tip reviewer has set up a key yet: a tip could be read by nobody. */
  'tips-unavailable': [503, EXIT.unavailable],
  /** The Telegram Bot API did not answer or refused a call (the tip line's bot). */
  'telegram-unavailable': [503, EXIT.unavailable],
  /** A write broke a rule of the schema (a unique id, a reference): nothing was written. */
  'store-constraint': [409, EXIT.failed],
  'store-full': [507, EXIT.storage],
  'store-corrupt': [500, EXIT.storage],
  'store-io': [500, EXIT.storage],
  'store-cannot-open': [500, EXIT.storage],
  'store-not-found': [500, EXIT.storage],
  'store-no-wal': [500, EXIT.storage],
  'store-migration-failed': [500, EXIT.storage],
  // Bugs: an invariant of the code does not hold (500, exit 70).
  internal: bug,
  'write-in-read': bug,
  'store-invalid-options': bug,
  'projection-mismatch': bug,
  'revision-mismatch': bug,
  'invalid-revision-id': bug,
  'invalid-index-entry': bug,
  'invalid-chart-data': bug,
  'invalid-path': bug,
  'unknown-message': bug,
  'message-format-failed': bug,
  'audit-unknown-action': bug,
  'demo-invalid': bug,
  'missing-asset': bug,
} as const satisfies Record<string, Entry>;

/** Every stable error code. */
export type ErrorCode = keyof typeof ERRORS;

/** All codes, for tests and documentation. */
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/** Extra facts about an error: `problems` (with field paths), ids, `retryAfterSeconds`, … */
export type ErrorDetails = Readonly<Record<string, unknown>>;

/** A failure a person can act on: a stable code, a message saying what to do, optional details. */
export class RollcallError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'RollcallError';
    this.code = code;
    this.details = details;
  }
}

/**
 * The HTTP status of an error code.
 *
 * @example
 * httpStatus('not-found'); // 404
 */
export function httpStatus(code: ErrorCode): number {
  return ERRORS[code][0];
}

/**
 * The CLI exit code of an error code ({@link EXIT}).
 *
 * @example
 * exitCode('store-corrupt'); // 4
 */
export function exitCode(code: ErrorCode): ExitCode {
  return ERRORS[code][1];
}

/** Whether a string is one of the codes (e.g. a code carried by another module's error). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

/** One problem found in input: where (row, field) and what. Batch jobs collect these instead of throwing. */
export interface Problem {
  code: string;
  message: string;
  /** 1-based row or record number in the input, when the input has rows. */
  row?: number;
  /** Dotted path of the field, e.g. `events.2.date`. */
  field?: string;
  /** Id of the record concerned, when known. */
  id?: string;
}
