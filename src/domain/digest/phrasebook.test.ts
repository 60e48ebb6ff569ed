import { describe, expect, it } from 'vitest';
import { CATALOGS, MESSAGE_KEYS, createTranslator } from '../../i18n/index.js';
import { generateRegistry } from '../../demo/generator.js';
import { CRIMINAL_CODE_ARTICLES } from '../reference-data.js';
import { LANGS, type Person } from '../record.js';
import { draftDigest } from './draft.js';
import { entryFor } from './entries.js';
import { phrasebook } from './phrasebook.js';
import { chargesPhrase, datePhrase, polish, punishmentPhrase } from './phrases.js';
import { DIGEST_KINDS } from './schema.js';

const registry = generateRegistry({ size: 400, seed: 7 });
const MONTH = '2022-06';
const refs = {
  facilities: new Map(registry.facilities.map((f) => [f.id, f])),
  sources: new Map(registry.sources.map((s) => [s.id, s])),
  articles: CRIMINAL_CODE_ARTICLES,
};

describe('phrasebook', () => {
  it('gives exactly the phrases of the plain functions, asked once or many times', () => {
    for (const lang of LANGS) {
      const book = phrasebook(lang);
      for (let round = 0; round < 2; round++) {
        for (const person of registry.persons) {
          for (const e of person.events) expect(book.date(e.date)).toBe(datePhrase(e.date, lang));
          for (const c of person.cases) {
            expect(book.charges(c.charges, CRIMINAL_CODE_ARTICLES)).toBe(
              chargesPhrase(c.charges, lang, CRIMINAL_CODE_ARTICLES),
            );
            if (c.punishment) expect(book.punishment(c.punishment)).toBe(punishmentPhrase(c.punishment, lang));
          }
        }
      }
      for (const d of ['~2022-05', '2022', '~2021', '2023-02-28']) expect(book.date(d)).toBe(datePhrase(d, lang));
    }
  });

  it('formats every message of every catalog as the plain translator does', () => {
    const texts = ['Ales Bialiatski', "O'Brien {x} # '{y}'", '', 'on March 31, 2022', 'm5'];
    const choices = ['female', 'male', 'other', 'm1', 'm12', 'term_served', 'parole', 'fine', 'general', 'x'];
    const numbers = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1416];
    for (const lang of LANGS) {
      const book = phrasebook(lang);
      const t = createTranslator(lang);
      for (const key of MESSAGE_KEYS) {
        const source = CATALOGS[lang][key];
        const names = [...new Set([...source.matchAll(/\{\s*([\w-]+)\s*[,}]/g)].map((m) => m[1]!))];
        for (let round = 0; round < 12; round++) {
          const values: Record<string, string | number> = {};
          names.forEach((name, i) => {
            const n = round + i;
            const formatted = new RegExp(`\\{\\s*${name}\\s*,\\s*(\\w+)`).exec(source)?.[1];
            values[name] =
              formatted === 'plural' || formatted === 'selectordinal' || formatted === 'number'
                ? numbers[n % numbers.length]!
                : formatted === 'select'
                  ? choices[n % choices.length]!
                  : texts[n % texts.length]!;
          });
          const expected = (() => {
            try {
              return t(key, values);
            } catch (error) {
              return (error as Error).message;
            }
          })();
          for (let again = 0; again < 2; again++) {
            let got: string;
            try {
              got = book.t(key, values);
            } catch (error) {
              got = (error as Error).message;
            }
            expect(got, `${lang} ${key} ${JSON.stringify(values)}`).toBe(expected);
          }
        }
      }
    }
  });

  it('tells apart values that read alike and messages with several values', () => {
    const book = phrasebook('en');
    const t = createTranslator('en');
    expect(book.t('term.days', { n: 1 })).toBe(t('term.days', { n: 1 }));
    expect(book.t('term.days', { n: 2 })).toBe(t('term.days', { n: 2 }));
    expect(book.t('digest.story.source', { count: 1, sources: 'A' })).toBe(
      t('digest.story.source', { count: 1, sources: 'A' }),
    );
    expect(book.t('digest.story.source', { count: 2, sources: 'A' })).toBe(
      t('digest.story.source', { count: 2, sources: 'A' }),
    );
    expect(book.t('list.two', { a: 'x', b: 'y' })).toBe('x and y');
    expect(book.t('list.two', { a: 'y', b: 'x' })).toBe('y and x');
  });

  it('drafts the same entries with one shared phrasebook as with a fresh one per entry', () => {
    const persons: Person[] = registry.persons;
    const counts: Record<string, number> = {};
    for (const kind of DIGEST_KINDS) {
      for (const lang of LANGS) {
        const month = MONTH;
        const digest = draftDigest({
          kind,
          month,
          lang,
          persons,
          refs,
          imprisonedNow: 10,
          asOf: '2024-02-02',
          now: '2024-02-02T12:00:00.000Z',
        });
        const alone = digest.entries.map((e) =>
          entryFor(
            kind,
            persons.find((p) => p.id === e.personId)!,
            month,
            lang,
            refs,
          ),
        );
        expect(digest.entries).toEqual(alone);
        counts[kind] = digest.entries.length;
      }
    }
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  });
});

describe('polish', () => {
  it('drops the full stop doubled after "г." and writes "ў" after a vowel in Belarusian only', () => {
    expect(polish('Вызвалены 13 студзеня 2024 г.. Крыніца.', 'ru')).toBe('Вызвалены 13 студзеня 2024 г. Крыніца.');
    expect(polish('выйшла на волю у студзені, а у лютым', 'be')).toBe('выйшла на волю ў студзені, а ў лютым');
    expect(polish('выйшла на волю у студзені', 'ru')).toBe('выйшла на волю у студзені');
    expect(polish('Released on January 13, 2024.', 'en')).toBe('Released on January 13, 2024.');
    expect(polish('у студзені', 'be')).toBe('у студзені');
  });
});
