import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../domain/checks.js';
import { custodyPeriods, statusOn, timeServed } from '../domain/custody.js';
import { calendarDiff } from '../domain/duration.js';
import { isoToDay } from '../domain/partial-date.js';
import { CREDIT_RATIOS, CRIMINAL_CODE_ARTICLES } from '../domain/reference-data.js';
import { Person } from '../domain/record.js';
import { DEFAULT_TODAY, generatePersons, generateRegistry } from './generator.js';
import { beToPassportLatin, feminineFamily, ruToIcaoLatin } from './names.js';
import { Rng } from './prng.js';

const SIZE = 2000;
const { persons, facilities, sources } = generateRegistry({ size: SIZE, seed: 3 });

describe('Rng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const c = new Rng(2);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('keeps int() within bounds and weighted() near its weights', () => {
    const rng = new Rng(9);
    let heads = 0;
    for (let i = 0; i < 10_000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      if (
        rng.weighted([
          ['a', 3],
          ['b', 1],
        ] as const) === 'a'
      )
        heads++;
    }
    expect(heads / 10_000).toBeCloseTo(0.75, 1);
  });
});

describe('name material', () => {
  it('transliterates Belarusian like the digest and Russian like passports', () => {
    expect(beToPassportLatin('Аляксандр Лучыновіч')).toBe('Aliaksandr Luchynovich');
    expect(beToPassportLatin('Арцём Такарчук')).toBe('Artsiom Takarchuk');
    expect(beToPassportLatin('Зінаіда Міхнюк')).toBe('Zinaida Mikhniuk');
    expect(beToPassportLatin('Бяляўскі')).toBe('Bialiauski');
    expect(ruToIcaoLatin('Татьяна Ковалёва')).toBe('Tatiana Kovaleva');
  });

  it('derives feminine family names', () => {
    expect(feminineFamily('Кавалёў', 'be')).toBe('Кавалёва');
    expect(feminineFamily('Бяляўскі', 'be')).toBe('Бяляўская');
    expect(feminineFamily('Белявский', 'ru')).toBe('Белявская');
    expect(feminineFamily('Ковалёв', 'ru')).toBe('Ковалёва');
    expect(feminineFamily('Ткачук', 'ru')).toBe('Ткачук');
  });
});

describe('generateRegistry', () => {
  it('is deterministic, and person i does not depend on size', () => {
    const again = generateRegistry({ size: 50, seed: 3 });
    expect(again.persons).toEqual(persons.slice(0, 50));
    expect(generateRegistry({ size: 50, seed: 4 }).persons).not.toEqual(again.persons);
  });

  it('produces valid, canonical, clearly fictional records', () => {
    for (const p of persons) {
      expect(Person.parse(p)).toEqual(p);
      expect(p.fictional).toBe(true);
      expect(p.tags).toContain('fictional');
      expect(p.internalNote).toMatch(/[Ff]ictional/);
    }
  });

  it('references only facilities, sources, cases and articles that exist', () => {
    const facilityIds = new Set(facilities.map((f) => f.id));
    const sourceIds = new Set(sources.map((s) => s.id));
    const articles = new Set(CRIMINAL_CODE_ARTICLES.map((a) => a.code));
    const eventIds = new Set<string>();
    for (const p of persons) {
      const caseIds = new Set(p.cases.map((c) => c.id));
      for (const c of p.cases) {
        expect(c.charges.length).toBeGreaterThanOrEqual(1);
        expect(c.charges.length).toBeLessThanOrEqual(3);
        for (const ch of c.charges) expect(articles.has(ch.article)).toBe(true);
        for (const s of c.sourceIds) expect(sourceIds.has(s)).toBe(true);
      }
      for (const e of p.events) {
        expect(eventIds.has(e.id)).toBe(false);
        eventIds.add(e.id);
        if (e.facilityId) expect(facilityIds.has(e.facilityId)).toBe(true);
        if (e.caseId) expect(caseIds.has(e.caseId)).toBe(true);
        for (const s of e.sourceIds) expect(sourceIds.has(s)).toBe(true);
      }
    }
  });

  it('has realistic proportions', () => {
    const today = isoToDay(DEFAULT_TODAY);
    const men = persons.filter((p) => p.sex === 'male').length / SIZE;
    const events = persons.reduce((n, p) => n + p.events.length, 0) / SIZE;
    const imprisoned = persons.filter((p) => statusOn(p, today) === 'imprisoned').length / SIZE;
    const allDates = persons.flatMap((p) => p.events.map((e) => e.date));
    const partial = allDates.filter((d) => d.length < 10).length / allDates.length;
    const reasons = new Set(persons.flatMap((p) => p.events.map((e) => e.releaseReason).filter(Boolean)));
    expect(men).toBeGreaterThan(0.8);
    expect(men).toBeLessThan(0.9);
    expect(events).toBeGreaterThan(8);
    expect(events).toBeLessThan(12);
    expect(imprisoned).toBeGreaterThan(0.25);
    expect(imprisoned).toBeLessThan(0.42);
    expect(partial).toBeGreaterThan(0.02);
    expect(partial).toBeLessThan(0.08);
    expect([...reasons]).toEqual(expect.arrayContaining(['term_served', 'pardon', 'parole', 'home_confinement']));
    for (const p of persons) {
      const birth = Number(p.birthDate?.slice(0, 4));
      expect(birth >= 1950 && birth <= 2004).toBe(true);
    }
  });

  it('keeps timelines consistent: one custody period, nothing after today, stated time served true', () => {
    const today = isoToDay(DEFAULT_TODAY);
    for (const p of persons) {
      expect(custodyPeriods(p)).toHaveLength(1);
      const release = p.events.find((e) => e.kind === 'release');
      for (const e of p.events)
        expect(isoToDay(e.date.length === 10 ? e.date : `${e.date}-01`)).toBeLessThanOrEqual(today);
      if (release?.statedTimeServed) expect(timeServed(p).exact).toEqual(release.statedTimeServed);
      const pardon = p.events.find((e) => e.releaseReason === 'pardon' || e.releaseReason === 'expulsion');
      if (pardon) expect(pardon.date >= '2024-07').toBe(true);
    }
  });

  it('serves terms that fit the sentence (never longer than term + an Art. 411 year)', () => {
    for (const p of persons) {
      const main = p.cases[0]?.punishment;
      const detention = p.events.find((e) => e.kind === 'detention')?.date as string;
      const release = p.events.find((e) => e.kind === 'release' && e.releaseReason === 'term_served');
      if (!release || main?.kind !== 'deprivation_of_liberty' || !main.term) continue;
      const served = calendarDiff(detention, release.date);
      const extra = p.cases.length > 1 ? 1 : 0;
      expect(served.years * 12 + served.months).toBeLessThanOrEqual((main.term.years + extra) * 12 + main.term.months);
    }
  });

  it('streams the same people as generateRegistry', () => {
    const streamed = [...generatePersons({ size: 20, seed: 3 })];
    expect(streamed).toEqual(persons.slice(0, 20));
    expect(streamed.map((p) => p.id).slice(0, 2)).toEqual(['p-g000001', 'p-g000002']);
  });

  it('respects a custom today', () => {
    const early = generateRegistry({ size: 200, seed: 3, today: '2021-12-31' });
    for (const p of early.persons) for (const e of p.events) expect(e.date <= '2021-12-31').toBe(true);
  });

  it('passes the registry checks without warnings or errors', () => {
    const ctx = {
      today: DEFAULT_TODAY,
      facilityIds: new Set(facilities.map((f) => f.id)),
      sourceIds: new Set(sources.map((s) => s.id)),
      ratios: CREDIT_RATIOS,
    };
    const severe = [...checkRegistry(persons, ctx)].filter((f) => f.severity !== 'info');
    expect(severe).toEqual([]);
  });
});
