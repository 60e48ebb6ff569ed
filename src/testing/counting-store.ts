/**
 * Test support: a store that counts calls to its person repository's methods, so a test
 * can check that an answer came from a memo and not from the store.
 *
 * @example
 * const { store, calls } = countingStore(t.ctx.store);
 * const ctx = { ...t.ctx, store };
 * await expected(ctx, '2024-01-01', '2024-12-31', 'public');
 * calls.get('getMany'); // records read through getMany (the number of records returned, or of calls)
 */
import type { Repos, Store } from '../app/ports.js';

type Fn = (...args: unknown[]) => unknown;

/** `store` with every `persons.*` call counted in `calls` (by method name). */
export function countingStore(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const count = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, name) {
        const value = Reflect.get(t, name) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
          return (value as Fn).apply(t, args);
        };
      },
    });
  const repos = (r: Repos): Repos =>
    new Proxy(r, { get: (t, name) => (name === 'persons' ? count(t.persons) : (Reflect.get(t, name) as unknown)) });
  const counted = new Proxy(store, {
    get(t, name) {
      if (name === 'read') return <T>(fn: (r: Repos) => Promise<T>) => t.read((r) => fn(repos(r)));
      const value = Reflect.get(t, name) as unknown;
      return typeof value === 'function' ? (value as Fn).bind(t) : value;
    },
  });
  return { store: counted, calls };
}
