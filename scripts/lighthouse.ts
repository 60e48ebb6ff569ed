/**
 * Lighthouse over every public page kind in every language, at the mobile preset, in
 * Debian's chromium. Starts the real server the way `npm start` does (the built
 * `bin/rollcall.js serve --demo`) on a fresh database in a temp folder, finds one
 * page of each kind by following the site's own links, and prints one row per page:
 * performance, accessibility, best practices and SEO, with the audits that cost points.
 *
 * @example
 * npm run lighthouse                      # all kinds, be/ru/en
 * LH_LANGS=en LH_KINDS=home,person npm run lighthouse
 * npm run lighthouse -- --json out.json   # also write the full table as JSON
 *
 * It is a report, not a test: it exits 0 whatever the scores, and 1 only when it could
 * not run (no chromium, the server did not start). `--strict` exits 1 below the bars
 * (accessibility, best practices, SEO 100; performance >= 95).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LANGS = (process.env.LH_LANGS ?? 'be,ru,en').split(',');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BARS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** A page kind: a fixed path, or the first link on another page that matches a pattern. */
interface Kind {
  name: string;
  path?: string;
  from?: string;
  link?: RegExp;
}

const KINDS: Kind[] = [
  { name: 'home', path: '/' },
  { name: 'list', path: '/persons/' },
  { name: 'person', from: '/persons/', link: /^\/\w+\/persons\/(?!page\/|imprisoned\/|released\/|names\/)[^/]+\/$/ },
  { name: 'names', path: '/persons/names/' },
  { name: 'facilities', path: '/facilities/' },
  { name: 'facility', from: '/facilities/', link: /^\/\w+\/facilities\/[^/]+\/$/ },
  { name: 'articles', path: '/articles/' },
  { name: 'article', from: '/articles/', link: /^\/\w+\/articles\/[^/]+\/$/ },
  { name: 'figures', path: '/figures/' },
  { name: 'upcoming', path: '/figures/upcoming/' },
  { name: 'birthdays', path: '/figures/birthdays/' },
  { name: 'letters', path: '/letters/' },
  { name: 'digests', path: '/digests/' },
  { name: 'digest', from: '/digests/', link: /^\/\w+\/digests\/.+\/$/ },
  { name: 'open data', path: '/data/' },
  { name: 'report', path: '/report/' },
];

const wanted = process.env.LH_KINDS?.split(',');
const strict = process.argv.includes('--strict');
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-lighthouse-'));
  const port = 18000 + Math.floor(Math.random() * 2000);
  const server = startServer(join(dir, 'rollcall.sqlite'), port);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/healthz`);
    const rows: Row[] = [];
    for (const lang of LANGS) {
      for (const kind of KINDS.filter((k) => !wanted || wanted.includes(k.name))) {
        const path = await resolvePath(base, lang, kind);
        if (!path) {
          rows.push({ kind: kind.name, lang, path: '-', scores: null, lost: ['(no page of this kind found)'] });
          continue;
        }
        rows.push(await audit(chrome.port, base, kind.name, lang, path));
        printRow(rows.at(-1)!);
      }
    }
    if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
    printSummary(rows);
    const below = rows.some((r) => !r.scores || CATEGORIES.some((c) => r.scores![c] < BARS[c]));
    return strict && below ? 1 : 0;
  } finally {
    await chrome.kill();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Row {
  kind: string;
  lang: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number> | null;
  lost: string[];
}

function startServer(db: string, port: number): ChildProcess {
  const child = spawn(process.execPath, ['bin/rollcall.js', 'serve', '--demo', '--db', db, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code !== null && code !== 0) console.error(`the server exited with code ${code}`);
  });
  return child;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${url} within 60 s (did you run npm run build?)`);
}

async function resolvePath(base: string, lang: string, kind: Kind): Promise<string | null> {
  if (kind.path) {
    const path = `/${lang}${kind.path}`;
    return (await fetch(base + path)).ok ? path : null;
  }
  const from = new URL(`/${lang}${kind.from}`, base);
  const html = await (await fetch(from)).text();
  for (const [, href] of html.matchAll(/href="([^"#?]+)"/g)) {
    const path = new URL(href!, from).pathname;
    if (kind.link!.test(path) && path.startsWith(`/${lang}/`)) return path;
  }
  return null;
}

async function audit(port: number, base: string, kind: string, lang: string, path: string): Promise<Row> {
  const result = await lighthouse(base + path, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
  });
  if (!result) return { kind, lang, path, scores: null, lost: ['(lighthouse returned nothing)'] };
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
  ) as Row['scores'];
  const lost = CATEGORIES.flatMap((c) =>
    (categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  return { kind, lang, path, scores, lost };
}

function printRow(r: Row): void {
  const s = r.scores ? CATEGORIES.map((c) => String(r.scores![c]).padStart(3)).join(' ') : '  -   -   -   -';
  console.log(`${r.lang} ${r.kind.padEnd(11)} ${s}  ${r.path}${r.lost.length ? `  [${r.lost.join(', ')}]` : ''}`);
}

function printSummary(rows: Row[]): void {
  console.log('\n| page | lang | performance | accessibility | best practices | SEO |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const cells = r.scores ? CATEGORIES.map((c) => r.scores![c]) : ['-', '-', '-', '-'];
    console.log(`| ${r.kind} | ${r.lang} | ${cells.join(' | ')} |`);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
