/**
 * Staff search and lists through the real app: an internal person found by another
 * script's spelling, the page language's order, the whole record with internal parts
 * marked, and the catalogue lists with internal entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { deskFixture } from '../../testing/desk-fixture.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  await deskFixture(env.ctx);
});
afterAll(() => env.cleanup());

const text = async (path: string) => {
  const res = await app.request(path, { headers: asRole('viewer') });
  expect(res.status, path).toBe(200);
  return res.text();
};

describe('staff lists', () => {
  it('finds an internal person by a Latin spelling of her Cyrillic name', async () => {
    const page = await text('/staff/persons?lang=en&q=Shyshkina');
    expect(page).toContain('/staff/persons/p-shy?lang=en');
    expect(page).toContain('(internal)');
    expect(page).not.toContain('p-kav');
    expect(page).toContain('1 person.');
  });

  it('lists everyone in the page language order, filtered by status', async () => {
    const be = await text('/staff/persons?lang=be');
    expect(be.indexOf('Каваленка')).toBeLessThan(be.indexOf('Шышкіна'));
    expect(await text('/staff/persons?lang=ru&status=imprisoned')).toContain('Никого не найдено.');
  });

  it('shows the whole record, internal parts marked, with links to edit, history and merge', async () => {
    const page = await text('/staff/persons/p-kav?lang=en');
    expect(page).toContain('Kavalenka Aleh</span> (be-latn-passport) <span class="internal">(internal)</span>');
    expect(page).toContain('Transfer to another facility, 2022-06, f-secret (internal)');
    expect(page).toContain('family asked not to publish the transfer');
    // A viewer gets the history only; an editor also the links to edit and merge.
    expect(page).toContain('/staff/persons/p-kav/history?lang=en');
    expect(page).not.toContain('/staff/persons/p-kav/edit?lang=en');
    expect(page).not.toContain('/staff/merge?a=p-kav');
    const editor = await (await app.request('/staff/persons/p-kav?lang=en', { headers: asRole('editor') })).text();
    for (const href of [
      '/staff/persons/p-kav/edit?lang=en',
      '/staff/persons/p-kav/history?lang=en',
      '/staff/merge?a=p-kav&amp;lang=en',
    ])
      expect(editor).toContain(href);
    const res = await app.request('/staff/persons/p-none?lang=en', { headers: asRole('viewer') });
    expect(res.status).toBe(404);
  });

  it('lists facilities and sources, internal ones marked', async () => {
    expect(await text('/staff/facilities?lang=en')).toMatch(/Zhodzina prison<\/a> <span class="internal">/);
    expect(await text('/staff/sources?lang=en')).toMatch(/A relative, by phone<\/a> <span class="internal">/);
  });
});
