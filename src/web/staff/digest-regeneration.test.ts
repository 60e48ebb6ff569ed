/**
 * The regeneration view says what each change does in the page's language (not the stored
 * English message), quoting an entry's heading in the digest's own language.
 */
import { describe, expect, it } from 'vitest';
import { demoRegistry } from '../../demo/digest-2024-01.js';
import { CRIMINAL_CODE_ARTICLES } from '../../domain/reference-data.js';
import { draftDigest } from '../../domain/digest/draft.js';
import type { DigestChange } from '../../domain/digest/index.js';
import { regenerationPage } from './digest-pages.js';

function digest() {
  const registry = demoRegistry({ synthetic: 0 });
  const refs = {
    facilities: new Map(registry.facilities.map((f) => [f.id, f])),
    sources: new Map(registry.sources.map((s) => [s.id, s])),
    articles: CRIMINAL_CODE_ARTICLES,
  };
  return draftDigest({
    kind: 'releases',
    month: '2024-01',
    lang: 'ru',
    persons: registry.persons,
    refs,
    imprisonedNow: 1416,
    asOf: '2024-02-02',
    now: '2024-02-02T12:00:00.000Z',
  });
}

const english = 'English, as stored';
const CHANGES: DigestChange[] = [
  { kind: 'updated', field: 'opening.title', personId: null, before: 'a', after: 'b', message: english },
  { kind: 'conflict', field: 'entry.heading', personId: 'p-1', before: 'a', after: 'b', message: english },
  { kind: 'added', field: 'entry', personId: 'p-2', after: 'Политзаключённый Новый', message: english },
  { kind: 'removed', field: 'entry', personId: 'p-3', before: 'Политзаключённая Ушедшая', message: english },
  { kind: 'conflict', field: 'entry', personId: 'p-4', before: 'Политзаключённый Правленый', message: english },
];

describe('regenerationPage', () => {
  const page = (lang: 'be' | 'en') =>
    regenerationPage({
      lang,
      user: { email: 'e@example.org', role: 'editor', csrf: 'x' },
      digest: digest(),
      changes: CHANGES,
      revisionId: 1,
      canWrite: true,
    });

  it('says each change in Belarusian, quoting headings in Russian, with no English message left', () => {
    const be = page('be');
    expect(be).not.toContain(english);
    expect(be).toContain('Загаловак: перастворана паводле рэестра.');
    expect(be).toContain('Загаловак запісу: тэкст правілі, і версія з рэестра таксама змянілася');
    expect(be).toContain('<span lang="ru">Политзаключённый Новый</span> (p-2): новы чалавек у даных за месяц');
    expect(be).toContain('<span lang="ru">Политзаключённая Ушедшая</span> (p-3): чалавека больш няма');
    expect(be).toContain(
      '<span lang="ru">Политзаключённый Правленый</span> (p-4): чалавека больш няма ў даных за месяц, але запіс правілі',
    );
  });

  it('says them in English too', () => {
    const en = page('en');
    expect(en).toContain('The title regenerated from the registry.');
    expect(en).toContain(
      '<span lang="ru">Политзаключённый Новый</span> (p-2) is new in the month’s data; added at the end.',
    );
  });
});
