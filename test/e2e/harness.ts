/**
 * What every browser test starts with: Debian's chromium (or CHROMIUM_PATH), headless with
 * the flags this closed network needs, and an app served on a random loopback port.
 *
 * @example
 * const browser = await launchChromium();
 * const { base, close } = await listen(createHttpApp(ctx).fetch);
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium, or a clear error: the browser tests do not skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package ("apt-get install chromium", as .ci/run does) ` +
        'or point CHROMIUM_PATH at a chromium binary. The browser tests do not skip.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Listening {
  /** e.g. `http://127.0.0.1:43210` */
  base: string;
  close(): Promise<void>;
}

/** Serves `fetch` on a random port of `hostname` until `close()`. */
export async function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  hostname = '127.0.0.1',
): Promise<Listening> {
  const server = serve({ fetch, port: 0, hostname });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  return {
    base: `http://${hostname}:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
