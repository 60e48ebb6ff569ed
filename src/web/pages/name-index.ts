/**
 * People by the first letter of their surname, per language (`/{lang}/persons/names/` and
 * `/{lang}/persons/names/{letter}/`): the static mirror has no search, so this is how a
 * reader finds someone there (the server has it too). Letters and names are in the page
 * language's script and order (`collation.ts`), names surname first.
 */
import type { NameCard } from '../../app/site-queries.js';
import { LANGS } from '../../domain/record.js';
import { breadcrumb, html } from '../kit/index.js';
import { nameGroups, type NameGroup } from './name-groups.js';
import { htmlPage, PageNotFound, pageContext, paths, personName, type PageRequest, type PageResult } from './common.js';

export { initialOf } from './name-groups.js';

/**
 * The URL segment of a letter: its code point in hex, so that paths stay ASCII in every script.
 * @example letterSlug('М') // "41c"
 */
export function letterSlug(letter: string): string {
  return letter === '#' ? '0' : letter.codePointAt(0)!.toString(16);
}

/** The people of each letter, letters in the page language's order, people by name. */
function groups(req: PageRequest): Promise<NameGroup[]> {
  return nameGroups(req.app, req.lang);
}

function letterLinks(
  req: PageRequest,
  letters: ReadonlyArray<{ letter: string; cards: readonly NameCard[] }>,
  current?: string,
) {
  const ctx = pageContext(req);
  const items = letters.map(({ letter, cards }) => {
    const label = ctx.t('page.index.letter', { letter });
    const here = letter === current ? html` aria-current="page"` : '';
    return html`<li><a href="${ctx.href(paths.nameLetter(req.lang, letterSlug(letter)))}" aria-label="${label} (${ctx.number(cards.length)})"${here}>${letter}</a></li>`;
  });
  return html`<nav class="letters" aria-label="${ctx.t('page.index.title')}"><ul>${items}</ul></nav>`;
}

/** The index: every letter with how many surnames start with it. */
export async function nameIndexPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const letters = await groups(req);
  const title = ctx.t('page.index.title');
  const body = html`${breadcrumb(ctx, [
    { label: ctx.t('nav.home'), path: paths.home(req.lang) },
    { label: ctx.t('nav.persons'), path: paths.persons(req.lang) },
    { label: title },
  ])}
<h1>${title}</h1>
<p>${ctx.t('page.index.intro')}</p>
${letterLinks(req, letters)}`;
  return htmlPage(req, { title, description: ctx.t('page.index.intro'), body });
}

/** One letter: everyone whose surname starts with it, surname first, in the page language's order. */
export async function nameLetterPage(req: PageRequest, slug: string): Promise<PageResult> {
  const ctx = pageContext(req);
  const letters = await groups(req);
  const group = letters.find((g) => letterSlug(g.letter) === slug);
  if (!group) throw new PageNotFound(req.path);
  const title = ctx.t('page.index.letter', { letter: group.letter });
  const items = group.cards.map(
    ({ person }) =>
      html`<li><a href="${ctx.href(paths.person(req.lang, person.id))}">${personName(person, req.lang, 'list')}</a></li>`,
  );
  const body = html`${breadcrumb(ctx, [
    { label: ctx.t('nav.home'), path: paths.home(req.lang) },
    { label: ctx.t('page.index.title'), path: paths.nameIndex(req.lang) },
    { label: group.letter },
  ])}
<h1>${title}</h1>
${letterLinks(req, letters, group.letter)}
<ul class="columns name-list">${items}</ul>`;
  // Letters differ between scripts: the other languages' switch goes to their index.
  const alternates = Object.fromEntries(LANGS.map((lang) => [lang, paths.nameIndex(lang)]));
  alternates[req.lang] = req.path;
  return htmlPage(req, { title, description: title, body, alternates });
}
