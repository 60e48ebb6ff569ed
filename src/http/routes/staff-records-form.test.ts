/**
 * The facility and source forms, posted as a browser without JavaScript posts them:
 * saves by an editor are written, a researcher's become proposals, errors come back
 * next to their fields with nothing stored, and a stale save shows the conflict view
 * whose post resolves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { currentRecord } from '../../app/record-writes.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { tempApp } from '../../testing/temp-app.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

function post(path: string, role: 'editor' | 'researcher' | 'viewer', fields: Record<string, string>) {
  return app.request(path, {
    method: 'POST',
    headers: asRole(role, undefined, { 'content-type': 'application/x-www-form-urlencoded' }),
    body: new URLSearchParams(fields).toString(),
  });
}

const get = (path: string, role: 'editor' | 'researcher' | 'viewer' = 'editor') =>
  app.request(path, { headers: asRole(role) });

const colony = {
  id: 'f-ik15',
  kind: 'colony',
  number: '15',
  regime: 'strict',
  'city.be': 'Магілёў',
  'city.ru': 'Могилёв',
  'city.en': 'Mahilioŭ',
  'name.ru': 'ИК-15',
  aliases: 'IK-15\r\nМогилёвская колония\r\n',
  'letters.institution': 'ИК-15',
  'letters.street': 'Славгородское шоссе, 183',
  'letters.locality': 'г. Могилёв',
  'letters.postalCode': '212013',
  'letters.checked': 'on',
  visibility: 'public',
  changeNote: 'from the address list',
};

/** The hidden fields of a rendered form (what the browser sends back), decoded. */
function hiddenFields(page: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    out[m[1]!] = m[2]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return out;
}

describe('facility form', () => {
  it('renders in every language, with a label for every control', async () => {
    for (const lang of ['be', 'ru', 'en']) {
      const res = await get(`/staff/facilities/new?lang=${lang}`);
      expect(res.status).toBe(200);
      const page = await res.text();
      expect(page).toContain(`<html lang="${lang}">`);
      for (const m of page.matchAll(/<(?:input|select|textarea) id="([^"]+)"/g))
        expect(page, m[1]).toContain(`for="${m[1]}"`);
      expect(page).toContain('lang="ru"'); // the letters address is Russian on every page
    }
  });

  it('creates a facility as an editor and shows it saved', async () => {
    const res = await post('/staff/facilities/new?lang=en', 'editor', colony);
    expect(res.status).toBe(303);
    const where = res.headers.get('location')!;
    expect(where).toMatch(/^\/staff\/facilities\/f-ik15\/edit\?lang=en&saved=\d+$/);
    const page = await (await get(where)).text();
    expect(page).toContain('Saved as revision');
    expect(page).toContain('value="Славгородское шоссе, 183"');
    const stored = await currentRecord(env.ctx, 'facility', 'f-ik15');
    expect(stored.record).toMatchObject({
      kind: 'colony',
      regime: 'strict',
      aliases: ['IK-15', 'Могилёвская колония'],
      letters: { postalCode: '212013', checked: true, locality: 'г. Могилёв' },
      city: { be: 'Магілёў', ru: 'Могилёв', en: 'Mahilioŭ' },
    });
  });

  it('shows errors next to their fields and stores nothing', async () => {
    const res = await post('/staff/facilities/new?lang=ru', 'editor', {
      ...colony,
      id: 'f-bad',
      'letters.postalCode': '2120',
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(
      /id="field-letters-postalCode"[^>]*aria-invalid="true"[^>]*>\s*<span class="error field-error" id="field-letters-postalCode-error">expected a six-digit/,
    );
    expect(page).toContain('value="2120"'); // what was typed stays
    await expect(currentRecord(env.ctx, 'facility', 'f-bad')).rejects.toMatchObject({ code: 'not-found' });
    const unknown = await post('/staff/facilities/new', 'editor', { ...colony, id: 'f-x', secret: '1' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('secret');
  });

  it('refuses an id that exists, at the id field', async () => {
    const res = await post('/staff/facilities/new?lang=en', 'editor', colony);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('id="field-id-error"');
  });

  it("keeps a researcher's change as a proposal awaiting review", async () => {
    const before = await currentRecord(env.ctx, 'facility', 'f-ik15');
    const form = await (await get('/staff/facilities/f-ik15/edit?lang=en', 'researcher')).text();
    const res = await post('/staff/facilities/f-ik15/edit?lang=en', 'researcher', {
      ...colony,
      id: 'f-ik15',
      number: '16',
      base: hiddenFields(form).base!,
    });
    expect(res.status).toBe(303);
    const page = await (await get(res.headers.get('location')!, 'researcher')).text();
    expect(page).toContain('awaiting review');
    expect((await currentRecord(env.ctx, 'facility', 'f-ik15')).revisionId).toBe(before.revisionId);
  });

  it('refuses a viewer', async () => {
    expect((await get('/staff/facilities/new', 'viewer')).status).toBe(403);
    expect((await post('/staff/facilities/f-ik15/edit', 'viewer', colony)).status).toBe(403);
  });

  it('answers a stale save with the conflict view, and saves the resolution', async () => {
    const form = await (await get('/staff/facilities/f-ik15/edit?lang=en')).text();
    const base = hiddenFields(form).base!;
    const first = await post('/staff/facilities/f-ik15/edit?lang=en', 'editor', { ...colony, base, number: '17' });
    expect(first.status).toBe(303);
    const second = await post('/staff/facilities/f-ik15/edit?lang=en', 'editor', {
      ...colony,
      base,
      number: '18',
      'name.en': 'Colony 15',
    });
    expect(second.status).toBe(409);
    const view = await second.text();
    expect(view).toContain('<legend>number</legend>');
    expect(view).toContain('name.en');
    const fields = hiddenFields(view);
    const missing = await post('/staff/facilities/f-ik15/edit?lang=en', 'editor', fields);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Choose a version for this field.');
    const done = await post('/staff/facilities/f-ik15/edit?lang=en', 'editor', { ...fields, 'choice-0': 'mine' });
    expect(done.status).toBe(303);
    expect((await currentRecord(env.ctx, 'facility', 'f-ik15')).record).toMatchObject({
      number: '18',
      name: { ru: 'ИК-15', en: 'Colony 15' },
    });
  });

  it('answers an unknown facility with 404', async () => {
    expect((await get('/staff/facilities/f-none/edit')).status).toBe(404);
  });
});

describe('source form', () => {
  it('creates an internal source and reports a bad link at its field', async () => {
    const source = { id: 's-tip1', kind: 'tip', title: 'A relative called', reliability: 'D', visibility: 'internal' };
    const bad = await post('/staff/sources/new?lang=be', 'editor', { ...source, url: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="field-url-error"');
    const ok = await post('/staff/sources/new?lang=be', 'editor', { ...source, date: '~2024-01', note: 'call back' });
    expect(ok.status).toBe(303);
    expect((await currentRecord(env.ctx, 'source', 's-tip1')).record).toMatchObject({
      visibility: 'internal',
      reliability: 'D',
      date: '~2024-01',
      note: 'call back',
    });
    const page = await (await get('/staff/sources/s-tip1/edit?lang=be')).text();
    expect(page).toMatch(/value="internal" checked/);
    expect(page).toContain('A relative called');
  });
});
