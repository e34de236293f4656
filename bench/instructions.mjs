// One in-process workload of bench.mjs (bench/workloads.mjs), run REPS times over its cases, for
// `valgrind --tool=callgrind` to count the instructions of: a count does not move with the machine's other load, as
// wall time on a shared virtual machine does. bench.mjs runs each workload twice (1 and REPS rounds) and takes the
// difference, so that start-up, loading and most of the compiling fall out.
// Usage: valgrind --tool=callgrind node --single-threaded bench/instructions.mjs WORKLOAD REPS
import { benchCases } from './data.mjs';
import { eligibilityWorkloads } from './workloads.mjs';

const [workload, reps] = process.argv.slice(2);
const run = eligibilityWorkloads(benchCases())[workload];
if (run === undefined) throw new Error(`unknown workload ${workload}`);
let sink = 0;
for (let i = 0; i < Number(reps); i += 1) sink += run();
if (sink < 0) console.log(sink);
