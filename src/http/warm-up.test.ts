import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app.js';
import { warmUp } from './warm-up.js';
import { tempApp } from '../testing/temp-app.js';
import { loadLettersFixture } from '../testing/letters-fixture.js';
import { countingStore } from '../testing/counting-store.js';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  app = await tempApp();
  await loadLettersFixture(app.ctx);
});
afterAll(() => app.cleanup());

describe('warm-up', () => {
  it('asks for every page kind in every language and reports each', async () => {
    const report = await warmUp(createHttpApp(app.ctx));
    expect(report.failed).toEqual([]);
    const paths = report.paths.map((p) => p.path);
    for (const lang of ['be', 'ru', 'en']) {
      expect(paths).toContain(`/${lang}/figures/`);
      expect(paths).toContain(`/${lang}/persons/names/`);
      expect(paths.some((p) => p.startsWith(`/${lang}/facilities/f-`))).toBe(true);
    }
  });

  it('leaves the read model built: the same pages afterwards read nothing from the store', async () => {
    const { store, calls } = countingStore(app.ctx.store);
    const ctx = { ...app.ctx, store };
    await warmUp(createHttpApp(ctx));
    calls.clear();
    const http = createHttpApp(ctx);
    for (const path of ['/ru/figures/', '/en/figures/birthdays/', '/be/persons/names/', '/en/figures/upcoming/']) {
      expect((await http.request(path)).status).toBe(200);
    }
    const reads = [...calls].filter(([name]) => name !== 'dataVersion' && name !== 'changes.position');
    expect(reads).toEqual([]);
  });

  it('reports a page that fails instead of throwing', async () => {
    const report = await warmUp({
      request: async (path: string) => {
        if (String(path).includes('figures/')) throw new Error('boom');
        return new Response('{}', { status: 200 });
      },
    } as never);
    expect(report.failed.length).toBeGreaterThan(0);
    expect(report.failed.every((p) => p.includes('figures/'))).toBe(true);
  });
});
