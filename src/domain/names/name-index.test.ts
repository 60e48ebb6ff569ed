import { describe, expect, it } from 'vitest';
import { RollcallError } from '../errors.js';
import { NameIndex, type IndexEntry } from './name-index.js';

const person = (id: string, ...forms: Array<[family: string, given: string, patronymic?: string]>): IndexEntry => ({
  id,
  kind: 'person',
  forms: forms.map(([family, given, patronymic]) => ({ family, given, ...(patronymic ? { patronymic } : {}) })),
});

function sampleIndex(): NameIndex {
  const index = new NameIndex();
  index.add(person('p-1', ['Лучыновіч', 'Аляксандр', 'Іванавіч'], ['Лучинович', 'Александр', 'Иванович']));
  index.add(person('p-2', ['Бяляўскі', 'Андрэй'], ['Белявский', 'Андрей']));
  index.add(person('p-3', ['Лучыновіч', 'Сяргей'], ['Лучинович', 'Сергей']));
  index.add(person('p-4', ['Кавалёва', 'Вольга'], ['Ковалёва', 'Ольга']));
  index.add(person('p-5', ['Кавалёў', 'Вольга'], ['Ковалёв', 'Ольга']));
  index.add(person('p-6', ['Бяляцкі', 'Алесь'], ['Беляцкий', 'Алесь']));
  index.add({
    id: 'f-1',
    kind: 'facility',
    forms: [{ family: 'Гомельская калонія № 4' }, { family: 'Homieĺ colony No. 4' }, { family: 'IK-4' }],
  });
  index.add({ id: 'pl-1', kind: 'place', forms: [{ family: 'Гомель' }, { family: 'Homieĺ' }] });
  return index;
}

describe('NameIndex.search', () => {
  const index = sampleIndex();
  const top = (q: string, kind?: IndexEntry['kind']): string | undefined =>
    index.search(q, kind ? { kind } : {})[0]?.id;

  it.each([
    ['Aliaksandr Luchynovich', 'p-1'],
    ['Александр Лучинович', 'p-1'],
    ['Aleksandr Luchinovich', 'p-1'],
    ['Lučynovič Aliaksandr', 'p-1'],
    ['A. Luchynovich', 'p-1'],
    ['S. Luchynovich', 'p-3'],
    ['Luchynovich A. I.', 'p-1'],
    ['Siarhei Luchinovich', 'p-3'],
    ['Aliaksandr Luchynvoich', 'p-1'],
    ['Andrey Belyavsky', 'p-2'],
    ['Bialiauski', 'p-2'],
    ['Olga Kavaleva', 'p-4'],
    ['Volha Kovalev', 'p-5'],
    ['Alexander Belyatsky', 'p-6'],
    ['Bialiac', 'p-6'],
  ])('%s finds %s first', (q, id) => expect(top(q)).toBe(id));

  it('finds facilities and places the same way, filtered by kind', () => {
    expect(top('Gomel colony 4', 'facility')).toBe('f-1');
    expect(top('ik-4')).toBe('f-1');
    expect(top('Gomel', 'place')).toBe('pl-1');
    expect(index.search('Gomel', { kind: 'person' })).toEqual([]);
  });

  it('scores an exact spelling above a folded match and reports the matched form', () => {
    const [hit] = index.search('Лучинович Александр');
    expect(hit).toMatchObject({ id: 'p-1', kind: 'person', matched: 'Александр Иванович Лучинович' });
    expect(hit?.score).toBe(1);
    const folded = index.search('Luchinovich Aleksandr')[0];
    expect(folded?.score).toBeLessThan(1);
  });

  it('returns nothing for empty, initials-only or unmatched queries, and respects limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('A. S.')).toEqual([]);
    expect(index.search('Qwxyzzz')).toEqual([]);
    expect(index.search('Luchynovich', { limit: 1 })).toHaveLength(1);
    expect(index.search('Luchynovich', { limit: 0 })).toEqual([]);
  });
});

describe('NameIndex.searchIds', () => {
  it('gives the ids of search, in its order, for any query, kind and limit', () => {
    const index = sampleIndex();
    const families = [
      ['Лучыновіч', 'Лучинович'],
      ['Бяляўскі', 'Белявский'],
      ['Кавалёў', 'Ковалёв'],
      ['Іваноў', 'Иванов'],
    ];
    const givens = [
      ['Аляксандр', 'Александр'],
      ['Андрэй', 'Андрей'],
      ['Сяргей', 'Сергей'],
      ['Іван', 'Иван'],
    ];
    for (let n = 0; n < 300; n++) {
      const [fb, fr] = families[n % 4] as [string, string];
      const [gb, gr] = givens[(n >> 2) % 4] as [string, string];
      index.add(person(`p-x${(n * 7919) % 1000}`, [fb, gb], [fr, gr], [n % 3 ? 'Ivanou' : 'Kavaliou', 'Ivan']));
    }
    const queries = [
      'Ivan',
      'iva',
      'Иванов',
      'A. Luchynovich',
      'Luchynovich A. I.',
      'Kavaliou Ivan',
      'Homieĺ',
      'Сяргей Іваноў',
      'zzz',
      '',
    ];
    let compared = 0;
    for (const q of queries)
      for (const kind of [undefined, 'person', 'facility'] as const)
        for (const limit of [1, 7, 50, 500]) {
          const opts = { limit, ...(kind ? { kind } : {}) };
          const ids = index.searchIds(q, opts);
          expect(ids, `${q} ${kind} ${limit}`).toEqual(index.search(q, opts).map((h) => h.id));
          compared += ids.length;
        }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('NameIndex.add and remove', () => {
  it('replaces an entry with the same id and forgets removed ones', () => {
    const index = sampleIndex();
    const size = index.size;
    index.add(person('p-2', ['Такарчук', 'Арцём']));
    expect(index.size).toBe(size);
    expect(index.search('Bialiauski')[0]?.id).not.toBe('p-2');
    expect(index.search('Artsiom Takarchuk')[0]?.id).toBe('p-2');
    index.remove('p-2');
    index.remove('p-unknown');
    expect(index.search('Artsiom Takarchuk')).toEqual([]);
    expect(index.get('p-2')).toBeUndefined();
    expect(index.size).toBe(size - 1);
  });

  it('rejects entries without an id or forms', () => {
    const index = new NameIndex();
    expect(() => index.add({ id: '', kind: 'person', forms: [{ family: 'X' }] })).toThrow(RollcallError);
    expect(() => index.add({ id: 'p-1', kind: 'person', forms: [] })).toThrow(/no name forms/);
  });
});
