/**
 * Lighthouse over every public page kind in every language, at the mobile preset, in
 * Debian's chromium. Starts the real server the way `npm start` does (the built
 * `bin/rollcall.js serve --demo`) on a fresh database in a temp folder, finds one
 * page of each kind by following the site's own links, audits each page `LH_RUNS` times
 * (default 3) and prints one row per page: the median of the runs for performance,
 * accessibility, best practices and SEO, with the audits that cost points in any run.
 * With `--staff`, also the staff workspace (`scripts/lighthouse-staff.ts`): the desk, the
 * person form (new and edit) and the staff lists, signed in, for accessibility and best
 * practices (staff pages are `noindex` and not tuned for a phone on 4G).
 *
 * @example
 * npm run lighthouse                      # all public kinds, be/ru/en, 3 runs each
 * npm run lighthouse -- --staff           # and the staff pages
 * npm run lighthouse -- --staff --no-public
 * LH_LANGS=en LH_KINDS=home,person LH_RUNS=5 npm run lighthouse
 * npm run lighthouse -- --json out.json   # also write the full table as JSON
 *
 * It is a report, not a test: it exits 0 whatever the scores, and 1 only when it could
 * not run (no chromium, the server did not start). `--strict` exits 1 below the bars
 * (accessibility, best practices, SEO 100; performance >= 95).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ROBOTS_FROM_NODE } from './lighthouse-robots.js';
import { startStaffSite } from './lighthouse-staff.js';
import type { Role } from '../src/domain/access.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LANGS = (process.env.LH_LANGS ?? 'be,ru,en').split(',');
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3) || 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const STAFF_CATEGORIES: Category[] = ['accessibility', 'best-practices'];
const BARS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

/** A page kind: a fixed path (may carry a query), or the first link on another page that matches a pattern. */
interface Kind {
  name: string;
  path?: string;
  from?: string;
  link?: RegExp;
}

/** Every kind of public page (`src/web/routes/dispatch.ts`, `src/web/routes.md`, the digest, data and report routes). */
const KINDS: Kind[] = [
  { name: 'home', path: '/' },
  { name: 'list', path: '/persons/' },
  { name: 'list page', from: '/persons/', link: /^\/\w+\/persons\/page\/\d+\/$/ },
  { name: 'list tab', path: '/persons/imprisoned/' },
  { name: 'search', path: '/persons/?q=%D0%B0&sort=detention' },
  { name: 'person', from: '/persons/', link: /^\/\w+\/persons\/(?!page\/|imprisoned\/|released\/|names\/)[^/]+\/$/ },
  { name: 'names', path: '/persons/names/' },
  { name: 'names letter', from: '/persons/names/', link: /^\/\w+\/persons\/names\/[0-9a-f]+\/$/ },
  { name: 'facilities', path: '/facilities/' },
  { name: 'facility', from: '/facilities/', link: /^\/\w+\/facilities\/[^/]+\/$/ },
  { name: 'articles', path: '/articles/' },
  { name: 'article', from: '/articles/', link: /^\/\w+\/articles\/[^/]+\/$/ },
  { name: 'figures', path: '/figures/' },
  { name: 'upcoming', path: '/figures/upcoming/' },
  { name: 'birthdays', path: '/figures/birthdays/' },
  { name: 'envelopes', path: '/figures/birthdays/envelopes/' },
  { name: 'letters', path: '/letters/' },
  { name: 'digests', path: '/digests/' },
  { name: 'digest', from: '/digests/', link: /^\/\w+\/digests\/(?!feed)[^/]+\/$/ },
  { name: 'open data', path: '/data/' },
  { name: 'report', path: '/report/' },
  { name: 'report about', from: '/persons/p-bialiauski/', link: /^\/\w+\/report\/\?person=[^&]+$/ },
  { name: 'follow-up', path: '/report/follow-up/' },
];

const wanted = process.env.LH_KINDS?.split(',');
const flag = (name: string) => process.argv.includes(name);
const strict = flag('--strict');
const jsonOut = flag('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
const staffRole = (process.env.LH_STAFF_ROLE ?? 'editor') as Role;

interface Row {
  kind: string;
  lang: string;
  path: string;
  /** Median of the runs per category audited (absent: not audited). */
  scores: Partial<Record<Category, number>> | null;
  /** Each category's score in every run. */
  runs: Partial<Record<Category, number[]>>;
  lost: string[];
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
    return 1;
  }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const rows: Row[] = [];
  const load = [loadavg()];
  console.log(`Lighthouse ${RUNS} run(s) a page; load average at start ${fmtLoad(load[0]!)}`);
  try {
    if (!flag('--no-public')) rows.push(...(await publicRows(chrome.port)));
    if (flag('--staff')) rows.push(...(await staffRows(chrome.port)));
  } finally {
    await chrome.kill();
  }
  load.push(loadavg());
  if (jsonOut)
    writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, load, rows }, null, 2));
  printSummary(rows, load);
  const below = rows.some((r) => !r.scores || CATEGORIES.some((c) => (r.scores![c] ?? 100) < BARS[c]));
  return strict && below ? 1 : 0;
}

async function publicRows(port: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-lighthouse-'));
  const serverPort = 18000 + Math.floor(Math.random() * 2000);
  const server = startServer(join(dir, 'rollcall.sqlite'), serverPort);
  const rows: Row[] = [];
  try {
    const base = `http://127.0.0.1:${serverPort}`;
    await waitFor(`${base}/healthz`);
    for (const lang of LANGS) {
      for (const kind of KINDS.filter((k) => !wanted || wanted.includes(k.name))) {
        const path = await resolvePath(base, lang, kind);
        const row = path
          ? await audit(port, base, { kind: kind.name, lang, path }, [...CATEGORIES], {})
          : { kind: kind.name, lang, path: '-', scores: null, runs: {}, lost: ['(no page of this kind found)'] };
        rows.push(row);
        printRow(row);
      }
    }
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function staffRows(port: number): Promise<Row[]> {
  const staff = await startStaffSite(staffRole);
  const rows: Row[] = [];
  try {
    for (const lang of LANGS) {
      for (const { kind, path } of staff.pages(lang).filter((k) => !wanted || wanted.includes(k.kind))) {
        const row = await audit(port, staff.base, { kind, lang, path }, STAFF_CATEGORIES, { Cookie: staff.cookie });
        rows.push(row);
        printRow(row);
      }
    }
  } finally {
    await staff.close();
  }
  return rows;
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
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${url} within 120 s (did you run npm run build?)`);
}

async function resolvePath(base: string, lang: string, kind: Kind): Promise<string | null> {
  if (kind.path) {
    const path = `/${lang}${kind.path}`;
    return (await fetch(base + path)).ok ? path : null;
  }
  const from = new URL(`/${lang}${kind.from}`, base);
  const html = await (await fetch(from)).text();
  for (const [, href] of html.matchAll(/href="([^"#]+)"/g)) {
    const url = new URL(href!.replaceAll('&amp;', '&'), from);
    const path = url.pathname + url.search;
    if (url.origin === from.origin && kind.link!.test(path) && path.startsWith(`/${lang}/`)) return path;
  }
  return null;
}

async function audit(
  port: number,
  base: string,
  page: Pick<Row, 'kind' | 'lang' | 'path'>,
  categories: Category[],
  extraHeaders: Record<string, string>,
): Promise<Row> {
  const runs: Partial<Record<Category, number[]>> = {};
  /** Audit → the value it showed in each run that lost points. */
  const lost = new Map<string, string[]>();
  let retries = 2; // a trace lost under load (NO_NAVSTART, NO_FCP) is run again, twice at most
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(
      base + page.path,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        formFactor: 'mobile',
        screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
        extraHeaders,
      },
      ROBOTS_FROM_NODE,
    );
    if (result?.lhr.runtimeError && /^NO_(NAVSTART|FCP)|TRACE/.test(result.lhr.runtimeError.code) && retries-- > 0) {
      i--;
      continue;
    }
    if (!result) return { ...page, scores: null, runs, lost: ['(lighthouse returned nothing)'] };
    const { categories: got, audits, finalDisplayedUrl, runtimeError } = result.lhr;
    // A staff page without its session answers 401, which Lighthouse refuses to score.
    if (runtimeError) return { ...page, scores: null, runs, lost: [`(${runtimeError.code}: ${runtimeError.message})`] };
    if (new URL(finalDisplayedUrl).pathname !== new URL(base + page.path).pathname) {
      return { ...page, scores: null, runs, lost: [`(redirected to ${finalDisplayedUrl})`] };
    }
    for (const c of categories) (runs[c] ??= []).push(Math.round((got[c]?.score ?? 0) * 100));
    for (const c of categories) {
      for (const ref of got[c]?.auditRefs ?? []) {
        const a = audits[ref.id];
        if (ref.weight === 0 || !a || (a.score ?? 1) >= 1) continue;
        const key = `${c}: ${ref.id}`;
        lost.set(key, [...(lost.get(key) ?? []), a.displayValue ?? '']);
      }
    }
  }
  const scores = Object.fromEntries(categories.map((c) => [c, median(runs[c]!)]));
  const said = (values: string[]) => (values.some(Boolean) ? ` (${values.filter(Boolean).join('; ')})` : '');
  const lostIn = ([k, values]: [string, string[]]) =>
    `${k}${RUNS > 1 ? ` in ${values.length}/${RUNS}` : ''}${said(values)}`;
  return { ...page, scores, runs, lost: [...lost].map(lostIn) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

const cell = (r: Row, c: Category) => (r.scores?.[c] === undefined ? '-' : String(r.scores[c]));
const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');

function printRow(r: Row): void {
  const s = CATEGORIES.map((c) => cell(r, c).padStart(3)).join(' ');
  const perf = r.runs.performance && r.runs.performance.length > 1 ? ` perf runs ${r.runs.performance.join('/')}` : '';
  console.log(
    `${r.lang} ${r.kind.padEnd(12)} ${s}  ${r.path}${perf}${r.lost.length ? `  [${r.lost.join(', ')}]` : ''}`,
  );
}

function printSummary(rows: Row[], load: number[][]): void {
  console.log(
    `\n${new Date().toISOString()}, ${RUNS} run(s) a page (median), load average ${load.map(fmtLoad).join(' → ')}`,
  );
  console.log('\n| page | lang | performance | accessibility | best practices | SEO |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.kind} | ${r.lang} | ${CATEGORIES.map((c) => cell(r, c)).join(' | ')} |`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
