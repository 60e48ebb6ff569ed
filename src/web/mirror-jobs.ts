/**
 * The bulk of the mirror as jobs: the status tabs with the pages of their people, the
 * facilities, the articles and the open-data downloads, known from the data before
 * anything is rendered. A job is a list of site paths rendered in order (the same page in
 * every language in turn, so the data-version caches load each record once), or one
 * download. Jobs run in the main thread or on render workers (`mirror-pool.ts`) through
 * {@link runJob}; the downloads (the longest jobs) come first, the name lists (facilities,
 * articles) last.
 *
 * @example
 * const { jobs, claimed } = await planMirrorJobs(pinnedCtx);
 * for (const job of jobs) await runJob(pinnedCtx, job, sink);
 */
import { todayIso, type AppContext } from '../app/context.js';
import { exportRegistry } from '../app/export.js';
import { lettersCsv } from './opendata/letters-csv.js';
import { articleIndex, facilityIndex, publicTabRows } from '../app/site-queries.js';
import { LANGS, type Lang } from '../domain/record.js';
import { ARTICLE_PAGE_SIZE, articlePagePath } from './pages/articles.js';
import { paths } from './pages/common.js';
import { PAGE_SIZE, STATUS_TABS, tabPath } from './pages/persons-list.js';
import { renderSitePath } from './site.js';

/** Pages to render in order, each with the page that links to it (for the report of a missing page). */
export interface PagesJob {
  kind: 'pages';
  pages: Array<[path: string, from: string]>;
  /**
   * Pages that list people by name only (facilities, articles): they go after the pages of
   * the people, and a render worker is sent the names the other workers read.
   */
  byName?: true;
}

/**
 * One open-data download, written by the same code as on the server: `/data/registry.*`
 * (the export), `/data/letters.csv` (format `letters`, the addresses for letters).
 */
export interface DownloadJob {
  kind: 'download';
  format: 'json' | 'csv' | 'letters';
  path: string;
}

export type MirrorJob = PagesJob | DownloadJob;

/** Where the files of jobs go: the main thread's run, or a render worker's writer and report. */
export interface JobSink {
  /** A served file (HTML pages have their links read). */
  save(path: string, from: string, body: string, isHtml: boolean): Promise<void>;
  /** A path the site did not serve (status, and the page that links to it). */
  missing(path: string, status: number, from: string): void;
  /** A large file written chunk by chunk; `fill` calls `write` for each chunk. */
  stream(path: string, fill: (write: (chunk: string) => Promise<void>) => Promise<void>): Promise<void>;
}

/**
 * The jobs of the bulk phase, heaviest first, and every path they write (claimed, so that
 * the crawl does not fetch them again).
 */
export async function planMirrorJobs(ctx: AppContext): Promise<{ jobs: MirrorJob[]; claimed: string[] }> {
  const jobs = [...downloadJobs(), ...(await planPageJobs(ctx))];
  return { jobs, claimed: claimedBy(jobs) };
}

/** The open-data downloads (known without reading any data: they can start first). */
export function downloadJobs(): DownloadJob[] {
  const registry = (['json', 'csv'] as const).map((format): DownloadJob => ({
    kind: 'download',
    format,
    path: `/data/registry.${format}`,
  }));
  return [...registry, { kind: 'download', format: 'letters', path: '/data/letters.csv' }];
}

/** Every path `jobs` write. */
export function claimedBy(jobs: readonly MirrorJob[]): string[] {
  return jobs.flatMap((job) => (job.kind === 'pages' ? job.pages.map(([path]) => path) : [job.path]));
}

/** Pages of one article (in each language) per job. */
const ARTICLE_PAGES_PER_JOB = 10;

/** The page jobs of the bulk phase (every job but the downloads), in the order to render them. */
export async function planPageJobs(ctx: AppContext): Promise<PagesJob[]> {
  const facilities = (await facilityIndex(ctx)).map(({ facility }) =>
    byName(inEveryLang((lang) => [paths.facility(lang, facility.id)])),
  );
  // A long article is split into jobs of a few pages, so that the workers end together.
  const articles = (await articleIndex(ctx)).flatMap(({ code, persons }) => {
    const pageCount = Math.max(1, Math.ceil(persons / ARTICLE_PAGE_SIZE));
    const jobs: PagesJob[] = [];
    for (let first = 1; first <= pageCount; first += ARTICLE_PAGES_PER_JOB) {
      const numbers = range(first, Math.min(pageCount, first + ARTICLE_PAGES_PER_JOB - 1));
      jobs.push(byName(inEveryLang((lang) => numbers.map((n) => articlePagePath(lang, code, n)))));
    }
    return jobs;
  });
  const people = await publicTabRows(ctx);
  const allPages = Math.max(1, Math.ceil(people.length / PAGE_SIZE));
  const withPeople: PagesJob[] = range(1, allPages).map((page) => {
    const job = inEveryLang((lang) => [tabPath(lang, 'all', page)], paths.persons);
    const froms = LANGS.map((lang) => tabPath(lang, 'all', page));
    for (const { id } of people.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)) {
      LANGS.forEach((lang, i) => job.pages.push([paths.person(lang, id), froms[i]!]));
    }
    return job;
  });
  // The other tabs list the same people in the same order: each of their pages goes after
  // the page of the full list with its last person, whose records are then still cached.
  const position = new Map(people.map(({ id }, i) => [id, i]));
  for (const tab of STATUS_TABS.filter((t) => t !== 'all')) {
    const rows = await publicTabRows(ctx, tab);
    const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    for (let page = 1; page <= pageCount; page++) {
      const last = rows
        .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
        .reduce((max, { id }) => Math.max(max, position.get(id) ?? 0), 0);
      const job = withPeople[Math.min(allPages - 1, Math.floor(last / PAGE_SIZE))]!;
      for (const lang of LANGS) job.pages.push([tabPath(lang, tab, page), paths.persons(lang)]);
    }
  }
  // Facility and article pages list people by name: after the people's own pages, the
  // names are known (see `site-names.ts`) and those pages read few records.
  return [...withPeople, ...facilities, ...articles];
}

/** Each path of `pathsOf` in every language in turn (the data behind a page is shared by its languages). */
function inEveryLang(pathsOf: (lang: Lang) => string[], fromOf: (lang: Lang) => string = paths.home): PagesJob {
  const byLang = LANGS.map((lang) => ({ from: fromOf(lang), list: pathsOf(lang) }));
  const pages: PagesJob['pages'] = [];
  for (let i = 0; i < byLang[0]!.list.length; i++) for (const { from, list } of byLang) pages.push([list[i]!, from]);
  return { kind: 'pages', pages };
}

function byName(job: PagesJob): PagesJob {
  return { ...job, byName: true };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Renders the pages of a job through the site's own renderer (or writes its download) into `sink`. */
export async function runJob(ctx: AppContext, job: MirrorJob, sink: JobSink): Promise<void> {
  if (job.kind === 'download') {
    const format = job.format;
    if (format === 'letters') await sink.stream(job.path, async (write) => write(await lettersCsv(ctx, todayIso(ctx))));
    else await sink.stream(job.path, (write) => exportRegistry(ctx, { format, audience: 'public' }, write));
    return;
  }
  for (const [path, from] of job.pages) {
    const result = await renderSitePath(ctx, path, 'mirror');
    const status = result?.status ?? (result ? 200 : 404);
    if (!result || status !== 200) sink.missing(path, status, from);
    else await sink.save(path, from, result.body, result.type === 'html');
  }
}
