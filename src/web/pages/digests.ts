/**
 * Public digest pages: the index of published digests per language, one page per
 * digest, and the Atom feed per language. Drafts never reach these pages.
 *
 * Site paths: `/{lang}/digests/`, `/{lang}/digests/{id}/`, `/{lang}/digests/feed.xml`.
 */
import { publishedDigest, publishedDigests } from '../../app/digests.js';
import { publicRowsById } from '../../app/read-model/rows-by-id.js';
import { correctionNotes, digestAtom, type Digest } from '../../domain/digest/index.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { createPageContext, html, layout, type LinkMode, type PageContext, type SafeHtml } from '../kit/index.js';
import { PageNotFound, type PageRequest, type PageResult } from './common.js';

/** Site path of the digest index in a language. */
export const digestIndexPath = (lang: Lang): string => `/${lang}/digests/`;
/** Site path of one digest. */
export const digestPath = (lang: Lang, id: string): string => `/${lang}/digests/${id}/`;
/** Site path of the Atom feed in a language. */
export const digestFeedPath = (lang: Lang): string => `/${lang}/digests/feed.xml`;

/** `d-releases-2024-01-en` in another language, for the language switch. */
const sibling = (id: string, lang: Lang): string => id.replace(/-(be|ru|en)$/, `-${lang}`);

function feedLink(ctx: PageContext): SafeHtml {
  return html`<link rel="alternate" type="application/atom+xml" title="${ctx.t('digest.feed')}" href="${ctx.href(digestFeedPath(ctx.lang))}">`;
}

const publishedDay = (d: Digest): string => (d.publishedAt ?? d.updatedAt).slice(0, 10);

/**
 * The index of published digests in `lang` (newest first), as a full page.
 * @example digestIndexPage(await publishedDigests(ctx, 'en'), { lang: 'en' })
 */
export function digestIndexPage(
  digests: readonly Digest[],
  opts: { lang: Lang; mode?: LinkMode; origin?: string | undefined; madeAt?: string | undefined },
): string {
  const path = digestIndexPath(opts.lang);
  const ctx = createPageContext({ lang: opts.lang, path, mode: opts.mode });
  const visible = digests.filter((d) => d.status === 'published' && d.lang === opts.lang);
  const items = visible.map(
    (d) => html`<li><a href="${ctx.href(digestPath(d.lang, d.id))}">${d.opening.title}</a>
<span class="digest-meta">${ctx.t(`digest.kind.${d.kind}`)} · ${ctx.t('digest.published', { date: ctx.date(publishedDay(d)) })}</span></li>`,
  );
  const list =
    visible.length > 0 ? html`<ul class="digest-list">${items}</ul>` : html`<p>${ctx.t('digest.index.empty')}</p>`;
  const body = html`<h1>${ctx.t('digest.index.title')}</h1>
<p>${ctx.t('digest.index.intro')}</p>
${list}
<p><a href="${ctx.href(digestFeedPath(opts.lang))}">${ctx.t('digest.feed')}</a></p>`;
  return layout({
    lang: opts.lang,
    path,
    mode: opts.mode,
    title: ctx.t('digest.index.title'),
    description: ctx.t('digest.index.intro'),
    body,
    head: feedLink(ctx),
    origin: opts.origin,
    madeAt: opts.madeAt,
  });
}

/**
 * One published digest as a full page, with its correction notes (republished, or entries
 * withheld). Throws `not-published` for a draft.
 * @example digestPage(digest) // '<!doctype html>…<h1>5 political prisoners released in January…'
 */
export function digestPage(
  digest: Digest & { withheld?: boolean },
  opts: {
    mode?: LinkMode;
    origin?: string | undefined;
    madeAt?: string | undefined;
    /** Whether a person has a public page to link the entry to (default: none linked). */
    hasPage?: (personId: string) => boolean;
  } = {},
): string {
  if (digest.status !== 'published') throw new PageNotFound(`digest ${digest.id} (not published)`);
  const path = digestPath(digest.lang, digest.id);
  const ctx = createPageContext({ lang: digest.lang, path, mode: opts.mode });
  const entries = digest.entries.map(
    (e) => html`<section class="digest-entry" id="${e.personId}">
<h2>${opts.hasPage?.(e.personId) ? html`<a href="${ctx.href(`/${digest.lang}/persons/${e.personId}/`)}">${e.heading}</a>` : e.heading}</h2>
${e.paragraphs.map((p) => html`<p>${p}</p>`)}
</section>`,
  );
  const body = html`<article class="digest">
<p><a href="${ctx.href(digestIndexPath(digest.lang))}">${ctx.t('digest.index.title')}</a></p>
<h1>${digest.opening.title}</h1>
<p class="digest-meta">${ctx.t('digest.published', { date: ctx.date(publishedDay(digest)) })}</p>
${correctionNotes(digest, ctx.t).map((note) => html`<p class="digest-correction">${note}</p>`)}
${digest.opening.paragraphs.map((p) => html`<p>${p}</p>`)}
${entries}
</article>`;
  const alternates = Object.fromEntries(LANGS.map((l) => [l, digestPath(l, sibling(digest.id, l))]));
  return layout({
    lang: digest.lang,
    path,
    mode: opts.mode,
    title: digest.opening.title,
    description: digest.opening.paragraphs[0] ?? digest.opening.title,
    body,
    alternates,
    head: feedLink(ctx),
    origin: opts.origin,
    madeAt: opts.madeAt,
  });
}

/**
 * The Atom feed of published digests in `lang`. `baseUrl` is the site's absolute root.
 * @example atomFeed(digests, 'en', 'https://prisoners.example.org')
 */
export function atomFeed(digests: ReadonlyArray<Digest & { withheld?: boolean }>, lang: Lang, baseUrl: string): string {
  return digestAtom(digests, { lang, baseUrl });
}

/** Route adapter: `/{lang}/digests/`. */
export async function digestIndexRoute(req: PageRequest): Promise<PageResult> {
  const digests = await publishedDigests(req.app, req.lang);
  return {
    type: 'html',
    body: digestIndexPage(digests, { lang: req.lang, mode: req.mode, origin: req.origin, madeAt: req.today }),
  };
}

/** Route adapter: `/{lang}/digests/{id}/`; a draft or unknown id is a 404. */
export async function digestRoute(req: PageRequest, id: string): Promise<PageResult> {
  let digest: Digest;
  try {
    digest = await publishedDigest(req.app, id);
  } catch {
    throw new PageNotFound(`digest ${id}`);
  }
  if (digest.lang !== req.lang) throw new PageNotFound(`digest ${id} in ${req.lang}`);
  // Each person is linked to their page while they have a public one.
  const rows = await publicRowsById(req.app);
  const hasPage = (personId: string) => rows.has(personId);
  return { type: 'html', body: digestPage(digest, { mode: req.mode, origin: req.origin, madeAt: req.today, hasPage }) };
}

/** Route adapter: `/{lang}/digests/feed.xml` (serve as `application/atom+xml`). */
export async function digestFeedRoute(req: PageRequest): Promise<{ type: 'atom'; body: string }> {
  // Without an origin (a mirror with no public URL configured) the links are site-absolute paths.
  const baseUrl = req.origin ?? '';
  return { type: 'atom', body: atomFeed(await publishedDigests(req.app, req.lang), req.lang, baseUrl) };
}
