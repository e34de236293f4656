/**
 * The memory of the commands that run long over many inputs (a batch, the service).
 *
 * Left to itself V8 doubles its young generation whenever enough objects have survived its collections since it last
 * grew. Over a long run they always have, though these commands keep nothing from one input to the next, so it grows
 * again and again: without memory saver mode, a batch of 1,000,000 lines peaks at about 127 MiB with V8's own growth
 * and at about 97 with the young generation held (docs/benchmarks.md), and the service's memory climbed for as long as
 * the load went on. These commands let it grow to a size of their own
 * (`youngBytes`) and then ask V8 to grow it by a factor of 1, which keeps it there: large enough that collecting it
 * costs little more than with more room, small enough that the peak is the same after a minute as after a day.
 *
 * A person's own setting of the young generation (`--max-semi-space-size`, `--semi-space-growth-factor`, in the
 * command's flags or NODE_OPTIONS) is left as it is. Where V8 does not say the size or refuses the flag, the command
 * runs as before.
 *
 * A batch also keeps its old generation small (`keepOldGenerationSmall`). Left to itself V8 lets the old generation
 * grow between its full collections as the run goes on (from 7 to about 25 MiB over the first four to five seconds of a
 * batch), so a long batch peaked higher than a short one though it keeps no more. In memory saver mode V8 collects it
 * before it grows: a batch of 3,000,000 lines peaks where one of 100,000 does.
 */

/** The flags a person gave Node, in its command line or NODE_OPTIONS. */
function ownFlags(): string {
  return `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
}

/** The first V8 with `--memory-saver-mode` that this was measured on (Node 24's). An older V8 prints an error for a flag it does not know. */
const SAVER_V8 = 13;

/** Asks V8 to keep its old generation small (`--memory-saver-mode`), unless the person set that mode themselves. */
export async function keepOldGenerationSmall(v8Version = process.versions.v8): Promise<void> {
  if (/memory[-_]saver/.test(ownFlags())) return;
  if (!(Number.parseInt(v8Version, 10) >= SAVER_V8)) return;
  try {
    (await import('node:v8')).setFlagsFromString('--memory-saver-mode');
  } catch {}
}

/**
 * What a long command asks (`CliIo.keepMemoryFlat`): the young generation's size, and whether to keep the old one small.
 * The batch asks both; the service only the first, as its memory stays flat under load without it and memory saver
 * mode would spend on collecting what it spends on answering.
 */
export async function keepMemoryFlat(youngBytes: number, oldGeneration = false): Promise<void> {
  if (oldGeneration) await keepOldGenerationSmall();
  await keepYoungGenerationSmall(youngBytes);
}

/** Lets V8's young generation (its new space, as `v8.getHeapSpaceStatistics` counts it) grow to `youngBytes`, no further. */
export async function keepYoungGenerationSmall(youngBytes: number): Promise<void> {
  if (/semi[-_]space/.test(ownFlags())) return;
  try {
    const v8 = await import('node:v8');
    /** True once there is nothing more to do: the size is reached (and growth stopped), or V8 does not say it. */
    const done = (): boolean => {
      const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
      if (young !== undefined && young.space_size < youngBytes) return false;
      if (young !== undefined) v8.setFlagsFromString('--semi-space-growth-factor=1');
      return true;
    };
    if (done()) return;
    // V8 grows its young generation only when it collects it: the size is looked at after each collection, and at no
    // other time, so a service with nothing to do does nothing for it.
    const { PerformanceObserver } = await import('node:perf_hooks');
    const observer = new PerformanceObserver(() => {
      let finished = true;
      try {
        finished = done();
      } catch {}
      if (finished) observer.disconnect();
    });
    observer.observe({ entryTypes: ['gc'] });
  } catch {}
}
