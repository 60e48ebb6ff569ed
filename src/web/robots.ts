/**
 * `/robots.txt`: the public site may be indexed; the staff workspace, the tip line's answers
 * and the write API may not (their pages also carry `noindex`, this only saves crawlers the
 * request). It names paths every copy of the open-source code has, so it reveals nothing.
 *
 * @example
 * site.get('/robots.txt', (c) => c.body(ROBOTS_TXT, 200, { 'Content-Type': 'text/plain; charset=utf-8' }));
 */
export const ROBOTS_TXT = ['User-agent: *', 'Disallow: /staff/', 'Disallow: /api/v1/records/', 'Allow: /', ''].join(
  '\n',
);
