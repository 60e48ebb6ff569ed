import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../domain/record.js';
import { serializeRegistryJson } from '../exchange/json.js';
import { personsToCsv } from '../exchange/csv.js';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from './demo.js';
import { writePerson } from './persons.js';
import { exportRegistry, forEachPersonPage, overlapped, type ExportOptions } from './export.js';

/** More people than one page, so exports cross several pages. */
const SYNTHETIC = 600;
let app: Awaited<ReturnType<typeof tempApp>>;

beforeAll(async () => {
  app = await tempApp();
  await loadDemo(app.ctx, { synthetic: SYNTHETIC });
  await app.ctx.store.write(async (repos) => {
    const ids = await repos.persons.ids(null, 100);
    for (const person of await repos.persons.getMany(ids.filter((_, i) => i % 7 === 3))) {
      await writePerson(repos, { ...person, visibility: 'internal' }, { actor: 'test' }, '2024-02-02T12:00:00.000Z');
    }
  });
}, 60_000);
afterAll(() => app.cleanup());

async function exported(opts: ExportOptions): Promise<string> {
  let out = '';
  await exportRegistry(app.ctx, opts, (chunk) => {
    out += chunk;
  });
  return out;
}

/** Everything as the reference reads it: all ids, then every record by id, sorted in memory. */
async function everything() {
  return app.ctx.store.read(async (repos) => {
    const ids: string[] = [];
    for (let after: string | null = null; ;) {
      const page = await repos.persons.ids(after, 100);
      if (page.length === 0) break;
      ids.push(...page);
      after = page[page.length - 1]!;
    }
    const persons: Person[] = await repos.persons.getMany(ids);
    return {
      articles: await repos.reference.articles(),
      creditRatios: await repos.reference.creditRatios(),
      courts: await repos.reference.courts(),
      facilities: await repos.facilities.list(),
      sources: await repos.sources.list(),
      persons,
    };
  });
}

describe('exportRegistry', () => {
  it('writes the same JSON as serialising the whole registry at once', async () => {
    const all = await everything();
    expect(all.persons).toHaveLength(SYNTHETIC + 5);
    expect(await exported({ format: 'json', audience: 'staff' })).toBe(serializeRegistryJson(all));
  });

  it('writes the same CSV as one table of everyone (and of the public only)', async () => {
    const all = await everything();
    const sorted = [...all.persons].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await exported({ format: 'csv', audience: 'staff' })).toBe(
      personsToCsv(sorted, all.facilities, { header: true, audience: 'staff' }),
    );
    const visible = sorted.filter((p) => p.visibility === 'public');
    expect(visible.length).toBeLessThan(sorted.length);
    expect(await exported({ format: 'csv', audience: 'public' })).toBe(
      personsToCsv(visible, all.facilities, { header: true, audience: 'public' }),
    );
  });

  it('leaves internal people out of the public JSON', async () => {
    const all = await everything();
    const text = await exported({ format: 'json', audience: 'public' });
    const ids = [...text.matchAll(/^ {4}\{"id":"(p-[^"]+)"/gm)].map((m) => m[1]);
    expect(ids).toEqual(
      all.persons
        .filter((p) => p.visibility === 'public')
        .map((p) => p.id)
        .sort(),
    );
  });

  it('hands out pages of persons in id order', async () => {
    const seen: string[] = [];
    let pages = 0;
    await app.ctx.store.read((repos) =>
      forEachPersonPage(repos, async (persons) => {
        pages++;
        seen.push(...persons.map((p) => p.id));
      }),
    );
    expect(pages).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toHaveLength(SYNTHETIC + 5);
  });

  it('calls a slow sink one chunk at a time, in order, and fails when the sink fails', async () => {
    let busy = false;
    let calls = 0;
    let out = '';
    await exportRegistry(app.ctx, { format: 'csv', audience: 'staff' }, async (chunk) => {
      expect(busy).toBe(false);
      busy = true;
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      out += chunk;
      busy = false;
    });
    expect(calls).toBeGreaterThan(2);
    expect(out).toBe(await exported({ format: 'csv', audience: 'staff' }));
    let n = 0;
    const failing = exportRegistry(app.ctx, { format: 'json', audience: 'staff' }, async () => {
      if (++n === 3) throw new Error('disk full');
      await new Promise((resolve) => setTimeout(resolve, 1));
    });
    await expect(failing).rejects.toThrow('disk full');
  });
});

describe('overlapped', () => {
  it('returns before a chunk is written, waits for it before the next, and flush waits for the last', async () => {
    const log: string[] = [];
    const release: Array<() => void> = [];
    const sink = overlapped(
      (chunk) =>
        new Promise<void>((resolve) => {
          log.push(`start ${chunk}`);
          release.push(() => {
            log.push(`done ${chunk}`);
            resolve();
          });
        }),
    );
    await sink.write('a');
    expect(log).toEqual(['start a']);
    const second = sink.write('b');
    await Promise.resolve();
    expect(log).toEqual(['start a']);
    release.shift()!();
    await second;
    expect(log).toEqual(['start a', 'done a', 'start b']);
    let flushed = false;
    const flush = sink.flush().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    release.shift()!();
    await flush;
    expect(log).toEqual(['start a', 'done a', 'start b', 'done b']);
  });

  it('reports a failed write at the next write or at flush', async () => {
    const sink = overlapped((chunk) => (chunk === 'bad' ? Promise.reject(new Error('bad write')) : undefined));
    await sink.write('bad');
    await expect(sink.write('next')).rejects.toThrow('bad write');
    const other = overlapped(() => Promise.reject(new Error('late')));
    await other.write('x');
    await expect(other.flush()).rejects.toThrow('late');
  });
});
