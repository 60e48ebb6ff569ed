/**
 * The site's absolute origin for links that must be absolute (canonical, hreflang, Atom):
 * the configured public URL (env `ROLLCALL_PUBLIC_URL`) when set, else the origin of the
 * request as the client addressed it (its `Host`), never a hard-coded host.
 */

/** A host as a request may name it: letters, digits, dots, dashes, an optional port (or an IPv6 literal). */
const HOST_RE = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/**
 * The configured public URL without a trailing slash, or undefined when none is set.
 * @example configuredPublicUrl({ ROLLCALL_PUBLIC_URL: 'https://example.org/' }) // 'https://example.org'
 */
export function configuredPublicUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.ROLLCALL_PUBLIC_URL?.trim();
  if (!value) return undefined;
  return value.replace(/\/+$/, '');
}

/**
 * The origin to write absolute links against for a request to `url`.
 * @example siteOrigin('http://prisoners.example:3000/en/', {}) // 'http://prisoners.example:3000'
 * @example siteOrigin('http://x/en/', { ROLLCALL_PUBLIC_URL: 'https://example.org' }) // 'https://example.org'
 */
export function siteOrigin(url: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = configuredPublicUrl(env);
  if (configured !== undefined) return configured;
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol) || !HOST_RE.test(parsed.host)) return undefined;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}
