/**
 * `rollcall serve`: the HTTP server (JSON API; pages in a later issue).
 */
import type { Command } from 'commander';
import { loadDemo } from '../../app/demo.js';
import { todayIso } from '../../app/context.js';
import { LANGS } from '../../domain/record.js';
import { RollcallError } from '../../domain/errors.js';
import type { Io } from '../io.js';
import type { AppContext } from '../../app/context.js';
import type { RunningTelegram } from '../../tipline/telegram/start.js';
import { dbPathFrom, openApp } from '../open.js';
import { purgeClosedTips, retentionDaysFromEnv } from '../../app/tips/retention.js';
import { scheduleTipRetention } from '../retention-schedule.js';

export function registerServeCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description('Serve the public site, the JSON API, the staff workspace and the tip line')
    .option('--port <port>', 'TCP port (env PORT)', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? '127.0.0.1')
    .option('--demo', 'load the demo registry first when the database is empty')
    .action(async (opts: { port: string; host: string; demo?: boolean }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new RollcallError('invalid-port', `Not a TCP port: "${opts.port}".`);
      const retentionDays = retentionDaysFromEnv(process.env); // a bad value stops the start, not a later run
      const dbPath = dbPathFrom(cmd);
      const ctx = await openApp(dbPath);
      if (opts.demo && (await ctx.store.read((r) => r.persons.count({ audience: 'staff' }))) === 0) {
        // Generated as of today, with digests published: a fresh start looks like a living registry.
        const report = await loadDemo(ctx, { synthetic: 300, today: todayIso(ctx), digests: true, internal: true });
        io.out(`Loaded the demo registry (${report.persons} persons) into ${dbPath}.`);
      }
      // Loaded here, not with the CLI: other commands need not load the server and the site.
      const [{ serve }, { createHttpApp }, { rateLimitFromEnv }, { proofOfWorkFromEnv }] = await Promise.all([
        import('@hono/node-server'),
        import('../../http/app.js'),
        import('../../http/rate-limit.js'),
        import('../../http/proof-of-work.js'),
      ]);
      const rateLimit = rateLimitFromEnv(process.env);
      const proofOfWork = proofOfWorkFromEnv(process.env);
      // An error escaping a request is logged (without client data) and the server keeps serving.
      const { keepServing } = await import('../../http/process-guard.js');
      const unguard = keepServing();
      const behindTls = /^(1|true|yes)$/i.test(process.env.ROLLCALL_TLS ?? '');
      const telegram = await startTipLineBot(ctx, io);
      const app = createHttpApp(ctx, { behindTls, rateLimit, proofOfWork, telegramWebhook: telegram?.webhook ?? null });
      // Builds the read model before the first reader comes (ROLLCALL_WARM=0 skips it).
      if (process.env.ROLLCALL_WARM !== '0') {
        const { warmUp } = await import('../../http/warm-up.js');
        const report = await warmUp(createHttpApp(ctx));
        const failed = report.failed.length > 0 ? ` (not answered: ${report.failed.join(', ')})` : '';
        io.out(`Read model ready: ${report.paths.length} pages in ${(report.ms / 1000).toFixed(1)} s${failed}.`);
        const [{ warmStaff }, { staffPageOrder }] = await Promise.all([
          import('../../app/warm-staff.js'),
          import('../../http/routes/staff-records.js'),
        ]);
        const staff = await warmStaff(ctx, LANGS.map(staffPageOrder));
        const notBuilt = staff.failed.length > 0 ? ` (not built: ${staff.failed.join(', ')})` : '';
        io.out(`Staff desk ready in ${(staff.ms / 1000).toFixed(1)} s${notBuilt}.`);
      }
      const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
        io.out(
          `Rollcall is serving ${dbPath} at http://${opts.host}:${info.port}/ (API at /api/v1/). Ctrl+C stops it.`,
        );
      });
      // Closed tips past retention are deleted shortly after start and then daily (README, "Tip line").
      const retention = scheduleTipRetention(
        () => purgeClosedTips(ctx, { days: retentionDays, actor: 'retention' }),
        (line) => io.out(line),
      );
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await retention.stop();
      await telegram?.stop();
      unguard();
      await ctx.store.close();
    });
}

/** The tip line's Telegram bot when ROLLCALL_TELEGRAM_TOKEN is set (README, "Tip line"); null otherwise. */
async function startTipLineBot(ctx: AppContext, io: Io): Promise<RunningTelegram | null> {
  const { telegramConfigFromEnv } = await import('../../tipline/telegram/config.js');
  const config = telegramConfigFromEnv(process.env);
  if (config === null) return null;
  const { tipDeskFor } = await import('../../tipline/telegram/desk.js');
  const desk = tipDeskFor(ctx);
  const { startTelegram } = await import('../../tipline/telegram/start.js');
  const { notifyConfigFromEnv } = await import('../../tipline/telegram/notify.js');
  const { openTipCounts } = await import('../../app/tips/triage.js');
  const notifyConfig = notifyConfigFromEnv(process.env);
  const notify = notifyConfig && { config: notifyConfig, waiting: async () => (await openTipCounts(ctx)).new };
  const running = startTelegram(config, desk, (line) => io.err(line), undefined, notify);
  if (notify) io.out(`New tips are counted to the reviewers' chat every ${notify.config.everyMs / 3_600_000} h.`);
  io.out(
    `The tip line's Telegram bot takes updates by ${config.mode === 'webhook' ? 'webhook at /telegram/webhook' : 'long polling'}.`,
  );
  return running;
}
