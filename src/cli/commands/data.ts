/**
 * `rollcall import`, `export`, `demo`, `generate`.
 */
import { once } from 'node:events';
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import type { ImportReport } from '../../app/import.js';
import { importAudited } from '../../app/registry-transfer.js';
import { exportRegistry } from '../../app/export.js';
import { writeFileAtomically } from '../../app/atomic-file.js';
import { loadDemo } from '../../app/demo.js';
import { writeSyntheticRegistry } from '../../app/generate.js';
import { todayIso } from '../../app/context.js';
import { RollcallError } from '../../domain/errors.js';
import { publishedExposures } from '../../app/published.js';
import { printJson, type Io } from '../io.js';
import { printExposures } from './records.js';
import { withApp } from '../open.js';
import { API_OPTION_HELP, apiTarget, exportViaApi, importViaApi } from '../api-client.js';

type Format = 'json' | 'csv';

function parseFormat(value: string | undefined, file?: string): Format {
  const format = value ?? (file?.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv')
    throw new RollcallError('invalid-format', `--format must be json or csv; got "${format}".`);
  return format;
}

/** A progress bar on stderr for long runs, only when a person is watching. */
function progress(io: Io, label: string) {
  if (!io.interactive) return { update: (_d: number, _t: number) => {}, stop: () => {} };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

export function registerDataCommands(program: Command, io: Io): void {
  program
    .command('import <file>')
    .description('Import a registry file (JSON export format or CSV table); all or nothing')
    .option('--format <format>', 'json or csv (default: from the file name)')
    .option('--dry-run', 'check and report without changing anything')
    .option('--actor <name>', 'who imports (recorded in the history)', 'import')
    .option('--note <text>', 'why (recorded in the history)')
    .option('--json', 'machine-readable report')
    .option('--api <url>', `${API_OPTION_HELP}; the history then names the token's user, not --actor`)
    .action(
      async (
        file: string,
        opts: { format?: string; dryRun?: boolean; actor: string; note?: string; json?: boolean; api?: string },
        cmd: Command,
      ) => {
        const format = parseFormat(opts.format, file);
        if (opts.api) {
          const report = await importViaApi(apiTarget(opts.api), file, {
            format,
            dryRun: Boolean(opts.dryRun),
            note: opts.note,
          });
          return finishImport(io, report, [], Boolean(opts.json));
        }
        const bar = progress(io, 'import');
        // Audited like an import through the API: the entry commits with the import's writes.
        const report = await withApp(cmd, 'write', (ctx) =>
          importAudited(ctx, file, {
            format,
            dryRun: Boolean(opts.dryRun),
            actor: opts.actor,
            note: opts.note,
            onProgress: bar.update,
          }),
        ).finally(bar.stop);
        // Published digests that still show people the import made non-public (or deleted).
        const exposures =
          report.ok && !report.dryRun ? await withApp(cmd, 'read', (ctx) => publishedExposures(ctx)) : [];
        finishImport(io, report, exposures, Boolean(opts.json));
      },
    );

  program
    .command('export')
    .description('Export the registry as JSON (whole registry) or CSV (one row per person)')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--public', 'only what is public (as the open-data download)')
    .option('--api <url>', `${API_OPTION_HELP}; exports the internal registry and is audited there`)
    .action(async (opts: { format: string; out?: string; public?: boolean; api?: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      if (opts.api) return exportThroughApi(io, opts.api, format, opts);
      const audience = opts.public ? 'public' : 'staff';
      const file = opts.out;
      if (file) {
        // A temporary name renamed at the end (no partial file on failure), owner-only (0600).
        await withApp(cmd, 'read', (ctx) =>
          writeFileAtomically(file, (write) => exportRegistry(ctx, { format, audience }, write)),
        );
        io.err(`Exported to ${file}.`);
        return;
      }
      await withApp(cmd, 'read', (ctx) =>
        exportRegistry(ctx, { format, audience }, async (chunk) => {
          if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
        }),
      );
    });

  program
    .command('demo')
    .description(
      "Load the demo registry: the January 2024 digest as written, the editor's corrections, and synthetic people",
    )
    .option('--synthetic <n>', 'how many fictional people to add', '300')
    .option('--as-written', "stop before the editor's corrections (the checks then show the digest's contradictions)")
    .option('--json', 'machine-readable report')
    .action(async (opts: { synthetic: string; asWritten?: boolean; json?: boolean }, cmd: Command) => {
      const synthetic = Number(opts.synthetic);
      if (!Number.isInteger(synthetic) || synthetic < 0)
        throw new RollcallError('invalid-number', '--synthetic takes a whole number.');
      const report = await withApp(cmd, 'write', (ctx) =>
        loadDemo(ctx, {
          synthetic,
          asWritten: Boolean(opts.asWritten),
          today: todayIso(ctx),
          digests: !opts.asWritten,
          internal: true,
        }),
      );
      if (opts.json) return printJson(io, report);
      io.out(
        `Demo loaded: ${report.persons} persons (${report.synthetic} fictional), ${report.corrections} corrections as revisions.`,
      );
    });

  program
    .command('generate')
    .description('Write a synthetic (fictional) registry as a JSON import file')
    .requiredOption('--size <n>', 'number of people')
    .requiredOption('--out <file>', 'output file')
    .option('--seed <n>', 'random seed', '1')
    .action(async (opts: { size: string; out: string; seed: string }) => {
      const size = Number(opts.size);
      const seed = Number(opts.seed);
      if (!Number.isInteger(size) || size < 1)
        throw new RollcallError('invalid-number', '--size takes a whole number above 0.');
      await writeSyntheticRegistry(opts.out, { size, seed });
      io.err(`Wrote ${size} fictional people to ${opts.out}.`);
    });
}

/** Prints the report (and published digests the import exposed); a rejected import fails the command. */
function finishImport(
  io: Io,
  report: ImportReport,
  exposures: Awaited<ReturnType<typeof publishedExposures>>,
  json: boolean,
) {
  if (json) printJson(io, exposures.length > 0 ? { ...report, publishedExposures: exposures } : report);
  else printImportReport(io, report);
  if (!json && exposures.length > 0) {
    io.err(
      `warning [published-exposure]: ${exposures.length} published digest(s) still show people who are no ` +
        'longer public (withheld from the public pages and feeds until republished):',
    );
    printExposures({ ...io, out: io.err }, exposures);
  }
  if (!report.ok)
    throw new RollcallError('import-rejected', `Nothing was imported: ${report.problems.length} problem(s) found.`);
}

/** `export --api`: the server's internal export to --out (whole or not at all) or stdout. */
async function exportThroughApi(io: Io, api: string, format: Format, opts: { out?: string; public?: boolean }) {
  if (opts.public) {
    throw new RollcallError('invalid-input', '--public and --api do not go together: download /data/registry.json.');
  }
  const target = apiTarget(api);
  const file = opts.out;
  if (file) {
    await writeFileAtomically(file, (write) => exportViaApi(target, format, write));
    io.err(`Exported to ${file}.`);
    return;
  }
  await exportViaApi(target, format, async (chunk) => {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  });
}

export function printImportReport(io: Io, r: ImportReport): void {
  const c = r.counts;
  io.out(
    `${r.dryRun ? 'Dry run: would import' : r.ok ? 'Imported' : 'Rejected'} (${r.format}, ${Math.round(r.durationMs)} ms)`,
  );
  io.out(`  persons:    ${c.persons.created} new, ${c.persons.updated} changed, ${c.persons.unchanged} unchanged`);
  io.out(
    `  facilities: ${c.facilities.created} new, ${c.facilities.updated} changed, ${c.facilities.unchanged} unchanged`,
  );
  io.out(`  sources:    ${c.sources.created} new, ${c.sources.updated} changed, ${c.sources.unchanged} unchanged`);
  // A server before format version 3 sends no court counts.
  if (c.courts)
    io.out(`  courts:     ${c.courts.created} new, ${c.courts.updated} changed, ${c.courts.unchanged} unchanged`);
  for (const note of r.notes) io.out(`  note: ${note}`);
  for (const p of r.problems.slice(0, 50)) {
    const where = [p.row !== undefined ? `record ${p.row}` : '', p.id ?? '', p.field ?? ''].filter(Boolean).join(', ');
    io.err(`  problem [${p.code}] ${where ? `${where}: ` : ''}${p.message}`);
  }
  if (r.problems.length > 50) io.err(`  … and ${r.problems.length - 50} more problems (use --json for all).`);
}
