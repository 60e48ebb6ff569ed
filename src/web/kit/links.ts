/**
 * Relative links, so that the same pages work from the server and from a static mirror
 * opened from a plain directory (file://).
 *
 * Site paths are absolute (`/en/persons/p-1/`). A path ending in `/` is a page; a last
 * segment with a dot is a file (`/assets/site.css`); any other last segment is taken as a
 * page and gets a `/`. In `mirror` mode page links end in `index.html`, because a file
 * browser does not open a directory's index by itself.
 */
import { RollcallError } from '../../domain/errors.js';

export type LinkMode = 'server' | 'mirror';

/** Turns a site path into the link to write on the current page. */
export type Href = (to: string) => string;

interface SplitPath {
  dirs: string[];
  file: string;
  suffix: string;
}

function splitPath(path: string, what: string): SplitPath {
  const cut = path.search(/[?#]/);
  const pathname = cut === -1 ? path : path.slice(0, cut);
  const suffix = cut === -1 ? '' : path.slice(cut);
  if (!pathname.startsWith('/')) {
    throw new RollcallError('invalid-path', `The ${what} "${path}" must be a site path starting with "/".`);
  }
  const segments = pathname.split('/').slice(1);
  if (segments.some((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1))) {
    throw new RollcallError('invalid-path', `The ${what} "${path}" has an empty, "." or ".." segment.`);
  }
  let file = segments.pop() ?? '';
  if (file !== '' && !file.includes('.')) {
    segments.push(file);
    file = '';
  }
  return { dirs: segments, file, suffix };
}

/**
 * The relative link from the page at `from` to the site path `to`.
 * External links (`https:`, `mailto:`, `//host`) and bare fragments are returned unchanged.
 * @example
 * relativeHref('/en/persons/p-1/', '/en/persons/', 'server') // "../"
 * relativeHref('/en/persons/p-1/', '/en/persons/', 'mirror') // "../index.html"
 * relativeHref('/en/', '/assets/site.css', 'mirror')        // "../assets/site.css"
 */
export function relativeHref(from: string, to: string, mode: LinkMode): string {
  return hrefFrom(splitPath(from, 'current page'), to, mode);
}

/** Link targets already split (read only): most links of a page go to the same few places. */
const targets = new Map<string, SplitPath>();
const TARGET_MEMO_LIMIT = 20_000;

function splitTarget(to: string): SplitPath {
  let target = targets.get(to);
  if (!target) {
    target = splitPath(to, 'link target');
    if (targets.size >= TARGET_MEMO_LIMIT) targets.clear();
    targets.set(to, target);
  }
  return target;
}

/** Told every link target a page writes (see {@link collectLinks}). */
let collector: ((to: string) => void) | null = null;

/**
 * Tells `onLink` the target (site path, as given) of every link written through an
 * {@link Href} or {@link relativeHref} until called again with null: a renderer that renders
 * one page at a time learns the links of a page without reading them back from its markup.
 * External targets and fragments are passed on as given too. Markup kept for later pages
 * (the layout's shell) tells its links again with {@link tellLinks} when it is used.
 */
export function collectLinks(onLink: ((to: string) => void) | null): void {
  collector = onLink;
}

/** `make()`, and the link targets written while it ran (for markup that is kept and used again). */
export function recordLinks<T>(make: () => T): { value: T; targets: string[] } {
  const outer = collector;
  const targets: string[] = [];
  collector = (to) => {
    targets.push(to);
    outer?.(to);
  };
  try {
    return { value: make(), targets };
  } finally {
    collector = outer;
  }
}

/** Tells the collector (if any) links of kept markup that is used again. */
export function tellLinks(targets: readonly string[]): void {
  if (collector) for (const to of targets) collector(to);
}

function hrefFrom(source: SplitPath, to: string, mode: LinkMode): string {
  collector?.(to);
  if (/^[a-z][a-z0-9+.-]*:/i.test(to) || to.startsWith('//') || to.startsWith('#')) return to;
  const target = splitTarget(to);
  let common = 0;
  while (common < source.dirs.length && common < target.dirs.length && source.dirs[common] === target.dirs[common]) {
    common++;
  }
  let link = '../'.repeat(source.dirs.length - common);
  for (let i = common; i < target.dirs.length; i++) link += `${target.dirs[i]}/`;
  const file = target.file !== '' ? target.file : mode === 'mirror' ? 'index.html' : '';
  link += file;
  return (link === '' ? './' : link) + target.suffix;
}

/**
 * The link function for one page.
 * @example const href = createHref('/be/', 'mirror'); href('/be/persons/') // "persons/index.html"
 */
export function createHref(from: string, mode: LinkMode): Href {
  const source = splitPath(from, 'current page');
  return (to) => hrefFrom(source, to, mode);
}
