/**
 * The history pages through the real app: every revision with readable differences,
 * restore as a new revision (with an audit entry, in one transaction), a stale restore
 * refused with a clear message and nothing written, and deleted records listed and
 * restored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { deskFixture, KAVALENKA, SHYSHKINA, write, type DeskFixture } from '../../testing/desk-fixture.js';
import { recentAudit } from '../../app/audit.js';
import { writeRecord } from '../../app/record-writes.js';
import { createHttpApp } from '../app.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
let fx: DeskFixture;
let second: number;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  fx = await deskFixture(env.ctx);
  const res = await write(
    env.ctx,
    'person',
    {
      ...KAVALENKA,
      names: KAVALENKA.names.slice(0, 2),
      events: [
        ...KAVALENKA.events,
        { id: 'e-kav-3', kind: 'release', date: '2024-01-10', releaseReason: 'term_served' },
      ],
    },
    fx.revisions['p-kav']!,
    'editor@example.org',
    'allow',
    'released, says the court list',
  );
  if (res.status !== 'written') throw new Error('expected a write');
  second = res.revisionId;
});
afterAll(() => env.cleanup());

const get = (path: string, role: Role = 'editor') => app.request(path, { headers: asRole(role) });
const post = (path: string, fields: Record<string, string>, role: Role = 'editor') =>
  app.request(path, {
    method: 'POST',
    headers: { ...asRole(role), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const revisions = () => env.ctx.store.read((r) => r.revisions.lastId());

describe('history pages', () => {
  it('lists every revision newest first with who, when, why and readable differences', async () => {
    const res = await get('/staff/persons/p-kav/history?lang=en');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<title>History: Каваленка Алег/);
    expect(page.indexOf('Revision 2')).toBeLessThan(page.indexOf('Revision 1'));
    expect(page).toContain('released, says the court list');
    expect(page).toMatch(/Event added<\/strong>: <ins>Release, 2024-01-10<\/ins>/);
    expect(page).toMatch(
      /Name form removed<\/strong>: <del><span lang="be-Latn">Kavalenka Aleh<\/span> \(be-latn-passport\) <span class="internal">\(internal\)<\/span>/,
    );
    expect(page).toContain('Record created');
    expect(page).not.toMatch(/events\[/);
    const be = await (await get('/staff/persons/p-kav/history?lang=be')).text();
    expect(be).toContain('Дададзена падзея');
  });

  it('a viewer reads the history but gets no restore form, and may not post one', async () => {
    const page = await (await get('/staff/persons/p-kav/history?lang=en', 'viewer')).text();
    expect(page).toContain('Revision 2');
    expect(page).not.toContain('Restore this version');
    const res = await post(
      `/staff/revisions/${fx.revisions['p-kav']}/restore?lang=en`,
      { base: String(second) },
      'viewer',
    );
    expect(res.status).toBe(403);
  });

  it('a stale restore is refused with a clear message; nothing is written', async () => {
    const before = await revisions();
    const res = await post(`/staff/revisions/${fx.revisions['p-kav']}/restore?lang=en`, {
      base: String(fx.revisions['p-kav']),
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(
      'Someone changed this record while you were looking (it is now at revision 2, by editor@example.org)',
    );
    expect(await revisions()).toBe(before);
  });

  it('restores revision 1 as revision 3, audited', async () => {
    const res = await post(`/staff/revisions/${fx.revisions['p-kav']}/restore?lang=en`, {
      base: String(second),
      note: 'the release was a mistake',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/persons/p-kav/history?lang=en&restored=3#rev-3');
    const page = await (await get('/staff/persons/p-kav/history?lang=en&restored=3')).text();
    expect(page).toContain('Restored: the record is now at revision 3');
    expect(page).toMatch(/Event removed<\/strong>: <del>Release, 2024-01-10<\/del>/);
    const latest = await env.ctx.store.read((r) => r.revisions.latestFor('person', 'p-kav'));
    expect(latest).toMatchObject({ seq: 3, actor: 'editor@example.org', note: 'the release was a mistake' });
    expect((await recentAudit(env.ctx, 1))[0]).toMatchObject({
      action: 'record.restore',
      resourceId: 'p-kav',
      revisionId: latest!.id,
    });
  });

  it('lists deleted records and restores one', async () => {
    await writeRecord(env.ctx, {
      type: 'person',
      id: 'p-shy',
      record: null,
      baseRevisionId: fx.revisions['p-shy']!,
      actor: 'editor@example.org',
      effect: 'allow',
      note: 'duplicate entry',
    });
    const list = await (await get('/staff/deleted?lang=ru')).text();
    expect(list).toContain('Удалённые записи');
    expect(list).toContain('Шишкина Ольга');
    expect(list).toContain('duplicate entry');
    const deletion = await env.ctx.store.read((r) => r.revisions.latestFor('person', 'p-shy'));
    const res = await post(`/staff/revisions/${fx.revisions['p-shy']}/restore?lang=ru`, {
      base: String(deletion!.id),
      back: 'deleted',
    });
    expect(res.status).toBe(303);
    const back = await env.ctx.store.read((r) => r.persons.get('p-shy'));
    expect(back?.names[0]?.family).toBe(SHYSHKINA.names[0]!.family);
    expect(await (await get('/staff/deleted?lang=en')).text()).toContain('No record has been deleted.');
  });

  it('answers 404 in the page language for an unknown record', async () => {
    const res = await get('/staff/sources/s-nope/history?lang=en');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('There is no such record');
  });
});
