/**
 * `rollcall search QUERY` and `rollcall duplicates`.
 */
import type { Command } from 'commander';
import { searchPersons, registryDuplicates } from '../../app/search.js';
import { RollcallError } from '../../domain/errors.js';
import { printJson, table, type Io } from '../io.js';
import { withApp } from '../open.js';

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new RollcallError('invalid-number', `${name} takes a whole number above 0; got "${value}".`);
  return n;
}

export function registerNameCommands(program: Command, io: Io): void {
  program
    .command('search <query...>')
    .description('Find people (and facilities with --all) by any spelling, script, partial name or typo')
    .option('--limit <n>', 'how many results', '10')
    .option('--all', 'include facilities')
    .option('--public', 'search as the public does (public records and name forms only)')
    .option('--json', 'machine-readable output')
    .action(
      async (
        words: string[],
        opts: { limit: string; all?: boolean; public?: boolean; json?: boolean },
        cmd: Command,
      ) => {
        const limit = positiveInt(opts.limit, '--limit');
        const hits = await withApp(cmd, 'read', (ctx) =>
          searchPersons(ctx, words.join(' '), {
            limit,
            audience: opts.public ? 'public' : 'staff',
            kind: opts.all ? 'all' : 'person',
          }),
        );
        if (opts.json) return printJson(io, hits);
        if (hits.length === 0) return io.out('No matches.');
        io.out(table([['id', 'score', 'name'], ...hits.map((h) => [h.id, h.score.toFixed(2), h.matched])]));
      },
    );

  program
    .command('duplicates')
    .description('List likely duplicate person records across the registry')
    .option('--min-score <score>', 'lowest score to report (0..1)', '0.75')
    .option('--limit <n>', 'how many pairs', '200')
    .option('--json', 'machine-readable output')
    .action(async (opts: { minScore: string; limit: string; json?: boolean }, cmd: Command) => {
      const minScore = Number(opts.minScore);
      if (!(minScore >= 0 && minScore <= 1))
        throw new RollcallError('invalid-number', `--min-score is a number from 0 to 1; got "${opts.minScore}".`);
      const limit = positiveInt(opts.limit, '--limit');
      const pairs = await withApp(cmd, 'read', (ctx) => registryDuplicates(ctx, { minScore, limit }));
      if (opts.json) return printJson(io, pairs);
      if (pairs.length === 0) return io.out('No likely duplicates.');
      for (const p of pairs) io.out(`${p.score.toFixed(2)}  ${p.a} ~ ${p.b}  (${p.reasons.join('; ')})`);
    });
}
