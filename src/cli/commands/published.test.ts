/**
 * Issue 11 item 5 on the command line: `check` lists published digests that still show a
 * person made internal, `restore` warns when it makes one internal again, and `digest
 * republish` fixes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../app/demo.js';
import { draftDigest, publishDigest } from '../../app/digests.js';
import { getPerson, updatePerson } from '../../app/persons.js';
import { tempApp } from '../../testing/temp-app.js';
import { runCli } from '../../testing/cli.js';

const ID = 'd-releases-2024-01-en';
let app: Awaited<ReturnType<typeof tempApp>>;
/** Her revisions: public (as published), then internal. */
const revisions: number[] = [];

const run = (...args: string[]) => runCli(app.dbPath, ...args);

beforeAll(async () => {
  app = await tempApp();
  await loadDemo(app.ctx, { synthetic: 0 });
  await draftDigest(app.ctx, { kind: 'releases', month: '2024-01', lang: 'en' }, { actor: 'editor' });
  await publishDigest(app.ctx, ID, { acknowledgeWarnings: true }, { actor: 'editor' });
  const person = await getPerson(app.ctx, 'p-luchynovich');
  const latest = () => app.ctx.store.read((r) => r.revisions.latestFor('person', 'p-luchynovich'));
  revisions.push((await latest())!.id);
  await updatePerson(app.ctx, person.id, { ...person, visibility: 'internal' }, { actor: 'editor' });
  revisions.push((await latest())!.id);
  await app.ctx.store.close();
}, 60_000);
afterAll(() => app.cleanup());

describe('rollcall and published digests', () => {
  it('check lists the exposure with the command that fixes it', async () => {
    const text = await run('check', '--id', 'p-luchynovich');
    expect(text.code).toBe(0);
    expect(text.out).toContain(`p-luchynovich [published-exposure] in published digest ${ID}`);
    expect(text.out).toContain(`fix: rollcall digest republish ${ID} --note "<why>"`);
    const json = JSON.parse((await run('check', '--json')).out) as { publishedExposures: unknown[] };
    expect(json.publishedExposures).toEqual([
      expect.objectContaining({ digestId: ID, entries: [expect.objectContaining({ personId: 'p-luchynovich' })] }),
    ]);
  });

  it('restore warns when it makes a person internal who is in a published digest', async () => {
    const back = await run('restore', String(revisions[0]));
    expect(back.code).toBe(0);
    expect(back.err).toBe('');
    expect((await run('check', '--id', 'p-luchynovich')).out).not.toContain('published-exposure');
    const again = await run('restore', String(revisions[1]));
    expect(again.code).toBe(0);
    expect(again.err).toContain(`warning [published-exposure]: p-luchynovich is in 1 published digest(s)`);
    expect(again.err).toContain('show what is no longer public (person-internal)');
    expect(again.err).toContain(`rollcall digest republish ${ID}`);
  });

  it('digest republish fixes it, and needs a note', async () => {
    expect((await run('digest', 'republish', ID)).code).toBe(2);
    const done = await run('digest', 'republish', ID, '--note', 'family asked');
    expect(done.code).toBe(0);
    expect(done.out).toContain(`Republished ${ID}`);
    expect(done.out).toContain('4 entries, 1 removed (p-luchynovich)');
    expect((await run('check', '--id', 'p-luchynovich')).out).not.toContain('published-exposure');
    expect((await run('history', ID, '--type', 'digest')).out).toContain('family asked');
  });
});
