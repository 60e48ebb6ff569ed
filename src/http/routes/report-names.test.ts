/**
 * The report form's name search through the real app, on the demo registry with its
 * internal person: public people found in any script with their name in the page's
 * language; an internal person never, not even by a public spelling of their name;
 * POST only (the name is never in a URL), never cached, bad input refused; the report
 * page's CSP lets its script ask this site and nothing else; the language switch keeps
 * the person a report is about.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 5, internal: true });
  app = createHttpApp(env.ctx);
});
afterAll(() => env.cleanup());

const ask = (lang: string, body: unknown) =>
  app.request(`/${lang}/report/names`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify(body),
  });

describe('the report form’s name search', () => {
  it('finds public people in any script, named in the page’s language', async () => {
    for (const [lang, q] of [
      ['be', 'Luchynovich'],
      ['en', 'Лучинович'],
    ] as const) {
      const res = await ask(lang, { q });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const { people } = (await res.json()) as { people: Array<{ id: string; name: string }> };
      const hit = people.find((p) => p.id === 'p-luchynovich');
      expect(hit, `${lang} ${q}`).toBeDefined();
      expect(hit!.name).toMatch(lang === 'be' ? /Лучыновіч/ : /Luchynovich/);
    }
  });

  it('never offers an internal person, not even by a public spelling of their name', async () => {
    const { people } = (await (await ask('en', { q: 'Demo Schovany' })).json()) as { people: Array<{ id: string }> };
    expect(people.map((p) => p.id)).not.toContain('p-demo-internal');
  });

  it('takes only a POST with a short query, and says what is wrong', async () => {
    expect((await app.request('/en/report/names?q=Luchynovich')).status).toBe(404);
    for (const body of [{}, { q: 'a' }, { q: 'x'.repeat(201) }, { q: 'Luchynovich', extra: 1 }]) {
      const res = await ask('en', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-input');
    }
  });

  it('the report page may ask this site, and its language switch keeps the person', async () => {
    const res = await app.request('/en/report/?person=p-luchynovich');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain('data-url="/en/report/names"');
    expect(page).toContain('href="../../be/report/?person=p-luchynovich"');
    const other = await app.request('/en/persons/');
    expect(other.headers.get('content-security-policy')).not.toContain('connect-src');
  });
});
