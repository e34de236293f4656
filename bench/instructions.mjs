// One in-process workload of bench.mjs, run REPS times over its cases, for `valgrind --tool=callgrind` to count the
// instructions of: a count does not move with the machine's other load, as wall time on a shared virtual machine
// does. bench.mjs runs each workload twice (1 and REPS rounds) and takes the difference, so that start-up, loading
// and most of the compiling fall out.
// Usage: valgrind --tool=callgrind node --single-threaded bench/instructions.mjs WORKLOAD REPS
import * as z from 'zod/mini';
import { assessEligibility } from '../dist/index.js';
import { EligibilityInputSchema } from '../dist/schemas.js';
import { bare, benchCases } from './data.mjs';

const [workload, reps] = process.argv.slice(2);
const { cases, locales, invalid } = benchCases();
let sink = 0;
const WORKLOADS = {
  assess: () => {
    for (let i = 0; i < cases.length; i += 1) {
      try {
        sink += assessEligibility(cases[i], { locale: locales[i] }).missing.length;
      } catch (error) {
        sink += error.issues.length;
      }
    }
  },
  bare: () => {
    for (const c of cases) sink += bare(c).length;
  },
  invalid: () => {
    for (const c of invalid) {
      try {
        assessEligibility(c);
      } catch (error) {
        sink += error.issues.length;
      }
    }
  },
  zod: () => {
    for (const c of invalid) {
      const r = z.safeParse(EligibilityInputSchema, c);
      sink += r.success ? 0 : r.error.issues.length;
    }
  },
};
const run = WORKLOADS[workload];
if (run === undefined) throw new Error(`unknown workload ${workload}`);
for (let i = 0; i < Number(reps); i += 1) run();
if (sink < 0) console.log(sink);
