/**
 * The write benchmark's load generator, in a child process of its own (as `http-load.ts`
 * is for reads): `clients` concurrent API clients, each owning its share of the records,
 * replace a record through `PUT /api/v1/records/persons/:id` with the ETag it holds in
 * `If-Match`, as a script or the staff pages would. Each write changes the person's
 * occupation, so it is a real change (a revision, an audit entry, the public page).
 * Reports latencies and answers over IPC.
 *
 * Input (argv[2], JSON): `{ url, token, ids, clients, seconds, perClientRate? }`;
 * `perClientRate` paces each client (writes per second), else each writes again as soon as
 * answered.
 */
export interface WriteLoadInput {
  url: string;
  token: string;
  ids: string[];
  clients: number;
  seconds: number;
  perClientRate?: number;
}

export interface WriteLoadResult {
  writes: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers other than 200, by status. */
  refused: Record<string, number>;
  /** The records' ids, each with the writes acknowledged on it. */
  acknowledged: Record<string, number>;
}

interface Held {
  etag: string;
  record: Record<string, unknown>;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as WriteLoadInput;
  const auth = { authorization: `Bearer ${input.token}` };
  const latencies: number[] = [];
  const refused: Record<string, number> = {};
  const acknowledged: Record<string, number> = {};
  const held = new Map<string, Held>();
  for (const id of input.ids) held.set(id, await current(input.url, id, auth));
  const started = performance.now();
  const until = started + input.seconds * 1000;
  let serial = 0;
  const client = async (n: number) => {
    const mine = input.ids.filter((_, i) => i % input.clients === n);
    const gap = input.perClientRate ? 1000 / input.perClientRate : 0;
    let due = performance.now() + Math.random() * gap;
    for (let i = 0; performance.now() < until; i++) {
      if (gap) {
        await sleep(Math.max(0, due - performance.now()));
        due += gap;
      }
      const id = mine[i % mine.length]!;
      const state = held.get(id)!;
      const record = { ...state.record, occupation: { en: `Benchmark write ${++serial}` } };
      const t0 = performance.now();
      const res = await fetch(`${input.url}/api/v1/records/persons/${id}`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json', 'if-match': state.etag },
        body: JSON.stringify({ record, note: 'benchmark' }),
      });
      const body = (await res.json()) as { record?: Record<string, unknown> };
      latencies.push(performance.now() - t0);
      if (res.status === 200 && body.record) {
        held.set(id, { etag: res.headers.get('etag') ?? '', record: body.record });
        acknowledged[id] = (acknowledged[id] ?? 0) + 1;
      } else {
        refused[res.status] = (refused[res.status] ?? 0) + 1;
        held.set(id, await current(input.url, id, auth));
      }
    }
  };
  await Promise.all(Array.from({ length: input.clients }, (_, n) => client(n)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  const out: WriteLoadResult = {
    writes: latencies.length,
    perSecond: round(latencies.length / elapsed),
    p50: at(0.5),
    p99: at(0.99),
    max: round(latencies.at(-1) ?? 0),
    refused,
    acknowledged,
  };
  process.send?.(out);
}

async function current(url: string, id: string, auth: Record<string, string>): Promise<Held> {
  const res = await fetch(`${url}/api/v1/records/persons/${id}`, { headers: auth });
  if (res.status !== 200) throw new Error(`GET ${id} answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { record: Record<string, unknown> };
  return { etag: res.headers.get('etag') ?? '', record: body.record };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number) => Math.round(n * 10) / 10;

await main();
