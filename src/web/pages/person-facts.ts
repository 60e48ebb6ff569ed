/**
 * Facts about a public person as page text: first custody date, time served, sentence,
 * charges. Inputs are the public view only.
 */
import type { PublicPerson } from '../../disclosure/public-person.js';
import { comparePartialDates } from '../../domain/partial-date.js';
import type { Article, Punishment, Term } from '../../domain/record.js';
import { formatCharge } from '../../domain/reference-data.js';
import { formatTerm } from '../../i18n/index.js';
import { html, type PageContext, type SafeHtml } from '../kit/index.js';
import { paths } from './common.js';

const CUSTODY_STARTS = new Set(['detention', 'administrative_arrest', 're_detention']);

/** The date of the first event that put the person in custody, as recorded (partial). */
export function firstCustodyDate(person: Pick<PublicPerson, 'events'>): string | undefined {
  let first: string | undefined;
  for (const e of person.events) {
    if (!CUSTODY_STARTS.has(e.kind)) continue;
    if (first === undefined || comparePartialDates(e.date, first) === -1) first = e.date;
  }
  return first;
}

/** Events in date order (undecidable pairs keep their recorded order). */
export function orderedEvents(person: Pick<PublicPerson, 'events'>): PublicPerson['events'] {
  return [...person.events]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (comparePartialDates(a.e.date, b.e.date) ?? 0) || a.i - b.i)
    .map(({ e }) => e);
}

/** A time served as text: exact, or "between … and …" when the dates are partial. */
export function servedText(ctx: PageContext, served: { exact: Term | null; min: Term; max: Term }): string {
  if (served.exact) return formatTerm(served.exact, ctx.lang);
  if (formatTerm(served.min, ctx.lang) === formatTerm(served.max, ctx.lang)) return formatTerm(served.min, ctx.lang);
  // "от 3 лет … до 3 лет …": both ends of a range take the genitive in be and ru.
  const min = formatTerm(served.min, ctx.lang, 'genitive');
  const max = formatTerm(served.max, ctx.lang, 'genitive');
  return ctx.t('page.person.servedRange', { min, max });
}

/** "Deprivation of liberty, 3 years, strengthened-regime colony". */
export function punishmentText(ctx: PageContext, p: Punishment): string {
  const parts: string[] = [ctx.t(`punishment.${p.kind}`)];
  if (p.term) parts.push(formatTerm(p.term, ctx.lang));
  if (p.kind === 'restriction_of_freedom' && p.referral !== undefined) {
    parts.push(ctx.t(p.referral ? 'punishment.withReferral' : 'punishment.withoutReferral'));
  }
  if (p.regime) parts.push(ctx.t(`regime.${p.regime}`));
  if (p.amount !== undefined) parts.push(ctx.t('punishment.fineAmount', { amount: p.amount }));
  return parts.join(', ');
}

/** The charges of a case, each linked to its article page with the article's title. */
export function chargesList(
  ctx: PageContext,
  charges: PublicPerson['cases'][number]['charges'],
  articles: readonly Article[],
): SafeHtml {
  if (charges.length === 0) return html``;
  const byCode = articlesByCode(articles);
  const items = charges.map((charge) => {
    const title = byCode.get(charge.article)?.title;
    const titleText = title?.[ctx.lang] ?? title?.en;
    const link = html`<a href="${ctx.href(paths.article(ctx.lang, charge.article))}">${formatCharge(charge, ctx.lang)}</a>`;
    return html`<li>${link}${titleText ? html` — ${titleText}` : ''}</li>`;
  });
  return html`<ul class="charges">${items}</ul>`;
}

const codeIndexes = new WeakMap<readonly Article[], Map<string, Article>>();

/** The catalogue by code (the first article of a code, as a search from the start finds it). */
function articlesByCode(articles: readonly Article[]): Map<string, Article> {
  let index = codeIndexes.get(articles);
  if (!index) {
    index = new Map();
    for (const a of articles) if (!index.has(a.code)) index.set(a.code, a);
    codeIndexes.set(articles, index);
  }
  return index;
}
