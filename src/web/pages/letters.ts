/**
 * Letters to prisoners: the envelope block ("Write to NAME" with the address as it goes on
 * an envelope, in Russian) shown on person, facility and birthday pages, and the letters
 * guide page (`/{lang}/letters/`).
 */
import { addressLine, envelopeAddress, envelopeAddressee } from '../../domain/letters.js';
import type { PublicFacility } from '../../app/site-queries.js';
import type { PublicPerson } from '../../http/presenters/public-person.js';
import type { Lang } from '../../domain/record.js';
import { breadcrumb, html, type PageContext, type SafeHtml } from '../kit/index.js';
import { htmlPage, pageContext, paths, personNameText, type PageRequest, type PageResult } from './common.js';

export const lettersPath = (lang: Lang) => `/${lang}/letters/`;

type Envelope = NonNullable<PublicFacility['letters']>;

/**
 * The envelope: addressee and address lines, in Russian (so marked with `lang="ru"`),
 * or null without a facility address or a Cyrillic name form.
 *
 * @example
 * envelopeBlock(person, facility.letters); // <address class="envelope" lang="ru">Кому: …<br>Куда: ИК-15<br>…</address>
 */
export function envelopeBlock(person: Pick<PublicPerson, 'names' | 'birthDate'>, letters: Envelope | undefined) {
  if (!letters) return null;
  const to = envelopeAddressee(person.names, person.birthDate);
  if (!to) return null;
  const lines = [to, ...envelopeAddress(letters)];
  return html`<address class="envelope" lang="ru">${lines.map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}</address>`;
}

/** The address on one line (tables, CSV), or undefined. */
export function envelopeLine(letters: Envelope | undefined): string | undefined {
  return letters ? addressLine(letters) : undefined;
}

/** "This address has not been checked…" for an unchecked address, else nothing. */
export function uncheckedNote(ctx: PageContext, letters: Envelope | undefined): SafeHtml {
  return letters && !letters.checked ? html`<p class="notice">${ctx.t('letters.unchecked')}</p>` : html``;
}

/**
 * The person page's "Write to NAME" section for someone in custody: the envelope for
 * the facility holding them now, or why there is none, and a link to the guide.
 * `termEnded` adds that the person may already be free.
 */
export function writeToSection(
  ctx: PageContext,
  person: Pick<PublicPerson, 'names' | 'birthDate' | 'id'>,
  facility: PublicFacility | null,
  termEnded: boolean,
): SafeHtml {
  const name = personNameText(person, ctx.lang);
  const envelope = facility ? envelopeBlock(person, facility.letters) : null;
  const why = facility
    ? html`<p>${ctx.t('letters.noAddress')}</p>`
    : html`<p>${ctx.t('letters.noFacility', { name })}</p>`;
  const body = envelope
    ? html`<p>${ctx.t('letters.envelope')}</p>${envelope}${uncheckedNote(ctx, facility?.letters)}`
    : why;
  return html`<section aria-labelledby="write-to" class="letters">
<h2 id="write-to">${ctx.t('letters.writeTo', { name })}</h2>
${termEnded ? html`<p class="notice">${ctx.t('letters.mayBeFree')}</p>` : ''}
${body}
<p><a href="${ctx.href(lettersPath(ctx.lang))}">${ctx.t('letters.guideLink')}</a></p>
</section>`;
}

const GUIDE_SECTIONS = [
  ['letters.addressTitle', 'letters.address'],
  ['letters.languageTitle', 'letters.language'],
  ['letters.censorshipTitle', 'letters.censorship'],
  ['letters.encloseTitle', 'letters.enclose'],
  ['letters.timeTitle', 'letters.time'],
  ['letters.registeredTitle', 'letters.registered'],
] as const;

/** The letters guide: how to address, what to write, what to enclose, how long it takes. */
export async function lettersPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const title = ctx.t('letters.title');
  const sections = GUIDE_SECTIONS.map(
    ([heading, text], i) =>
      html`<section aria-labelledby="guide-${i}"><h2 id="guide-${i}">${ctx.t(heading)}</h2><p>${ctx.t(text)}</p></section>`,
  );
  const body = html`${breadcrumb(ctx, [{ label: ctx.t('nav.home'), path: paths.home(req.lang) }, { label: title }])}
<h1>${title}</h1>
<p>${ctx.t('letters.intro')}</p>
${sections}
<section aria-labelledby="guide-lists"><h2 id="guide-lists">${ctx.t('letters.listsTitle')}</h2>
<p>${ctx.t('letters.lists')}</p>
<ul class="inline">
<li><a href="${ctx.href(`/${req.lang}/persons/imprisoned/`)}">${ctx.t('nav.persons')}</a></li>
<li><a href="${ctx.href(`/${req.lang}/figures/birthdays/`)}">${ctx.t('home.birthdays')}</a></li>
</ul></section>`;
  return htmlPage(req, { title, description: ctx.t('letters.description'), body });
}
