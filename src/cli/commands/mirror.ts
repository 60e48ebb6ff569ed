/**
 * `rollcall mirror OUTDIR`: writes the public site as static files (HTML, CSS, SVG, CSV)
 * that any static host or a USB stick can serve; links work from a plain directory.
 */
import type { Command } from 'commander';
import type { SiteFetcher } from '../../web/mirror.js';
import type { AppContext } from '../../app/context.js';
import type { Io } from '../io.js';
import { dbPathFrom, openApp } from '../open.js';

export interface MirrorCommandOptions {
  /** Builds the mirror-mode app to crawl (e.g. with digests and downloads mounted); default the site pages. */
  app?: (ctx: AppContext) => SiteFetcher | Promise<SiteFetcher>;
}

/**
 * Registers `mirror`.
 * @example registerMirrorCommand(program, io) // rollcall --db x.sqlite mirror ./site
 */
export function registerMirrorCommand(program: Command, io: Io, options: MirrorCommandOptions = {}): void {
  program
    .command('mirror')
    .description('Write the whole public site as static files into OUTDIR (for any static host or a USB stick)')
    .argument(
      '<outdir>',
      'folder to write into: empty, or an earlier mirror (its files no longer on the site are removed)',
    )
    .option('--force', 'write into a folder that is not empty and was not written by a mirror (deletes nothing)')
    .option('--json', 'print the report as JSON')
    .action(async (outDir: string, opts: { force?: boolean; json?: boolean }, cmd: Command) => {
      // Loaded here, not with the CLI: other commands need not load the site.
      const { writeMirror } = await import('../../web/mirror.js');
      const ctx = await openApp(dbPathFrom(cmd), 'read');
      try {
        const report = await writeMirror(ctx, outDir, {
          force: opts.force ?? false,
          ...(options.app ? { app: await options.app(ctx) } : {}),
          onFile: (n) => {
            if (io.interactive && n % 500 === 0) io.err(`${n} files…`);
          },
        });
        if (opts.json) {
          io.out(JSON.stringify(report, null, 2));
        } else {
          const mb = (report.bytes / 1_048_576).toFixed(1);
          io.out(
            `Wrote ${report.files} files (${report.pages} pages, ${mb} MB) to ${outDir} in ${(report.ms / 1000).toFixed(1)} s.`,
          );
          if (report.removed.length > 0) {
            io.out(
              `Removed ${report.removed.length} file(s) of the earlier mirror that are no longer public (e.g. ${report.removed[0]}).`,
            );
          }
          if (report.missing.length > 0) {
            io.err(
              `${report.missing.length} linked paths were not served (e.g. ${report.missing[0]!.path}); their links will not work offline.`,
            );
          }
          io.out(`Open ${outDir}/index.html in a browser, or serve the folder with any static web server.`);
        }
      } finally {
        await ctx.store.close();
      }
    });
}
