/**
 * Warm-up before a server takes requests: asks the app, in process, for one page of
 * every kind in every language (and the API routes that read whole-registry data), so
 * the read model's parts are built once at start instead of on the first reader's
 * request (at 100,000 people the first name search or figures page would otherwise take
 * seconds and hold up every request behind it). A batch job: it returns a report and
 * never throws; a page that fails is listed and the server starts anyway.
 *
 * @example
 * const report = await warmUp(createHttpApp(ctx));
 * io.out(`Warmed ${report.paths.length} pages in ${report.ms} ms`);
 */
import type { Hono } from 'hono';
import { LANGS } from '../domain/record.js';

export interface WarmUpReport {
  /** Each path asked for and its status. */
  paths: Array<{ path: string; status: number }>;
  /** Paths that did not answer 200 (or threw). */
  failed: string[];
  ms: number;
}

/** Pages of each kind, per language. */
const PAGE_KINDS = [
  '',
  'persons/',
  'persons/imprisoned/',
  'persons/names/',
  'persons/?q=%D0%B0',
  'facilities/',
  'articles/',
  'figures/',
  'figures/upcoming/',
  'figures/birthdays/',
  'letters/',
];
const API = [
  '/api/v1/stats',
  '/api/v1/flows?from=2020-01&to=2020-12',
  '/api/v1/expected?from=2020-01-01&to=2020-12-31',
  '/api/v1/facilities',
  '/api/v1/persons?limit=50',
];

export async function warmUp(app: Pick<Hono, 'request'>): Promise<WarmUpReport> {
  const start = performance.now();
  const report: WarmUpReport = { paths: [], failed: [], ms: 0 };
  const ask = async (path: string): Promise<Response | null> => {
    try {
      const res = await app.request(path);
      report.paths.push({ path, status: res.status });
      if (res.status !== 200) report.failed.push(path);
      return res;
    } catch {
      report.paths.push({ path, status: 0 });
      report.failed.push(path);
      return null;
    }
  };
  for (const path of API) await (await ask(path))?.arrayBuffer();
  // One facility and one article page: the first the public API and the index list.
  const facilities = (await (await ask('/api/v1/facilities'))?.json().catch(() => null)) as {
    facilities?: Array<{ id: string }>;
  } | null;
  const facility = facilities?.facilities?.[0]?.id;
  for (const lang of LANGS) {
    for (const kind of PAGE_KINDS) await (await ask(`/${lang}/${kind}`))?.arrayBuffer();
    if (facility) await (await ask(`/${lang}/facilities/${encodeURIComponent(facility)}/`))?.arrayBuffer();
  }
  report.ms = Math.round(performance.now() - start);
  return report;
}
