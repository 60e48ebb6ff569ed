/**
 * The review pages through the real app: a researcher's proposal listed (pending
 * first; a researcher sees only their own), shown as readable differences, approved
 * and rejected with a form post; a stale proposal refused with a clear message and
 * nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { deskFixture, KAVALENKA, SHYSHKINA, write, type DeskFixture } from '../../testing/desk-fixture.js';
import { createHttpApp } from '../app.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
let fx: DeskFixture;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  fx = await deskFixture(env.ctx);
});
afterAll(() => env.cleanup());

const get = (path: string, role: Role = 'editor', label?: string) =>
  app.request(path, { headers: asRole(role, label) });
const post = (path: string, fields: Record<string, string>, role: Role = 'editor') =>
  app.request(path, {
    method: 'POST',
    headers: { ...asRole(role), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

async function propose(record: { id: string; [k: string]: unknown }, base: number, actor = 'researcher@example.org') {
  const res = await write(env.ctx, 'person', record, base, actor, 'propose', 'from the morning news');
  if (res.status !== 'proposed') throw new Error('expected a proposal');
  return res.proposalId;
}

describe('review pages', () => {
  let first: number;
  let stale: number;

  it('lists pending proposals first; a researcher sees only their own', async () => {
    first = await propose(
      {
        ...KAVALENKA,
        birthDate: '1985-03-04',
        events: [...KAVALENKA.events, { id: 'e-kav-3', kind: 'verdict', date: '2022-11-02' }],
      },
      fx.revisions['p-kav']!,
    );
    await propose({ ...SHYSHKINA, sex: 'female', birthDate: '1990' }, fx.revisions['p-shy']!, 'other@example.org');
    stale = await propose({ ...KAVALENKA, sex: 'female' }, fx.revisions['p-kav']!);
    const page = await (await get('/staff/proposals?lang=en')).text();
    expect(page).toContain('Changes awaiting review');
    expect(page).toContain('researcher@example.org');
    expect(page).toContain('other@example.org');
    expect(page).toMatch(/Awaiting review/);
    const own = await (await get('/staff/proposals?lang=en', 'researcher')).text();
    expect(own).toContain('researcher@example.org');
    expect(own).not.toContain('other@example.org');
  });

  it('shows a proposal as readable differences, in the page language', async () => {
    const res = await get(`/staff/proposals/${first}?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const page = await res.text();
    expect(page).toContain('Event added');
    expect(page).toMatch(/Verdict, 2022-11-02/);
    expect(page).toMatch(/Birth date: <del[^>]*>1985<\/del> → <ins[^>]*>1985-03-04<\/ins>/);
    expect(page).toContain(`/staff/persons/p-kav/edit?proposal=${first}&amp;lang=en`);
    expect(page).not.toContain('events[');
    const ru = await (await get(`/staff/proposals/${first}?lang=ru`)).text();
    expect(ru).toContain('Добавлено событие');
    expect(ru).toContain('Дата рождения');
  });

  it('a researcher may not open another author’s proposal, nor post a review', async () => {
    const other = (await get(`/staff/proposals/${first + 1}?lang=en`, 'researcher')).status;
    expect(other).toBe(404);
    const own = await (await get(`/staff/proposals/${first}?lang=en`, 'researcher')).text();
    expect(own).not.toContain('name="decision"');
    const res = await post(`/staff/proposals/${first}/review?lang=en`, { decision: 'approve' }, 'researcher');
    expect(res.status).toBe(403);
  });

  it('refuses a rejection without a comment and changes nothing', async () => {
    const res = await post(`/staff/proposals/${first}/review?lang=en`, { decision: 'reject', comment: ' ' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Say why you reject it');
    const p = await env.ctx.store.read((r) => r.proposals.get(first));
    expect(p?.state).toBe('pending');
  });

  it('approves with a comment: a new revision, the public sees it', async () => {
    const res = await post(`/staff/proposals/${first}/review?lang=en`, { decision: 'approve', comment: 'checked' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/staff/proposals/${first}?lang=en&done=approved`);
    const page = await (await get(res.headers.get('location')!)).text();
    expect(page).toMatch(/Approved: the change is published as revision \d+/);
    expect(page).toContain('checked');
    const latest = await env.ctx.store.read((r) => r.revisions.latestFor('person', 'p-kav'));
    expect(latest?.doc).toMatchObject({ birthDate: '1985-03-04' });
    const again = await post(`/staff/proposals/${first}/review?lang=en`, { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already been reviewed');
  });

  it('a proposal made on an old revision is refused as proposed, with the reason, nothing written', async () => {
    const page = await (await get(`/staff/proposals/${stale}?lang=en`)).text();
    expect(page).toContain('The record has changed since this proposal was made');
    const before = await env.ctx.store.read((r) => r.revisions.lastId());
    const res = await post(`/staff/proposals/${stale}/review?lang=en`, { decision: 'approve' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('The record changed after this was based on it');
    expect(await env.ctx.store.read((r) => r.revisions.lastId())).toBe(before);
  });

  it('rejects with a comment', async () => {
    const res = await post(`/staff/proposals/${first + 1}/review?lang=be`, {
      decision: 'reject',
      comment: 'няма крыніцы',
    });
    expect(res.status).toBe(303);
    const page = await (await get(res.headers.get('location')!)).text();
    expect(page).toContain('Адхілена');
    expect(page).toContain('няма крыніцы');
  });
});
