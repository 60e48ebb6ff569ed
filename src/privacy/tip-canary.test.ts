/**
 * The tip line at rest holds no tip in plain text (issue 15). `rollcall serve` runs on
 * loopback (in process, its Telegram bot polling a fake Bot API, behind one trusted
 * proxy so `X-Forwarded-For` is read) over a demo registry with a tip reviewer.
 * Canaries mixing Latin and Cyrillic (`tip-canaries.ts`) go in through the real
 * server: every field of the web form, a photo whose bytes, EXIF and file name carry
 * them, a follow-up answer; a whole Telegram conversation with a photo sent as a file,
 * the sender's name and username, an answer; a reviewer's question and note; and
 * canaries in `X-Forwarded-For`, `X-Real-IP`, `Forwarded`, `User-Agent` and `Referer`
 * of every tip request. Then the public site is crawled, the API, downloads and feeds
 * fetched, the mirror written and the registry exported and the audit log listed by
 * the CLI. No canary, receipt or passphrase may be in any byte of any file under the
 * data folder (database, WAL, shm, download cache, temp files, mirror, export), in any
 * log line of the process, in the audit log, or in any public answer.
 */
import { solveNonce } from '../http/proof-of-work.js';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { tempApp } from '../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../testing/tips.js';
import { captureLogs, type LogCapture } from '../testing/log-capture.js';
import {
  buttonUpdate,
  documentUpdate,
  startFakeTelegram,
  textUpdate,
  type FakeTelegram,
} from '../testing/fake-telegram.js';
import { runCli } from '../testing/cli.js';
import { loadDemo } from '../app/demo.js';
import { recentAudit } from '../app/audit.js';
import { createTipKey } from '../app/tips/reviewers.js';
import { changeTip, listTips, showTip, tipAttachment } from '../app/tips/triage.js';
import { main } from '../cli/main.js';
import type { Principal } from '../domain/access.js';
import { LANGS } from '../domain/record.js';
import { crawl, fetchAll, type Fetched } from './crawl.js';
import { apiUrls, siteUrls } from './public-urls.js';
import { filesIn, jpegWithCanaries, TipCanaries, until } from './tip-canaries.js';

const canaries = new TipCanaries();
const WEB = ['who', 'where', 'how', 'details', 'contact'] as const;
const C = Object.fromEntries(
  [...WEB, 'exif', 'comment', 'filename', 'ask', 'note', 'reply']
    .concat(['tgWho', 'tgWhere', 'tgHow', 'tgContact', 'tgName', 'tgExif', 'tgComment', 'tgFile', 'tgAsk', 'tgReply'])
    .map((k) => [k, canaries.make(k)]),
) as Record<string, string>;
const TG_USER = 'zqtipsender7q';
const TG_CHAT = 7_770_012_345_678;
canaries.watch('telegram-sender', TG_USER, String(TG_CHAT));
canaries.watch('passphrase', PASSPHRASE);
const ENV = [
  'TMPDIR',
  'ROLLCALL_TIP_POW_BITS',
  'ROLLCALL_TELEGRAM_TOKEN',
  'ROLLCALL_TELEGRAM_API',
  'ROLLCALL_TRUST_PROXY',
  'ROLLCALL_RATE_BURST',
];

/** Client headers of tip request `n`, each a canary. */
function client(n: number): Record<string, string> {
  const ip = `198.51.100.${n}`;
  const headers = {
    'X-Forwarded-For': `${ip}, 10.0.0.1`,
    'X-Real-IP': ip,
    Forwarded: `for=${ip};proto=https`,
    'User-Agent': `ZQtipAgent${n}q/1.0 (canary)`,
    Referer: `https://zqtipreferer${n}q.example/path?q=zqtipquery${n}q`,
  };
  canaries.watch('client', `198.51.100.${n}`, `ZQtipAgent${n}q`, `zqtipreferer${n}q`, `zqtipquery${n}q`);
  return headers;
}

let env: Awaited<ReturnType<typeof tempApp>>;
let reviewer: Principal;
let fake: FakeTelegram;
let logs: LogCapture;
let base = '';
let serving: Promise<number>;
let stopServer: () => void;
let stopped = false;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));

beforeAll(async () => {
  env = await tempApp();
  mkdirSync(join(env.dir, 'tmp'));
  await loadDemo(env.ctx, { synthetic: 5, internal: true, digests: true });
  reviewer = await addStaff(env.ctx, 'tip_reviewer', 'canary-rev');
  await createTipKey(env.ctx, reviewer, PASSPHRASE);
  fake = await startFakeTelegram();
  Object.assign(process.env, {
    TMPDIR: join(env.dir, 'tmp'), // the download cache and any temp file land in the scanned folder
    ROLLCALL_TELEGRAM_TOKEN: fake.token,
    ROLLCALL_TELEGRAM_API: fake.url,
    ROLLCALL_TRUST_PROXY: '1',
    ROLLCALL_RATE_BURST: '100000', // the crawl below; the tip routes keep their own limit
    ROLLCALL_TIP_POW_BITS: '8', // the proof of work is solved here as the page's script would
  });
  logs = captureLogs();
  const signals = { term: new Set(process.listeners('SIGTERM')), int: new Set(process.listeners('SIGINT')) };
  const io = { out: (l: string) => logs.add(l), err: (l: string) => logs.add(l), interactive: false };
  serving = main(['node', 'rollcall', '--db', env.dbPath, 'serve', '--port', '0', '--host', '127.0.0.1'], io);
  base = await until(() => /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(logs.text())?.[1], 'the server');
  const term = process.listeners('SIGTERM').find((l) => !signals.term.has(l))!;
  const int = process.listeners('SIGINT').find((l) => !signals.int.has(l))!;
  stopServer = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('SIGTERM', term);
    process.removeListener('SIGINT', int);
    (term as () => void)();
  };
});
afterAll(async () => {
  stopServer?.(); // when a test failed before the server was stopped
  await serving;
  logs?.stop();
  await fake?.close();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  await env?.cleanup();
});

const post = (path: string, body: FormData, n: number) =>
  fetch(base + path, { method: 'POST', body, headers: client(n) });
/** A form with the report page's proof of work solved, as its script does. */
async function solvedForm(path: string): Promise<FormData> {
  const page = await (await fetch(base + path, { headers: client(0) })).text();
  const token = /name="pow" value="([^"]+)"/.exec(page)?.[1];
  const bits = Number(/data-pow-bits="(\d+)"/.exec(page)?.[1]);
  if (!token || !Number.isInteger(bits)) throw new Error(`no proof-of-work challenge on ${path}`);
  const form = new FormData();
  form.append('pow', token);
  form.append('nonce', solveNonce(token, bits));
  return form;
}
const receiptIn = (text: string) => /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}/.exec(text)?.[0];

async function tipAbout(who: string) {
  const tip = (await listTips(env.ctx, reviewer)).find((t) => t.who === who);
  expect(tip, `the tip about ${who} reached the reviewer`).toBeDefined();
  return showTip(env.ctx, reviewer, tip!.id);
}

/** Sends an update to the bot and waits for its answer. */
async function say(update: Record<string, unknown>): Promise<string> {
  const before = fake.texts().length;
  fake.push(update);
  return until(() => fake.texts()[before], 'the bot to answer');
}

describe('tips sent through the running server', () => {
  it('the web form, with a photo whose bytes, EXIF and name carry canaries, and a follow-up', async () => {
    const photo = await jpegWithCanaries(C.exif!, C.comment!);
    expect(canaries.find(photo).sort()).toEqual(['comment', 'exif']); // the photo really carries them
    const form = await solvedForm('/ru/report/');
    for (const k of WEB) form.append(k, C[k]!);
    form.append('kind', 'released');
    form.append('when', '2024-01');
    form.append('files', new File([photo], `${C.filename}.jpg`, { type: 'image/jpeg' }));
    const res = await post('/ru/report/', form, 1);
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(canaries.find(page)).toEqual([]); // the receipt page repeats nothing sent
    const receipt = receiptIn(page)!;
    canaries.watch('receipt', receipt, receipt.replaceAll('-', ''));

    const tip = await tipAbout(C.who!);
    expect(tip.submission).toMatchObject({ where: C.where, how: C.how, details: C.details, contact: C.contact });
    expect(tip.attachments).toMatchObject([{ name: 'attachment-1.jpg', type: 'image/jpeg' }]);
    const stored = await tipAttachment(env.ctx, reviewer, tip.id, tip.attachments[0]!.id);
    expect(canaries.find(stored.bytes)).toEqual([]);
    expect((await sharp(stored.bytes).metadata()).exif).toBeUndefined();
    await changeTip(env.ctx, reviewer, tip.id, { kind: 'ask', text: C.ask! });
    await changeTip(env.ctx, reviewer, tip.id, { kind: 'note', text: C.note! });

    const read = new FormData();
    read.append('receipt', receipt);
    const thread = await (await post('/ru/report/follow-up/', read, 2)).text();
    expect(thread).toContain(C.ask);
    // The question only: not the note, nor the tip itself (the receipt is in the answer form).
    expect(canaries.find(thread).filter((c) => c !== 'receipt')).toEqual(['ask']);
    expect(thread).not.toContain(reviewer.label);
    const answer = new FormData();
    answer.append('receipt', receipt);
    answer.append('reply', C.reply!);
    expect((await post('/ru/report/follow-up/', answer, 3)).status).toBe(200);
    expect((await tipAbout(C.who!)).messages.map((m) => m.text)).toEqual([C.ask, C.note, C.reply]);
  });

  it('the Telegram bot, a whole conversation with a photo sent as a file, and an answer', async () => {
    const s = { chatId: TG_CHAT, username: TG_USER, firstName: C.tgName!, languageCode: 'en' };
    const photo = await jpegWithCanaries(C.tgExif!, C.tgComment!);
    fake.addFile('tg-photo', photo);
    expect(await say(textUpdate(s, '/start'))).toBeTruthy();
    for (const step of [C.tgWho!, buttonUpdate(s, 'kind:detained'), '13.01.2024', C.tgWhere!, C.tgHow!, C.tgContact!])
      await say(typeof step === 'string' ? textUpdate(s, step) : step);
    await say(documentUpdate(s, 'tg-photo', `${C.tgFile}.jpg`, 'image/jpeg', photo.byteLength));
    await say(buttonUpdate(s, 'skip'));
    const receipt = receiptIn(await say(buttonUpdate(s, 'send')));
    expect(receipt).toBeDefined();
    canaries.watch('receipt', receipt!, receipt!.replaceAll('-', ''));

    const tip = await tipAbout(C.tgWho!);
    expect(tip.submission).toMatchObject({ kind: 'detained', where: C.tgWhere, how: C.tgHow, contact: C.tgContact });
    expect(tip.attachments).toHaveLength(1);
    await changeTip(env.ctx, reviewer, tip.id, { kind: 'ask', text: C.tgAsk! });
    await say(textUpdate(s, `/status ${receipt}`));
    expect(fake.texts().join('\n')).toContain(C.tgAsk);
    await until(() => fake.texts().some((t) => t.includes('/cancel')), 'the invitation to answer');
    await say(textUpdate(s, C.tgReply!));
    expect((await tipAbout(C.tgWho!)).messages.map((m) => m.text)).toEqual([C.tgAsk, C.tgReply]);
  });
});

describe('nothing of them anywhere else', () => {
  const outputs: Fetched[] = [];

  it('no public page, API answer, download or feed carries one (bodies and headers)', async () => {
    const app = { request: (path: string) => fetch(base + path) };
    const all = await env.ctx.store.read(async (r) => ({
      personIds: await r.persons.ids(null, 10_000),
      facilityIds: (await r.facilities.list()).map((f) => f.id),
      sourceIds: (await r.sources.list()).map((s) => s.id),
    }));
    const values = { ...all, articles: ['342'], queries: ['Лучыновіч'], digestIds: [] };
    const pages = await crawl(app, ['/', ...LANGS.map((l) => `/${l}/`)], 3000);
    const extra = ['/data/registry.json', '/data/registry.csv', '/data/registry-excel.csv', '/data/letters.csv'];
    for (const l of LANGS) extra.push(`/${l}/digests/feed.xml`, `/${l}/report/`, `/${l}/report/follow-up/`);
    outputs.push(...pages.values(), ...(await fetchAll(app, [...extra, ...apiUrls(values), ...siteUrls(values)])));
    expect(outputs.filter((p) => p.status === 200).length).toBeGreaterThan(500);
    expect(outputs.find((p) => p.path === '/data/registry.json')?.body).toContain('p-luchynovich');
    expect(outputs.flatMap((p) => canaries.find(`${p.headers}\n${p.body}`).map((c) => `${p.path}: ${c}`))).toEqual([]);
  });

  it('the mirror, the exports and the audit log as the CLI writes and lists them carry none', async () => {
    const cli = [
      await runCli(env.dbPath, 'mirror', join(env.dir, 'mirror')),
      await runCli(env.dbPath, 'export', '--out', join(env.dir, 'export.json')),
      await runCli(env.dbPath, 'export', '--public', '--format', 'csv', '--out', join(env.dir, 'public.csv')),
      await runCli(env.dbPath, 'audit', 'list', '--limit', '500', '--json'),
      await runCli(env.dbPath, 'audit', 'verify'),
    ];
    for (const run of cli) {
      expect(run.code, run.err).toBe(0);
      logs.add(run.out + run.err);
    }
    const audit = JSON.stringify(await recentAudit(env.ctx, 500));
    expect(audit).toContain('tip.change');
    expect(canaries.find(audit)).toEqual([]);
  });

  it('stops, and then no file under the data folder holds one in any byte, nor any log line', async () => {
    stopServer();
    expect(await serving).toBe(0);
    logs.stop();
    expect(logs.text()).toContain('Rollcall is serving');
    expect(logs.text()).toContain('Telegram bot takes updates by long polling');
    expect(canaries.find(logs.text())).toEqual([]);

    const files = filesIn(env.dir).map((f) => f.slice(env.dir.length + 1));
    for (const f of ['rollcall.sqlite', 'rollcall.sqlite-wal', 'export.json', 'mirror/index.html'])
      expect(files).toContain(f);
    expect(files.some((f) => /^tmp\/rollcall-opendata-[^/]+\/registry-v\d+\.json$/.test(f))).toBe(true);
    const scan = canaries.scanFolder(env.dir);
    expect(scan.files).toBe(files.length);
    expect(scan.found).toEqual([]);
  });

  it('the scanner does find a canary written to that folder, even upper-cased as UTF-16', () => {
    const cyrillic = C.who!.slice(C.who!.indexOf('Щ'));
    const probe = join(env.dir, 'probe.bin');
    writeFileSync(probe, Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(cyrillic.toUpperCase(), 'utf16le')]));
    try {
      expect(canaries.scanFolder(env.dir).found).toEqual([`${probe}: who`]);
    } finally {
      rmSync(probe);
    }
    expect(canaries.find(`log: ${C.note!.slice(0, C.note!.indexOf('Щ')).toLowerCase()}`)).toEqual(['note']);
    expect(canaries.find('ZQTIPAGENT1Q')).toEqual(['client']);
  });
});
