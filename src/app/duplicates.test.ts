import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { Person, type PersonInput } from '../domain/record.js';
import { writeRecord } from './record-writes.js';
import { duplicateKeys, findPairs, likelyDuplicates, MAX_GROUP } from './duplicates.js';
import { mergePersonsInto } from './merge.js';
import type { AppContext } from './context.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
beforeAll(async () => {
  env = await tempApp();
  ctx = env.ctx;
});
afterAll(() => env.cleanup());

const revisions = new Map<string, number>();
async function create(input: PersonInput): Promise<void> {
  const res = await writeRecord(ctx, {
    type: 'person',
    id: input.id,
    record: Person.parse(input),
    baseRevisionId: null,
    actor: 'ed',
    effect: 'allow',
  });
  if (res.status === 'written') revisions.set(input.id, res.revisionId);
}

const named = (id: string, family: string, given: string, system: string, extra: Partial<PersonInput> = {}) =>
  ({ id, names: [{ family, given, system, primary: true }], ...extra }) as PersonInput;

describe('duplicateKeys', () => {
  it('gives the same key across scripts, systems and Belarusian/Russian forms', () => {
    const keys = [
      duplicateKeys(Person.parse(named('p-1', 'Лосік', 'Ігар', 'be-cyrl'))),
      duplicateKeys(Person.parse(named('p-2', 'Лосик', 'Игорь', 'ru-cyrl'))),
      duplicateKeys(Person.parse(named('p-3', 'Losik', 'Ihar', 'latn'))),
    ];
    expect(keys[0]!.length).toBeGreaterThan(0);
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });
});

describe('likelyDuplicates', () => {
  it('pairs same-name persons whose birth year and region agree, best first, internal ones too', async () => {
    await create(named('p-d1', 'Лосік', 'Ігар', 'be-cyrl', { birthDate: '1985-05-02', region: 'homiel' }));
    await create(
      named('p-d2', 'Losik', 'Ihar', 'latn', { birthDate: '1985', region: 'homiel', visibility: 'internal' }),
    );
    await create(named('p-d3', 'Лосик', 'Игорь', 'ru-cyrl', { birthDate: '1990' })); // another man: born 1990
    await create(named('p-d4', 'Лосік', 'Ігар', 'be-cyrl', { region: 'brest' })); // another region
    await create(named('p-d5', 'Лосик', 'Игорь', 'ru-cyrl')); // nothing known but the name
    await create(named('p-d6', 'Шпак', 'Ігар', 'be-cyrl', { birthDate: '1985', region: 'homiel' })); // another name
    const pairs = await likelyDuplicates(ctx, { limit: 100 });
    const ids = pairs.map((p) => `${p.a}+${p.b}`);
    expect(ids[0]).toBe('p-d1+p-d2');
    expect(pairs[0]!.reason).toMatch(/same name .*same birth year \(1985\), same region \(homiel\)/);
    expect(ids).not.toContain('p-d1+p-d3');
    expect(ids).not.toContain('p-d1+p-d4');
    expect(ids).toContain('p-d1+p-d5');
    expect(ids).toContain('p-d3+p-d5');
    expect(ids.some((id) => id.includes('p-d6'))).toBe(false);
    expect(await likelyDuplicates(ctx, { limit: 1 })).toHaveLength(1);
  });

  it('follows writes: a merged pair is gone, a new duplicate appears', async () => {
    await mergePersonsInto(ctx, {
      intoId: 'p-d1',
      fromId: 'p-d2',
      intoBaseRevisionId: revisions.get('p-d1')!,
      fromBaseRevisionId: revisions.get('p-d2')!,
      actor: 'ed',
    });
    await create(named('p-d7', 'Шпак', 'Игорь', 'ru-cyrl', { birthDate: '~1985' }));
    const ids = (await likelyDuplicates(ctx, { limit: 100 })).map((p) => `${p.a}+${p.b}`);
    expect(ids.some((id) => id.includes('p-d2'))).toBe(false);
    expect(ids).toContain('p-d6+p-d7');
  });
});

describe('findPairs', () => {
  it('pairs a very common name only within equal birth year and region', () => {
    const profiles = new Map(
      Array.from({ length: MAX_GROUP + 10 }, (_, i) => [
        `p-${String(i).padStart(3, '0')}`,
        { keys: ['ivanau siarhei'], birthYear: i < 2 ? 1970 : i < 4 ? null : 1980 + i, region: 'minsk' },
      ]),
    );
    const pairs = findPairs(profiles);
    expect(pairs.map((p) => `${p.a}+${p.b}`)).toEqual(['p-000+p-001']);
  });
});
