/**
 * `rollcall digest …`: draft, list, show, edit, publish and export monthly digests.
 *
 * @example
 * rollcall digest releases --month 2024-01 --lang en --save
 * rollcall digest publish d-releases-2024-01-en --acknowledge-warnings
 * rollcall digest export d-releases-2024-01-en --format md --lang be
 * rollcall digest republish d-releases-2024-01-en d-releases-2024-01-be --note "p-x made internal"
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { draftDigest, editDigest, exportDigest, getDigest, listDigests, publishDigest } from '../../app/digests.js';
import { republishDigest, type RepublishResult } from '../../app/digest-republish.js';
import { AppError } from '../../app/context.js';
import { digestMarkdown, type Digest, type DigestKind } from '../../domain/digest/index.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { printJson, table, type Io } from '../io.js';
import { withApp } from '../open.js';

function actor(): string {
  return process.env.ROLLCALL_ACTOR ?? process.env.USER ?? 'cli';
}

function parseLang(value: string | undefined, fallback: Lang = 'en'): Lang {
  const lang = value ?? fallback;
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new AppError('invalid-language', `--lang must be one of ${LANGS.join(', ')}; got "${lang}".`);
  }
  return lang as Lang;
}

/** The same digest in another language: `d-releases-2024-01-en` -> `d-releases-2024-01-be`. */
function inLang(id: string, lang: string | undefined): string {
  if (lang === undefined) return id;
  return id.replace(/-(be|ru|en)$/, `-${parseLang(lang)}`);
}

function printWarnings(io: Io, digest: Digest): void {
  if (digest.warnings.length === 0) return io.out('No warnings.');
  io.out(`${digest.warnings.length} warning(s) to resolve or acknowledge before publishing:`);
  for (const w of digest.warnings) io.out(`  [${w.severity}] ${w.personId ?? ''} ${w.code}: ${w.message}`);
}

function printChanges(io: Io, digest: Digest): void {
  if (digest.changes.length === 0) return;
  io.out(`Regenerated: ${digest.changes.length} change(s):`);
  for (const c of digest.changes) io.out(`  [${c.kind}] ${c.field}${c.personId ? ` ${c.personId}` : ''}: ${c.message}`);
}

function registerDraft(program: Command, io: Io, kind: DigestKind, description: string): void {
  program
    .command(kind)
    .description(description)
    .requiredOption('--month <month>', 'YYYY-MM')
    .option('--lang <lang>', 'be, ru or en', 'en')
    .option('--save', 'store the draft (or regenerate the stored one, keeping edits)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { month: string; lang: string; save?: boolean; json?: boolean }, cmd: Command) => {
      const req = { kind, month: opts.month, lang: parseLang(opts.lang) };
      const result = await withApp(cmd, opts.save ? 'write' : 'read', (ctx) =>
        draftDigest(ctx, req, opts.save ? { actor: actor() } : undefined),
      );
      if (opts.json) return printJson(io, result.digest);
      io.out(digestMarkdown(result.digest));
      printChanges(io, result.digest);
      printWarnings(io, result.digest);
      if (result.saved) io.out(`Saved as ${result.digest.id} (${result.digest.status}).`);
    });
}

/** Registers `rollcall digest …` on the program. */
export function registerDigestCommands(program: Command, io: Io): void {
  const digest = program.command('digest').description('Monthly digests: draft, edit, publish, export');
  registerDraft(digest, io, 'releases', 'Draft the monthly digest of political prisoners released');
  registerDraft(digest, io, 'convictions', 'Draft the monthly digest of convictions');
  registerDraft(digest, io, 'recognitions', 'Draft the monthly digest of newly recognised political prisoners');

  digest
    .command('list')
    .description('Stored digests, newest month first')
    .option('--status <status>', 'draft, edited or published')
    .option('--lang <lang>', 'be, ru or en')
    .option('--json', 'machine-readable output')
    .action(async (opts: { status?: string; lang?: string; json?: boolean }, cmd: Command) => {
      const query = {
        status: opts.status as 'draft' | undefined,
        lang: opts.lang === undefined ? undefined : parseLang(opts.lang),
      };
      const rows = await withApp(cmd, 'read', (ctx) => listDigests(ctx, query));
      if (opts.json) return printJson(io, rows);
      io.out(
        table([
          ['id', 'status', 'published', 'title'],
          ...rows.map((r) => [r.id, r.status, r.publishedAt ?? '', r.title]),
        ]),
      );
    });

  digest
    .command('show <id>')
    .description('A stored digest as Markdown, with its warnings')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const d = await withApp(cmd, 'read', (ctx) => getDigest(ctx, id));
      if (opts.json) return printJson(io, d);
      io.out(digestMarkdown(d));
      io.out(`Status: ${d.status}${d.publishedAt ? ` (published ${d.publishedAt})` : ''}`);
      printChanges(io, d);
      printWarnings(io, d);
    });

  digest
    .command('edit <id>')
    .description(
      'Apply an edit from a JSON file: {"opening"?: {title, paragraphs}, "entries"?: [{personId, heading, paragraphs}]}',
    )
    .requiredOption(
      '--file <path>',
      'JSON file with the edit (entries in their new order; left-out entries are dropped)',
    )
    .option('--note <text>', 'why, for the history')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { file: string; note?: string; json?: boolean }, cmd: Command) => {
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(opts.file, 'utf8'));
      } catch (error) {
        throw new AppError('invalid-file', `Cannot read JSON from ${opts.file}: ${(error as Error).message}`);
      }
      const d = await withApp(cmd, 'write', (ctx) => editDigest(ctx, id, input, { actor: actor(), note: opts.note }));
      if (opts.json) return printJson(io, d);
      io.out(`Edited ${d.id}: ${d.entries.length} entries (${d.status}).`);
      printWarnings(io, d);
    });

  digest
    .command('publish <id>')
    .description('Publish a digest after the checks; open warnings need --acknowledge-warnings')
    .option('--acknowledge-warnings', 'publish although warnings are open (recorded in the digest)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { acknowledgeWarnings?: boolean; json?: boolean }, cmd: Command) => {
      const d = await withApp(cmd, 'write', (ctx) =>
        publishDigest(ctx, id, { acknowledgeWarnings: Boolean(opts.acknowledgeWarnings) }, { actor: actor() }),
      );
      if (opts.json) return printJson(io, d);
      io.out(`Published ${d.id} at ${d.publishedAt}.`);
      if (d.acknowledged) io.out(`${d.acknowledged.warnings} warning(s) acknowledged by ${d.acknowledged.by}.`);
    });

  digest
    .command('republish <ids...>')
    .description(
      'Publish a published digest again, regenerated without what is no longer public (people made internal or ' +
        'deleted); the earlier version stays in the history',
    )
    .requiredOption('--note <text>', 'why (history and audit log; not shown to the public)')
    .option('--json', 'machine-readable output')
    .action(async (ids: string[], opts: { note: string; json?: boolean }, cmd: Command) => {
      const results: RepublishResult[] = [];
      await withApp(cmd, 'write', async (ctx) => {
        for (const id of ids) results.push(await republishDigest(ctx, id, { actor: actor(), note: opts.note }));
      });
      if (opts.json) return printJson(io, results);
      for (const { digest: d, removed, regenerated } of results) {
        io.out(
          `Republished ${d.id} at ${d.republishedAt}: ${d.entries.length} entries, ${removed.length} removed` +
            `${removed.length > 0 ? ` (${removed.join(', ')})` : ''}, ${regenerated.length} regenerated.`,
        );
        printChanges(io, d);
      }
      io.out('Mirror again into every mirror folder (rollcall mirror DIR) so the static copies follow.');
    });

  digest
    .command('export <id>')
    .description('Export a digest as Markdown or HTML')
    .option('--format <format>', 'md or html', 'md')
    .option('--lang <lang>', 'the same digest in another language (be, ru, en)')
    .action(async (id: string, opts: { format: string; lang?: string }, cmd: Command) => {
      const text = await withApp(cmd, 'read', (ctx) => exportDigest(ctx, inLang(id, opts.lang), opts.format as 'md'));
      io.out(text);
    });
}
