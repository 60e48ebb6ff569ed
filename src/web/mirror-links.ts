/**
 * Links of mirrored pages: where a site path is written, and which site paths a page links
 * to. Resolution is plain string work (no `URL` object per link), as the mirror reads the
 * links of some 300,000 pages; anything unusual falls back to the WHATWG resolver.
 */

/** Where a site path is written: pages become `…/index.html`. */
export function mirrorFilePath(sitePath: string): string {
  const clean = sitePath.replace(/^\/+/, '');
  return sitePath.endsWith('/') ? `${clean}index.html` : clean;
}

/**
 * The site path a link on the page at `from` points at (`…/index.html` maps back to the
 * page path `…/`), or null for external links, fragments and `mailto:`.
 * @example resolveLink('../index.html', '/en/figures/') // "/en/"
 */
export function resolveLink(href: string, from: string): string | null {
  const raw = href.includes('&amp;') ? href.replace(/&amp;/g, '&') : href;
  if (raw === '' || raw.startsWith('#') || raw.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(raw)) return null;
  if (/[%\\\s]|.\/\//.test(raw)) return viaUrl(raw, from);
  const hash = raw.indexOf('#');
  const noHash = hash === -1 ? raw : raw.slice(0, hash);
  const q = noHash.indexOf('?');
  const pathPart = q === -1 ? noHash : noHash.slice(0, q);
  const search = q === -1 || q === noHash.length - 1 ? '' : noHash.slice(q);
  if (pathPart === '') return `${from}${search}`;
  const dirs = raw.startsWith('/') ? [] : from.split('/').slice(1, -1);
  const parts = pathPart.split('/');
  const last = parts.pop()!;
  for (const part of parts) {
    if (part === '..') dirs.pop();
    else if (part !== '.' && part !== '') dirs.push(part);
  }
  let file = last;
  if (last === '..') {
    dirs.pop();
    file = '';
  } else if (last === '.' || last === 'index.html') file = '';
  const dir = dirs.length === 0 ? '/' : `/${dirs.join('/')}/`;
  return `${dir}${file}${search}`;
}

/**
 * The site path a link to `to` (a target given to the kit's link functions) is read back as
 * by {@link linkedPaths}, or null for external links and fragments: the fragment is
 * dropped, a last segment without a dot is a page (`…/`), and `…/index.html` is its folder.
 * @example linkTarget('/en/persons/p-1/#names') // "/en/persons/p-1/"
 */
export function linkTarget(to: string): string | null {
  if (to === '' || to.startsWith('#') || to.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(to)) return null;
  if (/[%\\\s]|.\/\//.test(to)) return viaUrl(to, '/');
  const hash = to.indexOf('#');
  const noHash = hash === -1 ? to : to.slice(0, hash);
  const q = noHash.indexOf('?');
  const path = q === -1 ? noHash : noHash.slice(0, q);
  const search = q === -1 || q === noHash.length - 1 ? '' : noHash.slice(q);
  const cut = path.lastIndexOf('/') + 1;
  const last = path.slice(cut);
  if (last === 'index.html') return `${path.slice(0, cut)}${search}`;
  if (last !== '' && !last.includes('.')) return `${path}/${search}`;
  return `${path}${search}`;
}

function viaUrl(raw: string, from: string): string {
  const url = new URL(raw, `http://mirror.invalid${from}`);
  const path = url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -'index.html'.length) : url.pathname;
  return url.search ? `${path}${url.search}` : path;
}

/**
 * The site paths a page links to (href and src), resolved from `from`. External links,
 * fragments and `mailto:` are left out; `…/index.html` maps back to the page path `…/`.
 */
export function linkedPaths(pageHtml: string, from: string): string[] {
  const out = new Set<string>();
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  for (const match of pageHtml.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const href = match[1] ?? '';
    const path = href.startsWith('../') ? resolveShared(href, dir) : resolveLink(href, from);
    if (path !== null) out.add(path);
  }
  return [...out];
}

/**
 * `resolveLink` with a memo: `../../x` from `/en/persons/p-1/` is `x` from `/en/`, so the
 * links every page of a kind has (navigation, footer) are resolved once.
 */
function resolveShared(href: string, dir: string): string | null {
  // Only for links that start with "../": the rest is resolved from a folder, never from the page itself.
  let up = 0;
  while (href.startsWith('../', up * 3)) up++;
  let base = dir;
  for (let i = 0; i < up && base.length > 1; i++) base = base.slice(0, base.lastIndexOf('/', base.length - 2) + 1);
  const rest = href.slice(up * 3);
  const key = `${base}\u0000${rest}`;
  let hit = shared.get(key);
  if (hit === undefined) {
    hit = resolveLink(rest === '' ? './' : rest, base);
    if (shared.size >= 20_000) shared.clear();
    shared.set(key, hit);
  }
  return hit;
}
const shared = new Map<string, string | null>();
