import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { runChecks } from '../app/checks.js';
import { statsAt } from '../app/figures.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { FIXTURE_TODAY, loadLettersFixture } from '../testing/letters-fixture.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadLettersFixture(env.ctx);
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

async function page(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

const LABEL = {
  be: 'Тэрмін скончыўся, вызваленне не пацверджана',
  ru: 'Срок окончен, освобождение не подтверждено',
  en: 'Term ended, release not confirmed',
} as const;

describe('term ended, release not confirmed', () => {
  it('is the status of a person past the term on the person page and in the list, in each language', async () => {
    for (const lang of ['be', 'ru', 'en'] as const) {
      const person = await page(`/${lang}/persons/p-term/`);
      expect(person).toContain(LABEL[lang]);
      expect(person).toContain('id="write-to"');
      const list = await page(`/${lang}/persons/`);
      const row = list.split('<tr>').find((r) => r.includes('p-term/'));
      expect(row).toContain(LABEL[lang]);
      // Nobody else is: an internal case's shorter term must not make Pavel "term ended".
      expect(list.split(LABEL[lang]).length - 1).toBe(1);
      expect(await page(`/${lang}/persons/p-pavel/`)).not.toContain(LABEL[lang]);
    }
  });

  it('is counted apart from the headline, and the figures page says how many and why', async () => {
    const stats = await statsAt(env.ctx, FIXTURE_TODAY, 'public');
    // Held now and public: Pavel, Olga, Leu; Tsimur is past his term; Ivan is internal.
    expect(stats.count).toBe(3);
    expect(stats.termEnded).toBe(1);
    const staff = await statsAt(env.ctx, FIXTURE_TODAY, 'staff');
    expect(staff.count).toBe(4);
    expect(staff.termEnded).toBe(1);
    // Before his term ended he counted.
    expect((await statsAt(env.ctx, '2020-12-31', 'public')).count).toBe(1);
    const home = await page('/en/');
    expect(home).toContain('Not counted: 1 person past the end of the sentence, release not confirmed.');
    expect(home).toContain('href="figures/#term-ended"');
    const figures = await page('/ru/figures/');
    expect(figures).toContain('id="term-ended"');
    expect(figures).toContain('У 1 человека срок закончился, а освобождение не записано.');
    const api = (await (await app.request(`/api/v1/stats?date=${FIXTURE_TODAY}`)).json()) as Record<string, unknown>;
    expect(api).toMatchObject({ count: 3, termEnded: 1 });
  });

  it('is listed for staff by the checks, with a stable code', async () => {
    const report = await runChecks(env.ctx, {});
    const found = report.findings.filter((f) => f.code === 'term-ended-no-release');
    expect(found.map((f) => f.personId)).toEqual(['p-term']);
    expect(found[0]?.message).toContain('2021-01-10');
  });
});
