import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { CANARIES, loadLettersFixture } from '../testing/letters-fixture.js';
import { parse } from 'csv-parse/sync';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadLettersFixture(env.ctx);
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

async function get(path: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await app.request(path);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

function expectNoCanary(body: string, where: string) {
  for (const canary of CANARIES) expect(body, `${where}: ${canary}`).not.toContain(canary);
}

describe('birthdays in the next 60 days', () => {
  it('lists people held now with day and month, age, facility and address, in each language', async () => {
    const cells = {
      be: ['20 лютага', 'спаўняецца 39 гадоў'],
      ru: ['20 февраля', 'исполняется 39 лет'],
      en: ['February 20', 'turns 39'],
    } as const;
    for (const lang of ['be', 'ru', 'en'] as const) {
      const { status, body } = await get(`/${lang}/figures/birthdays/`);
      expect(status).toBe(200);
      const rows = body.split('<tr>').slice(2);
      // Only Pavel (20 Feb): Tsimur (1 Mar) is past his term and may be free, Leu's birthday is in April,
      // Olga's date of birth and Ivan are internal.
      expect(rows.map((r) => /persons\/(p-[a-z]+)\//.exec(r)?.[1])).toEqual(['p-pavel']);
      for (const cell of cells[lang]) expect(rows[0]).toContain(cell);
      expect(rows[0]).toContain('<span lang="ru">ИК-99, ул. Тестовая, 1, г. Город, 200099</span>');
      expect(body).not.toMatch(/2024/);
      expectNoCanary(body, lang);
    }
  });

  it('has an envelope view for printing, without scripts', async () => {
    const { status, body } = await get('/ru/figures/birthdays/envelopes/');
    expect(status).toBe(200);
    expect(body).toContain('<ul class="envelopes">');
    expect(body).toContain('Кому: Павлов Павел Павлович, 1985 г. р.<br>Куда: ИК-99');
    expect(body).not.toMatch(/<script/i);
    expectNoCanary(body, 'envelopes');
  });

  it('offers the addresses as CSV: public people in custody in public facilities only', async () => {
    const { status, type, body } = await get('/data/letters.csv');
    expect(status).toBe(200);
    expect(type).toContain('text/csv');
    const [header, ...rows] = parse(body) as string[][];
    expect(header?.slice(0, 3)).toEqual(['id', 'name_ru', 'name_latin']);
    // By name (Paulau, Pazniak); Olga's facility is internal, Tsimur may be free, Ivan is internal.
    expect(rows.map((r) => r[0])).toEqual(['p-pavel', 'p-late']);
    const pavel = rows.find((r) => r[0] === 'p-pavel')!;
    expect(pavel).toEqual([
      'p-pavel',
      'Павлов Павел Павлович',
      'Paulau Pavel',
      '1985-02-20',
      '2024-02-20',
      '39',
      'f-ik-99',
      'ИК-99',
      'ул. Тестовая, 1',
      'г. Город',
      '',
      '200099',
      'no',
    ]);
    expectNoCanary(body, 'csv');
  });
});
