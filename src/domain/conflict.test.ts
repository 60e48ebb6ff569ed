import { describe, expect, it } from 'vitest';
import { applyChoices, conflictFields, editText, valueAt } from './conflict.js';

const base = {
  id: 'f-1',
  kind: 'colony',
  number: '15',
  city: { en: 'Mahilioŭ', ru: 'Могилёв' },
  aliases: ['IK-15', 'colony 15'],
  events: [
    { id: 'e-1', date: '2022' },
    { id: 'e-2', date: '2023' },
  ],
};

describe('conflictFields', () => {
  it('sorts each changed field into theirs, mine, conflict or agreed', () => {
    const theirs = { ...base, number: '16', city: { en: 'Mogilev', ru: 'Могилёв' }, kind: 'prison' };
    const mine = { ...base, number: '17', city: { en: 'Mahilioŭ', ru: 'г. Могилёв' }, kind: 'prison' };
    const fields = conflictFields(base, theirs, mine);
    expect(fields).toEqual([
      { path: 'city.en', base: 'Mahilioŭ', theirs: 'Mogilev', mine: 'Mahilioŭ', status: 'theirs' },
      { path: 'city.ru', base: 'Могилёв', theirs: 'Могилёв', mine: 'г. Могилёв', status: 'mine' },
      { path: 'kind', base: 'colony', theirs: 'prison', mine: 'prison', status: 'agreed' },
      { path: 'number', base: '15', theirs: '16', mine: '17', status: 'conflict' },
    ]);
  });

  it('folds a change inside a deleted sub-record into one field', () => {
    const theirs = { ...base, events: [base.events[1]] };
    const mine = { ...base, events: [{ id: 'e-1', date: '2022-05' }, base.events[1]] };
    const fields = conflictFields(base, theirs, mine);
    expect(fields).toEqual([
      { path: 'events[e-1]', base: base.events[0], mine: { id: 'e-1', date: '2022-05' }, status: 'conflict' },
    ]);
  });

  it('reads a value at a path', () => {
    expect(valueAt(base, 'events[e-2].date')).toBe('2023');
    expect(valueAt(base, 'aliases.1')).toBe('colony 15');
    expect(valueAt(base, 'events(order)')).toEqual(['e-1', 'e-2']);
    expect(valueAt(base, 'city.be')).toBeUndefined();
  });
});

describe('applyChoices', () => {
  it('keeps theirs, takes my one-sided changes and asks for each conflict', () => {
    const theirs = { ...base, number: '16', city: { en: 'Mogilev', ru: 'Могилёв' } };
    const mine = { ...base, number: '17', city: { en: 'Mahilioŭ', ru: 'г. Могилёв' } };
    expect(applyChoices(base, theirs, mine, {}).missing).toEqual(['number']);
    const taken = applyChoices(base, theirs, mine, { number: { take: 'mine' } });
    expect(taken).toEqual({
      doc: { ...base, number: '17', city: { en: 'Mogilev', ru: 'г. Могилёв' } },
      missing: [],
      invalid: [],
    });
    expect(applyChoices(base, theirs, mine, { number: { take: 'theirs' } }).doc).toMatchObject({ number: '16' });
    expect(applyChoices(base, theirs, mine, { number: { take: 'edit', text: '18' } }).doc).toMatchObject({
      number: '18',
    });
    // An emptied text field is absent.
    expect(applyChoices(base, theirs, mine, { number: { take: 'edit', text: '' } }).doc).not.toHaveProperty('number');
  });

  it('edits non-text values as JSON and reports what cannot be read', () => {
    const theirs = { ...base, events: [base.events[1]] };
    const mine = { ...base, events: [{ id: 'e-1', date: '2022-05' }, base.events[1]] };
    const edited = applyChoices(base, theirs, mine, {
      'events[e-1]': { take: 'edit', text: '{"id":"e-1","date":"2022-06"}' },
    });
    expect(edited.doc).toMatchObject({ events: [{ id: 'e-1', date: '2022-06' }, base.events[1]] });
    const bad = applyChoices(base, theirs, mine, { 'events[e-1]': { take: 'edit', text: '{oops' } });
    expect(bad.invalid).toEqual(['events[e-1]']);
    const dropped = applyChoices(base, theirs, mine, { 'events[e-1]': { take: 'theirs' } });
    expect(dropped.doc).toMatchObject({ events: [base.events[1]] });
  });

  it('places a sub-record I added where I put it, beside one they added', () => {
    const theirs = { ...base, events: [...base.events, { id: 'e-9', date: '2024' }] };
    const mine = { ...base, events: [base.events[0], { id: 'e-5', date: '2022-09' }, base.events[1]] };
    const { doc, missing } = applyChoices(base, theirs, mine, {});
    expect(missing).toEqual([]);
    expect((doc as typeof base).events.map((e) => e.id)).toEqual(['e-1', 'e-5', 'e-2', 'e-9']);
  });

  it('removes list items by position without shifting the others', () => {
    const theirs = { ...base, number: '16' };
    const mine = { ...base, aliases: ['IK-15'] };
    expect(applyChoices(base, theirs, mine, {}).doc).toEqual({ ...base, number: '16', aliases: ['IK-15'] });
  });

  it('does not change its inputs', () => {
    const theirs = structuredClone({ ...base, number: '16' });
    const mine = structuredClone({ ...base, city: { en: 'X' } });
    const copy = structuredClone(theirs);
    applyChoices(base, theirs, mine, {});
    expect(theirs).toEqual(copy);
  });
});

describe('editText', () => {
  it('shows text as it is and anything else as JSON', () => {
    expect(editText('IK-15')).toBe('IK-15');
    expect(editText(undefined)).toBe('');
    expect(JSON.parse(editText({ a: 1 }))).toEqual({ a: 1 });
  });
});
