import { describe, expect, it } from 'vitest';
import { demoPersonsAsWritten, demoRegistry } from './digest-2024-01.js';
import { generatePersons } from './generator.js';
import { DEMO_INTERNAL_MARK } from './internal.js';
import { REAL_FULL_NAMES } from './names.js';

const fullName = (n: { family: string; given: string }) => `${n.family} ${n.given}`.toLowerCase();

describe('the demo registry', () => {
  it('gives no fictional person the full name of a real person of the demo, in any spelling', () => {
    const real = demoPersonsAsWritten.filter((p) => !p.fictional);
    // The generator's list of real names covers every real person.
    for (const p of real) {
      const be = p.names.find((n) => n.system === 'be-cyrl')!;
      expect(REAL_FULL_NAMES.has(`${be.family} ${be.given}`), p.id).toBe(true);
    }
    const realNames = new Set(real.flatMap((p) => p.names.map(fullName)));
    for (const seed of [1, 2]) {
      for (const p of generatePersons({ size: 20_000, seed })) {
        for (const n of p.names) expect(realNames.has(fullName(n)), `${p.id} ${fullName(n)}`).toBe(false);
      }
    }
  });

  it('marks every generated person as fictional and no real one', () => {
    const demo = demoRegistry({ synthetic: 50 });
    for (const p of demo.persons) expect(p.fictional, p.id).toBe(!demoPersonsAsWritten.some((r) => r.id === p.id));
  });

  it('holds internal persons, facilities, sources, cases, events and name forms', () => {
    const demo = demoRegistry({ synthetic: 5, internal: true });
    const internal = (x: { visibility: string }) => x.visibility === 'internal';
    expect(demo.persons.some(internal)).toBe(true);
    expect(demo.facilities.some(internal)).toBe(true);
    expect(demo.sources.some(internal)).toBe(true);
    const published = demo.persons.filter((p) => !internal(p));
    expect(published.some((p) => p.cases.some(internal))).toBe(true);
    expect(published.some((p) => p.events.some(internal))).toBe(true);
    expect(published.some((p) => p.names.some(internal))).toBe(true);
    expect(JSON.stringify(demo)).toContain(DEMO_INTERNAL_MARK);
  });

  it('is generated up to the day given, so that the latest events are recent', () => {
    const today = '2026-12-03';
    const persons = demoRegistry({ synthetic: 300, today }).persons.filter((p) => p.fictional);
    const dates = persons.flatMap((p) => p.events.map((e) => e.date));
    expect(dates.every((d) => d.slice(0, d.length) <= today)).toBe(true);
    const releases = persons.flatMap((p) => p.events.filter((e) => e.kind === 'release').map((e) => e.date));
    expect(releases.some((d) => d >= '2026-10')).toBe(true);
  });
});
