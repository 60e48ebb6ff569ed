/**
 * "Not the same person" through the real app: an editor marks a likely pair as
 * different people, with a reason; the pair leaves the duplicates page and the desk,
 * is listed as judged with who and why, and is offered again on undo; both are
 * audited and neither changes a record or the data version. Researchers and viewers
 * may see the list but not decide; bad input changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import type { Role } from '../../domain/access.js';
import { recentAudit } from '../../app/audit.js';
import { likelyDuplicates } from '../../app/duplicates.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

const get = (path: string, role: Role = 'editor') => app.request(path, { headers: asRole(role) });
const post = (path: string, form: Record<string, string>, role: Role = 'editor') =>
  app.request(path, {
    method: 'POST',
    headers: { ...asRole(role), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  const people = [
    ['p-d1', 'Лосік', 'Ігар', 'be-cyrl'],
    ['p-d2', 'Лосик', 'Игорь', 'ru-cyrl'],
    ['p-d3', 'Мароз', 'Алесь', 'be-cyrl'],
    ['p-d4', 'Мороз', 'Александр', 'ru-cyrl'],
  ] as const;
  for (const [id, family, given, system] of people) {
    const record = {
      id,
      region: 'brest',
      names: [{ family, given, system, primary: true }],
      events: [{ id: `e-${id}`, kind: 'detention', date: '2021-01-01' }],
    };
    const res = await app.request('/api/v1/records/persons', {
      method: 'POST',
      headers: { ...asRole('editor'), 'content-type': 'application/json' },
      body: JSON.stringify({ record }),
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => env.cleanup());

const pairs = async () => (await likelyDuplicates(env.ctx, { limit: 100 })).map((p) => `${p.a}+${p.b}`);

describe('not the same person', () => {
  it('offers both pairs, with the comparison and the decision to editors only', async () => {
    expect(await pairs()).toEqual(expect.arrayContaining(['p-d1+p-d2', 'p-d3+p-d4']));
    const page = await (await get('/staff/duplicates?lang=en')).text();
    expect(page).toContain('aria-label="Not the same person: p-d1 and p-d2"');
    const researcher = await (await get('/staff/duplicates?lang=en', 'researcher')).text();
    // A researcher sees the pair, but neither the merge they may not open nor the decision.
    expect(researcher).toContain('<code>p-d1</code>');
    expect(researcher).not.toContain('/staff/merge?');
    expect(researcher).not.toContain('/staff/duplicates/dismiss');
    const desk = await (await get('/staff/?lang=en', 'researcher')).text();
    expect(desk).toContain('href="/staff/persons/p-d1?lang=en"');
    expect(desk).not.toContain('/staff/merge?');
  });

  it('takes a pair off the list and the desk, audited, without a new data version', async () => {
    const version = await env.ctx.store.dataVersion();
    const res = await post('/staff/duplicates/dismiss?lang=be', { a: 'p-d2', b: 'p-d1', note: 'different fathers' });
    expect(res.status).toBe(303);
    const page = await (await get(res.headers.get('location')!)).text();
    expect(page).toContain('p-d1 і p-d2 пазначаныя як розныя людзі');
    expect(page).not.toContain('/staff/merge?a=p-d1&amp;b=p-d2');
    expect(page).toMatch(
      /Пазначаныя як розныя людзі<\/h2><ul><li>.*p-d1.*p-d2.*editor@example\.org.*different fathers/s,
    );
    expect(await pairs()).not.toContain('p-d1+p-d2');
    expect(await pairs()).toContain('p-d3+p-d4');
    const desk = await (await get('/staff/?lang=en')).text();
    expect(desk).not.toContain('/staff/merge?a=p-d1&amp;b=p-d2');
    expect(desk).toContain('/staff/merge?a=p-d3&amp;b=p-d4');
    expect(await env.ctx.store.dataVersion()).toBe(version);
    const [entry] = await recentAudit(env.ctx, 1);
    expect(entry).toMatchObject({ action: 'record.not-duplicate', resourceId: 'p-d1', details: { other: 'p-d2' } });
    const again = await post('/staff/duplicates/dismiss?lang=en', { a: 'p-d1', b: 'p-d2' });
    expect(again.status).toBe(303);
    expect((await recentAudit(env.ctx, 1))[0]!.seq).toBe(entry!.seq);
  });

  it('offers the pair again on undo', async () => {
    const res = await post('/staff/duplicates/undo?lang=en', { a: 'p-d1', b: 'p-d2' });
    expect(res.status).toBe(303);
    expect(await (await get(res.headers.get('location')!)).text()).toContain(
      'p-d1 and p-d2 are offered as likely duplicates again.',
    );
    expect(await pairs()).toContain('p-d1+p-d2');
    expect((await recentAudit(env.ctx, 1))[0]).toMatchObject({ action: 'record.maybe-duplicate' });
  });

  it('refuses other roles and bad input, changing nothing', async () => {
    for (const role of ['researcher', 'viewer', 'tip_reviewer', 'admin'] as const)
      expect((await post('/staff/duplicates/dismiss?lang=en', { a: 'p-d1', b: 'p-d2' }, role)).status).toBe(403);
    const self = await post('/staff/duplicates/dismiss?lang=en', { a: 'p-d1', b: 'p-d1' });
    expect(self.status).toBe(400);
    expect(await self.text()).toContain('cannot be their own duplicate');
    expect((await post('/staff/duplicates/dismiss?lang=en', { a: 'p-d1', b: 'p-nobody' })).status).toBe(404);
    expect((await post('/staff/duplicates/dismiss?lang=en', { a: 'p-d1' })).status).toBe(400);
    expect((await post('/staff/duplicates/undo?lang=en', { a: 'p-d3', b: 'p-d4' })).status).toBe(404);
    expect(await pairs()).toEqual(expect.arrayContaining(['p-d1+p-d2', 'p-d3+p-d4']));
  });
});
