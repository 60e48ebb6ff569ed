/**
 * Lighthouse's `robots-txt` audit with the file fetched the way a crawler fetches it.
 * Lighthouse 12's own gatherer asks for `/robots.txt` from inside the audited page
 * (`Network.loadNetworkResource` in the page's frame), so the page's Content-Security-Policy
 * applies to it: the public pages' policy has no `connect-src` (`default-src 'none'`, they
 * run no script), the request is refused and the audit fails with "Lighthouse was unable to
 * download a robots.txt file" (GoogleChrome/lighthouse#4386, open upstream). Crawlers are
 * not pages and no CSP applies to them; this gatherer fetches the same URL from Node and
 * hands Lighthouse's unchanged audit the status and text, so the file itself is still
 * checked line by line. Widening the site's CSP for a tool was the alternative, refused:
 * `connect-src 'self'` is the report page's alone (`src/http/security-headers.ts`).
 *
 * @example
 * await lighthouse(url, flags, ROBOTS_FROM_NODE);
 */
import { defaultConfig, Gatherer, type Config } from 'lighthouse';

type Context = Parameters<Gatherer['getArtifact']>[0];

class RobotsTxtFromNode extends Gatherer {
  override meta = { supportedModes: ['snapshot', 'navigation'] } as Gatherer['meta'];

  override async getArtifact(context: Context) {
    const url = new URL('/robots.txt', context.baseArtifacts.URL.finalDisplayedUrl);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      return { status: res.status, content: res.ok ? await res.text() : null };
    } catch (error) {
      return { status: null, content: null, errorMessage: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** The default config with {@link RobotsTxtFromNode} in place of the `RobotsTxt` gatherer. */
export const ROBOTS_FROM_NODE: Config = {
  ...defaultConfig,
  artifacts: (defaultConfig.artifacts ?? []).map((a) =>
    a.id === 'RobotsTxt' ? { id: a.id, gatherer: { implementation: RobotsTxtFromNode } } : a,
  ),
};
