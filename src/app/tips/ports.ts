/**
 * What the tip line needs from storage (`src/store/tip-repository.ts`). Content
 * arrives and leaves as ciphertext: the repository never sees a tip in plain text.
 */
import type { TipState } from '../../domain/tips/states.js';

export interface TipRow {
  id: number;
  state: TipState;
  assignedTo: string | null;
  /** `YYYY-MM-DD`: tips keep days, never times. */
  receivedDay: string;
  closedDay: string | null;
  body: Uint8Array;
  triage: Uint8Array | null;
  receiptKey: Uint8Array;
}

export type TipAuthor = 'sender' | 'staff' | 'note';

export interface TipMessageRow {
  id: number;
  tipId: number;
  author: TipAuthor;
  day: string;
  body: Uint8Array;
}

export interface TipAttachmentRow {
  id: number;
  tipId: number;
  meta: Uint8Array;
  bytes: Uint8Array;
}

export interface ReviewerKeyRow {
  userId: string;
  publicKey: Uint8Array;
  lockedKey: Uint8Array;
  kdf: string;
  createdDay: string;
}

export interface TipRepository {
  add(tip: Omit<TipRow, 'id'> & { receiptHash: string }): Promise<number>;
  get(id: number): Promise<TipRow | undefined>;
  byReceipt(receiptHash: string): Promise<TipRow | undefined>;
  /** Tips in the given states (all when empty), newest first. */
  list(states: readonly TipState[]): Promise<TipRow[]>;
  update(id: number, fields: Partial<Pick<TipRow, 'state' | 'assignedTo' | 'closedDay' | 'triage'>>): Promise<void>;
  countByState(): Promise<Partial<Record<TipState, number>>>;
  addSeals(seals: ReadonlyArray<{ tipId: number; userId: string; sealed: Uint8Array }>): Promise<void>;
  /** The user's seals of the given tips (all their seals when `tipIds` is absent). */
  sealsOf(userId: string, tipIds?: readonly number[]): Promise<Map<number, Uint8Array>>;
  /** Pairs of an open tip and an active reviewer with a key that has no seal of it yet. */
  missingSeals(): Promise<Array<{ tipId: number; userId: string }>>;
  /** Drops the seals of everyone who is no longer an active tip reviewer; how many went. */
  dropStaleSeals(): Promise<number>;
  addMessage(m: Omit<TipMessageRow, 'id'>): Promise<void>;
  messages(tipId: number, authors: readonly TipAuthor[]): Promise<TipMessageRow[]>;
  addAttachment(a: Omit<TipAttachmentRow, 'id'>): Promise<void>;
  attachments(tipId: number): Promise<TipAttachmentRow[]>;
  attachment(id: number): Promise<TipAttachmentRow | undefined>;
  /** The keys of active users whose role is tip reviewer. */
  activeReviewerKeys(): Promise<ReviewerKeyRow[]>;
  reviewerKey(userId: string): Promise<ReviewerKeyRow | undefined>;
  addReviewerKey(row: ReviewerKeyRow): Promise<void>;
  /** Ids of tips closed before `day` (`YYYY-MM-DD`). */
  closedBefore(day: string): Promise<number[]>;
  /** Deletes tips with their seals, messages and attachments; how many tips went. */
  remove(ids: readonly number[]): Promise<number>;
}
