/**
 * Import integrity on real SQLite files (issue 11 items 10-12, issue 10's one
 * reader): a file cut short never imports, whatever the cut; what the schema
 * refuses is refused naming the record and field; oversized records are refused
 * in bounded memory; any JSON layout imports the same; an unchanged re-import
 * writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from './demo.js';
import { exportRegistry } from './export.js';
import { importRegistryFile, type ImportOptions, type ImportReport } from './import.js';
import type { AppContext } from './context.js';

type Temp = Awaited<ReturnType<typeof tempApp>>;
const opened: Temp[] = [];
let demo: Temp;
let text: string; // the demo registry exported (format version 3)

const opts: ImportOptions = { format: 'json', dryRun: false, actor: 'test', workers: 0 };

async function exported(ctx: AppContext): Promise<string> {
  let out = '';
  await exportRegistry(ctx, { format: 'json', audience: 'staff' }, (chunk) => void (out += chunk));
  return out;
}

async function fresh(): Promise<Temp> {
  const t = await tempApp();
  opened.push(t);
  return t;
}

/** Imports `content` into a fresh registry: the report, or the error that stopped it, and what is stored after. */
async function importText(content: string | Buffer, extra: Partial<ImportOptions> = {}) {
  const t = await fresh();
  const path = join(t.dir, 'in.json');
  writeFileSync(path, content);
  const before = await t.ctx.store.read((r) => r.reference.creditRatios());
  const result = await importRegistryFile(t.ctx, path, { ...opts, ...extra }).then(
    (report): { report: ImportReport; error?: undefined } => ({ report }),
    (error: { code?: string; message: string }) => ({ error, report: undefined }),
  );
  const persons = await t.ctx.store.read((r) => r.persons.count({ audience: 'staff' }));
  const ratios = await t.ctx.store.read((r) => r.reference.creditRatios());
  return { ...result, persons, ratiosKept: JSON.stringify(ratios) === JSON.stringify(before), ctx: t.ctx };
}

const lines = () => text.split('\n');
const personLines = () => lines().flatMap((l, i) => (l.startsWith('    {"id":"p-') ? [i] : []));

beforeAll(async () => {
  demo = await fresh();
  await loadDemo(demo.ctx, { synthetic: 20 });
  text = await exported(demo.ctx);
});
afterAll(async () => {
  await Promise.all(opened.map((t) => t.cleanup()));
});

describe('a file cut short', () => {
  it('is refused when cut at a line boundary among the persons, and nothing is imported', async () => {
    const cut =
      lines()
        .slice(0, personLines()[2]! + 1)
        .join('\n') + '\n';
    const r = await importText(cut);
    expect(r.error?.code).toBe('truncated');
    expect(r.error?.message).toMatch(/after record 3 of "persons"/);
    expect(r.persons).toBe(0);
  });

  it('is refused when cut inside creditRatios, and the credit ratios stay as they were', async () => {
    const at = text.indexOf('"creditRatios": [');
    const cut = text.slice(0, text.indexOf('\n', text.indexOf('\n', at) + 1) + 1);
    const r = await importText(cut);
    expect(r.error?.code).toBe('truncated');
    expect(r.ratiosKept).toBe(true);
    expect(r.persons).toBe(0);
  });

  it('is refused when records are missing but the file still closes (the end marker counts them)', async () => {
    const all = lines();
    const [a, b] = [personLines()[4]!, personLines()[5]!];
    const without = [...all.slice(0, a), ...all.slice(b)].join('\n');
    const r = await importText(without);
    expect(r.report?.ok).toBe(false);
    expect(r.report?.problems).toEqual([
      expect.objectContaining({ code: 'record-count-mismatch', field: 'end.records.persons' }),
    ]);
    expect(r.persons).toBe(0);
  });

  it('is refused when a record was changed after export (the checksum)', async () => {
    const r = await importText(text.replace('"sex":"female"', '"sex":"male"'));
    expect(r.report?.problems).toEqual([expect.objectContaining({ code: 'checksum-mismatch' })]);
    expect(r.persons).toBe(0);
  });

  it('reads a version 1 file (no end marker) when it is complete, with a note', async () => {
    const v1 = text.replace('"version": 3', '"version": 1').replace(/,\n {2}"end": .*\n\}\n$/, '\n}\n');
    const r = await importText(v1);
    expect(r.report?.problems).toEqual([]);
    expect(r.report?.notes).toEqual([expect.stringMatching(/version 1/)]);
    expect(r.persons).toBe(personLines().length);
    const cut = v1.slice(0, v1.lastIndexOf('  ]'));
    expect((await importText(cut)).error?.code).toBe('truncated');
  });
});

describe('any JSON layout', () => {
  it('imports pretty-printed and compact files as the one-record-per-line export, the end marker checked', async () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    for (const layout of [JSON.stringify(doc, null, 2), JSON.stringify(doc), JSON.stringify(doc, null, '\t')]) {
      const r = await importText(layout);
      expect(r.report?.problems).toEqual([]);
      expect(r.persons).toBe(personLines().length);
      expect(await exported(r.ctx)).toBe(text);
    }
  });

  it('refuses a pretty-printed file cut short, or whose end marker does not match', async () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect((await importText(pretty.slice(0, pretty.length / 2))).error?.code).toBe('truncated');
    const doc = JSON.parse(text) as { persons: unknown[] };
    doc.persons.pop();
    const r = await importText(JSON.stringify(doc, null, 2));
    expect(r.report?.problems[0]).toMatchObject({ code: 'record-count-mismatch' });
  });
});

describe('what the reader refuses, naming the record', () => {
  const personLine = (k: number) => lines()[personLines()[k]!]!;
  const replaceLine = (k: number, line: string) => {
    const all = lines();
    all[personLines()[k]!] = line;
    return all.join('\n');
  };

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD', async () => {
    const bad = Buffer.from(replaceLine(1, personLine(1).replace('"sex"', '"sex"')), 'utf8');
    const at = bad.indexOf(Buffer.from(personLine(1).slice(4, 30)));
    bad[at + 5] = 0xff;
    const r = await importText(bad);
    expect(r.report?.problems).toEqual([expect.objectContaining({ section: 'persons', row: 2, code: 'invalid-utf8' })]);
    expect(r.persons).toBe(0);
    const sources = Buffer.from(
      text.replace(/("sources": \[\n {4}\{"id":"s-[^"]*","kind":"[a-z_]+","title":")/, '$1\u00ff'),
    );
    sources[sources.indexOf(Buffer.from('\u00ff'))] = 0xff; // 0xff 0xbf is not UTF-8
    const s = await importText(sources);
    expect(s.report?.problems[0]).toMatchObject({ section: 'sources', row: 1, code: 'invalid-utf8' });
  });

  it('refuses year 0000, an impossible day and a credit ratio dated 2024-02-30, naming row and field', async () => {
    const year = await importText(replaceLine(0, personLine(0).replace(/"date":"\d{4}/, '"date":"0000')));
    expect(year.report?.problems[0]).toMatchObject({ section: 'persons', row: 1, code: 'invalid-field' });
    expect(year.report?.problems[0]?.field).toMatch(/^events\.\d+\.date$/);
    const day = await importText(
      replaceLine(2, personLine(2).replace(/"date":"(\d{4})-\d\d-\d\d"/, '"date":"$1-02-30"')),
    );
    expect(day.report?.problems[0]).toMatchObject({ section: 'persons', row: 3, code: 'invalid-field' });
    expect(day.report?.problems[0]?.message).toMatch(/no such day/);
    const ratio = await importText(text.replace(/"from":"\d{4}-\d\d-\d\d"/, '"from":"2024-02-30"'));
    expect(ratio.report?.problems).toEqual([
      expect.objectContaining({ section: 'creditRatios', row: 1, field: 'from', code: 'invalid-field' }),
    ]);
    expect(ratio.ratiosKept).toBe(true);
  });

  it('refuses event and case ids used by two persons', async () => {
    const eventId = /"events":\[\{"id":"([^"]+)"/.exec(personLine(0))![1]!;
    const caseId = /"cases":\[\{"id":"([^"]+)"/.exec(personLine(0))![1]!;
    const other = personLine(3)
      .replace(/"events":\[\{"id":"[^"]+"/, `"events":[{"id":"${eventId}"`)
      .replace(/"cases":\[\{"id":"[^"]+"/, `"cases":[{"id":"${caseId}"`)
      .replace(/"caseId":"[^"]+"/g, `"caseId":"${caseId}"`);
    const r = await importText(replaceLine(3, other));
    const found = r.report?.problems.map((p) => [p.row, p.code, p.field]);
    expect(found).toContainEqual([4, 'duplicate-id', 'events.0.id']);
    expect(found).toContainEqual([4, 'duplicate-id', 'cases.0.id']);
    expect(r.persons).toBe(0);
  });

  it('refuses javascript: and data: links in sources and photo refs', async () => {
    const js = await importText(text.replace(/("sources": \[\n {4}\{"id":"[^"]+",)/, '$1"url":"javascript:alert(1)",'));
    expect(js.report?.problems[0]).toMatchObject({ section: 'sources', code: 'invalid-field', field: 'url' });
    const photo = personLine(0).replace(/^( {4}\{"id":"[^"]+",)/, '$1"photo":{"ref":"data:image/png;base64,AAAA"},');
    const p = await importText(replaceLine(0, photo));
    expect(p.report?.problems[0]).toMatchObject({ section: 'persons', row: 1, field: 'photo.ref' });
  });

  it('refuses a record over the size limit, in the line layout and in any other', async () => {
    const biography = (n: number) => `"biography":{"en":"${'x'.repeat(n)}"}`;
    const huge = personLine(1).replace(/"biography":\{[^}]*\}/, biography(1_200_000));
    const r = await importText(replaceLine(1, huge));
    expect(r.report?.problems).toEqual([
      expect.objectContaining({ section: 'persons', row: 2, code: 'record-too-large' }),
    ]);
    const doc = JSON.parse(text) as { persons: Array<{ biography: unknown }> };
    doc.persons[1]!.biography = { en: 'x'.repeat(1_200_000) };
    const pretty = await importText(JSON.stringify(doc, null, 2));
    expect(pretty.error).toBeUndefined();
    expect(pretty.report?.problems[0]).toMatchObject({ section: 'persons', row: 2, code: 'record-too-large' });
    const field = await importText(replaceLine(1, personLine(1).replace(/"biography":\{[^}]*\}/, biography(60_000))));
    expect(field.report?.problems[0]).toMatchObject({ row: 2, code: 'invalid-field', field: 'biography.en' });
  });
});

describe('an unchanged re-import', () => {
  it('of the demo export reports every record unchanged and writes no revision', async () => {
    const path = join(demo.dir, 'again.json');
    writeFileSync(path, text);
    const before = await demo.ctx.store.read((r) => r.revisions.lastId());
    const report = await importRegistryFile(demo.ctx, path, opts);
    expect(report.problems).toEqual([]);
    expect(report.counts.persons).toEqual({ created: 0, updated: 0, unchanged: personLines().length });
    expect(report.counts.facilities.updated).toBe(0);
    expect(report.counts.sources.updated).toBe(0);
    expect(await demo.ctx.store.read((r) => r.revisions.lastId())).toBe(before);
  });
});

describe('the CSV import', () => {
  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const bytes = Buffer.from('id,name\np-1,Kowalska Anna\np-2,Nowak X\n', 'utf8');
    bytes[bytes.indexOf(Buffer.from('X'))] = 0xff;
    const r = await importText(bytes, { format: 'csv' });
    expect(r.report?.problems).toEqual([expect.objectContaining({ code: 'invalid-utf8', row: 3 })]);
    expect(r.persons).toBe(0);
  });
});
