/**
 * The start path as a person runs it: build, then `bin/rollcall.js serve --demo`
 * on a fresh database, over a real port. Catches what in-process tests cannot:
 * files the build must carry (the stylesheet), the launcher, the demo on start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let server: ChildProcess;
let base = '';
let dir = '';

beforeAll(async () => {
  execFileSync('npm', ['run', 'build'], { stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'rollcall-start-'));
  server = spawn(
    process.execPath,
    ['bin/rollcall.js', '--db', join(dir, 'db.sqlite'), 'serve', '--demo', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/[^/\s]+)\//.exec(out);
      if (match) resolve(match[1]!);
    });
    server.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the demo site with its stylesheet and charts', async () => {
    const home = await fetch(`${base}/en/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('political prisoners');
    const css = await fetch(`${base}/assets/site.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    const chart = await fetch(`${base}/en/figures/count.svg`);
    expect(chart.status).toBe(200);
    expect(await chart.text()).toContain('<svg');
  });

  it('answers the API over the demo registry', async () => {
    const res = await fetch(`${base}/api/v1/persons/p-luchynovich`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe('p-luchynovich');
  });
});
