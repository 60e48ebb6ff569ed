/**
 * The desk through the real app: each section shows what needs attention (warnings,
 * proposals, expected releases, ended terms, no new source) with counts in the page
 * language and links to where it is fixed; internal people are there for staff; a
 * role sees only the sections it may read; the sections follow writes (carried facts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { deskFixture, KAVALENKA, write, type DeskFixture } from '../../testing/desk-fixture.js';
import { createHttpApp } from '../app.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
let fx: DeskFixture;

const sentenced = (id: string, family: string, detained: string, years: number, extra: object = {}) => ({
  id,
  names: [{ family, given: 'Test', system: 'be-latn-passport', primary: true }],
  cases: [
    {
      id: `c-${id}`,
      verdictDate: detained.replace(/-\d\d$/, '-28'),
      punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years, months: 0, days: 0 } },
      sourceIds: ['s-court'],
    },
  ],
  events: [
    { id: `e-${id}`, kind: 'detention', date: detained, sourceIds: ['s-court'] },
    { id: `e-${id}-rec`, kind: 'recognition', date: detained.replace(/-\d\d$/, '-20') },
  ],
  ...extra,
});

beforeAll(async () => {
  env = await tempApp(); // today: 2024-02-02
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  fx = await deskFixture(env.ctx);
  const put = (r: { id: string; [k: string]: unknown }) =>
    write(env.ctx, 'person', r, null, 'editor@example.org', 'allow');
  await put(sentenced('p-soon', 'Soonrelease', '2022-02-12', 2));
  await put(sentenced('p-ended', 'Termended', '2021-01-05', 2, { visibility: 'internal' }));
  await put({
    id: 'p-bad',
    names: [{ family: 'Baddates', given: 'Test', system: 'be-latn-passport' }],
    events: [
      { id: 'e-bad-1', kind: 'detention', date: '2023-05-01' },
      { id: 'e-bad-2', kind: 'release', date: '2023-01-01', releaseReason: 'term_served' },
    ],
  });
  await write(
    env.ctx,
    'person',
    { ...KAVALENKA, sex: 'female' },
    fx.revisions['p-kav']!,
    'researcher@example.org',
    'propose',
  );
});
afterAll(() => env.cleanup());

const page = async (lang: string, role: Role = 'editor') => {
  const res = await app.request(`/staff/?lang=${lang}`, { headers: asRole(role) });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return res.text();
};
const section = (html: string, key: string) => {
  const m = new RegExp(`<section class="desk-section" aria-labelledby="desk-${key}">([\\s\\S]*?)</section>`).exec(html);
  return m?.[1] ?? '';
};

describe('the desk', () => {
  it('keeps the account and lists each section with links to where it is fixed', async () => {
    const html = await page('en');
    expect(html).toContain('Signed in as editor@example.org');
    expect(section(html, 'warnings')).toMatch(/href="\/staff\/persons\/p-bad\?lang=en"/);
    // Names as staff lists show them, not the sort keys ("baddates test").
    expect(section(html, 'warnings')).toContain('<span lang="be-Latn">Baddates Test</span>');
    expect(section(html, 'proposals')).toMatch(/1 change\./);
    expect(section(html, 'proposals')).toMatch(/href="\/staff\/proposals\/\d+\?lang=en"/);
    expect(section(html, 'expected')).toContain('/staff/persons/p-soon?lang=en');
    expect(section(html, 'expected')).not.toContain('p-ended');
    expect(section(html, 'termEnded')).toContain('/staff/persons/p-ended?lang=en'); // internal: staff see them
    expect(section(html, 'noSource')).toContain('/staff/persons/p-ended?lang=en');
    expect(section(html, 'noSource')).not.toContain('p-kav'); // not in custody
    expect(section(html, 'noSource')).toContain('last source');
    expect(html).toContain('desk-duplicates');
  });

  it('says counts with the plurals of the page language', async () => {
    const ru = await page('ru');
    expect(section(ru, 'proposals')).toContain('1 изменение.');
    expect(ru).toContain('Ожидаемые освобождения в ближайшие 14 дней');
    const be = await page('be');
    expect(section(be, 'termEnded')).toContain('1 чалавек.');
  });

  it('follows writes: a fixed record leaves the warnings section', async () => {
    const before = section(await page('en'), 'warnings');
    expect(before).toContain('p-bad');
    const latest = await env.ctx.store.read((r) => r.revisions.latestFor('person', 'p-bad'));
    await write(
      env.ctx,
      'person',
      {
        id: 'p-bad',
        names: [{ family: 'Baddates', given: 'Test', system: 'be-latn-passport' }],
        events: [{ id: 'e-bad-1', kind: 'detention', date: '2023-05-01' }],
      },
      latest!.id,
      'editor@example.org',
      'allow',
    );
    expect(section(await page('en'), 'warnings')).not.toContain('p-bad');
  });

  it('shows a role only the sections it may read', async () => {
    const tips = await page('en', 'tip_reviewer');
    expect(tips).toContain('Signed in as tip_reviewer@example.org');
    expect(tips).not.toContain('desk-warnings');
    expect(tips).not.toContain('p-ended');
    const viewer = await page('en', 'viewer');
    expect(viewer).toContain('desk-warnings');
    expect(viewer).not.toContain('desk-proposals');
  });
});
