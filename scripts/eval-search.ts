/**
 * Search evaluation: builds an index of synthetic people plus the evaluation persons, runs
 * query -> person cases across scripts, systems, Russian vs Belarusian forms, missing
 * diacritics, partial names, initials and typos, and prints recall@1 and recall@5.
 *
 * Run: npx tsx scripts/eval-search.ts [--verbose]
 */
import { EVAL_PERSONS, EVAL_PLACES, type EvalPerson } from '../src/domain/names/eval-persons.js';
import { phoneticKey } from '../src/domain/names/keys.js';
import { NameIndex, type IndexEntry } from '../src/domain/names/name-index.js';
import { seededRandom, syntheticPeople } from '../src/domain/names/synthetic.js';
import { transliterate, type LatinSystem } from '../src/domain/names/translit.js';

const SYNTHETIC = 10_000;
const SEED = 20240202;

interface Case {
  category: string;
  query: string;
  expect: string;
}

type Parts = { family: string; given: string; patronymic?: string };

const latin = (n: Parts, system: LatinSystem): Parts => ({
  family: transliterate(n.family, system),
  given: transliterate(n.given, system),
  ...(n.patronymic ? { patronymic: transliterate(n.patronymic, system) } : {}),
});
const stripDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const initial = (s: string): string => `${Array.from(s)[0] ?? ''}.`;

/** One seeded typo (drop, double, swap or replace a letter) away from the first letter. */
function typo(word: string, rand: () => number): string {
  const chars = Array.from(word);
  if (chars.length < 5) return word;
  const i = 1 + Math.floor(rand() * (chars.length - 2));
  const op = Math.floor(rand() * 4);
  const letters = /[а-яёіў]/i.test(word) ? 'аеоуіыкнрстл' : 'aeiouknrstl';
  if (op === 0) chars.splice(i, 1);
  else if (op === 1) chars.splice(i, 0, chars[i] as string);
  else if (op === 2) [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
  else chars[i] = letters[Math.floor(rand() * letters.length)] as string;
  return chars.join('');
}

function casesFor(p: EvalPerson, rand: () => number, uniqueSurname: boolean): Case[] {
  const pass = latin(p.be, 'be-latn-passport');
  const place = latin(p.be, 'be-latn-place');
  const bgn = latin(p.ru, 'ru-latn-bgn');
  const icao = latin(p.ru, 'ru-latn-icao');
  const c = (category: string, query: string): Case => ({ category, query, expect: p.id });
  const out = [
    c('be-cyrl full', `${p.be.given} ${p.be.family}`),
    c('ru-cyrl full', `${p.ru.given} ${p.ru.family}`),
    c('be-latn-passport', `${pass.given} ${pass.family}`),
    c('be-latn-place', `${place.given} ${place.family}`),
    c('be-latn-place no diacritics', stripDiacritics(`${place.given} ${place.family}`)),
    c('ru-latn-bgn', `${bgn.given} ${bgn.family}`),
    c('ru-latn-icao', `${icao.given} ${icao.family}`),
    c('ru given + be family', `${icao.given} ${pass.family}`),
    c(
      'family first, lower case',
      `${p.ru.family} ${p.ru.given}${p.ru.patronymic ? ` ${p.ru.patronymic}` : ''}`.toLowerCase(),
    ),
    c('initial + family', `${initial(pass.given)} ${pass.family}`),
    c('initial + family (ru)', `${initial(p.ru.given)} ${p.ru.family}`),
    c('typo in family (latn)', `${pass.given} ${typo(pass.family, rand)}`),
    c('typo in family (cyrl)', `${p.ru.given} ${typo(p.ru.family, rand)}`),
    c('typo in given (latn)', `${typo(bgn.given, rand)} ${bgn.family}`),
  ];
  if (uniqueSurname) {
    out.push(c('family only (latn)', pass.family), c('family only (ru-cyrl)', p.ru.family));
    out.push(c('family only, typo', typo(icao.family, rand)));
  }
  for (const q of p.extra) out.push(c('hand-written', q));
  return out;
}

function entryOf(p: EvalPerson): IndexEntry {
  return {
    id: p.id,
    kind: 'person',
    forms: [
      { ...p.be, system: 'be-cyrl' },
      { ...p.ru, system: 'ru-cyrl' },
      { ...latin(p.be, 'be-latn-passport'), system: 'be-latn-passport' },
    ],
  };
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const rand = seededRandom(SEED);
  const evalKeys = new Set(EVAL_PERSONS.map((p) => p.be.family).map(phoneticKey));
  const synthetic = syntheticPeople(SYNTHETIC + 500, SEED);
  const namesakes = synthetic.filter((s) => s.forms.some((f) => evalKeys.has(phoneticKey(f.family))));
  const people = synthetic.filter((s) => !namesakes.includes(s)).slice(0, SYNTHETIC);

  const index = new NameIndex();
  const t0 = performance.now();
  for (const s of people) index.add(s);
  for (const p of EVAL_PERSONS) index.add(entryOf(p));
  for (const pl of EVAL_PLACES) index.add({ id: pl.id, kind: 'place', forms: pl.forms.map((family) => ({ family })) });
  const buildMs = performance.now() - t0;

  const surnameCount = new Map<string, number>();
  for (const p of EVAL_PERSONS)
    surnameCount.set(phoneticKey(p.be.family), (surnameCount.get(phoneticKey(p.be.family)) ?? 0) + 1);
  const cases = EVAL_PERSONS.flatMap((p) => casesFor(p, rand, surnameCount.get(phoneticKey(p.be.family)) === 1));

  const byCategory = new Map<string, { n: number; at1: number; at5: number }>();
  const failures: string[] = [];
  let at1 = 0;
  let at5 = 0;
  for (const kase of cases) {
    const hits = index.search(kase.query, { limit: 5, kind: 'person' });
    const rank = hits.findIndex((h) => h.id === kase.expect);
    const stat = byCategory.get(kase.category) ?? { n: 0, at1: 0, at5: 0 };
    stat.n++;
    if (rank === 0) {
      at1++;
      stat.at1++;
    }
    if (rank >= 0) {
      at5++;
      stat.at5++;
    }
    if (rank !== 0) {
      const top = hits[0] === undefined ? '-' : `${hits[0].matched} (${hits[0].score})`;
      failures.push(
        `${kase.category}: "${kase.query}" -> ${kase.expect} at ${rank < 0 ? '>5' : rank + 1}; top: ${top}`,
      );
    }
    byCategory.set(kase.category, stat);
  }

  let placeHits = 0;
  const placeCases = EVAL_PLACES.flatMap((pl) => pl.queries.map((q) => ({ q, id: pl.id })));
  for (const { q, id } of placeCases) {
    const top = index.search(q, { limit: 1, kind: 'place' })[0];
    if (top?.id === id) placeHits++;
    else failures.push(`place: "${q}" -> ${id}; top: ${top?.id ?? '-'}`);
  }

  console.log(
    `index: ${index.size} entries (${people.length} synthetic, ${EVAL_PERSONS.length} evaluation persons, ${EVAL_PLACES.length} places); built in ${buildMs.toFixed(0)} ms`,
  );
  console.log(`synthetic namesakes of evaluation persons left out: ${namesakes.length}`);
  console.log(`\nperson cases: ${cases.length}`);
  console.log(`recall@1: ${(at1 / cases.length).toFixed(3)}  (${at1}/${cases.length})`);
  console.log(`recall@5: ${(at5 / cases.length).toFixed(3)}  (${at5}/${cases.length})`);
  console.log(`places recall@1: ${(placeHits / placeCases.length).toFixed(3)}  (${placeHits}/${placeCases.length})\n`);
  for (const [cat, s] of [...byCategory].sort()) {
    console.log(
      `  ${cat.padEnd(30)} n=${String(s.n).padStart(3)}  @1 ${(s.at1 / s.n).toFixed(2)}  @5 ${(s.at5 / s.n).toFixed(2)}`,
    );
  }
  if (failures.length > 0) {
    console.log(`\nmisses (${failures.length}):`);
    for (const f of verbose ? failures : failures.slice(0, 25)) console.log(`  ${f}`);
  }
}

main();
