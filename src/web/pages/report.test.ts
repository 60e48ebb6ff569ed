import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { createHttpApp } from '../../http/app.js';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  app = await tempApp();
});
afterAll(() => app.cleanup());

describe('the report and open-data pages', () => {
  it.each(['be', 'ru', 'en'])(
    'serves /%s/report/ and /%s/data/ so the calls on every page lead somewhere',
    async (lang) => {
      const http = createHttpApp(app.ctx);
      const report = await http.request(`/${lang}/report/`);
      expect(report.status).toBe(200);
      expect(await report.text()).toContain(`lang="${lang}"`);
      expect((await http.request(`/${lang}/data/`)).status).toBe(200);
    },
  );

  it('names the API without linking to it in the static mirror', async () => {
    const mirror = createHttpApp(app.ctx, { mode: 'mirror' });
    const page = await (await mirror.request('/en/data/')).text();
    expect(page).toContain('<code>/api/v1/persons</code>');
    expect(page).not.toMatch(/href="[^"]*api\//);
  });
});
