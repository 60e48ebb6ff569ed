/**
 * Reference data (Criminal Code articles, pre-trial credit ratios) lives in
 * the database so staff can correct it; it is seeded from the domain's tables
 * the first time a registry is opened.
 */
import { CRIMINAL_CODE_ARTICLES, CREDIT_RATIOS } from '../domain/reference-data.js';
import type { AppContext } from './context.js';

export async function seedReferenceData(ctx: AppContext): Promise<void> {
  await ctx.store.write(async (r) => {
    if ((await r.reference.articles()).length === 0) await r.reference.saveArticles(CRIMINAL_CODE_ARTICLES);
    if ((await r.reference.creditRatios()).length === 0) await r.reference.saveCreditRatios(CREDIT_RATIOS);
  });
}
