import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 0 });
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

async function page(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe("a source's stated time served on the person page", () => {
  it('is shown beside the range the dates allow when they differ (Takarchuk: release known to the month)', async () => {
    const en = await page('/en/persons/p-takarchuk/');
    expect(en).toContain('Time served as reported');
    expect(en).toMatch(/3 years, 3 months,? and 22 days, as [^<]+ reported\./);
    expect(en).toContain('The dates we have allow between');
    const ru = await page('/ru/persons/p-takarchuk/');
    expect(ru).toContain('Срок в заключении по сообщению источника');
    expect(ru).toContain('Известные нам даты дают от');
  });

  it('is not repeated when the dates give exactly the stated time (Luchynovich)', async () => {
    expect(await page('/en/persons/p-luchynovich/')).not.toContain('Time served as reported');
  });
});
