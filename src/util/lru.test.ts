import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';

describe('Lru', () => {
  it('forgets the least recently used entry', () => {
    const cache = new Lru<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.size).toBe(2);
    expect(() => new Lru(0)).toThrow(RangeError);
    expect(() => new Lru(1.5)).toThrow(RangeError);
  });

  it('peek and has leave the order alone; iteration goes from oldest to newest', () => {
    const cache = new Lru<string, number>(2);
    cache.set('a', 1).set('b', 2);
    expect(cache.peek('a')).toBe(1);
    expect(cache.has('a')).toBe(true);
    cache.set('c', 3);
    expect(cache.has('a')).toBe(false);
    expect([...cache]).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
    expect(cache.delete('b')).toBe(true);
    expect(cache.delete('b')).toBe(false);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('keeps the total weight under its budget and skips entries heavier than the budget', () => {
    const cache = new Lru<string, string>(100, { maxWeight: 10, weigh: (s) => s.length });
    cache.set('a', 'xxxx');
    cache.set('b', 'yyyy');
    cache.get('a');
    cache.set('c', 'zzzz');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('xxxx');
    expect(cache.totalWeight).toBe(8);
    cache.set('a', 'x');
    expect(cache.totalWeight).toBe(5);
    cache.set('huge', 'h'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.totalWeight).toBe(0);
    expect(() => new Lru(5, { maxWeight: 0, weigh: () => 1 })).toThrow(RangeError);
  });
});
