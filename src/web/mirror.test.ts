import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../app/demo.js';
import { tempApp } from '../testing/temp-app.js';
import { linkedPaths, mirrorFilePath, sqliteFile, writeMirror, type MirrorReport } from './mirror.js';
import { createSiteRoutes } from './site.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let out: string;
let report: MirrorReport;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 60 });
  out = mkdtempSync(join(tmpdir(), 'rollcall-mirror-'));
  report = await writeMirror(env.ctx, out);
}, 120_000);
afterAll(async () => {
  await env.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('mirrorFilePath and linkedPaths', () => {
  it('maps pages to index.html', () => {
    expect(mirrorFilePath('/')).toBe('index.html');
    expect(mirrorFilePath('/en/persons/')).toBe('en/persons/index.html');
    expect(mirrorFilePath('/en/figures/count.svg')).toBe('en/figures/count.svg');
  });
  it('resolves relative links and skips external ones', () => {
    const page =
      '<a href="../index.html">x</a><img src="count.svg"><a href="https://x.org/">e</a><a href="#top">t</a><a href="mailto:a@b">m</a>';
    expect(linkedPaths(page, '/en/figures/')).toEqual(['/en/', '/en/figures/count.svg']);
  });
});

describe('writeMirror', () => {
  it('writes the languages, lists, people, facilities, articles, figures, charts and CSS', () => {
    for (const file of [
      'index.html',
      'assets/site.css',
      'be/index.html',
      'ru/persons/released/index.html',
      'en/persons/p-luchynovich/index.html',
      'en/facilities/f-ik-15-mahiliou/index.html',
      'en/articles/361-4/index.html',
      'en/articles/361-4/count.csv',
      'en/figures/count.svg',
      'en/figures/region.csv',
      'be/figures/birthdays/index.html',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(report.pages).toBeGreaterThan(100);
    // Every file but the manifest (`mirror-manifest.ts`).
    expect(report.files).toBe(filesUnder(out).length - 1);
  });

  it('links only to files it wrote, downloads included, and misses nothing', () => {
    const written = new Set(filesUnder(out).map((f) => `/${relative(out, f)}`));
    for (const file of filesUnder(out).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/(?:href|src)="\/(?!\/)/);
      expect(html, file).not.toMatch(/href="[^"#]*\?/);
      const page = `/${relative(out, file)}`.replace(/index\.html$/, '');
      for (const path of linkedPaths(html, page)) {
        const target = path.endsWith('/') ? `${path}index.html` : path;
        const isMissing = report.missing.some((m) => m.path === path);
        expect(written.has(target) || isMissing, `${page} -> ${path}`).toBe(true);
      }
    }
    expect(report.missing).toEqual([]);
    expect(written.has('/data/registry.json')).toBe(true);
    expect(written.has('/data/registry.csv')).toBe(true);
  });

  it('writes the same bytes as the server renders in mirror mode', async () => {
    const site = createSiteRoutes(env.ctx, { mode: 'mirror' });
    for (const path of [
      '/',
      '/en/',
      '/be/persons/page/2/',
      '/ru/persons/p-luchynovich/',
      '/en/figures/count.svg',
      '/en/figures/sex.csv',
    ]) {
      const res = await site.request(path);
      const served = Buffer.from(await res.arrayBuffer());
      expect(readFileSync(join(out, mirrorFilePath(path))).equals(served), path).toBe(true);
    }
  });

  it('differs from the server pages only in links', async () => {
    const server = await (await createSiteRoutes(env.ctx).request('/en/persons/p-luchynovich/')).text();
    const mirror = readFileSync(join(out, 'en/persons/p-luchynovich/index.html'), 'utf8');
    const strip = (s: string) => s.replace(/(href|src)="[^"]*"/g, '$1=""');
    expect(strip(mirror)).toBe(strip(server));
  });

  it('renders on workers the same files, byte for byte, as in one thread', async () => {
    expect(sqliteFile(env.ctx)).toBe(env.dbPath);
    const here = mkdtempSync(join(tmpdir(), 'rollcall-mirror-here-'));
    try {
      const inThread = await writeMirror(env.ctx, here, { workers: 0 });
      expect({ ...inThread, ms: 0 }).toEqual({ ...report, ms: 0 });
      const files = filesUnder(out)
        .map((f) => relative(out, f))
        .sort();
      expect(
        filesUnder(here)
          .map((f) => relative(here, f))
          .sort(),
      ).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(here, file)).equals(readFileSync(join(out, file))), file).toBe(true);
      }
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  }, 120_000);

  it('stops every worker and fails when onFile throws (a time budget)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollcall-mirror-stop-'));
    try {
      const stop = new Error('over budget');
      const onFile = (n: number) => {
        if (n >= 50) throw stop;
      };
      await expect(writeMirror(env.ctx, dir, { onFile, workers: 2 })).rejects.toBe(stop);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a folder that is not empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollcall-mirror-full-'));
    writeFileSync(join(dir, 'keep.txt'), 'x');
    await expect(writeMirror(env.ctx, dir)).rejects.toMatchObject({ code: 'not-empty' });
    rmSync(dir, { recursive: true, force: true });
  });
});
