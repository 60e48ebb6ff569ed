import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../app/demo.js';
import { publicTabRows } from '../app/site-queries.js';
import { tempApp } from '../testing/temp-app.js';
import { collectLinks } from './kit/links.js';
import { claimedBy, downloadJobs, planMirrorJobs, planPageJobs } from './mirror-jobs.js';
import { linkedPaths, linkTarget } from './mirror-links.js';
import { renderSitePath } from './site.js';
import { PAGE_SIZE } from './pages/persons-list.js';

let env: Awaited<ReturnType<typeof tempApp>>;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 120 });
}, 120_000);
afterAll(() => env.cleanup());

describe('planMirrorJobs', () => {
  it('plans every tab page, person page, facility, article and download once', async () => {
    const { jobs, claimed } = await planMirrorJobs(env.ctx);
    expect(new Set(claimed).size).toBe(claimed.length);
    const people = await publicTabRows(env.ctx);
    for (const lang of ['be', 'ru', 'en']) {
      for (const { id } of people) expect(claimed).toContain(`/${lang}/persons/${id}/`);
      expect(claimed).toContain(`/${lang}/persons/`);
      expect(claimed).toContain(`/${lang}/persons/released/`);
      expect(claimed).toContain(`/${lang}/persons/imprisoned/`);
    }
    const released = Math.ceil((await publicTabRows(env.ctx, 'released')).length / PAGE_SIZE);
    if (released > 1) expect(claimed).toContain(`/en/persons/released/page/${released}/`);
    expect(claimed.some((p) => /^\/en\/facilities\/f-/.test(p))).toBe(true);
    expect(claimed.some((p) => /^\/en\/articles\/\d/.test(p))).toBe(true);
    expect(jobs.slice(0, 3)).toEqual([
      { kind: 'download', format: 'json', path: '/data/registry.json' },
      { kind: 'download', format: 'csv', path: '/data/registry.csv' },
      { kind: 'download', format: 'csv', path: '/data/registry-excel.csv', bom: true },
    ]);
  });

  it('puts each tab page after the person pages of its people', async () => {
    const { jobs } = await planMirrorJobs(env.ctx);
    for (const job of jobs) {
      if (job.kind !== 'pages') continue;
      const paths = job.pages.map(([path]) => path);
      const firstTab = paths.findIndex((p) => /\/persons\/(released|imprisoned)\//.test(p));
      if (firstTab === -1) continue;
      expect(paths.slice(firstTab).every((p) => /\/persons\/(released|imprisoned)\//.test(p))).toBe(true);
    }
  });

  it('plans the downloads apart, then people, then the name lists (facilities, articles)', async () => {
    const pages = await planPageJobs(env.ctx);
    const { jobs, claimed } = await planMirrorJobs(env.ctx);
    expect(jobs).toEqual([...downloadJobs(), ...pages]);
    expect(claimed).toEqual(claimedBy(jobs));
    const kinds = pages.map((job) => /\/(facilities|articles)\//.test(job.pages[0]![0]));
    const firstList = kinds.indexOf(true);
    expect(firstList).toBeGreaterThan(0);
    expect(kinds.slice(firstList).every(Boolean)).toBe(true);
  });
});

describe('links told while rendering', () => {
  it('are the links read back from every planned page (shell links told again on each page)', async () => {
    const jobs = await planPageJobs(env.ctx);
    let told: string[] = [];
    collectLinks((to) => told.push(to));
    try {
      let checked = 0;
      for (const job of jobs) {
        for (const [path] of job.pages.filter((_, i) => i % 3 === 0 || job.byName)) {
          told = [];
          const page = await renderSitePath(env.ctx, path, 'mirror');
          expect(page?.status ?? 200).toBe(200);
          const fromTold = new Set(told.map(linkTarget).filter((p): p is string => p !== null));
          expect([...fromTold].sort(), path).toEqual(linkedPaths(page!.body, path).sort());
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(200);
    } finally {
      collectLinks(null);
    }
  }, 120_000);
});
