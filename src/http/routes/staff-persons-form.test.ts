/**
 * The person form through the real app (no browser): rows added without script,
 * field errors next to fields, the confirm step before a public change, a
 * researcher's proposal approved by an editor through `?proposal=N`, a stale save
 * refused with the conflict view and resolved, suggestions accepted, warnings shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { seedPersonFormFixture } from '../../testing/person-form-fixture.js';
import { createHttpApp } from '../app.js';
import type { Role } from '../../domain/access.js';
import { currentRecord } from '../../app/record-writes.js';
import type { Person } from '../../domain/record.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await seedPersonFormFixture(env.ctx);
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

const post = (path: string, fields: Record<string, string | string[]>, role: Role = 'editor', label?: string) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return app.request(path, {
    method: 'POST',
    headers: { ...asRole(role, label), 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
};

const NEW_PERSON = {
  'names.0.family': 'Міхнюк',
  'names.0.given': 'Зінаіда',
  'names.0.system': 'be-cyrl',
  'names.0.primary': 'on',
  'names.0.visibility': 'public',
  visibility: 'public',
  birthDateVisibility: 'public',
  birthDate: '1975-05',
  'biography.be': 'Настаўніца з Гомеля.',
  'events.0.kind': 'detention',
  'events.0.date': '~2023-05-13',
  'events.0.facilityId': 'f-sizo1',
  'events.0.sourceIds': 's-viasna',
  'events.0.visibility': 'public',
  'events.1.kind': 'recognition',
  'events.1.date': '2023-06',
  'events.1.visibility': 'public',
};

const personCount = () => env.ctx.store.read((r) => r.persons.count({ audience: 'staff' }));

describe('the person form', () => {
  it('shows every part of a new person with labelled fields, lang on each biography and the script file', async () => {
    const res = await app.request('/staff/persons/new?lang=en', { headers: asRole('editor') });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    for (const id of ['f-names-0-family', 'f-birthDate', 'f-events-0-date', 'f-biography-be', 'f-visibility'])
      expect(page).toContain(`<label for="${id}">`);
    expect(page).toMatch(/<textarea id="f-biography-ru" name="biography.ru" rows="4" lang="ru">/);
    expect(page).toContain('<script src="/staff/assets/person-form.js" defer></script>');
    const js = await app.request('/staff/assets/person-form.js', { headers: asRole('editor') });
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('adds a row without script and keeps everything typed', async () => {
    const res = await post('/staff/persons/new?lang=en', { ...NEW_PERSON, action: 'add-event' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('value="~2023-05-13"');
    expect(page).toContain('name="events.2.kind"');
    expect(page).toContain('Настаўніца з Гомеля.');
    const charge = await (await post('/staff/persons/new?lang=en', { ...NEW_PERSON, action: 'add-case' })).text();
    expect(charge).toContain('name="cases.0.charges.0.article"');
  });

  it('puts field errors next to the fields and saves nothing', async () => {
    const before = await personCount();
    const res = await post('/staff/persons/new?lang=ru', { ...NEW_PERSON, 'events.1.date': '2023-13', action: 'save' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(
      /id="f-events-1-date"[^>]*aria-invalid="true"[^>]*aria-describedby="f-events-1-date-hint f-events-1-date-error"/,
    );
    expect(page).toContain('<span class="field-error" id="f-events-1-date-error">Введите дату как 2022');
    expect(page).toContain('value="2023-13"');
    expect(await personCount()).toBe(before);
  });

  it('proposes spellings from the names module and adds the one accepted', async () => {
    const page = await (await post('/staff/persons/new?lang=en', { ...NEW_PERSON, action: 'preview' })).text();
    expect(page).toContain('value="accept-0-be-latn-passport"');
    expect(page).toMatch(/Add Zinaida Mikhniuk \(Belarusian passport style\)/);
    const accepted = await (
      await post('/staff/persons/new?lang=en', { ...NEW_PERSON, action: 'accept-0-be-latn-passport' })
    ).text();
    expect(accepted).toContain('name="names.1.family" type="text" value="Mikhniuk"');
    expect(accepted).not.toContain('value="accept-0-be-latn-passport"');
  });

  it('asks an editor to confirm a new public person, showing the public view and the count', async () => {
    const before = await personCount();
    const res = await post('/staff/persons/new?lang=en', { ...NEW_PERSON, action: 'save' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('This save changes what the public sees.');
    expect(page).toMatch(/Political prisoners today: 1 now, 2 after saving\./);
    expect(page).toMatch(/Status on the public page: not on public pages now, Imprisoned after saving\./);
    expect(page).toContain('value="confirm"');
    expect(await personCount()).toBe(before);
    // Confirming posts the form as the preview rendered it.
    const confirmed = await post('/staff/persons/new?lang=en', { ...formFields(page), action: 'confirm' });
    expect(confirmed.status).toBe(303);
    const id = /\/staff\/persons\/(p-[\w-]+)\/edit/.exec(confirmed.headers.get('location') ?? '')?.[1];
    const stats = (await (await app.request('/api/v1/stats')).json()) as { count: number };
    expect(stats.count).toBe(2);
    const publicPage = await app.request(`/en/persons/${id}/`);
    expect(publicPage.status).toBe(200);
  });

  it("makes a researcher's save a proposal; an editor edits and approves it", async () => {
    const res = await post(
      '/staff/persons/new?lang=be',
      { ...NEW_PERSON, 'names.0.family': 'Прапанаваная', action: 'save' },
      'researcher',
    );
    const page = await res.text();
    expect(page).toContain('Чакае праверкі');
    const link = /href="\/staff\/persons\/(p-[\w-]+)\/edit\?lang=be&amp;proposal=(\d+)"/.exec(page);
    expect(link).not.toBeNull();
    const [, id, proposal] = link!;
    expect((await app.request(`/en/persons/${id}/`)).status).toBe(404);
    const form = await (
      await app.request(`/staff/persons/${id}/edit?lang=en&proposal=${proposal}`, { headers: asRole('editor') })
    ).text();
    expect(form).toContain('value="Прапанаваная"');
    expect(form).toContain('Approve with these edits');
    const fields = { ...formFields(form), 'names.0.family': 'Праверана' };
    const preview = await (await post(`/staff/persons/${id}/edit?lang=en`, { ...fields, action: 'save' })).text();
    expect(preview).toContain('This save changes what the public sees.');
    const done = await post(`/staff/persons/${id}/edit?lang=en`, { ...formFields(preview), action: 'confirm' });
    expect(done.status).toBe(303);
    const stored = (await currentRecord(env.ctx, 'person', id!)).record as Person;
    expect(stored.names[0]?.family).toBe('Праверана');
    expect((await app.request(`/en/persons/${id}/`)).status).toBe(200);
  });

  it('refuses a stale save with the conflict view and saves the version chosen field by field', async () => {
    const open = await (await app.request('/staff/persons/p-known/edit?lang=en', { headers: asRole('editor') })).text();
    const fields = formFields(open);
    const first = await post(
      '/staff/persons/p-known/edit?lang=en',
      { ...fields, birthDate: '1981', action: 'save' },
      'editor',
      'a@example.org',
    );
    expect(first.status).toBe(303);
    const mine = {
      ...fields,
      birthDate: '1982',
      'occupation.en': 'Engineer',
      note: 'from the court record',
      action: 'save',
    };
    const second = await post('/staff/persons/p-known/edit?lang=en', mine, 'editor', 'b@example.org');
    expect(second.status).toBe(409);
    const conflict = await second.text();
    expect(conflict).toContain('<legend>birthDate</legend>');
    expect(conflict).toMatch(/occupation\.en/);
    const stored = (await currentRecord(env.ctx, 'person', 'p-known')).record as Person;
    expect([stored.birthDate, stored.occupation.en]).toEqual(['1981', undefined]);
    const resolvedFields = { ...formFields(conflict), ...pathFields(conflict) };
    const unchosen = await post('/staff/persons/p-known/edit?lang=en', resolvedFields, 'editor', 'b@example.org');
    expect(unchosen.status).toBe(400);
    const choice = Object.keys(resolvedFields).find((k) => k.startsWith('path-') && resolvedFields[k] === 'birthDate')!;
    const saved = await post(
      '/staff/persons/p-known/edit?lang=en',
      { ...resolvedFields, [choice.replace('path-', 'choice-')]: 'theirs' },
      'editor',
      'b@example.org',
    );
    expect(saved.status).toBe(303);
    const after = (await currentRecord(env.ctx, 'person', 'p-known')).record as Person;
    expect([after.birthDate, after.occupation.en]).toEqual(['1981', 'Engineer']);
    expect(after.events.find((e) => e.id === 'e-hidden')?.visibility).toBe('internal');
    const revision = await env.ctx.store.read((r) => r.revisions.latestFor('person', 'p-known'));
    expect([revision?.actor, revision?.note]).toEqual(['b@example.org', 'from the court record']);
  });

  it('asks to confirm a status-changing event and a visibility switch, writing nothing before', async () => {
    const open = await (await app.request('/staff/persons/p-known/edit?lang=en', { headers: asRole('editor') })).text();
    const fields = formFields(open);
    const revision = async () => (await currentRecord(env.ctx, 'person', 'p-known')).revisionId;
    const before = await revision();
    const release = { 'events.3.kind': 'release', 'events.3.date': '2024-01-10', 'events.3.visibility': 'public' };
    const page = await (
      await post('/staff/persons/p-known/edit?lang=en', { ...fields, ...release, action: 'save' })
    ).text();
    expect(page).toContain('This save changes what the public sees.');
    expect(page).toMatch(/Status on the public page: Imprisoned now, Released after saving\./);
    expect(page).toMatch(/Political prisoners today: (\d+) now, (\d+) after saving\./);
    const [, now, after] = /today: (\d+) now, (\d+) after/.exec(page)!;
    expect(Number(after)).toBe(Number(now) - 1);
    const hiddenRow = Object.keys(fields)
      .find((k) => fields[k] === 'e-hidden')!
      .replace('.id', '.visibility');
    const shown = await (
      await post('/staff/persons/p-known/edit?lang=en', { ...fields, [hiddenRow]: 'public', action: 'save' })
    ).text();
    expect(shown).toContain('This save changes what the public sees.');
    expect(shown).toContain('<code>events[e-hidden]</code>');
    expect(await revision()).toBe(before);
  });

  it('shows a consistency warning next to the event it concerns', async () => {
    const page = await (
      await post('/staff/persons/new?lang=en', {
        'names.0.family': 'Test',
        'names.0.system': 'latn',
        'events.0.kind': 'release',
        'events.0.date': '2023-01-05',
        action: 'preview',
      })
    ).text();
    expect(page).toMatch(
      /<fieldset class="row" id="event-0">[\s\S]*?<ul class="warnings">[\s\S]*?release-without-custody/,
    );
    // Named and explained in the page's language.
    const preview = async (lang: string) =>
      (
        await post(`/staff/persons/new?lang=${lang}`, {
          'names.0.family': 'Test',
          'names.0.system': 'latn',
          'events.0.kind': 'release',
          'events.0.date': '2023-01-05',
          action: 'preview',
        })
      ).text();
    expect(await preview('ru')).toMatch(
      /<strong>Предупреждение: Освобождение без предшествующего задержания\.<\/strong> Перед событием «Освобождение» e-\S+ \(2023-01-05\) нет задержания\. Добавьте задержание \(подойдёт и неполная дата, например 2022-03\) или удалите освобождение\. <code>release-without-custody<\/code>/,
    );
    expect(await preview('be')).toMatch(
      /<\/strong> Перад падзеяй «Вызваленне» e-\S+ \(2023-01-05\) няма затрымання\. Дадайце затрыманне \(падыдзе і няпоўная дата, напрыклад 2022-03\) або выдаліце вызваленне\. <code>/,
    );
    expect(page).toMatch(/<\/strong> The release e-\S+ \(2023-01-05\) has no detention before it\. Add the detention/);
    expect(page).not.toContain('<span lang="en">The release');
  });

  it('refuses an unknown field and a viewer', async () => {
    const res = await post('/staff/persons/new?lang=en', { ...NEW_PERSON, 'names.0.evil': 'x', action: 'save' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('names.0.evil');
    expect((await app.request('/staff/persons/new?lang=en', { headers: asRole('viewer') })).status).toBe(403);
  });
});

/** The hidden `path-N` fields of the conflict view (formFields skips none, but keeps order). */
function pathFields(page: string): Record<string, string> {
  return Object.fromEntries([...page.matchAll(/name="(path-\d+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** The fields a browser would post from a rendered form (inputs, checked boxes, selected options, textareas). */
function formFields(page: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = out[name];
    out[name] = prev === undefined ? value : [prev, value].flat();
  };
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const m of page.matchAll(/<input ([^>]*)>/g)) {
    const attrs = m[1]!;
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    const type = /type="([^"]*)"/.exec(attrs)?.[1];
    if (!name || name === 'action') continue;
    if ((type === 'checkbox' || type === 'radio') && !/ checked/.test(attrs)) continue;
    add(name, type === 'checkbox' && !/value=/.test(attrs) ? 'on' : unescape(/value="([^"]*)"/.exec(attrs)?.[1] ?? ''));
  }
  for (const m of page.matchAll(/<textarea [^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g))
    add(m[1]!, unescape(m[2]!));
  for (const m of page.matchAll(/<select [^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    for (const o of m[2]!.matchAll(/<option value="([^"]*)" selected/g)) add(m[1]!, unescape(o[1]!));
  }
  return out;
}
