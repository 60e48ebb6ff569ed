/**
 * Name search benchmark: index build time, query latency (p50/p99) over a mix of query
 * kinds, and the registry-wide duplicate scan, on `size` synthetic people.
 *
 * Run alone: npx tsx bench/search.bench.ts [size]
 */
import { findDuplicatePairs } from '../src/domain/names/duplicates.js';
import { NameIndex } from '../src/domain/names/name-index.js';
import { seededRandom, syntheticPeople, type SyntheticPerson } from '../src/domain/names/synthetic.js';

const QUERIES = 2000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** A query for a person: full name in a random form, surname only, initial + surname, or a typo. */
function queryFor(person: SyntheticPerson, rand: () => number): string {
  const form = person.forms[Math.floor(rand() * person.forms.length)] ?? person.forms[0];
  const family = form?.family ?? '';
  const given = form?.given ?? '';
  switch (Math.floor(rand() * 4)) {
    case 0:
      return `${given} ${family}`;
    case 1:
      return family;
    case 2:
      return `${given.charAt(0)}. ${family}`;
    default: {
      const i = 1 + Math.floor(rand() * Math.max(1, family.length - 2));
      return `${given} ${family.slice(0, i)}${family.slice(i + 1)}`;
    }
  }
}

/** Runs the benchmark and returns its figures (milliseconds unless named otherwise). */
export async function benchSearch(size: number): Promise<Record<string, number>> {
  const people = syntheticPeople(size, 20240202);
  const t0 = performance.now();
  const index = new NameIndex();
  for (const p of people) index.add(p);
  const buildMs = performance.now() - t0;

  const rand = seededRandom(7);
  const queries = Array.from({ length: QUERIES }, () =>
    queryFor(people[Math.floor(rand() * people.length)] as SyntheticPerson, rand),
  );
  for (const q of queries.slice(0, 200)) index.search(q); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    index.search(q, { limit: 10 });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);

  const t1 = performance.now();
  const pairs = findDuplicatePairs(people);
  const scanMs = performance.now() - t1;

  const figures = {
    people: size,
    indexBuildMs: Math.round(buildMs),
    queries: QUERIES,
    searchP50Ms: Number(percentile(times, 50).toFixed(3)),
    searchP99Ms: Number(percentile(times, 99).toFixed(3)),
    searchMaxMs: Number((times[times.length - 1] ?? 0).toFixed(3)),
    duplicateScanMs: Math.round(scanMs),
    duplicatePairs: pairs.length,
  };
  console.log(`search bench (${size} people)`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(16)} ${v}`);
  return figures;
}

if (process.argv[1] !== undefined && /search\.bench\.(ts|js)$/.test(process.argv[1])) {
  await benchSearch(Number(process.argv[2] ?? 100_000));
}
