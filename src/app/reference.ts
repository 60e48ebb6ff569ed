/**
 * Reference data (Criminal Code articles, pre-trial credit ratios, the court catalogue) lives in
 * the database so staff can correct it; it is seeded from the domain's tables
 * the first time a registry is opened.
 *
 * Seeding looks first, in a read: only a registry that lacks a table gets a
 * write transaction (which takes the write lock and bumps the data version).
 * Opening a seeded registry therefore writes nothing, waits for no import and
 * invalidates no cache. Tables staff or an import changed are never overwritten.
 */
import { CRIMINAL_CODE_ARTICLES, CREDIT_RATIOS } from '../domain/reference-data.js';
import { COURTS } from '../domain/courts.js';
import type { AppContext } from './context.js';

/**
 * Whether the registry lacks a reference table (what {@link seedReferenceData} would write).
 *
 * @example
 * if (await needsReferenceData(ctx)) await seedReferenceData(ctx);
 */
export async function needsReferenceData(ctx: AppContext): Promise<boolean> {
  return ctx.store.read(
    async (r) =>
      (await r.reference.articles()).length === 0 ||
      (await r.reference.creditRatios()).length === 0 ||
      (await r.reference.courts()).length === 0,
  );
}

/**
 * Seeds the reference tables that are empty; resolves to whether it wrote.
 *
 * @example
 * await seedReferenceData(ctx); // false on every open after the first
 */
export async function seedReferenceData(ctx: AppContext): Promise<boolean> {
  if (!(await needsReferenceData(ctx))) return false;
  return ctx.store.write(async (r) => {
    const articles = (await r.reference.articles()).length === 0;
    const ratios = (await r.reference.creditRatios()).length === 0;
    if (articles) await r.reference.saveArticles(CRIMINAL_CODE_ARTICLES);
    const courts = (await r.reference.courts()).length === 0;
    if (ratios) await r.reference.saveCreditRatios(CREDIT_RATIOS);
    if (courts) await r.reference.saveCourts(COURTS);
    return articles || ratios || courts;
  });
}
