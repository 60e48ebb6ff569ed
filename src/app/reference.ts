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
import { Article, Court } from '../domain/record.js';
import { sameRecord, type BulkCounts, type BulkMeta } from './bulk.js';
import type { AppContext } from './context.js';
import type { ChangeMeta } from './persons.js';
import type { Repos } from './ports.js';

/** Who the seeded catalogues' first revisions name. */
const SEED: ChangeMeta = { actor: 'rollcall', note: 'reference data seeded' };

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
    const at = ctx.now().toISOString();
    if (articles) await writeArticles(r, CRIMINAL_CODE_ARTICLES, SEED, at);
    const courts = (await r.reference.courts()).length === 0;
    if (ratios) await r.reference.saveCreditRatios(CREDIT_RATIOS);
    if (courts) await writeCourts(r, COURTS, SEED, at);
    return articles || ratios || courts;
  });
}

/**
 * Writes articles, each with a revision (so the write API can name the revision a change
 * is based on); the caller owns the transaction. Returns the revision ids, in order.
 *
 * @example
 * await writeArticles(repos, [{ code: '342', title }], { actor: 'ed@org' }, at);
 */
export async function writeArticles(
  repos: Repos,
  articles: readonly Article[],
  meta: ChangeMeta,
  at: string,
): Promise<number[]> {
  if (articles.length === 0) return [];
  const ids = await repos.revisions.appendMany(
    articles.map((doc) => ({
      entityType: 'article',
      entityId: doc.code,
      actor: meta.actor,
      note: meta.note ?? null,
      at,
      doc,
    })),
  );
  await repos.reference.saveArticles(articles);
  await repos.meta.bumpDataVersion();
  return ids;
}

/** Writes courts, each with a revision, like {@link writeArticles}. */
export async function writeCourts(
  repos: Repos,
  courts: readonly Court[],
  meta: ChangeMeta,
  at: string,
): Promise<number[]> {
  if (courts.length === 0) return [];
  const ids = await repos.revisions.appendMany(
    courts.map((doc) => ({
      entityType: 'court',
      entityId: doc.id,
      actor: meta.actor,
      note: meta.note ?? null,
      at,
      doc,
    })),
  );
  await repos.reference.saveCourts(courts);
  await repos.meta.bumpDataVersion();
  return ids;
}

/** Courts new or changed since the registry's catalogue (each with a revision, like articles). */
export async function writeChangedCourts(repos: Repos, list: readonly Court[], meta: BulkMeta, counts: BulkCounts) {
  const stored = new Map((await repos.reference.courts()).map((c) => [c.id, c]));
  const changed = list.filter((c) => {
    const before = stored.get(c.id);
    const tally =
      before === undefined ? 'created' : sameRecord(Court, before, JSON.stringify(c)) ? 'unchanged' : 'updated';
    counts.courts[tally]++;
    return tally !== 'unchanged';
  });
  await writeCourts(repos, changed, { actor: meta.actor, note: meta.note ?? undefined }, meta.at);
}

/** Articles new or changed since the registry's (each with a revision, so the write API sees the change). */
export async function writeChangedArticles(repos: Repos, list: readonly Article[], meta: BulkMeta): Promise<void> {
  const stored = new Map((await repos.reference.articles()).map((a) => [a.code, a]));
  const changed = list.filter((a) => {
    const before = stored.get(a.code);
    return before === undefined || !sameRecord(Article, before, JSON.stringify(a));
  });
  await writeArticles(repos, changed, { actor: meta.actor, note: meta.note ?? undefined }, meta.at);
}
