import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { addStaff, challengeOf, PASSPHRASE, reportForm } from '../../testing/tips.js';
import { createHttpApp } from '../app.js';
import { createTipKey } from '../../app/tips/reviewers.js';
import { changeTip, listTips } from '../../app/tips/triage.js';
import { recentAudit } from '../../app/audit.js';
import type { Principal } from '../../domain/access.js';
import { loadDemo } from '../../app/demo.js';
import { showTip } from '../../app/tips/triage.js';
import { unlockTipKey } from '../../app/tips/reviewers.js';
import { nonceSolves, POW_DIFFICULTY } from '../proof-of-work.js';
import { CONTENT_SECURITY_POLICY, REPORT_CONTENT_SECURITY_POLICY } from '../security-headers.js';

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

/** The report form of `path` with `fields`, its challenge solved as the page's script does. */
const solved = (path: string, fields: Record<string, string>, files: File[] = []) =>
  reportForm(http, path, fields, { files });

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
    const res = await post('/en/report/', await solved('/en/report/', { who: 'A', kind: 'released' }));
    expect(res.status).toBe(503);
    const page = await res.text();
    expect(page).toContain('cannot take reports right now');
    expect(page).toContain('value="A"');
    challengeOf(page); // the form again, ready to be sent once a reviewer has a key
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

  it('takes a tip, shows the receipt once, and lets the sender answer by it', async () => {
    await createTipKey(env.ctx, rev, PASSPHRASE);
    const res = await post(
      '/ru/report/',
      await solved('/ru/report/', {
        who: 'CANARYWHO5519',
        kind: 'released',
        when: '2024-01',
        where: '',
        contact: 'CANARYCONTACT5519',
      }),
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
    const sent = await solved('/be/report/', { who: '', kind: 'nonsense', when: 'yesterday' });
    const res = await post('/be/report/', sent);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('id="who-error"');
    expect(page).toContain('Напішыце дату як 2024');
    // The form comes back with the same challenge, not spent: corrected, it is taken with it.
    expect(challengeOf(page).token).toBe(sent.get('pow'));
    const pdf = new File([new Uint8Array([37, 80, 68, 70, 45])], 'x.pdf', { type: 'application/pdf' });
    const bad = await post('/en/report/', await solved('/en/report/', { who: 'A', kind: 'other' }, [pdf]));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="files-error"');
    expect((await listTips(env.ctx, rev)).length).toBe(before);
    const fixed = await reportForm(http, '/be/report/', { who: 'CANARYWHO5519', kind: 'released' }, { page });
    expect((await post('/be/report/', fixed)).status).toBe(200);
    expect((await listTips(env.ctx, rev)).length).toBe(before + 1);
  });

  it('limits tips per network without keeping the address', async () => {
    const limited = createHttpApp(env.ctx);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await limited.request('/en/report/', { method: 'POST', body: form({ who: '', kind: 'x' }) });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
    expect(await last!.text()).toContain('Too many requests');
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

describe('the proof of work on the report form', () => {
  let t = Date.UTC(2024, 0, 31, 12);
  let app: ReturnType<typeof createHttpApp>;
  const send = (path: string, body: FormData) => app.request(path, { method: 'POST', body, headers: CLIENT });
  const count = async () => (await listTips(env.ctx, rev)).length;
  beforeEach(() => {
    app = createHttpApp(env.ctx, { proofOfWork: { now: () => t, noJsDelayMs: 30_000 } }); // and a fresh rate limit
  });

  it('serves each form with a new challenge, never cached, under a CSP that lets it run only the site’s own script', async () => {
    const first = await app.request('/en/report/');
    const page = await first.text();
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('etag')).toBeNull();
    expect(first.headers.get('content-security-policy')).toBe(REPORT_CONTENT_SECURITY_POLICY);
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
    // Its script may ask this site only (the name search), nowhere else.
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
    expect(page).toContain('<script src="../../assets/report-pow.js" defer></script>');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(page).toContain('Without JavaScript, the report can be sent 30 seconds after this page has opened');
    expect(page).toMatch(/<p id="pow-status" role="status" aria-live="polite" data-preparing="Preparing to send/);
    expect(challengeOf(page).bits).toBe(POW_DIFFICULTY);
    const second = challengeOf(await (await app.request('/en/report/')).text());
    expect(second.token).not.toBe(challengeOf(page).token);
    const script = await app.request('/assets/report-pow.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("subtle.digest('SHA-256'");
    for (const path of ['/en/', '/en/report/follow-up/', '/assets/report-pow.js'])
      expect((await app.request(path)).headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
  });

  it('without JavaScript: too early is refused in the page’s language with the input kept; after the wait it is taken, once', async () => {
    const before = await count();
    const sent = await reportForm(app, '/ru/report/', { who: 'CANARYWHO5519', kind: 'released' }, { nonce: false });
    const early = await send('/ru/report/', sent);
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('30');
    const page = await early.text();
    expect(page).toContain('Подождите 30 секунд и отправьте его снова.');
    expect(page).toMatch(/id="who" name="who"[^>]* value="CANARYWHO5519"/);
    expect(challengeOf(page).token).toBe(sent.get('pow')); // the wait counts from the first page
    t += 9_000;
    const again = await send('/ru/report/', sent);
    expect(await again.text()).toContain('Подождите 21 секунду');
    expect(await count()).toBe(before);
    t += 21_000;
    const taken = await send('/ru/report/', sent);
    expect(taken.status).toBe(200);
    expect(await taken.text()).toContain('<code>');
    expect(await count()).toBe(before + 1);
    const replayed = await send('/ru/report/', sent);
    expect(replayed.status).toBe(400);
    const refused = await replayed.text();
    expect(refused).toContain('Эта форма уже отправлена.');
    expect(challengeOf(refused).token).not.toBe(sent.get('pow'));
    expect(await count()).toBe(before + 1);

    const be = await reportForm(app, '/be/report/', { who: 'A', kind: 'released' }, { nonce: false });
    t += 8_000;
    expect(await (await send('/be/report/', be)).text()).toContain('Пачакайце 22 секунды і дашліце яго зноў.');
  });

  it('refuses a wrong nonce, a forged, a missing and an expired token, each with a message and a new challenge', async () => {
    const before = await count();
    const wrong = await reportForm(app, '/en/report/', { who: 'A', kind: 'released' });
    const token = String(wrong.get('pow'));
    let bad = 0;
    while (nonceSolves(token, String(bad), POW_DIFFICULTY)) bad++;
    wrong.set('nonce', String(bad));
    const forged = await reportForm(app, '/en/report/', { who: 'A', kind: 'released' });
    forged.set('pow', `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`);
    const missing = await reportForm(app, '/en/report/', { who: 'A', kind: 'released' });
    missing.delete('pow');
    for (const [name, body] of Object.entries({ wrong, forged, missing })) {
      const res = await send('/en/report/', body);
      expect(res.status, name).toBe(400);
      const page = await res.text();
      expect(page, name).toContain('The form could not be checked. Please send the report again.');
      expect(page, name).toContain('value="A"');
      expect(challengeOf(page).token, name).not.toBe(body.get('pow'));
    }
    const old = await reportForm(app, '/en/report/', { who: 'A', kind: 'released' });
    t += 2 * 3_600_000 + 1_000;
    const expired = await send('/en/report/', old);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('The form was open for too long. Please send the report again.');
    expect(await count()).toBe(before);
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
      body: await reportForm(site, '/be/report/', { who: about![1]!, kind: 'released', personId: 'p-luchynovich' }),
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
      body: await reportForm(site, '/en/report/', { who: 'Someone', kind: 'released', personId: 'p-demo-internal' }),
      headers: CLIENT,
    });
    const tips = await listTips(demo.ctx, reviewer);
    expect(tips.length).toBe(before + 1);
    const newest = tips.find((t) => t.who === 'Someone');
    expect(newest).toBeDefined();
    expect((await showTip(demo.ctx, reviewer, newest!.id)).submission.personId).toBeUndefined();
  });
});
