/**
 * `rollcall stats`, `series`, `flows`, `releases`, `expected`.
 */
import type { Command } from 'commander';
import { statsAt, countSeries, flows } from '../../app/figures.js';
import { releasesOfMonth, expected } from '../../app/releases.js';
import { formatTermEn } from '../../domain/duration.js';
import { RollcallError } from '../../domain/errors.js';
import type { Audience } from '../../domain/access.js';
import { printJson, table, type Io } from '../io.js';
import { withApp } from '../open.js';

const staff: Audience = 'staff';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function registerFigureCommands(program: Command, io: Io): void {
  program
    .command('stats')
    .description('How many political prisoners are in custody on a date, with breakdowns')
    .option('--at <date>', 'YYYY-MM-DD (default: today)')
    .option('--public', 'count only records visible to the public')
    .option('--json', 'machine-readable output')
    .action(async (opts: { at?: string; public?: boolean; json?: boolean }, cmd: Command) => {
      const at = opts.at ?? todayIso();
      const stats = await withApp(cmd, 'read', (ctx) => statsAt(ctx, at, opts.public ? 'public' : 'staff'));
      if (opts.json) return printJson(io, stats);
      io.out(`Political prisoners in custody on ${stats.date}: ${stats.count}`);
      if (stats.possible !== stats.count) io.out(`(up to ${stats.possible} counting people whose dates are vague)`);
      for (const [key, rows] of Object.entries(stats.breakdowns)) {
        if (rows.length === 0) continue;
        io.out(`\nBy ${key}:`);
        io.out(table(rows.slice(0, 15).map((r) => [r.key ?? '(unknown)', r.count])));
      }
      if (stats.facilityNote) io.out(`\n${stats.facilityNote}`);
    });

  program
    .command('series')
    .description('The count over time, daily or monthly')
    .requiredOption('--from <date>', 'YYYY-MM-DD')
    .requiredOption('--to <date>', 'YYYY-MM-DD')
    .option('--step <step>', 'day or month', 'month')
    .option('--json', 'machine-readable output')
    .action(async (opts: { from: string; to: string; step: string; json?: boolean }, cmd: Command) => {
      if (opts.step !== 'day' && opts.step !== 'month') {
        throw new RollcallError('invalid-step', `--step must be day or month; got "${opts.step}".`);
      }
      const points = await withApp(cmd, 'read', (ctx) =>
        countSeries(ctx, opts.from, opts.to, opts.step as 'day', staff),
      );
      if (opts.json) return printJson(io, points);
      io.out(table([['date', 'count', 'possible'], ...points.map((p) => [p.date, p.count, p.possible])]));
    });

  program
    .command('flows')
    .description('Monthly recognitions, detentions, verdicts and releases')
    .requiredOption('--from <month>', 'YYYY-MM')
    .requiredOption('--to <month>', 'YYYY-MM')
    .option('--json', 'machine-readable output')
    .action(async (opts: { from: string; to: string; json?: boolean }, cmd: Command) => {
      const rows = await withApp(cmd, 'read', (ctx) => flows(ctx, opts.from, opts.to, staff));
      printJson(io, rows);
    });

  program
    .command('releases')
    .description('Political prisoners released in a month, with time served (the digest figures)')
    .requiredOption('--month <month>', 'YYYY-MM')
    .option('--json', 'machine-readable output')
    .action(async (opts: { month: string; json?: boolean }, cmd: Command) => {
      const result = await withApp(cmd, 'read', (ctx) => releasesOfMonth(ctx, opts.month, staff));
      if (opts.json) return printJson(io, result);
      const s = result.summary;
      io.out(`Released in ${opts.month}: ${s.released} political prisoners.`);
      io.out(
        `  having served their term: ${s.termServed}, of whom more than three years: ${s.termServedOverThreeYears}`,
      );
      io.out(
        `  released after trial to home confinement: ${s.homeConfinement}; to an open-type institution: ${s.openInstitution}`,
      );
      io.out('');
      for (const e of result.entries) {
        const t = e.timeServed.exact
          ? formatTermEn(e.timeServed.exact)
          : `${formatTermEn(e.timeServed.min)} to ${formatTermEn(e.timeServed.max)}`;
        io.out(
          `${e.releaseDate.padEnd(10)}  ${result.names[e.personId] ?? e.personId} (${e.personId}) — ${t} [${e.reason}]`,
        );
      }
    });

  program
    .command('expected')
    .description('Projected releases in a date range, from sentences and pre-trial credit')
    .requiredOption('--from <date>', 'YYYY-MM-DD')
    .requiredOption('--to <date>', 'YYYY-MM-DD')
    .option('--json', 'machine-readable output')
    .action(async (opts: { from: string; to: string; json?: boolean }, cmd: Command) => {
      const result = await withApp(cmd, 'read', (ctx) => expected(ctx, opts.from, opts.to, staff));
      if (opts.json) return printJson(io, result);
      io.out(
        table([
          ['date', 'person', 'id'],
          ...result.entries.map(
            (e) =>
              [e.date ?? `${e.min}..${e.max}`, result.names[e.personId] ?? '', e.personId] as Array<string | number>,
          ),
        ]),
      );
      io.out(`${result.entries.length} expected releases from ${opts.from} to ${opts.to}.`);
    });
}
