import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { describeError, keepServing } from './process-guard.js';

describe('keepServing', () => {
  it('keeps the process up when a stream error nobody listens to escapes, and logs it without client data', async () => {
    const lines: string[] = [];
    const listeners = process.listenerCount('uncaughtException');
    const stop = keepServing((line) => lines.push(line));
    try {
      // What an unhandled stream error is: an 'error' event with no listener, thrown from a later tick.
      const stream = new EventEmitter();
      const secret = new Error('GET /data/registry.json?token=client-secret failed') as NodeJS.ErrnoException;
      secret.code = 'ERR_STREAM_PREMATURE_CLOSE';
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          try {
            stream.emit('error', secret);
          } catch (error) {
            process.emit('uncaughtException', error as Error);
          }
          resolve();
        }),
      );
      process.emit('unhandledRejection', new TypeError('bad ?q=client-query'), Promise.resolve());
    } finally {
      stop();
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Error [ERR_STREAM_PREMATURE_CLOSE]');
    expect(lines[1]).toContain('TypeError');
    expect(lines.join('\n')).not.toContain('client-');
    expect(process.listenerCount('uncaughtException')).toBe(listeners);
  });

  it('describes values that are not errors', () => {
    expect(describeError('text')).toBe('non-error value (string)');
  });
});
