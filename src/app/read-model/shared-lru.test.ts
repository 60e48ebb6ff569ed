import { describe, expect, it } from 'vitest';
import { SharedLru } from './shared-lru.js';

describe('SharedLru', () => {
  it('keeps values read at its position and drops the changed keys when carried', () => {
    const cache = new SharedLru<string, string>(10, 7);
    expect(cache.set('a', 'A7', 7)).toBe(true);
    expect(cache.set('b', 'B7', 7)).toBe(true);
    expect(cache.carried(9, ['a'])).toBe(cache);
    expect(cache.position).toBe(9);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('B7');
  });

  it('refuses a value read at another position than the one it was carried to', () => {
    const cache = new SharedLru<string, string>(10, 7);
    cache.carried(8, ['a']);
    // Read before the change that the carry to 8 dropped: never kept.
    expect(cache.set('a', 'stale', 7)).toBe(false);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.set('a', 'A8', 8)).toBe(true);
    expect(cache.set('a', 'ahead', 9)).toBe(false);
    expect(cache.get('a')).toBe('A8');
  });

  it('is bounded like an Lru', () => {
    const cache = new SharedLru<string, number>(2, 0);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.get('a');
    cache.set('c', 3, 0);
    expect([...cache].map(([k]) => k)).toEqual(['a', 'c']);
    expect(cache.size).toBe(2);
  });
});
