/**
 * What the bot remembers about a chat, in this process's memory only: the conversation
 * so far and two token buckets (messages, and tips sent). Nothing is keyed by the chat
 * id: the key is an HMAC of it under a random secret made at start and replaced every
 * hour (the previous one is kept an hour longer, so a conversation survives one change
 * of secret); once a secret is gone its keys cannot be turned back into chats. A
 * conversation idle for 30 minutes is forgotten, and at most `maxChats` are kept.
 * Nothing here is ever written to disk or logged.
 *
 * @example
 * const memory = new ChatMemory();
 * memory.save(chatId, conversation);
 * memory.load(chatId);            // the conversation (null after 30 minutes idle)
 * memory.take(chatId, 'message'); // false when the chat sent too much too fast
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Conversation } from '../../domain/tips/conversation.js';

export interface ChatMemoryOptions {
  /** How long a conversation lives without a message (ms; default 30 minutes). */
  idleMs?: number;
  /** How often the secret is replaced (ms; default 1 hour). */
  rotateMs?: number;
  /** Most chats kept (default 10,000): beyond, the least recently seen are dropped. */
  maxChats?: number;
  /** Messages: a bucket of `burst`, refilled `perMinute` (default 30 and 20). */
  messages?: { burst: number; perMinute: number };
  /** Tips sent: a bucket of `burst`, refilled `perHour` (default 3 and 3). */
  tips?: { burst: number; perHour: number };
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

interface Entry {
  /** The secret's generation the key was made under. */
  gen: number;
  seen: number;
  conversation: Conversation | null;
  buckets: { message?: Bucket; tip?: Bucket };
  /** The chat was told it is limited (told once per empty bucket). */
  warned: boolean;
}

export class ChatMemory {
  readonly #idleMs: number;
  readonly #rotateMs: number;
  readonly #maxChats: number;
  readonly #rates: Record<'message' | 'tip', { burst: number; perMs: number }>;
  readonly #now: () => number;
  #secrets: Array<{ gen: number; secret: Buffer }>;
  #rotatedAt: number;
  /** Insertion order is recency: an entry is re-inserted whenever it is seen. */
  readonly #entries = new Map<string, Entry>();

  constructor(options: ChatMemoryOptions = {}) {
    this.#idleMs = options.idleMs ?? 30 * 60_000;
    this.#rotateMs = options.rotateMs ?? 60 * 60_000;
    this.#maxChats = options.maxChats ?? 10_000;
    const messages = options.messages ?? { burst: 30, perMinute: 20 };
    const tips = options.tips ?? { burst: 3, perHour: 3 };
    this.#rates = {
      message: { burst: messages.burst, perMs: messages.perMinute / 60_000 },
      tip: { burst: tips.burst, perMs: tips.perHour / 3_600_000 },
    };
    this.#now = options.now ?? Date.now;
    this.#secrets = [{ gen: 0, secret: randomBytes(32) }];
    this.#rotatedAt = this.#now();
  }

  /** How many chats are remembered (tests). */
  get size(): number {
    return this.#entries.size;
  }

  /** The keys the memory holds (tests: none of them is a chat id). */
  keys(): string[] {
    return [...this.#entries.keys()];
  }

  /** The chat's conversation, or null (none, or idle too long). */
  load(chat: number | string): Conversation | null {
    return this.#entry(chat).conversation;
  }

  /** Keeps (or, with null, forgets) the chat's conversation. */
  save(chat: number | string, conversation: Conversation | null): void {
    this.#entry(chat).conversation = conversation;
  }

  /**
   * Takes a token from the chat's bucket: false when it is empty. `warn` is true the
   * first time it is found empty, so the chat is told once, not at every message.
   */
  take(chat: number | string, bucket: 'message' | 'tip'): { ok: boolean; warn: boolean } {
    const entry = this.#entry(chat);
    const rate = this.#rates[bucket];
    const now = this.#now();
    const b = (entry.buckets[bucket] ??= { tokens: rate.burst, at: now });
    b.tokens = Math.min(rate.burst, b.tokens + (now - b.at) * rate.perMs);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      if (bucket === 'message') entry.warned = false;
      return { ok: true, warn: false };
    }
    const warn = bucket === 'message' ? !entry.warned : true;
    if (bucket === 'message') entry.warned = true;
    return { ok: false, warn };
  }

  /** The chat's entry under the current secret (moved from the previous one; made when missing). */
  #entry(chat: number | string): Entry {
    const now = this.#now();
    this.#rotate(now);
    this.#sweep(now);
    const [current, previous] = this.#secrets;
    const key = hmac(current!.secret, chat);
    let entry = this.#entries.get(key);
    this.#entries.delete(key);
    if (!entry && previous) {
      const old = hmac(previous.secret, chat);
      entry = this.#entries.get(old);
      this.#entries.delete(old);
    }
    if (entry && now - entry.seen > this.#idleMs) entry.conversation = null;
    entry ??= { gen: current!.gen, seen: now, conversation: null, buckets: {}, warned: false };
    entry.gen = current!.gen;
    entry.seen = now;
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxChats) this.#entries.delete(this.#entries.keys().next().value!);
    return entry;
  }

  #rotate(now: number): void {
    if (now - this.#rotatedAt < this.#rotateMs) return;
    const steps = Math.floor((now - this.#rotatedAt) / this.#rotateMs);
    this.#rotatedAt += steps * this.#rotateMs;
    const gen = this.#secrets[0]!.gen + steps;
    // After more than one period idle, the previous secret is gone too.
    this.#secrets =
      steps === 1 ? [{ gen, secret: randomBytes(32) }, this.#secrets[0]!] : [{ gen, secret: randomBytes(32) }];
    const oldest = this.#secrets.at(-1)!.gen;
    for (const [key, entry] of this.#entries) if (entry.gen < oldest) this.#entries.delete(key);
  }

  /** Drops the least recently seen entries that are idle past the limit (they are first in the map). */
  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (now - entry.seen <= this.#idleMs) break;
      this.#entries.delete(key);
    }
  }
}

function hmac(secret: Buffer, chat: number | string): string {
  return createHmac('sha256', secret).update(`telegram-chat\0${chat}`).digest('base64url');
}
