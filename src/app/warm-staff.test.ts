/**
 * The staff warm-up leaves the desk built: afterwards the desk reads no person from the
 * store (only the small per-request tables: proposals, tips, pairs judged different).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { countingStore } from '../testing/counting-store.js';
import { loadDemo } from './demo.js';
import { deskView } from './desk.js';
import { warmStaff } from './warm-staff.js';
import { staffPersons } from './staff-lists.js';
import { staffOrderBuilt } from './read-model/index.js';
import type { Lang } from '../domain/record.js';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  app = await tempApp();
  await loadDemo(app.ctx, { synthetic: 20, internal: true });
});
afterAll(() => app.cleanup());

describe('the staff warm-up', () => {
  it('builds the desk once, so the desk afterwards reads no person', async () => {
    const { store, calls } = countingStore(app.ctx.store);
    const ctx = { ...app.ctx, store };
    const report = await warmStaff(ctx);
    expect(report.failed).toEqual([]);
    expect([...calls.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0); // it did read them
    calls.clear();
    const desk = await deskView(ctx, 'editor');
    expect(desk.sections.map((s) => s.key)).toContain('warnings');
    expect([...calls]).toEqual([]);
  });

  it('builds the staff list in each order it is given, so the list afterwards reads no person', async () => {
    const { store, calls } = countingStore(app.ctx.store);
    const ctx = { ...app.ctx, store };
    const orders = (['be', 'en'] as const).map((lang: Lang) => {
      const collator = new Intl.Collator(lang);
      return { lang, key: (id: string) => id, compare: (a: string, b: string) => collator.compare(a, b) };
    });
    expect(await staffOrderBuilt(ctx, orders[0]!)).toBe(false);
    expect((await warmStaff(ctx, orders)).failed).toEqual([]);
    for (const order of orders) expect(await staffOrderBuilt(ctx, order)).toBe(true);
    calls.clear();
    const page = await staffPersons(ctx, { page: 2, order: orders[0]! });
    expect(page.rows.length).toBeGreaterThan(0);
    expect([...calls]).toEqual([]);
  });

  it('reports what fails instead of throwing', async () => {
    const broken = { ...app.ctx, store: { ...app.ctx.store, read: () => Promise.reject(new Error('gone')) } };
    const report = await warmStaff(broken as never);
    expect(report.failed.length).toBeGreaterThan(0);
  });
});
