/**
 * The load generator of the HTTP benchmark, run in a child process so that it
 * does not share the server's event loop: autocannon against one base URL,
 * cycling through the given paths. Reports its summary over IPC.
 *
 * Input (argv[2], JSON): `{ url, paths, connections, seconds }`, and for POSTs (the tip
 * benchmark) `method`, `body`, `headers`; `overallRate` paces the requests (per second,
 * over all connections) instead of sending the next as soon as an answer comes.
 */
import autocannon from 'autocannon';

export interface LoadInput {
  url: string;
  paths: string[];
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  overallRate?: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** The slowest request, ms. */
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as LoadInput;
  let next = 0;
  const result = await autocannon({
    url: input.url,
    connections: input.connections,
    duration: input.seconds,
    ...(input.overallRate ? { overallRate: input.overallRate } : {}),
    requests: [
      {
        method: input.method ?? 'GET',
        ...(input.headers ? { headers: input.headers } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        setupRequest: (req) => ({ ...req, path: input.paths[next++ % input.paths.length]! }),
      },
    ],
  });
  const out: LoadResult = {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  process.send?.(out);
}

await main();
