/**
 * Hashes what the public sees of the demo registry (every mirror file, a few API
 * responses, digest drafts), then makes a few edits (a person renamed and made internal,
 * a facility switched internal, a new facility, a person deleted) and hashes again: run
 * it on two builds and compare the outputs (pages must stay byte-identical).
 * Usage: npx tsx scripts/hash-site.ts > hashes.txt
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { tempApp } from '../src/testing/temp-app.js';
import { loadDemo } from '../src/app/demo.js';
import { writeMirror } from '../src/web/mirror.js';
import { createHttpApp } from '../src/http/app.js';
import { draftDigest } from '../src/app/digests.js';
import { getPerson, updatePerson, deletePerson } from '../src/app/persons.js';
import { saveFacility } from '../src/app/catalog.js';
import type { Facility } from '../src/domain/record.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex').slice(0, 16);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const app = await tempApp();
const ctx = app.ctx;
await loadDemo(ctx, { synthetic: 40 });
const http = createHttpApp(ctx);

async function hashAll(label: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-hash-'));
  await writeMirror(ctx, dir, { app: createHttpApp(ctx, { mode: 'mirror' }), workers: 0 });
  const lines: string[] = [];
  for (const file of walk(dir).sort()) lines.push(`${label} ${relative(dir, file)} ${sha(readFileSync(file))}`);
  for (const path of [
    '/api/v1/stats?date=2024-01-31',
    '/api/v1/flows?from=2023-01&to=2024-01',
    '/api/v1/persons?limit=500',
    '/api/v1/persons?q=Losik',
    '/api/v1/persons?q=Zhodino',
    '/api/v1/facilities',
    '/api/v1/series?from=2023-01-01&to=2024-01-31&step=month',
    '/en/persons/?q=Zhodino',
    '/en/persons/?q=Babaryka',
    '/ru/persons/?q=ИК',
  ]) {
    const res = await http.request(path);
    lines.push(`${label} ${path} ${res.status} ${sha(Buffer.from(await res.arrayBuffer()))}`);
  }
  for (const kind of ['releases', 'convictions', 'recognitions'] as const) {
    for (const lang of ['be', 'ru', 'en'] as const) {
      const { digest } = await draftDigest(ctx, { kind, month: '2024-01', lang });
      const { updatedAt: _u, createdAt: _c, ...rest } = digest as unknown as Record<string, unknown>;
      lines.push(`${label} digest:${kind}:${lang} ${sha(JSON.stringify(rest))}`);
    }
  }
  return lines;
}

const out = await hashAll('A');
const meta = { actor: 'hash', note: 'edit' };
const ids = await ctx.store.read((r) => r.persons.ids(null, 1000));
const first = await getPerson(ctx, ids[3]!);
await updatePerson(
  ctx,
  first.id,
  { ...first, names: first.names.map((n) => ({ ...n, family: `${n.family}a` })) },
  meta,
);
const second = await getPerson(ctx, ids[5]!);
await updatePerson(ctx, second.id, { ...second, visibility: 'internal' }, meta);
await deletePerson(ctx, ids[7]!, meta);
const facilities = await ctx.store.read((r) => r.facilities.list());
const pub = facilities.find((f) => f.visibility === 'public')!;
await saveFacility(ctx, { ...pub, visibility: 'internal' } satisfies Facility, meta);
await saveFacility(
  ctx,
  { id: 'f-new-zhodino', kind: 'colony', city: { en: 'Zhodino' }, name: { en: 'Zhodino new colony' }, aliases: [] },
  meta,
);
out.push(...(await hashAll('B')));
process.stdout.write(out.join('\n') + '\n');
await app.cleanup();
process.exit(0);
