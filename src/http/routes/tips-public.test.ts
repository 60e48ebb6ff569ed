import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../../testing/tips.js';
import { createHttpApp } from '../app.js';
import { createTipKey } from '../../app/tips/reviewers.js';
import { changeTip, listTips } from '../../app/tips/triage.js';
import { recentAudit } from '../../app/audit.js';
import type { Principal } from '../../domain/access.js';
import { loadDemo } from '../../app/demo.js';
import { showTip } from '../../app/tips/triage.js';
import { unlockTipKey } from '../../app/tips/reviewers.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let http: ReturnType<typeof createHttpApp>;
let rev: Principal;
const CLIENT = {
  'X-Forwarded-For': '203.0.113.77',
  'User-Agent': 'CANARYAGENT5519',
  Referer: 'https://canaryreferer5519.example/',
};

function form(fields: Record<string, string>, files: File[] = []): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const file of files) f.append('files', file);
  return f;
}

const post = (path: string, body: FormData, headers: Record<string, string> = CLIENT) =>
  http.request(path, { method: 'POST', body, headers });

function receiptOf(page: string): string {
  const m = /<code>([0-9A-Z-]{39})<\/code>/.exec(page);
  if (!m) throw new Error('no receipt on the page');
  return m[1]!;
}

beforeAll(async () => {
  env = await tempApp();
  http = createHttpApp(env.ctx);
  rev = await addStaff(env.ctx, 'tip_reviewer', 'rev');
});
afterAll(() => env.cleanup());

describe('the public report form and follow-up', () => {
  it('answers 503 with a clear message while no reviewer has a key', async () => {
    const res = await post('/en/report/', form({ who: 'A', kind: 'released' }));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('cannot take reports right now');
  });

  it('serves the form in three languages, and the mirror points to Telegram and the onion site', async () => {
    for (const lang of ['be', 'ru', 'en']) {
      const page = await (await http.request(`/${lang}/report/`)).text();
      expect(page).toContain('enctype="multipart/form-data"');
      expect(page).toContain(`lang="${lang}"`);
    }
    process.env.ROLLCALL_TIP_TELEGRAM = '@rollcall_tips_bot';
    process.env.ROLLCALL_TIP_ONION = 'rollcallxyz.onion';
    try {
      const mirror = createHttpApp(env.ctx, { mode: 'mirror' });
      const page = await (await mirror.request('/en/report/')).text();
      expect(page).toContain('@rollcall_tips_bot');
      expect(page).toContain('rollcallxyz.onion');
      expect(page).not.toContain('<form');
    } finally {
      delete process.env.ROLLCALL_TIP_TELEGRAM;
      delete process.env.ROLLCALL_TIP_ONION;
    }
  });

  it('takes a tip without JavaScript, shows the receipt once, and lets the sender answer by it', async () => {
    await createTipKey(env.ctx, rev, PASSPHRASE);
    const res = await post(
      '/ru/report/',
      form({ who: 'CANARYWHO5519', kind: 'released', when: '2024-01', where: '', contact: 'CANARYCONTACT5519' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const receipt = receiptOf(await res.text());
    const [tip] = await listTips(env.ctx, rev);
    await changeTip(env.ctx, rev, tip!.id, { kind: 'ask', text: 'Когда именно?' });
    const thread = await post('/ru/report/follow-up/', form({ receipt: receipt.toLowerCase() }));
    const page = await thread.text();
    expect(page).toContain('Когда именно?');
    const answered = await post('/ru/report/follow-up/', form({ receipt, reply: 'CANARYREPLY5519' }));
    expect(await answered.text()).toContain('Ваш ответ отправлен.');
    const wrong = await post('/ru/report/follow-up/', form({ receipt: 'AAAA' }));
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Сообщения с таким кодом нет');
  });

  it('refuses bad input with messages next to the fields, storing nothing', async () => {
    http = createHttpApp(env.ctx); // a fresh rate limit: the tips above used this network's burst
    const before = (await listTips(env.ctx, rev)).length;
    const res = await post('/be/report/', form({ who: '', kind: 'nonsense', when: 'yesterday' }));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('id="who-error"');
    expect(page).toContain('Напішыце дату як 2024');
    const pdf = new File([new Uint8Array([37, 80, 68, 70, 45])], 'x.pdf', { type: 'application/pdf' });
    const bad = await post('/en/report/', form({ who: 'A', kind: 'other' }, [pdf]));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="files-error"');
    expect((await listTips(env.ctx, rev)).length).toBe(before);
  });

  it('limits tips per network without keeping the address', async () => {
    const limited = createHttpApp(env.ctx);
    let last = 0;
    for (let i = 0; i < 7; i++)
      last = (await limited.request('/en/report/', { method: 'POST', body: form({ who: '', kind: 'x' }) })).status;
    expect(last).toBe(429);
  });

  it('keeps no client header, canary or exact time in the database files or the audit log', async () => {
    const disk = readdirSync(env.dir)
      .map((f) => readFileSync(join(env.dir, f)).toString('latin1'))
      .join('\n');
    for (const c of [
      '203.0.113.77',
      'CANARYAGENT5519',
      'canaryreferer5519',
      'CANARYWHO5519',
      'CANARYCONTACT5519',
      'CANARYREPLY5519',
    ])
      expect(disk).not.toContain(c);
    const audit = JSON.stringify(await recentAudit(env.ctx, 500));
    expect(audit).not.toMatch(/CANARY|203\.0\.113/);
    const tips = await env.ctx.store.read((r) => r.tips.list([]));
    for (const t of tips) expect(t.receivedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('a report about a person, from their page', () => {
  let demo: Awaited<ReturnType<typeof tempApp>>;
  let site: ReturnType<typeof createHttpApp>;
  let reviewer: Principal;
  beforeAll(async () => {
    demo = await tempApp();
    await loadDemo(demo.ctx, { synthetic: 5, internal: true });
    site = createHttpApp(demo.ctx);
    reviewer = await addStaff(demo.ctx, 'tip_reviewer', 'rev2');
    await createTipKey(demo.ctx, reviewer, PASSPHRASE);
  });
  afterAll(() => demo.cleanup());

  it('links from the person page, names the person on the form and sends their id with the tip', async () => {
    const person = await (await site.request('/be/persons/p-luchynovich/')).text();
    expect(person).toContain('href="../../report/?person=p-luchynovich"');
    const page = await (await site.request('/be/report/?person=p-luchynovich')).text();
    const about =
      /<p class="tip-about">Пра каго: ([^<]+)<\/p><input type="hidden" name="personId" value="p-luchynovich">/.exec(
        page,
      );
    expect(about).not.toBeNull();
    expect(page).toMatch(new RegExp(`id="who" name="who"[^>]* value="${about![1]}"`));

    const res = await site.request('/be/report/', {
      method: 'POST',
      body: form({ who: about![1]!, kind: 'released', personId: 'p-luchynovich' }),
      headers: CLIENT,
    });
    expect(res.status).toBe(200);
    const [tip] = await listTips(demo.ctx, reviewer);
    await unlockTipKey(demo.ctx, reviewer, PASSPHRASE);
    expect((await showTip(demo.ctx, reviewer, tip!.id)).submission.personId).toBe('p-luchynovich');
  });

  it('treats an internal or unknown id as none: the form does not name them and the tip does not carry it', async () => {
    for (const id of ['p-demo-internal', 'p-nobody', '../x']) {
      const page = await (await site.request(`/en/report/?person=${encodeURIComponent(id)}`)).text();
      expect(page, id).not.toContain('tip-about');
      expect(page, id).not.toContain('name="personId"');
    }
    const before = (await listTips(demo.ctx, reviewer)).length;
    await site.request('/en/report/', {
      method: 'POST',
      body: form({ who: 'Someone', kind: 'released', personId: 'p-demo-internal' }),
      headers: CLIENT,
    });
    const tips = await listTips(demo.ctx, reviewer);
    expect(tips.length).toBe(before + 1);
    const newest = tips.find((t) => t.who === 'Someone');
    expect(newest).toBeDefined();
    expect((await showTip(demo.ctx, reviewer, newest!.id)).submission.personId).toBeUndefined();
  });
});
