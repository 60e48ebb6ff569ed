import { describe, expect, it } from 'vitest';
import { addEntry, applyEdit, dropEntry, moveEntry } from './edit.js';
import { hasEdits, mergeField, regenerate } from './merge.js';
import type { Digest, DigestEntry } from './schema.js';

function entry(personId: string, heading: string, paragraphs = [`About ${personId}.`]): DigestEntry {
  return {
    personId,
    heading,
    paragraphs,
    base: { heading, paragraphs: [...paragraphs] },
    origin: 'generated',
    facts: { sourceIds: [] },
  };
}

function digest(entries: DigestEntry[], title = '2 released'): Digest {
  return {
    id: 'd-releases-2024-01-en',
    kind: 'releases',
    month: '2024-01',
    lang: 'en',
    status: 'draft',
    opening: { title, paragraphs: ['Opening.'] },
    openingBase: { title, paragraphs: ['Opening.'] },
    figures: {
      asOf: '2024-02-02',
      imprisonedNow: 10,
      count: entries.length,
      termServed: entries.length,
      termServedOverThreeYears: 0,
      termServedOverThreeYearsUnknown: 0,
      homeConfinement: 0,
      openInstitution: 0,
    },
    entries,
    dropped: [],
    warnings: [],
    changes: [],
    generatedAt: 't0',
    updatedAt: 't0',
    publishedAt: null,
    acknowledged: null,
  };
}

describe('mergeField', () => {
  it('takes the new text when the editor did not touch it', () => {
    expect(mergeField('a', 'a', 'b', 'f', null)).toMatchObject({ value: 'b', change: { kind: 'updated' } });
  });
  it('keeps an edit when the generated text did not change', () => {
    expect(mergeField('a', 'edited', 'a', 'f', null)).toEqual({ value: 'edited', change: null });
  });
  it('keeps an edit and reports a conflict when both changed', () => {
    expect(mergeField('a', 'edited', 'b', 'f', 'p-1')).toMatchObject({
      value: 'edited',
      change: { kind: 'conflict', before: 'edited', after: 'b', personId: 'p-1' },
    });
  });
  it('reports nothing when both sides agree', () => {
    expect(mergeField('a', 'b', 'b', 'f', null)).toEqual({ value: 'b', change: null });
  });
});

describe('regenerate', () => {
  it('updates untouched texts, keeps edits, and lists what changed', () => {
    const current = applyEdit(
      digest([entry('p-1', 'One — 1 year'), entry('p-2', 'Two — 2 years')]),
      {
        entries: [
          { personId: 'p-2', heading: 'Two — 2 years (edited)', paragraphs: ['Mine.'] },
          { personId: 'p-1', heading: 'One — 1 year', paragraphs: ['About p-1.'] },
        ],
      },
      't1',
    );
    const fresh = digest(
      [entry('p-1', 'One — 1 year, 1 day'), entry('p-2', 'Two — 3 years'), entry('p-3', 'Three')],
      '3 released',
    );
    const merged = regenerate(current, fresh, 't2');
    expect(merged.entries.map((e) => e.personId)).toEqual(['p-2', 'p-1', 'p-3']);
    expect(merged.entries[0]).toMatchObject({ heading: 'Two — 2 years (edited)', paragraphs: ['Mine.'] });
    expect(merged.entries[1]!.heading).toBe('One — 1 year, 1 day');
    expect(merged.opening.title).toBe('3 released');
    expect(merged.changes.map((c) => `${c.kind} ${c.field} ${c.personId}`)).toEqual([
      'updated opening.title null',
      'conflict entry.heading p-2',
      'updated entry.heading p-1',
      'added entry p-3',
    ]);
    expect(merged.status).toBe('edited');
  });

  it('removes unedited people who left the data, keeps edited ones with a conflict', () => {
    const current = applyEdit(
      digest([entry('p-1', 'One'), entry('p-2', 'Two')]),
      {
        entries: [
          { personId: 'p-1', heading: 'One', paragraphs: ['About p-1.'] },
          { personId: 'p-2', heading: 'Two!', paragraphs: ['x'] },
        ],
      },
      't1',
    );
    const merged = regenerate(current, digest([]), 't2');
    expect(merged.entries.map((e) => e.personId)).toEqual(['p-2']);
    expect(merged.changes.filter((c) => c.field === 'entry').map((c) => `${c.kind} ${c.personId}`)).toEqual([
      'removed p-1',
      'conflict p-2',
    ]);
  });

  it('does not bring back a person the editor dropped, and keeps people added by hand', () => {
    const base = digest([entry('p-1', 'One'), entry('p-2', 'Two')]);
    const edited = addEntry(dropEntry(base, 'p-2', 't1'), entry('p-9', 'Nine'), 't1');
    const merged = regenerate(edited, digest([entry('p-1', 'One'), entry('p-2', 'Two')]), 't2');
    expect(merged.entries.map((e) => e.personId)).toEqual(['p-1', 'p-9']);
    expect(merged.dropped).toEqual(['p-2']);
  });

  it('returns to draft status when nothing differs from the generated text', () => {
    const d = digest([entry('p-1', 'One')]);
    expect(hasEdits(d)).toBe(false);
    expect(regenerate(d, digest([entry('p-1', 'One (new)')]), 't').status).toBe('draft');
  });
});

describe('editing', () => {
  it('reorders, drops and adds entries', () => {
    const d = digest([entry('p-1', 'One'), entry('p-2', 'Two'), entry('p-3', 'Three')]);
    expect(moveEntry(d, 'p-3', 0, 't').entries.map((e) => e.personId)).toEqual(['p-3', 'p-1', 'p-2']);
    expect(moveEntry(d, 'p-1', 99, 't').entries.map((e) => e.personId)).toEqual(['p-2', 'p-3', 'p-1']);
    const dropped = applyEdit(d, { entries: [{ personId: 'p-2', heading: 'Two', paragraphs: [] }] }, 't');
    expect(dropped.dropped).toEqual(['p-1', 'p-3']);
    expect(addEntry(dropped, entry('p-1', 'One'), 't').dropped).toEqual(['p-3']);
  });

  it('rejects unknown, duplicate and published edits with stable codes', () => {
    const d = digest([entry('p-1', 'One')]);
    expect(() => applyEdit(d, { entries: [{ personId: 'p-x', heading: '', paragraphs: [] }] }, 't')).toThrow(
      expect.objectContaining({ code: 'entry-not-found' }),
    );
    expect(() =>
      applyEdit(
        d,
        {
          entries: [
            { personId: 'p-1', heading: '', paragraphs: [] },
            { personId: 'p-1', heading: '', paragraphs: [] },
          ],
        },
        't',
      ),
    ).toThrow(expect.objectContaining({ code: 'duplicate-entry' }));
    expect(() => addEntry(d, entry('p-1', 'One'), 't')).toThrow(expect.objectContaining({ code: 'duplicate-entry' }));
    expect(() => dropEntry(d, 'p-2', 't')).toThrow(expect.objectContaining({ code: 'entry-not-found' }));
    expect(() => moveEntry({ ...d, status: 'published' }, 'p-1', 0, 't')).toThrow(
      expect.objectContaining({ code: 'digest-published' }),
    );
  });
});
