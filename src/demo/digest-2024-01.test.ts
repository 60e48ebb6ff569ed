import { describe, expect, it } from 'vitest';
import { timeServed } from '../domain/custody.js';
import { compareTerms } from '../domain/duration.js';
import { projectPerson } from '../domain/project-person.js';
import { CREDIT_RATIOS, CRIMINAL_CODE_ARTICLES } from '../domain/reference-data.js';
import { Person, type Term } from '../domain/record.js';
import { parseRegistryJson } from '../exchange/registry-json-parse.js';
import { serializeRegistryJson } from '../exchange/registry-json.js';
import {
  DEMO_ACTOR,
  DIGEST_SOURCE_ID,
  demoCorrections,
  demoFacilities,
  demoPersonsAsWritten,
  demoRegistry,
  demoSources,
} from './digest-2024-01.js';

/** Time served as the digest headers state it. */
const HEADERS: Record<string, Term> = {
  'p-mikhniuk': { years: 1, months: 10, days: 4 },
  'p-bialiauski': { years: 1, months: 8, days: 8 },
  'p-babich': { years: 3, months: 3, days: 19 },
  'p-luchynovich': { years: 1, months: 9, days: 13 },
  'p-takarchuk': { years: 3, months: 3, days: 22 },
};

function byId(id: string): Person {
  const p = demoPersonsAsWritten.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
}

function corrected(p: Person): Person {
  return demoCorrections.filter((c) => c.personId === p.id).reduce((q, c) => c.apply(q), p);
}

function eventOf(p: Person, kind: string) {
  return p.events.find((e) => e.kind === kind);
}

describe('digest people as written', () => {
  it('are five valid, canonical, real (not fictional) records', () => {
    expect(demoPersonsAsWritten.map((p) => p.id).sort()).toEqual(Object.keys(HEADERS).sort());
    for (const p of demoPersonsAsWritten) {
      expect(Person.parse(p)).toEqual(p);
      expect(p.fictional).toBe(false);
    }
    expect(DEMO_ACTOR).toBe('demo-editor');
  });

  it('carry the names the digest gives, with the right systems', () => {
    const forms = (id: string) => byId(id).names.map((n) => `${n.given} ${n.family}/${n.system}`);
    expect(forms('p-mikhniuk')).toEqual(
      expect.arrayContaining(['Zinaida Mikhniuk/be-latn-passport', 'Зінаіда Міхнюк/be-cyrl']),
    );
    expect(forms('p-luchynovich')).toEqual(expect.arrayContaining(['Аляксандр Лучыновіч/be-cyrl']));
    expect(forms('p-takarchuk')).toEqual(
      expect.arrayContaining(['Арцём Такарчук/be-cyrl', 'Artsiom Takarchuk/be-latn-passport']),
    );
    expect(forms('p-bialiauski')).toEqual(
      expect.arrayContaining(['Andrei Bialiauski/be-latn-passport', 'Andrey Bialiauski/latn']),
    );
    expect(byId('p-mikhniuk').sex).toBe('female');
  });

  it('keep the digest errors: Mikhniuk detained 2020-03-25, Takarchuk released 2024-05-06', () => {
    const mikhniuk = byId('p-mikhniuk');
    const takarchuk = byId('p-takarchuk');
    expect(eventOf(mikhniuk, 'detention')?.date).toBe('2020-03-25');
    expect(eventOf(takarchuk, 'release')?.date).toBe('2024-05-06');
    expect(timeServed(mikhniuk).exact).not.toEqual(HEADERS['p-mikhniuk']);
    // Inferred from the wrong release day, the detention lands after the November 2020 verdict.
    expect((eventOf(takarchuk, 'detention')?.date ?? '') > '2020-11').toBe(true);
  });

  it('state charges, verdicts, punishments and facilities', () => {
    const cases = Object.fromEntries(demoPersonsAsWritten.map((p) => [p.id, p.cases[0]]));
    expect(cases['p-mikhniuk']).toMatchObject({ charges: [{ article: '368', part: 1 }], verdictDate: '2022-05' });
    expect(cases['p-bialiauski']).toMatchObject({
      verdictDate: '2022-08-22',
      court: 'Court of the Babrujsk District and the City of Babrujsk',
      punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 2, months: 0, days: 0 } },
    });
    expect(cases['p-babich']?.punishment?.term).toEqual({ years: 3, months: 6, days: 0 });
    expect(cases['p-luchynovich']?.charges).toEqual([{ article: '361-4', part: 1 }]);
    expect(cases['p-takarchuk']?.charges).toEqual([{ article: '363', part: 2 }]);
    const facilities = demoPersonsAsWritten.flatMap((p) => p.events.map((e) => e.facilityId).filter(Boolean));
    expect(new Set(facilities)).toEqual(
      new Set(['f-sizo-7-brest', 'f-ik-4-homiel', 'f-ik-3-viciebsk', 'f-ik-15-mahiliou']),
    );
    expect(demoFacilities.find((f) => f.id === 'f-ik-4-homiel')?.aliases).toContain('Homieĺ colony No. 4');
  });

  it('infer missing detentions from the stated time served, with reasoning', () => {
    for (const id of ['p-bialiauski', 'p-babich', 'p-takarchuk']) {
      const detention = eventOf(byId(id), 'detention');
      expect(detention?.inferred?.rule).toBe('time-served');
      expect(detention?.inferred?.reasoning).toMatch(/as stated by the source/);
    }
    expect(eventOf(byId('p-babich'), 'detention')?.date).toBe('2020-09-21');
    expect(eventOf(byId('p-luchynovich'), 'detention')?.inferred).toBeUndefined();
  });

  it('release everyone with a reason and the stated time served, recognised by the digest', () => {
    for (const p of demoPersonsAsWritten) {
      const release = eventOf(p, 'release');
      expect(release?.releaseReason).toBe('term_served');
      expect(release?.statedTimeServed).toEqual(HEADERS[p.id]);
      expect(eventOf(p, 'recognition')).toMatchObject({ date: '2024-02-02', sourceIds: [DIGEST_SOURCE_ID] });
      expect(projectPerson(p).status).toBe('released');
    }
  });

  it('cite only sources that exist; the digest is a reliable publication of 2024-02-02', () => {
    const ids = new Set(demoSources.map((s) => s.id));
    for (const p of demoPersonsAsWritten) {
      for (const s of [...p.events, ...p.cases].flatMap((x) => x.sourceIds)) expect(ids.has(s)).toBe(true);
    }
    expect(demoSources.find((s) => s.id === DIGEST_SOURCE_ID)).toMatchObject({
      kind: 'publication',
      publisher: 'Human Rights Center Viasna',
      date: '2024-02-02',
      reliability: 'A',
    });
  });
});

describe('digest corrections', () => {
  it('make every time served equal the digest header (exact where the dates are exact)', () => {
    for (const p of demoPersonsAsWritten) {
      const served = timeServed(corrected(p));
      const stated = HEADERS[p.id] as Term;
      if (p.id === 'p-takarchuk') {
        expect(served.exact).toBeNull();
        expect(compareTerms(served.min, stated)).toBeLessThanOrEqual(0);
        expect(compareTerms(served.max, stated)).toBeGreaterThanOrEqual(0);
      } else {
        expect(served.exact).toEqual(stated);
      }
    }
  });

  it('fix Mikhniuk to 2022-03-25 and Takarchuk to January 2024 with a re-inferred detention', () => {
    const mikhniuk = corrected(byId('p-mikhniuk'));
    expect(mikhniuk.events.filter((e) => e.date.includes('2020'))).toEqual([]);
    expect(eventOf(mikhniuk, 'detention')).toMatchObject({ date: '2022-03-25', inferred: { rule: 'time-served' } });
    const takarchuk = corrected(byId('p-takarchuk'));
    expect(eventOf(takarchuk, 'release')?.date).toBe('2024-01');
    const detention = eventOf(takarchuk, 'detention');
    expect(detention?.inferred?.reasoning).toMatch(/2020-09-10 to 2020-10-09/);
    expect((detention?.date ?? '9999').replace('~', '') < '2020-11').toBe(true);
    expect(eventOf(takarchuk, 're_detention')?.date).toBe(detention?.date);
  });

  it('leave the records valid and do not change their input', () => {
    const before = JSON.stringify(demoPersonsAsWritten);
    for (const c of demoCorrections) {
      expect(c.note.length).toBeGreaterThan(20);
      const p = c.apply(byId(c.personId));
      expect(Person.parse(p)).toEqual(p);
    }
    expect(JSON.stringify(demoPersonsAsWritten)).toBe(before);
  });
});

describe('demoRegistry', () => {
  it('adds 200 fictional people by default and survives the JSON exchange unchanged', () => {
    const demo = demoRegistry();
    expect(demo.persons).toHaveLength(205);
    expect(demo.persons.filter((p) => p.fictional)).toHaveLength(200);
    expect(demo.corrections).toBe(demoCorrections);
    const text = serializeRegistryJson({ articles: CRIMINAL_CODE_ARTICLES, creditRatios: CREDIT_RATIOS, ...demo });
    const back = parseRegistryJson(text);
    expect(back.problems).toEqual([]);
    expect(serializeRegistryJson(back.data as NonNullable<typeof back.data>)).toBe(text);
  });

  it('takes the number of synthetic people and the seed', () => {
    const small = demoRegistry({ synthetic: 3, seed: 5 });
    expect(small.persons).toHaveLength(8);
    expect(demoRegistry({ synthetic: 3, seed: 6 }).persons.slice(5)).not.toEqual(small.persons.slice(5));
  });
});
