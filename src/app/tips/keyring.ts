/**
 * Reviewers' unlocked tip keys, in this process's memory only: one entry per
 * signed-in session (its credential id), dropped at sign-out, when the reviewer
 * locks it, after {@link KEYRING_IDLE_MS} without use, and at restart (nothing is
 * ever written anywhere). A dropped private key is overwritten in memory.
 *
 * @example
 * keyring.put(principal.credentialId, { userId, publicKey, privateKey });
 * keyring.get(principal.credentialId, principal.userId); // the pair, or undefined
 */
import type { KeyPair } from './crypto.js';
import { wipe } from './crypto.js';

/** Half an hour without a tip page: the key is forgotten. */
export const KEYRING_IDLE_MS = 30 * 60_000;

interface Entry extends KeyPair {
  userId: string;
  lastUsed: number;
}

export class TipKeyring {
  readonly #entries = new Map<string, Entry>();
  constructor(private readonly clock: () => number = Date.now) {}

  put(credentialId: string, pair: KeyPair & { userId: string }): void {
    this.forget(credentialId);
    this.#entries.set(credentialId, { ...pair, lastUsed: this.clock() });
  }

  /** The session's unlocked pair, if it is still fresh and belongs to `userId`. */
  get(credentialId: string, userId: string): KeyPair | undefined {
    const entry = this.#entries.get(credentialId);
    if (!entry) return undefined;
    if (entry.userId !== userId || this.clock() - entry.lastUsed > KEYRING_IDLE_MS) {
      this.forget(credentialId);
      return undefined;
    }
    entry.lastUsed = this.clock();
    return { publicKey: entry.publicKey, privateKey: entry.privateKey };
  }

  forget(credentialId: string): void {
    const entry = this.#entries.get(credentialId);
    if (!entry) return;
    this.#entries.delete(credentialId);
    void wipe(entry.privateKey);
  }

  /** How many keys are unlocked (for tests). */
  get size(): number {
    return this.#entries.size;
  }
}

/** The process's keyring. */
export const tipKeyring = new TipKeyring();
