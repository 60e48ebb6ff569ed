/**
 * The tip reviewers' pages through the real app, on the demo registry with its
 * internal people: the key set up, locked and unlocked (a locked key brings the
 * reviewer back to the tip after unlocking); a tip listed, read with the sender's
 * language marked, its photo served to the reviewer only, moved on, asked about,
 * noted, linked to a public person found by name (never an internal one) and
 * applied as a proposal; the desk counting tips without their content; every
 * other role refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import sharp from 'sharp';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, principalOf, testAuthentication } from '../../testing/principals.js';
import { addStaff, PASSPHRASE } from '../../testing/tips.js';
import { loadDemo } from '../../app/demo.js';
import { submitTip } from '../../app/tips/intake.js';
import { showTip } from '../../app/tips/triage.js';
import { listProposals } from '../../app/proposals.js';
import { signOut } from '../../app/auth/sign-in.js';
import { createHttpApp } from '../app.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
const reviewer = principalOf('tip_reviewer');
const WHO = 'Лучыновіч CANARYWHO4410';
const CONTACT = 'CANARYCONTACT4410';
let tipId = 0;

const get = (path: string, role: Role = 'tip_reviewer') => app.request(path, { headers: asRole(role) });
const post = (path: string, fields: Record<string, string>, role: Role = 'tip_reviewer') =>
  app.request(path, {
    method: 'POST',
    headers: { ...asRole(role), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const text = async (res: Response | Promise<Response>) => (await res).text();

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 5, internal: true });
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  await addStaff(env.ctx, 'tip_reviewer', 'tip_reviewer');
});
afterAll(() => env.cleanup());

describe('the tip key', () => {
  it('is set up with a long enough passphrase, then locked and unlocked', async () => {
    expect(await text(get('/staff/tips?lang=be'))).toContain('Стварыце ключ для паведамленняў');
    const short = await post('/staff/tips/key?lang=be', { action: 'create', passphrase: 'short' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('Выберыце парольную фразу ад 12 да 1 024 знакаў');
    const created = await post('/staff/tips/key?lang=en', { action: 'create', passphrase: PASSPHRASE });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/staff/tips?lang=en&done=created');
    expect(await text(get('/staff/tips?lang=en&done=created'))).toContain('set up and unlocked for this session');
    expect((await post('/staff/tips/key?lang=en', { action: 'lock' })).status).toBe(303);
    expect(await text(get('/staff/tips?lang=en'))).toContain('Unlock your tip key');
    const wrong = await post('/staff/tips/key?lang=ru', { action: 'unlock', passphrase: 'not the right one at all' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Эта парольная фраза не открывает ваш ключ');
    const unlocked = await post('/staff/tips/key?lang=en', { action: 'unlock', passphrase: PASSPHRASE });
    expect(unlocked.headers.get('location')).toBe('/staff/tips?lang=en&done=unlocked&resealed=0');
    expect(await text(get('/staff/tips?lang=en'))).toContain('No tips here.');
  });
});

describe('a tip, from the queue to a proposal', () => {
  beforeAll(async () => {
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a0' } })
      .png()
      .toBuffer();
    await submitTip(env.ctx, { lang: 'be', who: WHO, kind: 'released', when: '2024-01', contact: CONTACT }, [
      { name: 'photo.png', type: 'image/png', bytes: new Uint8Array(photo) },
    ]);
    const page = await text(get('/staff/tips?lang=en'));
    tipId = Number(/href="\/staff\/tips\/(\d+)\?lang=en">Tip \d+/.exec(page)?.[1]);
  });

  it('lists the tip and shows what the sender wrote, in their language', async () => {
    expect(tipId).toBeGreaterThan(0);
    const queue = await text(get('/staff/tips?lang=en'));
    expect(queue).toContain(WHO);
    expect(queue).toContain('A release');
    const page = await text(get(`/staff/tips/${tipId}?lang=en`));
    expect(page).toContain(`<span lang="be">${WHO}</span>`);
    expect(page).toContain(`<span lang="be">${CONTACT}</span>`);
    expect(page).toContain('never public');
  });

  it('serves the photo to the reviewer only, never stored by a browser', async () => {
    const detail = await showTip(env.ctx, reviewer, tipId);
    const path = `/staff/tips/${tipId}/files/${detail.attachments[0]!.id}`;
    expect(await text(get(`/staff/tips/${tipId}?lang=en`))).toContain(`src="${path}"`);
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg'); // re-encoded, metadata gone
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(8);
    expect((await get(path, 'editor')).status).toBe(403);
  });

  it('moves on, asks the sender, keeps a note and assigns', async () => {
    const saved = await post(`/staff/tips/${tipId}?lang=en`, { action: 'state', state: 'verifying' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/staff/tips/${tipId}?lang=en&done=saved`);
    await post(`/staff/tips/${tipId}?lang=en`, { action: 'ask', text: 'Who told you?' });
    await post(`/staff/tips/${tipId}?lang=en`, { action: 'note', text: 'Call the lawyer.' });
    await post(`/staff/tips/${tipId}?lang=en`, { action: 'assign' });
    const page = await text(get(`/staff/tips/${tipId}?lang=en&done=saved`));
    expect(page).toContain('Saved.');
    expect(page).toContain('<strong>verifying</strong>');
    expect(page).toMatch(/<strong>Question<\/strong> · tip_reviewer@example\.org · [^<]+<\/p><p>Who told you\?/);
    expect(page).toContain('Call the lawyer.');
    expect(page).toContain('Assigned: you');
    const empty = await post(`/staff/tips/${tipId}?lang=be`, { action: 'note', text: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Праверце ўведзенае');
    const bad = await post(`/staff/tips/${tipId}?lang=en`, { action: 'state', state: 'gone' });
    expect(bad.status).toBe(400);
    expect((await showTip(env.ctx, reviewer, tipId)).messages).toHaveLength(2);
  });

  it('finds public people by name in any script and links one; an internal person is neither found nor linked', async () => {
    const found = await text(get(`/staff/tips/${tipId}?lang=en&find=${encodeURIComponent('Luchynovich')}`));
    expect(found).toContain('name="personId" value="p-luchynovich"');
    const hidden = await text(get(`/staff/tips/${tipId}?lang=en&find=Schovany`));
    expect(hidden).not.toContain('p-demo-internal');
    expect(hidden).toContain('No public person has a name like this.');
    const refused = await post(`/staff/tips/${tipId}?lang=en`, { action: 'link', personId: 'p-demo-internal' });
    expect(refused.status).toBe(404);
    expect((await showTip(env.ctx, reviewer, tipId)).triage.personId).toBeUndefined();
    await post(`/staff/tips/${tipId}?lang=en`, { action: 'link', personId: 'p-luchynovich' });
    expect(await text(get(`/staff/tips/${tipId}?lang=en`))).toMatch(
      /Linked to [^<]+\(<a href="\/en\/persons\/p-luchynovich\/">/,
    );
  });

  it('applies a confirmed tip only, as a proposal an editor reviews', async () => {
    const early = await post(`/staff/tips/${tipId}?lang=en`, {
      action: 'apply',
      personId: 'p-luchynovich',
      date: '2024-01-12',
      reliability: 'B',
      releaseReason: 'pardon',
    });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('only a confirmed tip is applied');
    await post(`/staff/tips/${tipId}?lang=en`, { action: 'state', state: 'confirmed' });
    const form = await text(get(`/staff/tips/${tipId}?lang=en`));
    expect(form).toContain('Proposes a Release event on the linked person');
    expect(form).toContain('id="tip-date" name="date" required maxlength="20" value="2024-01"');
    const applied = await post(`/staff/tips/${tipId}?lang=en`, {
      action: 'apply',
      personId: 'p-luchynovich',
      date: '2024-01-12',
      reliability: 'B',
      releaseReason: 'pardon',
    });
    expect(applied.status).toBe(303);
    const proposal = /proposal=(\d+)$/.exec(applied.headers.get('location') ?? '')?.[1];
    expect(await text(get(applied.headers.get('location')!))).toContain(`Proposal ${proposal} made`);
    const pending = await listProposals(env.ctx, { state: 'pending' });
    const made = pending.find((p) => String(p.id) === proposal);
    expect(made).toMatchObject({ entityType: 'person', entityId: 'p-luchynovich', note: `from tip ${tipId}` });
    expect(JSON.stringify(made)).not.toContain('CANARY');
  });
});

describe('a locked key and the other roles', () => {
  it('asks to unlock on a tip page and comes back to the tip', async () => {
    await post('/staff/tips/key?lang=en', { action: 'lock' });
    const locked = await get(`/staff/tips/${tipId}?lang=en`);
    expect(locked.status).toBe(423);
    const page = await locked.text();
    expect(page).toContain(`name="next" value="/staff/tips/${tipId}"`);
    expect(page).not.toContain('CANARY');
    const back = await post('/staff/tips/key?lang=en', {
      action: 'unlock',
      passphrase: PASSPHRASE,
      next: `/staff/tips/${tipId}`,
    });
    expect(back.headers.get('location')).toBe(`/staff/tips/${tipId}?lang=en`);
    const elsewhere = await post('/staff/tips/key?lang=en', {
      action: 'unlock',
      passphrase: PASSPHRASE,
      next: 'https://evil.example/',
    });
    expect(elsewhere.headers.get('location')).toMatch(/^\/staff\/tips\?lang=en&done=unlocked/);
  });

  it('locks the key at sign-out', async () => {
    expect((await get(`/staff/tips/${tipId}?lang=en`)).status).toBe(200);
    await signOut(env.ctx, reviewer);
    expect((await get(`/staff/tips/${tipId}?lang=en`)).status).toBe(423);
    await post('/staff/tips/key?lang=en', { action: 'unlock', passphrase: PASSPHRASE });
  });

  it('counts tips on the reviewer’s desk without their content', async () => {
    await submitTip(env.ctx, { lang: 'ru', who: 'Иванов CANARYWHO4411', kind: 'detained' }, []);
    const desk = await text(get('/staff/?lang=en'));
    expect(desk).toContain('Tips awaiting triage');
    expect(desk).toContain('1 tip.');
    expect(desk).toMatch(new RegExp(`href="/staff/tips/${tipId + 1}\\?lang=en">Tip ${tipId + 1}</a> — new, `));
    expect(desk).not.toContain('CANARY');
    expect(await text(get('/staff/?lang=en', 'editor'))).not.toContain('Tips awaiting triage');
  });

  it('refuses every other role and anonymous readers', async () => {
    for (const role of ['admin', 'editor', 'researcher', 'viewer'] as const) {
      expect((await get('/staff/tips?lang=en', role)).status).toBe(403);
      expect((await get(`/staff/tips/${tipId}?lang=en`, role)).status).toBe(403);
      expect((await post(`/staff/tips/${tipId}?lang=en`, { action: 'state', state: 'rejected' }, role)).status).toBe(
        403,
      );
    }
    const anonymous = await app.request(`/staff/tips/${tipId}?lang=en`);
    expect([302, 303, 401]).toContain(anonymous.status);
    expect(await anonymous.text()).not.toContain('CANARY');
    expect((await showTip(env.ctx, reviewer, tipId)).state).toBe('applied');
  });
});
