/**
 * Digest exports: Markdown, a standalone HTML document, and an Atom feed. Every text
 * from a digest is escaped for its format (an editor's `<script>` stays text).
 */
import { createTranslator, formatDate, type Translate } from '../../i18n/index.js';
import type { Lang } from '../record.js';
import type { Digest } from './schema.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML/HTML content and quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Escapes characters Markdown would read as markup (and raw HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/**
 * The digest as Markdown: `# title`, opening paragraphs, then `## heading` and paragraphs per entry.
 * @example digestMarkdown(digest).startsWith('# 5 political prisoners released') // true
 */
export function digestMarkdown(digest: Digest): string {
  const lines: string[] = [`# ${escapeMarkdown(digest.opening.title)}`, ''];
  for (const p of digest.opening.paragraphs) lines.push(escapeMarkdown(p), '');
  for (const entry of digest.entries) {
    lines.push(`## ${escapeMarkdown(entry.heading)}`, '');
    for (const p of entry.paragraphs) lines.push(escapeMarkdown(p), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The public notes about corrections of a published digest, in its language: the date it
 * was republished with a correction, and that entries are withheld until it is.
 * @example correctionNotes({ ...digest, republishedAt: '2024-03-01T10:00:00Z' }, t) // ['Corrected 1 March 2024: …']
 */
export function correctionNotes(
  digest: Pick<Digest, 'lang' | 'republishedAt'> & { withheld?: boolean },
  t: Translate = createTranslator(digest.lang),
): string[] {
  const notes: string[] = [];
  if (digest.republishedAt) {
    notes.push(t('digest.corrected', { date: formatDate(digest.republishedAt.slice(0, 10), digest.lang) }));
  }
  if (digest.withheld) notes.push(t('digest.withheld'));
  return notes;
}

/**
 * The digest's body as an HTML fragment (`<article>` with `<h1>`, `<h2>` and `<p>`); with
 * `notes`, its {@link correctionNotes} after the title.
 */
export function digestHtmlFragment(
  digest: Digest & { withheld?: boolean },
  headingLevel: 1 | 2 = 1,
  opts: { notes?: boolean } = {},
): string {
  const h = (level: number, text: string) => `<h${level}>${escapeXml(text)}</h${level}>`;
  const p = (text: string) => `<p>${escapeXml(text)}</p>`;
  const parts = [`<article class="digest" lang="${digest.lang}">`, h(headingLevel, digest.opening.title)];
  if (opts.notes) parts.push(...correctionNotes(digest).map((n) => `<p class="digest-correction">${escapeXml(n)}</p>`));
  parts.push(...digest.opening.paragraphs.map(p));
  for (const entry of digest.entries) {
    parts.push(`<section class="digest-entry" id="${escapeXml(entry.personId)}">`, h(headingLevel + 1, entry.heading));
    parts.push(...entry.paragraphs.map(p), '</section>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** A standalone HTML document of the digest (for sending or archiving). */
export function digestHtmlDocument(digest: Digest): string {
  return `<!doctype html>
<html lang="${digest.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(digest.opening.title)}</title>
</head>
<body>
${digestHtmlFragment(digest)}
</body>
</html>
`;
}

export interface AtomOptions {
  lang: Lang;
  /** Absolute URL of the site root, e.g. `https://example.org` (no trailing slash needed). */
  baseUrl: string;
  /** Feed title; default "Digests — {site name}". */
  title?: string;
  /** `YYYY-MM-DDTHH:MM:SSZ` used when there are no digests. */
  updatedFallback?: string;
}

/**
 * An Atom 1.0 feed of published digests in one language, newest first, with each
 * digest's HTML as its content (and its correction notes). Links:
 * `{baseUrl}/{lang}/digests/{id}/`. `<updated>` is the correction date of a republished digest.
 */
export function digestAtom(digests: ReadonlyArray<Digest & { withheld?: boolean }>, opts: AtomOptions): string {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const t = createTranslator(opts.lang);
  const items = digests
    .filter((d) => d.status === 'published' && d.lang === opts.lang && d.publishedAt)
    .sort((a, b) => (b.publishedAt! < a.publishedAt! ? -1 : b.publishedAt! > a.publishedAt! ? 1 : 0));
  const feedUrl = `${base}/${opts.lang}/digests/`;
  const latest = items.map(entryUpdated).sort().at(-1);
  const updated = latest ?? opts.updatedFallback ?? '1970-01-01T00:00:00Z';
  const title = opts.title ?? t('digest.feedTitle', { site: t('site.name') });
  const entries = items.map((d) => {
    const url = `${feedUrl}${d.id}/`;
    return `<entry>
<id>${escapeXml(url)}</id>
<title>${escapeXml(d.opening.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
<published>${escapeXml(d.publishedAt!)}</published>
<updated>${escapeXml(entryUpdated(d))}</updated>
<summary>${escapeXml(d.opening.paragraphs[0] ?? '')}</summary>
<content type="html">${escapeXml(digestHtmlFragment(d, 2, { notes: true }))}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${opts.lang}">
<id>${escapeXml(feedUrl)}</id>
<title>${escapeXml(title)}</title>
<link rel="self" type="application/atom+xml" href="${escapeXml(`${feedUrl}feed.xml`)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(feedUrl)}"/>
<updated>${escapeXml(updated)}</updated>
<author><name>${escapeXml(t('site.name'))}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** The latest of publication, correction and update. */
function entryUpdated(d: Digest): string {
  return [d.publishedAt!, d.republishedAt ?? '', d.updatedAt].reduce((a, b) => (b > a ? b : a));
}
