/**
 * "Report a release": where the tip form will live (a later issue builds it).
 * Until then the page says so plainly, so the call to report on every page
 * never leads to a dead link.
 */
import { html } from '../kit/index.js';
import { htmlPage, pageContext, paths, type PageRequest, type PageResult } from './common.js';
import { breadcrumb } from '../kit/index.js';

export async function reportPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const title = ctx.t('nav.report');
  const body = html`${breadcrumb(ctx, [{ label: ctx.t('nav.home'), path: paths.home(req.lang) }, { label: title }])}
<h1>${title}</h1>
<p>${ctx.t('report.call')}</p>
<p>${ctx.t('report.pending')}</p>`;
  return htmlPage(req, { title, description: ctx.t('report.call'), body });
}
