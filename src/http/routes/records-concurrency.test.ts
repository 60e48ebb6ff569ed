/**
 * A randomized concurrency test through the HTTP write API: 20 clients write 5,000
 * times over 200 records, each write naming the revision it was based on
 * (`If-Match`), half of them from a copy the client read a while ago. Afterwards
 * every acknowledged write is in the record's history, directly after the revision
 * it named (no lost update), every refused one got 409, and nothing else was
 * written. The counts are printed for the note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { createHttpApp } from '../app.js';

const CLIENTS = 20;
const RECORDS = 200;
const WRITES = 5000;

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

const headers = (extra: Record<string, string> = {}) => ({
  ...asRole('editor'),
  'content-type': 'application/json',
  ...extra,
});
const record = (family: string) => ({ names: [{ family, given: 'Test', system: 'latn' }] });
const revOf = (etag: string | null) => Number(/^"r(\d+)"$/.exec(etag ?? '')?.[1] ?? NaN);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

interface Ack {
  id: string;
  revisionId: number;
  basedOn: number;
  family: string;
}

describe('concurrent writes through the API', () => {
  it('keeps every acknowledged write, refuses stale ones with 409, loses nothing', { timeout: 300_000 }, async () => {
    const ids: string[] = [];
    for (let i = 0; i < RECORDS; i += 1) {
      const res = await app.request('/api/v1/records/persons', {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({ record: record(`Start${i}`), note: 'seed' }),
      });
      ids.push(((await res.json()) as { id: string }).id);
    }
    const acks: Ack[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const client = async (n: number) => {
      const rand = random(n + 1);
      const known = new Map<string, string>();
      while (next < WRITES) {
        const write = next++;
        const id = ids[Math.floor(rand() * RECORDS)] ?? '';
        let etag = known.get(id);
        if (etag === undefined || rand() < 0.5) {
          etag = (await app.request(`/api/v1/records/persons/${id}`, { headers: headers() })).headers.get('etag') ?? '';
        }
        const family = `C${n}W${write}`;
        const res = await app.request(`/api/v1/records/persons/${id}`, {
          method: 'PUT',
          headers: headers({ 'if-match': etag }),
          body: JSON.stringify({ record: record(family), note: `client ${n}` }),
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const body = (await res.json()) as {
          revisionId?: number;
          error?: { details?: { current?: { etag: string } } };
        };
        if (res.status === 200) {
          acks.push({ id, revisionId: body.revisionId ?? NaN, basedOn: revOf(etag), family });
          known.set(id, res.headers.get('etag') ?? '');
        } else if (res.status === 409) {
          known.set(id, body.error?.details?.current?.etag ?? '');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

    const ok = statuses.get(200) ?? 0;
    const stale = statuses.get(409) ?? 0;
    console.log(
      `concurrency: ${WRITES} writes by ${CLIENTS} clients over ${RECORDS} records: ${ok} acknowledged, ${stale} refused with 409`,
    );
    expect(ok + stale).toBe(WRITES);
    expect(ok).toBeGreaterThan(0);
    expect(stale).toBeGreaterThan(0);

    const byRecord = new Map<string, Ack[]>();
    for (const a of acks) byRecord.set(a.id, [...(byRecord.get(a.id) ?? []), a]);
    for (const id of ids) {
      const res = await app.request(`/api/v1/records/persons/${id}/history`, { headers: headers() });
      const { revisions } = (await res.json()) as { revisions: Array<{ revisionId: number; seq: number }> };
      const mine = byRecord.get(id) ?? [];
      // The creation plus exactly the acknowledged writes: nothing else was written.
      expect(revisions.length).toBe(1 + mine.length);
      const order = [...revisions].sort((a, b) => a.seq - b.seq).map((r) => r.revisionId);
      for (const a of mine) {
        const at = order.indexOf(a.revisionId);
        expect(at, `write ${a.family} is in the history`).toBeGreaterThan(0);
        expect(order[at - 1], `write ${a.family} follows the revision it named`).toBe(a.basedOn);
      }
      const current = (await (await app.request(`/api/v1/records/persons/${id}`, { headers: headers() })).json()) as {
        record: { names: Array<{ family: string }> };
      };
      const last = mine.find((a) => a.revisionId === order[order.length - 1]);
      expect(current.record.names[0]?.family).toBe(last?.family ?? expect.stringMatching(/^Start/));
    }
  });
});
