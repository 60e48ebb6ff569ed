/**
 * The staff digest pages through the real app (forms posted as a browser without script
 * posts them): an editor drafts a month in two languages, reorders, searches and adds,
 * edits a text, previews a regeneration and publishes once the warnings are acknowledged;
 * a stale form and bad input change nothing; a researcher reads but cannot change or publish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { createHttpApp } from '../app.js';
import { loadDemo } from '../../app/demo.js';
import { digestState, listDigests } from '../../app/digests.js';
import { DEMO_INTERNAL_MARK } from '../../demo/internal.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
const ID = 'd-releases-2024-01-en';

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 0, internal: true });
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

const get = (path: string, role: Role = 'editor') => app.request(path, { headers: asRole(role) });
function post(path: string, fields: Record<string, string | string[]>, role: Role = 'editor') {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return app.request(path, {
    method: 'POST',
    headers: { ...asRole(role), 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}
const state = () => digestState(env.ctx, ID);
const base = async () => String((await state()).revisionId);

describe('staff digest pages', () => {
  it('refuses a bad month with a field error and drafts nothing', async () => {
    const res = await post('/staff/digests?lang=en', { kind: 'releases', month: '2024-1', langs: ['en'] });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('id="digest-month-error"');
    expect(await listDigests(env.ctx)).toEqual([]);
  });

  it('drafts a month in two languages and opens the first', async () => {
    expect((await get('/staff/digests/new?lang=ru')).status).toBe(200);
    const res = await post('/staff/digests?lang=ru', { kind: 'releases', month: '2024-01', langs: ['en', 'ru'] });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/staff/digests/${ID}?lang=ru&done=drafted`);
    expect((await listDigests(env.ctx)).map((d) => d.id).sort()).toEqual([ID, 'd-releases-2024-01-ru']);
    const page = await (await get(`/staff/digests/${ID}?lang=ru&done=drafted`)).text();
    expect(page).toContain('Черновик составлен.');
    expect(page).toMatch(/<textarea id="text-0" name="text" rows="6" aria-describedby="paragraphs-hint" lang="en">/);
    expect(page).not.toContain(DEMO_INTERNAL_MARK);
    const again = await post('/staff/digests?lang=en', { kind: 'releases', month: '2024-01', langs: ['en'] });
    expect(again.status).toBe(409);
  });

  it('moves an entry up; a form based on an older revision is refused and changes nothing', async () => {
    const before = await state();
    const second = before.digest.entries[1]!.personId;
    const stale = String(before.revisionId);
    const res = await post(`/staff/digests/${ID}/move?lang=en`, { base: stale, personId: second, to: '0' });
    expect(res.status).toBe(303);
    expect((await state()).digest.entries[0]!.personId).toBe(second);
    const after = await state();
    const refused = await post(`/staff/digests/${ID}/drop?lang=be`, { base: stale, personId: second });
    expect(refused.status).toBe(409);
    const text = await refused.text();
    expect(text).toContain('Хтосьці змяніў гэты дайджэст');
    expect(text).toMatch(/<li><code>entries\.[01]\.personId<\/code><\/li>/);
    expect((await state()).revisionId).toBe(after.revisionId);
  });

  it('finds people by name to add, and refuses an internal person in the page language', async () => {
    const search = await post(`/staff/digests/${ID}/add?lang=en`, { base: await base(), person: 'Schovany' });
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('Nobody public was found');
    const internal = await post(`/staff/digests/${ID}/add?lang=ru`, { base: await base(), person: 'p-demo-internal' });
    expect(internal.status).toBe(409);
    expect(await internal.text()).toContain('Запись p-demo-internal внутренняя');
  });

  it('saves the texts, shows the warning it raises, and publishes only once it is acknowledged', async () => {
    const { digest, revisionId } = await state();
    const withTerm = digest.entries.findIndex((e) => e.facts.timeServed);
    const fields = {
      base: String(revisionId),
      title: digest.opening.title,
      opening: digest.opening.paragraphs.join('\r\n\r\n'),
      person: digest.entries.map((e) => e.personId),
      heading: digest.entries.map((e, i) => (i === withTerm ? 'Written by hand' : e.heading)),
      text: digest.entries.map((e) => e.paragraphs.join('\r\n\r\n')),
      note: 'heading',
    };
    expect((await post(`/staff/digests/${ID}/texts?lang=en`, fields, 'researcher')).status).toBe(403);
    expect((await post(`/staff/digests/${ID}/texts?lang=en`, fields)).status).toBe(303);
    const saved = (await state()).digest;
    expect(saved.entries[withTerm]!.heading).toBe('Written by hand');
    expect(saved.opening).toEqual(digest.opening);
    const page = await (await get(`/staff/digests/${ID}?lang=en`)).text();
    expect(page).toContain('value="heading-term-mismatch"');
    const be = await (await get(`/staff/digests/${ID}?lang=be`)).text();
    expect(be).toContain('<strong>Тэрмін у загалоўку не адпавядае датам</strong>');
    // The warning itself in the page's language, not in English.
    expect(be).toMatch(/<li>\[папярэджанне\] Загаловак пра p-[a-z-]+ не называе тэрмін, які даюць даты \(/);
    expect(be).not.toContain('does not state the time served');
    expect(be).not.toContain('паказаныя па-англійску');

    const preview = await get(`/staff/digests/${ID}/regeneration?lang=be`, 'researcher');
    expect(preview.status).toBe(200);
    const previewPage = await preview.text();
    expect(previewPage).toContain('Што зменіць перастварэнне');
    const readOnly = await (await get(`/staff/digests/${ID}?lang=en`, 'researcher')).text();
    expect(readOnly).not.toContain('/publish');
    expect(readOnly).toContain('may read digests but not change');

    const refused = await post(`/staff/digests/${ID}/publish?lang=en`, { base: await base() });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('heading-term-mismatch');
    expect((await state()).digest.status).toBe('edited');
    expect((await post(`/staff/digests/${ID}/publish?lang=en`, { base: await base() }, 'researcher')).status).toBe(403);
    const codes = [...new Set((await state()).digest.warnings.map((w) => w.code))];
    const done = await post(`/staff/digests/${ID}/publish?lang=en`, { base: await base(), ack: codes });
    expect(done.status).toBe(303);
    expect((await state()).digest.status).toBe('published');
    const pub = await app.request(`/en/digests/${ID}/`);
    expect(await pub.text()).toContain('Written by hand');
  });
});
