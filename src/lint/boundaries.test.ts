/**
 * The import boundaries of eslint.config.js, each tested by a small source that
 * breaks it (and one beside it that keeps it, so a rule that fires on everything
 * fails too). Runs ESLint's Node API with the project's own config.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** Messages of the import rule for `source` linted as if it were the file at `path`. */
async function restricted(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const imports = (from: string) => `import * as x from '${from}';\nvoid x;`;

const CASES: Array<{ rule: string; path: string; breaks: string[]; keeps: string[] }> = [
  {
    rule: 'domain does no I/O',
    path: 'src/domain/fixture.ts',
    breaks: ['node:fs', 'fs', 'node:worker_threads', 'better-sqlite3', 'kysely', 'hono'],
    keeps: ['./partial-date.js', 'zod', '../i18n/index.js'],
  },
  {
    rule: 'domain subfolders do no I/O',
    path: 'src/domain/names/fixture.ts',
    breaks: ['node:path', 'pg'],
    keeps: ['../record.js'],
  },
  {
    rule: 'domain imports no outer layer, from any depth',
    path: 'src/domain/digest/fixture.ts',
    breaks: [
      '../../app/context.js',
      '../../store/sqlite.js',
      '../../web/site.js',
      '../../http/app.js',
      '../../cli/main.js',
      '../../disclosure/public-person.js',
    ],
    keeps: ['../record.js', '../../i18n/index.js'],
  },
  {
    rule: 'disclosure does no I/O and imports no outer layer',
    path: 'src/disclosure/fixture.ts',
    breaks: ['node:fs', 'kysely', '../app/context.js', '../store/sqlite.js', '../web/site.js', '../http/app.js'],
    keeps: ['../domain/record.js', './public-person.js'],
  },
  {
    rule: 'app imports no web, http or cli',
    path: 'src/app/fixture.ts',
    breaks: [
      '../web/site.js',
      '../http/app.js',
      '../http/routes/api.js',
      '../http/route-policy.js',
      '../cli/main.js',
      '../web/kit/html.js',
    ],
    keeps: ['../store/sqlite.js', '../domain/record.js', './ports.js', '../disclosure/public-person.js'],
  },
  {
    rule: 'store imports no use case (types of the ports only)',
    path: 'src/store/fixture.ts',
    breaks: ['../app/import.js', '../app/ports.js'],
    keeps: ['./schema.js', '../domain/record.js'],
  },
  {
    rule: 'web imports no store internals',
    path: 'src/web/pages/fixture.ts',
    breaks: ['../../store/person-repository.js', '../../store/schema.js', '../../store/testing/temp-store.js'],
    keeps: ['../../store/sqlite.js', '../../app/site-queries.js'],
  },
  {
    rule: 'every CSV is written by csv-write.ts',
    path: 'src/web/charts/fixture.ts',
    breaks: ['csv-stringify/sync', 'csv-stringify'],
    keeps: ['../../exchange/csv-write.js'],
  },
];

describe('import boundaries (eslint.config.js)', () => {
  for (const c of CASES) {
    it(
      c.rule,
      async () => {
        for (const from of c.breaks)
          expect(await restricted(c.path, imports(from)), `${c.path} <- ${from}`).not.toEqual([]);
        for (const from of c.keeps) expect(await restricted(c.path, imports(from)), `${c.path} <- ${from}`).toEqual([]);
      },
      30_000,
    );
  }

  it('lets the store import the port types it implements', async () => {
    expect(await restricted('src/store/fixture.ts', "import type { Store } from '../app/ports.js';")).toEqual([]);
  });

  it('keeps web and http from deciding visibility themselves (src/disclosure does)', async () => {
    const syntax = async (path: string, source: string) => {
      const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path });
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
    };
    const reads = 'export const f = (x: { visibility: string }) => x.visibility === "public";';
    const destructures = 'export const g = ({ visibility }: { visibility: string }) => visibility;';
    for (const path of ['src/web/pages/fixture.ts', 'src/http/routes/fixture.ts']) {
      expect(await syntax(path, reads), path).toHaveLength(1);
      expect(await syntax(path, destructures), path).toHaveLength(1);
      expect(
        await syntax(path, "import { isPublic } from '../../disclosure/public-person.js'; void isPublic;"),
      ).toEqual([]);
    }
    expect(await syntax('src/disclosure/fixture.ts', reads)).toEqual([]);
  });

  it('lets the CSV writer itself use csv-stringify', async () => {
    expect(await restricted('src/exchange/csv-write.ts', imports('csv-stringify/sync'))).toEqual([]);
  });
});
