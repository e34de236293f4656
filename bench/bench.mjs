// `npm run bench`: measures the published build (dist/) on data that looks like real use and writes
// docs/benchmarks.md. Targets are reported, not asserted: speed is measured here, not in unit tests.
// BENCH_QUICK=1 runs smaller sizes and shorter rounds, to try the script; its figures are not for the docs.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Engine } from 'json-rules-engine';
import { isWorkingDay, planStay, planToICalendar, validateActivityPlan } from '../dist/index.js';
import { benchCases, eligibilityClass, eligibilityLine, INVALID_SHARE, MALFORMED_SHARE, seeded } from './data.mjs';
import { httpBench, httpMarkdown } from './http.mjs';
import { eligibilityWorkloads } from './workloads.mjs';

const QUICK = process.env.BENCH_QUICK === '1';

/**
 * The machine's CPU time so far, and how much of it the hypervisor gave to other guests (steal), from /proc/stat where
 * there is one: a shared virtual machine's figures move with it, so the page says how much was stolen during the run.
 */
function cpuTicks() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), steal: f[7] ?? 0 };
  } catch {
    return undefined;
  }
}
const ticksAtStart = cpuTicks();
const CASES = 20_000;
const BATCH_SIZES = QUICK ? [20_000, 100_000, 200_000] : [100_000, 1_000_000, 3_000_000];
/** V8's own growth of its young generation, which the batch leaves as set: the run that shows what its own setting saves. */
const V8_DEFAULT_GROWTH = '--semi-space-growth-factor=2';
const NO_MEMORY_SAVER = '--no-memory-saver-mode';

const { drawn, cases, locales, invalid } = benchCases(CASES);
const invalidShare = drawn.filter((d) => d.mistake !== undefined).length / CASES;
const classes = new Set(drawn.filter((d) => d.mistake === undefined).map((d) => eligibilityClass(d.input))).size;

/** The same RNNK rules for json-rules-engine (decided cases only: it has no third value). */
function makeEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    conditions: {
      all: [
        { fact: 'referral', operator: 'equal', value: 'nav' },
        { any: [{ fact: 'sickLeaveGrade', operator: 'greaterThan', value: 0 }, { fact: 'workAbilityReduced', operator: 'equal', value: true }] },
        {
          any: [
            { all: [{ fact: 'employment', operator: 'equal', value: 'employed' }, { fact: 'sickLeaveGrade', operator: 'greaterThan', value: 0 }, { fact: 'prognosis', path: '$.sickLeaveHalvedTwoWeeksAfter', operator: 'equal', value: true }] },
            { all: [{ fact: 'employment', operator: 'equal', value: 'not-employed' }, { fact: 'prognosis', path: '$.inWorkOrJobSeekingEightWeeksAfter', operator: 'equal', value: true }] },
          ],
        },
        {
          any: [
            { fact: 'residentialGrounds', path: '$.noSuitableDayOffer', operator: 'equal', value: true },
            { fact: 'residentialGrounds', path: '$.environmentChangeEssential', operator: 'equal', value: true },
            { fact: 'residentialGrounds', path: '$.complexHealthProblems', operator: 'equal', value: true },
          ],
        },
      ],
    },
    event: { type: 'eligible' },
  });
  return engine;
}


async function time(rounds, fn) {
  await fn(); // warm-up
  const runs = [];
  for (let i = 0; i < rounds; i += 1) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], spread: runs.at(-1) / runs[0] };
}

/**
 * Two workloads measured back to back in each round, each first in turn, so that a slow spell of the machine falls on
 * both: each one's median and spread, and the median of the rounds' own ratios (a / b).
 */
async function paired(rounds, a, b) {
  await a();
  await b();
  const [ta, tb, ratios] = [[], [], []];
  for (let i = 0; i < rounds; i += 1) {
    const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
    const t0 = performance.now();
    await first();
    const t1 = performance.now();
    await second();
    const t2 = performance.now();
    const [ra, rb] = i % 2 === 0 ? [t1 - t0, t2 - t1] : [t2 - t1, t1 - t0];
    ta.push(ra);
    tb.push(rb);
    ratios.push(ra / rb);
  }
  const summary = (runs) => {
    const sorted = [...runs].sort((x, y) => x - y);
    return { ms: sorted[Math.floor(sorted.length / 2)], spread: sorted.at(-1) / sorted[0] };
  };
  return [summary(ta), summary(tb), summary(ratios).ms];
}

let sink = 0;
const results = {};
const ROUNDS = QUICK ? 3 : 9;
/** Rounds of the workloads compared by a target; more than the others, since a ratio is what the target judges. */
const PAIRED_ROUNDS = QUICK ? 4 : 21;
const workloads = eligibilityWorkloads({ cases, locales, invalid });
const libraryRun = () => {
  sink += workloads.assess();
};
const bareRun = () => {
  sink += workloads.bare();
};
const [libraryResult, bareResult, vsBare] = await paired(PAIRED_ROUNDS, libraryRun, bareRun);
results.library = libraryResult;
results.bare = bareResult;
const engine = makeEngine();
const JRE_CASES = 5_000;
results.jre = await time(3, async () => {
  for (let i = 0; i < JRE_CASES; i += 1) sink += (await engine.run(cases[i])).events.length;
});
const invalidRun = () => {
  sink += workloads.invalid();
};
const zodRun = () => {
  sink += workloads.zod();
};
const [invalidResult, zodResult, invalidRatio] = await paired(PAIRED_ROUNDS, invalidRun, zodRun);
results.invalid = invalidResult;
results.zod = zodResult;

// ---------- the same pairs counted in instructions (callgrind), where valgrind is installed ----------
const INSTRUCTION_REPS = QUICK ? 3 : 6;
/** Instructions per case of a workload of bench/instructions.mjs: REPS rounds less one round, so start-up falls out. */
function instructions(workload, perRound) {
  const count = (rounds) => {
    const r = spawnSync(
      'valgrind',
      ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', 'bench/instructions.mjs', workload, String(rounds)],
      { encoding: 'utf8' },
    );
    const m = /Collected : (\d+)/.exec(r.stderr ?? '');
    return m === null ? undefined : Number(m[1]);
  };
  const one = count(1);
  const many = one === undefined ? undefined : count(INSTRUCTION_REPS);
  return many === undefined ? undefined : (many - one) / ((INSTRUCTION_REPS - 1) * perRound);
}
const counted = {
  assess: instructions('assess', CASES),
  bare: instructions('bare', CASES),
  invalid: instructions('invalid', invalid.length),
  zod: instructions('zod', invalid.length),
};

const starts = [];
for (let d = Date.UTC(2027, 0, 1); starts.length < 2000; d += 86_400_000) {
  const iso = new Date(d).toISOString().slice(0, 10);
  if (isWorkingDay(iso)) starts.push(iso);
}
const planRun = () => {
  for (let i = 0; i < starts.length; i += 1)
    sink += planStay({ start: starts[i], employment: i % 2 ? 'employed' : 'not-employed', weeks: 12 }, { locale: i % 3 ? 'nb' : 'en' }).milestones.length;
};
const plans = starts.map((s, i) => planStay({ start: s, employment: i % 2 ? 'employed' : 'not-employed', weeks: 12 }, { locale: i % 3 ? 'nb' : 'en' }));
const icsRun = () => {
  for (let i = 0; i < plans.length; i += 1) sink += planToICalendar(plans[i], '2026-11-24T08:00:00Z', { locale: i % 3 ? 'nb' : 'en' }).length;
};
const [icsResult, planResult, icsRatio] = await paired(PAIRED_ROUNDS, icsRun, planRun);
results.plan = planResult;
results.ics = icsResult;
const activities = [];
for (let d = 0; d < 28; d += 1) {
  const date = new Date(Date.UTC(2027, 0, 4 + d)).toISOString().slice(0, 10);
  activities.push({ date, start: '08:00', end: '11:00', kind: 'individual' }, { date, start: '11:00', end: '11:30', kind: 'meal' }, { date, start: '11:30', end: '14:30', kind: 'group' });
}
results.activities = await time(ROUNDS, () => {
  for (let i = 0; i < 200; i += 1) sink += validateActivityPlan({ stay: { start: '2027-01-04', employment: 'employed' }, activities }).issues.length;
});

// ---------- start-up: wall time of a new process, interleaved rounds ----------
// Each round starts every command once, in turn, so that a slow spell of the machine falls on all of them; a
// command's figure is the median of its rounds, and its ratio the median of the rounds' own ratios to `node -e 0`.
const STARTUP_ROUNDS = 21;
const STARTUP = {
  node: ['-e', '0'],
  help: ['dist/cli.js', '--help'],
  plan: ['dist/cli.js', 'plan', '--start', '2027-01-04', '--employment', 'employed'],
  planJson: ['dist/cli.js', 'plan', '--start', '2027-01-04', '--employment', 'employed', '--format', 'json'],
};
function startupRounds() {
  const rounds = [];
  for (let i = 0; i < STARTUP_ROUNDS; i += 1) {
    const round = {};
    for (const [name, args] of Object.entries(STARTUP)) {
      const t = performance.now();
      spawnSync(process.execPath, args, { stdio: 'ignore' });
      round[name] = performance.now() - t;
    }
    rounds.push(round);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(
    Object.keys(STARTUP).map((name) => [name, { ms: median(rounds.map((r) => r[name])), ratio: median(rounds.map((r) => r[name] / r.node)) }]),
  );
}
const startup = startupRounds();

// ---------- batch: NDJSON of the varied data, beside a read + parse + write floor ----------
const dir = mkdtempSync(join(tmpdir(), 'arr-bench-'));
async function writeLines(n) {
  const file = join(dir, `in-${n}.ndjson`);
  const out = createWriteStream(file);
  const r = seeded(11);
  const classes = new Set();
  let valid = 0;
  let bad = 0;
  let malformed = 0;
  for (let i = 1; i <= n; i += 1) {
    const { line, mistake, input } = eligibilityLine(r, i);
    if (mistake === undefined) {
      valid += 1;
      classes.add(eligibilityClass(input));
    } else if (mistake === 'malformed JSON') malformed += 1;
    else bad += 1;
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return { file, classes: classes.size, valid, invalid: bad / n, malformed: malformed / n };
}
function timed(args, stdout = 'ignore') {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { stdio: ['ignore', stdout, 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', () => {
      const [rss, user, sys] = err.trim().split('\n').pop().split(' ').map(Number);
      resolve({ seconds: (performance.now() - t) / 1000, rssMiB: rss / 1024, cpu: user + sys });
    });
  });
}
const batches = [];
let avgLine = 0;
for (const n of BATCH_SIZES) {
  const data = await writeLines(n);
  if (avgLine === 0) {
    // The average output line, from the first size written to a file once.
    const outFile = join(dir, 'out.ndjson');
    const fd = openSync(outFile, 'w');
    await timed(['dist/cli.js', 'batch', data.file], fd);
    avgLine = statSync(outFile).size / n;
    rmSync(outFile);
  }
  const run = await timed(['dist/cli.js', 'batch', data.file]);
  const floor = n === BATCH_SIZES[1] ? await timed(['bench/floor-batch.mjs', data.file, String(Math.round(avgLine))]) : undefined;
  // The same lines with V8's own growth of the young generation: what the batch's setting (src/cli/memory.ts) saves.
  // With V8 left to itself: its own growth of the young generation, and no memory saver mode (src/cli/memory.ts sets both).
  const grown = n === BATCH_SIZES[1] ? await timed([V8_DEFAULT_GROWTH, NO_MEMORY_SAVER, 'dist/cli.js', 'batch', data.file]) : undefined;
  // And with V8's own sizing of the old generation (the batch asks for memory saver mode; a flag of the person's own wins).
  const unsaved = n === BATCH_SIZES[1] ? await timed([NO_MEMORY_SAVER, 'dist/cli.js', 'batch', data.file]) : undefined;
  batches.push({ n, ...data, ...run, rate: n / run.seconds, floor, grown, unsaved });
  rmSync(data.file);
}
rmSync(dir, { recursive: true, force: true });

// ---------- size: what each use pays, as size-limit measures it in npm test ----------
const size = JSON.parse(spawnSync('npx', ['size-limit', '--json'], { cwd: 'size', encoding: 'utf8' }).stdout || '[]');

// ---------- the HTTP service ----------
const http = await httpBench();

// ---------- docs/benchmarks.md ----------
/** The size target of each use, by the start of its name in size/.size-limit.json; the whole library's otherwise. */
const TARGETS = [
  ['schemas:', 8_000],
  ['schemas + assessEligibility', 12_000],
  ['a plan page', 12_000],
  ['follow-up', 10_000],
];
const ok = (b) => (b ? '✅ met' : '❌ not met');
/**
 * The other way to take a paired ratio: of the two medians in the table above it. A target judges the median of the
 * rounds' own ratios, which a slow spell falling on one side moves less; where the machine moved a lot between rounds
 * the two can differ, and where they disagree on a target the page says so.
 */
const ofMedians = (ratio, a, b, target, digits) => {
  const other = a.ms / b.ms;
  const note = other <= target === ratio <= target ? '' : '; the two disagree on the target, so the figure is borderline in this run';
  return ` (the ratio of the two medians in the table: ${other.toFixed(digits)}×${note})`;
};
const n = (x) => Math.round(x).toLocaleString('en');
const perCase = (r, count) => (r.ms * 1e6) / count;
const vsJre = perCase(results.jre, JRE_CASES) / perCase(results.library, CASES);
const [b0, b1, b2] = batches;
const floorRatio = b1.seconds / b1.floor.seconds;
const growth1 = b1.rssMiB / b0.rssMiB;
const growth2 = b2.rssMiB / b1.rssMiB;
const spreads = Object.entries(results).filter(([, r]) => r.spread > 1.25);
const ticksAtEnd = cpuTicks();
const stolen =
  ticksAtStart === undefined || ticksAtEnd === undefined || ticksAtEnd.total === ticksAtStart.total
    ? undefined
    : (ticksAtEnd.steal - ticksAtStart.steal) / (ticksAtEnd.total - ticksAtStart.total);
const md = `# Benchmarks

Written by \`npm run bench\` on the published build (\`dist/\`), ${new Date().toISOString().slice(0, 10)}${QUICK ? ' (BENCH_QUICK: small sizes, not for the docs)' : ''}.
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}.${stolen === undefined ? '' : ` The hypervisor gave ${(stolen * 100).toFixed(1)} % of this machine's CPU time during the run to other guests (steal, /proc/stat).`}
In process, each figure is the median of ${ROUNDS} rounds after a warm-up (json-rules-engine: 3); start-up is the median of ${STARTUP_ROUNDS}
interleaved rounds; each batch size and each HTTP cell is one run. Every ratio is of two figures measured in this one run. The
three in-process ratios with a target (against bare logic, against zod, against \`planStay\`) are measured in pairs:
${PAIRED_ROUNDS} rounds, each running both workloads back to back (each first in turn), and the ratio is the median of the
rounds' own ratios, so that a slow spell of the machine falls on both sides; their figures are those rounds' medians.
Targets are the project's; they are reported here, never asserted in unit tests. The machine is a shared virtual one and
its figures move from run to run; ratios measured side by side move less.${spreads.length > 0 ? ` In this run, ${spreads.map(([k, r]) => `\`${k}\` (×${r.spread.toFixed(2)})`).join(', ')} moved more than a quarter between their fastest and slowest rounds.` : ''}

## The data

Generated by \`bench/data.mjs\` (seeded, so every run draws the same): every optional field of an \`EligibilityInput\`
present or absent on its own, both offers, both languages (drawn at random, half each), and ${(INVALID_SHARE * 100).toFixed(0)} % invalid inputs of five kinds —
a misspelt key, a grade of 15, a grade sent as text, a wrong enum value, a required field left out. In the ${n(CASES)} cases below
${(invalidShare * 100).toFixed(1)} % are invalid and the valid ones fall in ${n(classes)} distinct classes (inputs that decide the answer alike).
Batch lines also carry an id most of the time and are malformed JSON ${(MALFORMED_SHARE * 100).toFixed(1)} % of the time.
The data of earlier versions of this page (4 key sets, 665 classes, a 99.9 % cache hit rate) flattered the batch; it is gone.

## Eligibility, in process

| implementation | per case |
| --- | ---: |
| \`assessEligibility\` (validation + explanation tree + missing inputs), the varied data | ${perCase(results.library, CASES).toFixed(0)} ns |
| bare boolean logic, same rules (the floor: no validation, no explanation) | ${perCase(results.bare, CASES).toFixed(0)} ns |
| json-rules-engine, same RNNK rules (no third value, no explanation; ${n(JRE_CASES)} cases) | ${n(perCase(results.jre, JRE_CASES))} ns |
| \`assessEligibility\` on an invalid input (InvalidInputError with every issue, in bokmål) | ${perCase(results.invalid, invalid.length).toFixed(0)} ns |
| zod's own \`safeParse\` of the same invalid inputs, reading its issues | ${perCase(results.zod, invalid.length).toFixed(0)} ns |

- vs bare logic: **${vsBare.toFixed(1)}×** (target ≤ 8×): ${ok(vsBare <= 8)}${ofMedians(vsBare, results.library, results.bare, 8, 1)}
- an invalid input vs zod's safeParse + issues: **${invalidRatio.toFixed(2)}×** (target ≤ 1.5×): ${ok(invalidRatio <= 1.5)}${ofMedians(invalidRatio, results.invalid, results.zod, 1.5, 2)}
- vs json-rules-engine: ${vsJre.toFixed(0)}× faster

${
  Object.values(counted).some((c) => c === undefined)
    ? 'Counted in instructions: not in this run (valgrind is not installed).'
    : `The same pairs counted in instructions (\`valgrind --tool=callgrind\`, \`node --single-threaded\`; ${INSTRUCTION_REPS} rounds less one, so that
start-up falls out). A count does not move with the machine's other load, as the times above do, though it moves by about
a tenth from run to run (V8 does not compile and collect at the same points each time); and it leaves out what an
instruction costs (memory, caches), so it is a second view, not the target's measure:

| workload | instructions per case |
| --- | ---: |
| \`assessEligibility\`, the varied data | ${n(counted.assess)} |
| bare boolean logic | ${n(counted.bare)} |
| \`assessEligibility\` on an invalid input | ${n(counted.invalid)} |
| zod's \`safeParse\` of the same, reading its issues | ${n(counted.zod)} |

- vs bare logic: ${(counted.assess / counted.bare).toFixed(1)}× the instructions
- an invalid input vs zod: ${(counted.invalid / counted.zod).toFixed(2)}× the instructions
- the ${(invalidShare * 100).toFixed(1)} % of the varied data that is invalid, at about the count of an invalid input above (measured in bokmål), makes
  about ${((100 * invalidShare * counted.invalid) / counted.assess).toFixed(0)} % of the varied data's instructions`
}

\`assessEligibility\` makes each of the four branches under its root once for what it reads of a valid input (104 at the
most, both languages), freezes it and hands the same branch to every answer that has it; the root and the result are
made for each call. What is left is mostly reading the input as the boundary must: listing each object's own keys,
looking for a field named by a symbol, reading each value once (a getter once, a Proxy's trap once) and checking it;
about half of the time in a CPU profile of this data. The bare logic reads five fields and checks nothing.

## Stay plans, calendars, activity plans

| what | per call |
| --- | ---: |
| \`planStay\`, 12-week stays, ${n(starts.length)} starts, both employments and languages | ${((results.plan.ms * 1000) / starts.length).toFixed(1)} µs |
| \`planToICalendar\` of the same plans | ${((results.ics.ms * 1000) / plans.length).toFixed(1)} µs |
| \`validateActivityPlan\`, a full 4-week plan (84 activities) | ${((results.activities.ms * 1000) / 200).toFixed(0)} µs |

- \`planToICalendar\` vs \`planStay\`: **${icsRatio.toFixed(1)}×** (target ≤ 5×): ${ok(icsRatio <= 5)}${ofMedians(icsRatio, { ms: results.ics.ms / plans.length }, { ms: results.plan.ms / starts.length }, 5, 1)}

## Start-up of the command line

Wall time of a new process, in ${STARTUP_ROUNDS} rounds that each start every command once, in turn; the figure is the median
of the rounds, the ratio the median of the rounds' own ratios.

| command | wall | vs \`node -e 0\` |
| --- | ---: | ---: |
| \`node -e 0\` | ${startup.node.ms.toFixed(0)} ms | 1.00× |
| \`arr-rules --help\` | ${startup.help.ms.toFixed(0)} ms | ${startup.help.ratio.toFixed(2)}× (target ≤ 1.5×: ${ok(startup.help.ratio <= 1.5)}) |
| \`arr-rules plan --start … --employment …\` (text) | ${startup.plan.ms.toFixed(0)} ms | ${startup.plan.ratio.toFixed(2)}× (target ≤ 1.5×: ${ok(startup.plan.ratio <= 1.5)}) |
| \`arr-rules plan … --format json\` | ${startup.planJson.ms.toFixed(0)} ms | ${startup.planJson.ratio.toFixed(2)}× |

\`--help\`, \`--version\`, an unknown command and a flag the command does not take load none of the rules; a command loads
its own module when it runs. The command line carries its own copy of date-fns (and of zod, which only \`serve\` loads, for
its JSON Schemas), bundled, so a command loads a few files rather than each package's many modules; Node's compile cache (22.1 and later) keeps what it compiled between runs;
and \`node:util\` is taken as Node's own object rather than imported (an import of a built-in module reads all of its
exports, and util's load a dozen internal modules).
No command but \`serve\` loads zod: the rule functions check their inputs with their own checks. \`plan\` from flags plans a
plain valid stay directly, and only an input with a problem loads \`planStay\`'s check, which names it. The figures count neither \`npx\` nor a shell, which add their own start-up.

## CLI \`batch\`, the varied data

| lines | time | lines/s | CPU | peak RSS | classes of the valid lines | invalid | malformed |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${batches.map((b) => `| ${n(b.n)} | ${b.seconds.toFixed(2)} s | ${n(b.rate)} | ${b.cpu.toFixed(2)} s | ${b.rssMiB.toFixed(0)} MiB | ${n(b.classes)} | ${(b.invalid * 100).toFixed(1)} % | ${(b.malformed * 100).toFixed(2)} % |`).join('\n')}

The floor, in the same run on the ${n(b1.n)} lines: a script that reads each line, \`JSON.parse\`s it and writes a fixed line of
the batch's average output size (${n(avgLine)} bytes): ${b1.floor.seconds.toFixed(2)} s, ${n(b1.n / b1.floor.seconds)} lines/s, ${b1.floor.cpu.toFixed(2)} s CPU, ${b1.floor.rssMiB.toFixed(0)} MiB.

- batch vs the floor at ${n(b1.n)} lines: **${floorRatio.toFixed(1)}×** the time (target ≤ 2×): ${ok(floorRatio <= 2)}
- peak RSS from ${n(b0.n)} to ${n(b1.n)} lines: ×${growth1.toFixed(2)}; from ${n(b1.n)} to ${n(b2.n)}: ×${growth2.toFixed(2)} (target ≤ ×1.10 each): ${ok(growth1 <= 1.1 && growth2 <= 1.1)}
- peak RSS under 150 MiB: ${ok(Math.max(...batches.map((b) => b.rssMiB)) < 150)}

The batch keeps the lines of one chunk of input (64 KiB; a named file is read into the same buffer each time) and the
output not yet written (in buffers of 128 KiB it writes into again, 32 at the most); it keeps no answers. An eligibility answer is written
from its root's four branches (the referral; sick leave and work ability; the target group; the residential grounds),
which \`assessEligibility\` itself keeps, frozen, for what each reads of the input (104 at the most, both languages); each
is encoded as UTF-8 once and copied after that: byte for byte what \`JSON.stringify\` writes. An answer cache by class, as earlier versions had, made the batch
slower, and larger, once an answer was cheap to write.

The batch lets V8's young generation grow to 16 MiB and then stops its growth (it sets \`--semi-space-growth-factor=1\`,
unless the young generation is set in the command's flags or \`NODE_OPTIONS\`; src/cli/memory.ts). Left to itself V8
doubles the young generation whenever enough has survived its collections since it last grew, which over a long run it
always has, as the floor's peak shows too (it keeps nothing). The same ${n(b1.n)} lines with V8 left to itself
(\`node ${V8_DEFAULT_GROWTH} ${NO_MEMORY_SAVER}\`: its own growth, and not the memory saver mode below; the batch
leaves both as they are): ${b1.grown.seconds.toFixed(2)} s, ${n(b1.n / b1.grown.seconds)} lines/s, peak RSS ${b1.grown.rssMiB.toFixed(0)} MiB.

The batch also keeps V8's old generation small: it asks for memory saver mode (\`--memory-saver-mode\`, where V8 has it:
V8 13 and later, Node 24's; unless the mode is set in the command's flags), in which V8 collects the old generation
rather than let it grow between full collections. Without it the old generation's space climbs from 7 MiB to about 25 in
the first four to five seconds of a long batch, then holds, so a batch of ${n(b0.n)} lines, over in under a second, peaked lower
than the longer ones. The same ${n(b1.n)} lines without memory saver mode (\`node ${NO_MEMORY_SAVER}\`):
${b1.unsaved.seconds.toFixed(2)} s, ${n(b1.n / b1.unsaved.seconds)} lines/s, peak RSS ${b1.unsaved.rssMiB.toFixed(0)} MiB. The buffers the batch reads and writes
through stay at 3 MiB throughout.

## Size: what each use pays

Minified and brotli-compressed, as a browser pays for it, zod included where a use loads it (\`npm run size\`, part of \`npm test\`,
fails above the limit). Only \`arr-rules/schemas\` loads zod: the functions check their inputs with their own checks, held
to the schemas by a property test (test/core/check.test.ts), so the plan page, follow-up and the whole library carry no zod.

| use | size | limit in npm test | target |
| --- | ---: | ---: | --- |
${size.map((s) => { const target = TARGETS.find(([prefix]) => s.name.startsWith(prefix))?.[1] ?? 26_000; return `| ${s.name.replace(/ \(a ratchet.*\)$/, '')} | ${(s.size / 1000).toFixed(2)} kB | ${(s.sizeLimit / 1000).toFixed(1)} kB | ≤ ${target / 1000} kB ${ok(s.size <= target)} |`; }).join('\n')}

Where a use is over its target, the limit in \`npm test\` holds it where it is, so it cannot grow while it is brought down.

${httpMarkdown(http, ok)}`;
if (!QUICK) writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), md);
console.log(md);
if (sink === -1) console.log(sink);
