/**
 * The open-data page (`/{lang}/data/`): what can be downloaded, in which
 * format, with which columns, and where the API and its OpenAPI description
 * are. Only public fields are ever included; the page says so.
 *
 * @example
 * const page = await openDataPage({ app: ctx, lang: 'en', path: '/en/data/', query: {}, mode: 'server', today });
 */
import type { Lang } from '../../domain/record.js';
import { CSV_COLUMNS } from '../../exchange/csv-fields.js';
import { breadcrumb, dataTable, html, type SafeHtml } from '../kit/index.js';
import { htmlPage, pageContext, paths, type PageRequest, type PageResult } from '../pages/common.js';

type Texts = Record<
  | 'intro'
  | 'publicNote'
  | 'downloads'
  | 'csv'
  | 'excel'
  | 'json'
  | 'api'
  | 'apiText'
  | 'spec'
  | 'columns'
  | 'file'
  | 'content',
  string
>;

const TEXTS: Record<Lang, Texts> = {
  en: {
    intro: 'The public registry is open data: download it, or query it through the JSON API.',
    publicNote:
      'Only what is marked public is included. Files are rebuilt after every change to the registry; ' +
      'an ETag lets you check cheaply whether anything changed.',
    downloads: 'Downloads',
    csv: 'One row per person (UTF-8, comma-separated, with a header row).',
    excel: 'The same table for Microsoft Excel (UTF-8 with a byte order mark, so Cyrillic shows as it should).',
    json: 'The whole public registry: persons with their cases and events, facilities, sources, articles.',
    api: 'JSON API',
    apiText: 'Read-only, no key needed. Every route, parameter and response is described in the OpenAPI document.',
    spec: 'OpenAPI 3.1 description',
    columns: 'CSV columns',
    file: 'File',
    content: 'Content',
  },
  be: {
    intro: 'Публічны рэестр — адкрытыя даныя: спампуйце яго або атрымлівайце праз JSON API.',
    publicNote:
      'Уключана толькі тое, што пазначана як публічнае. Файлы абнаўляюцца пасля кожнай змены рэестра; ' +
      'ETag дазваляе хутка праверыць, ці нешта змянілася.',
    downloads: 'Файлы',
    csv: 'Адзін радок на чалавека (UTF-8, праз коску, з радком загалоўкаў).',
    excel: 'Тая ж табліца для Microsoft Excel (UTF-8 з меткай парадку байтаў, каб кірыліца паказвалася правільна).',
    json: 'Увесь публічны рэестр: людзі з іх справамі і падзеямі, месцы зняволення, крыніцы, артыкулы.',
    api: 'JSON API',
    apiText: 'Толькі чытанне, ключ не патрэбны. Усе шляхі, параметры і адказы апісаныя ў дакуменце OpenAPI.',
    spec: 'Апісанне OpenAPI 3.1',
    columns: 'Слупкі CSV',
    file: 'Файл',
    content: 'Змест',
  },
  ru: {
    intro: 'Публичный реестр — открытые данные: скачайте его или получайте через JSON API.',
    publicNote:
      'Включено только то, что отмечено как публичное. Файлы обновляются после каждого изменения реестра; ' +
      'ETag позволяет быстро проверить, изменилось ли что-нибудь.',
    downloads: 'Файлы',
    csv: 'Одна строка на человека (UTF-8, через запятую, со строкой заголовков).',
    excel: 'Та же таблица для Microsoft Excel (UTF-8 с меткой порядка байтов, чтобы кириллица отображалась правильно).',
    json: 'Весь публичный реестр: люди с их делами и событиями, места заключения, источники, статьи.',
    api: 'JSON API',
    apiText: 'Только чтение, ключ не нужен. Все пути, параметры и ответы описаны в документе OpenAPI.',
    spec: 'Описание OpenAPI 3.1',
    columns: 'Столбцы CSV',
    file: 'Файл',
    content: 'Содержание',
  },
};

/**
 * The link to an API route: API paths have no trailing slash, which site links would add
 * to a last segment without a dot.
 * @example apiRoute(createHref('/en/data/', 'server'), 'persons') // "../../api/v1/persons"
 */
function apiRoute(href: (to: string) => string, route: string): string {
  return `${href('/api/v1/')}${route}`;
}

/** The open-data page in the request's language. */
export async function openDataPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const t = TEXTS[req.lang];
  const title = ctx.t('nav.data');
  const link = (path: string, label: string): SafeHtml => html`<a href="${ctx.href(path)}">${label}</a>`;
  const body = html`${breadcrumb(ctx, [{ label: ctx.t('nav.home'), path: paths.home(req.lang) }, { label: title }])}
<h1>${title}</h1>
<p>${t.intro}</p>
<p>${t.publicNote}</p>
<h2>${t.downloads}</h2>
${dataTable({
  caption: t.downloads,
  captionHidden: true,
  columns: [{ header: t.file, rowHeader: true }, { header: t.content }],
  rows: [
    [link('/data/registry.csv', 'registry.csv'), t.csv],
    [link('/data/registry-excel.csv', 'registry-excel.csv'), t.excel],
    [link('/data/registry.json', 'registry.json'), t.json],
    [link('/data/letters.csv', 'letters.csv'), ctx.t('data.lettersCsv')],
  ],
})}
<h2>${t.columns}</h2>
<p>${CSV_COLUMNS.map((c, i) => html`${i > 0 ? ', ' : ''}<code>${c}</code>`)}</p>
<h2>${t.api}</h2>
<p>${t.apiText}</p>
${
  // A static mirror has no API: name the paths of the live site instead of linking to them.
  req.mode === 'mirror'
    ? html`<ul><li><code>/api/openapi.json</code></li><li><code>/api/v1/persons</code></li></ul>`
    : html`<ul>
<li>${link('/api/openapi.json', t.spec)}</li>
<li><a href="${apiRoute(ctx.href, 'persons')}">/api/v1/persons</a></li>
</ul>`
}`;
  return htmlPage(req, { title, description: t.intro, body });
}
