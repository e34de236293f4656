// `arr-rules serve` under load (autocannon on loopback), beside a floor server in the same run: requests/s and
// p50/p99 latency for eligibility and plan at 10 and 100 connections, and the service's RSS over a 60-second run.
// The request bodies are the varied data of bench/data.mjs (≈ 4 % invalid, half of them asking for English).
// Run alone: `node bench/http.mjs` (after a build); `npm run bench` runs it with the rest.
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { isWorkingDay } from '../dist/index.js';
import { eligibilityInput, seeded, stayInput } from './data.mjs';

const QUICK = process.env.BENCH_QUICK === '1';
// Each cell is ROUNDS rounds of SECONDS on the floor and SECONDS on the service, back to back (each first in turn), so
// that a slow spell of the shared machine falls on both: the share is the median of the rounds' own shares.
const ROUNDS = QUICK ? 1 : 5;
const SECONDS = QUICK ? 2 : 3;
const SOAK_SECONDS = QUICK ? 10 : 60;
const DISTINCT = 500;
// A new connection every 500 requests, as an HTTP client does when the service says \`Connection: close\` (it does
// after 1 000 requests on a socket; autocannon would go on sending on it and count 503s).
const RECONNECT = 500;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function start(args, nodeFlags = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, ...args(port)], { stdio: ['ignore', openSync('/dev/null', 'w'), 'inherit'] });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/isready`)).ok) return { port, child };
    } catch {}
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`the server on port ${port} did not start`);
}

const stop = (child) =>
  new Promise((resolve) => {
    child.once('close', resolve);
    child.kill('SIGTERM');
  });

const rssMiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

function requestsFor() {
  const rand = seeded(7);
  const starts = [];
  for (let d = Date.UTC(2027, 0, 1); d < Date.UTC(2029, 0, 1); d += 86_400_000) {
    const iso = new Date(d).toISOString().slice(0, 10);
    if (isWorkingDay(iso)) starts.push(iso);
  }
  const make = (route, body) => ({
    method: 'POST',
    path: `/v1/${route}${rand() < 0.5 ? '?locale=en' : ''}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    assess: Array.from({ length: DISTINCT }, () => make('assess', eligibilityInput(rand).input)),
    plan: Array.from({ length: DISTINCT }, () => make('plan', stayInput(rand, starts))),
  };
}

/** Socket errors, timeouts and every answer but 200 and 400 (the invalid bodies' expected answer): a 500 or a 503 counts. */
const failures = (r) =>
  r.errors +
  r.timeouts +
  Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => code !== '200' && code !== '400')
    .reduce((sum, [, s]) => sum + s.count, 0);

function load(port, requests, connections, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `http://127.0.0.1:${port}`, connections, duration, requests, reconnectRate: RECONNECT }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

export async function httpBench() {
  const sets = requestsFor();
  const lib = await start((port) => ['dist/cli.js', 'serve', '--port', String(port)]);
  // The floor answers with the library's average answer size on each route, measured on the same requests.
  const sizes = {};
  const statuses = {};
  for (const [route, requests] of Object.entries(sets)) {
    let bytes = 0;
    for (const r of requests) {
      const res = await fetch(`http://127.0.0.1:${lib.port}${r.path}`, { method: 'POST', headers: r.headers, body: r.body });
      bytes += (await res.arrayBuffer()).byteLength;
      statuses[`${route} ${res.status}`] = (statuses[`${route} ${res.status}`] ?? 0) + 1;
    }
    sizes[`/v1/${route}`] = Math.round(bytes / requests.length);
  }
  const floor = await start((port) => ['bench/floor-server.mjs', String(port), JSON.stringify(sizes)]);
  const rows = [];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const route of ['assess', 'plan']) {
    for (const connections of [10, 100]) {
      const runs = { floor: [], library: [] };
      for (const server of [floor, lib]) await load(server.port, sets[route], connections, 1); // warm-up
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? ['floor', 'library'] : ['library', 'floor'];
        for (const name of order) {
          const r = await load((name === 'floor' ? floor : lib).port, sets[route], connections, SECONDS);
          runs[name].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: failures(r) });
        }
      }
      const cell = (xs) => ({
        rps: median(xs.map((x) => x.rps)),
        p50: median(xs.map((x) => x.p50)),
        p99: median(xs.map((x) => x.p99)),
        errors: xs.reduce((sum, x) => sum + x.errors, 0),
      });
      const shares = runs.library.map((x, i) => x.rps / runs.floor[i].rps);
      rows.push({ route, connections, floor: cell(runs.floor), library: cell(runs.library), share: median(shares), shares });
    }
  }
  await stop(floor.child);

  // The soak: both routes at 100 connections for a minute, RSS sampled each second; then the same with V8's own growth
  // of the young generation, which shows what the service's setting of it saves.
  const soak = async (server) => {
    const samples = [];
    const timer = setInterval(() => samples.push(rssMiB(server.child.pid)), 1000);
    const r = await load(server.port, [...sets.assess, ...sets.plan], 100, SOAK_SECONDS);
    clearInterval(timer);
    await stop(server.child);
    return { samples, total: r.requests.total, rps: r.requests.average, p99: r.latency.p99, errors: failures(r) };
  };
  // Each soak starts a fresh service, so the two rows begin alike.
  await stop(lib.child);
  const free = await soak(await start((port) => ['dist/cli.js', 'serve', '--port', String(port)]));
  const grown = await soak(await start((port) => ['dist/cli.js', 'serve', '--port', String(port)], [V8_DEFAULT_GROWTH]));
  return { rows, sizes, statuses, soaks: [free, grown] };
}

/** V8's own growth of the young generation, which the service leaves as set: the second soak, what its own setting saves. */
const V8_DEFAULT_GROWTH = '--semi-space-growth-factor=2';

/** The section of docs/benchmarks.md. */
export function httpMarkdown({ rows, sizes, statuses, soaks }, ok) {
  const n = (x) => Math.round(x).toLocaleString('en');
  const pct = (x) => `${(x * 100).toFixed(0)} %`;
  const lines = rows.map((r) => {
    const spread = `${pct(Math.min(...r.shares))}–${pct(Math.max(...r.shares))}`;
    return `| ${r.route} | ${r.connections} | ${n(r.floor.rps)} | ${r.floor.p50} / ${r.floor.p99} ms | ${n(r.library.rps)} | ${r.library.p50} / ${r.library.p99} ms | ${pct(r.share)} ${ok(r.share >= 0.5)} | ${spread} |${r.connections === 100 ? ` ${ok(r.library.p99 <= 20)}` : ' –'} | ${r.library.errors} |`;
  });
  const soakRow = (label, s) => {
    const at10 = s.samples[Math.min(9, s.samples.length - 1)];
    const last = s.samples.at(-1);
    const growth = last / at10;
    return `| ${label} | ${n(s.total)} | ${n(s.rps)} | ${s.p99} ms | ${s.errors} | ${at10.toFixed(0)} MiB | ${last.toFixed(0)} MiB | ${Math.max(...s.samples).toFixed(0)} MiB | ×${growth.toFixed(2)} ${ok(growth <= 1.1)} |`;
  };
  return `## HTTP service (\`arr-rules serve\`)

autocannon on loopback; the load generator shares the machine's cores with the server. Each cell is ${ROUNDS} rounds after a 1 s
warm-up of each server: ${SECONDS} s on the floor and ${SECONDS} s on the service, back to back, each first in turn, so that a slow
spell of the machine falls on both. Requests/s and latencies are the medians of the rounds, the share the median of the
rounds' own shares (their range beside it); "failed" is the sum over the rounds.
Bodies: ${DISTINCT} distinct requests per route from the varied data (half of them \`?locale=en\`; of the eligibility bodies
${statuses['assess 400'] ?? 0} of ${DISTINCT} are invalid and answered 400 with their issues). A client opens a new connection every ${RECONNECT}
requests, as one does when the service says \`Connection: close\` (after 1 000 requests on a socket). The floor is node:http
that reads the body, \`JSON.parse\`s it and writes a fixed answer of the library's average size on that route
(${Object.entries(sizes)
    .map(([k, v]) => `${k} ${n(v)} bytes`)
    .join(', ')}): it computes nothing, so the share of it is what the rules, their explanation and the service's own
checks cost. "Failed" counts socket errors, timeouts and every answer but 200 and 400 (a 500 or a 503 would show there).

| route | connections | floor req/s | floor p50 / p99 | service req/s | service p50 / p99 | share of floor (≥ 50 %) | rounds' shares | p99 ≤ 20 ms | failed |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: |
${lines.join('\n')}

Memory over ${SOAK_SECONDS}-second runs at 100 connections, both routes, RSS sampled every second (flat: ≤ ×1.10 from 10 s to the end):

| service | requests | req/s | p99 | failed | RSS at 10 s | at the end | at the most | growth |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${soakRow('as started', soaks[0])}
${soakRow(`with V8's own growth (\`${V8_DEFAULT_GROWTH}\`)`, soaks[1])}

The service lets V8's young generation grow to 32 MiB and then stops its growth (\`--semi-space-growth-factor=1\`, unless
the young generation is set in its flags or \`NODE_OPTIONS\`; src/cli/memory.ts). With V8's own growth it doubles
the young generation whenever enough has survived its collections since it last grew, which under steady load it always
has: ${n(soaks[1].rps)} against ${n(soaks[0].rps)} req/s, p99 ${soaks[1].p99} against ${soaks[0].p99} ms, and RSS ×${(soaks[1].samples.at(-1) / soaks[1].samples[Math.min(9, soaks[1].samples.length - 1)]).toFixed(2)} against ×${(soaks[0].samples.at(-1) / soaks[0].samples[Math.min(9, soaks[0].samples.length - 1)]).toFixed(2)} here.
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await httpBench();
  console.log(httpMarkdown(result, (b) => (b ? '✅' : '❌')));
}
