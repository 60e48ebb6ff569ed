import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { CANARIES, loadLettersFixture } from '../testing/letters-fixture.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadLettersFixture(env.ctx);
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

async function page(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

function expectNoCanary(body: string, where: string) {
  for (const canary of CANARIES) expect(body, `${where}: ${canary}`).not.toContain(canary);
}

describe('write to a prisoner', () => {
  it('shows the envelope with the public Russian name, year of birth and the facility address, in each language', async () => {
    const heading = {
      be: 'Напісаць ліст: Павел Паўлаў',
      ru: 'Написать письмо: Павел Павлов',
      en: 'Write to Pavel Paulau',
    };
    for (const lang of ['be', 'ru', 'en'] as const) {
      const body = await page(`/${lang}/persons/p-pavel/`);
      expect(body).toContain(heading[lang]);
      expect(body).toContain(
        '<address class="envelope" lang="ru">Кому: Павлов Павел Павлович, 1985 г. р.<br>Куда: ИК-99<br>ул. Тестовая, 1<br>г. Город<br>200099</address>',
      );
      expect(body).toContain(`href="../../letters/"`);
      expect(body).toMatch(/class="notice">[^<]*(checked|сверен|звераны)/);
      expectNoCanary(body, `${lang} p-pavel`);
    }
  });

  it('gives no address for a person held in an internal facility, and no internal year of birth', async () => {
    const body = await page('/en/persons/p-olga/');
    expect(body).toContain('We do not know where Olga Volhina is held now');
    expect(body).not.toContain('class="envelope"');
    expectNoCanary(body, 'p-olga');
  });

  it('has no "write to" section for a released person', async () => {
    const body = await page('/en/persons/p-rel/');
    expect(body).not.toContain('id="write-to"');
  });

  it('shows the address for letters on the facility page', async () => {
    const body = await page('/ru/facilities/f-ik-99/');
    expect(body).toContain(
      '<address class="envelope" lang="ru">Куда: ИК-99<br>ул. Тестовая, 1<br>г. Город<br>200099</address>',
    );
    expectNoCanary(body, 'facility');
  });
});

describe('the letters guide', () => {
  it('is in the navigation and tells how to write, in each language', async () => {
    const words = {
      be: ['Лісты палітвязням', 'Цэнзура', 'канверт з беларускай маркай', 'тыднямі', 'Рэкамендаваны'],
      ru: ['Письма политзаключённым', 'Цензура', 'конверт с белорусской маркой', 'неделями', 'Заказное письмо'],
      en: [
        'Letters to political prisoners',
        'Censorship',
        'envelope with a Belarusian stamp',
        'takes weeks',
        'registered letter',
      ],
    } as const;
    for (const lang of ['be', 'ru', 'en'] as const) {
      const body = await page(`/${lang}/letters/`);
      for (const word of words[lang]) expect(body, `${lang}: ${word}`).toContain(word);
      const home = await page(`/${lang}/`);
      expect(home).toMatch(/<a href="letters\/">/);
    }
  });

  it('the public facility list in the API carries the address but not where staff got it', async () => {
    const res = await app.request('/api/v1/facilities');
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).toContain('"postalCode":"200099"');
    expect(text).not.toContain('"basis"');
    expectNoCanary(text, 'api');
  });
});
