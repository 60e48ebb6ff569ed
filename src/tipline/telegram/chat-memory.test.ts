/** The bot's memory: keyed by an HMAC under an hourly secret, forgotten after 30 minutes idle. */
import { describe, expect, it } from 'vitest';
import { ChatMemory } from './chat-memory.js';

const conversation = { step: 'who' as const, lang: 'en' as const, files: [] };

describe('chat memory', () => {
  it('keys chats by an HMAC, never by the chat id', () => {
    const memory = new ChatMemory({ now: () => 0 });
    memory.save(987654321, conversation);
    expect(memory.load(987654321)).toEqual(conversation);
    expect(memory.keys()).toHaveLength(1);
    expect(memory.keys()[0]).not.toContain('987654321');
    expect(new ChatMemory({ now: () => 0 }).load(987654321)).toBeNull(); // another secret
  });

  it('forgets a conversation idle for 30 minutes', () => {
    let t = 0;
    const memory = new ChatMemory({ now: () => t });
    memory.save(1, conversation);
    t = 29 * 60_000;
    expect(memory.load(1)).toEqual(conversation);
    t += 30 * 60_000 + 1;
    expect(memory.load(1)).toBeNull();
  });

  it('keeps a conversation across one change of secret, and drops every key after two', () => {
    let t = 0;
    const memory = new ChatMemory({ now: () => t, idleMs: 10 * 3_600_000 });
    memory.save(1, conversation);
    const first = memory.keys()[0];
    t = 3_600_000;
    expect(memory.load(1)).toEqual(conversation);
    expect(memory.keys()).toHaveLength(1);
    expect(memory.keys()[0]).not.toBe(first); // moved under the new secret
    memory.save(2, conversation);
    t = 3 * 3_600_000;
    expect(memory.size).toBe(2);
    expect(memory.load(1)).toBeNull();
    expect(memory.size).toBe(1); // the old keys went with their secret
  });

  it('keeps at most maxChats, dropping the least recently seen', () => {
    const memory = new ChatMemory({ now: () => 0, maxChats: 2 });
    for (const chat of [1, 2, 3]) memory.save(chat, conversation);
    expect(memory.size).toBe(2);
    expect(memory.load(1)).toBeNull();
  });

  it('rate-limits messages and tips per chat, warning once', () => {
    let t = 0;
    const memory = new ChatMemory({
      now: () => t,
      messages: { burst: 2, perMinute: 1 },
      tips: { burst: 1, perHour: 1 },
    });
    expect([memory.take(1, 'message'), memory.take(1, 'message')].every((r) => r.ok)).toBe(true);
    expect(memory.take(1, 'message')).toEqual({ ok: false, warn: true });
    expect(memory.take(1, 'message')).toEqual({ ok: false, warn: false });
    expect(memory.take(2, 'message').ok).toBe(true); // another chat
    t = 60_000;
    expect(memory.take(1, 'message').ok).toBe(true);
    expect(memory.take(1, 'tip').ok).toBe(true);
    expect(memory.take(1, 'tip').ok).toBe(false);
  });
});
