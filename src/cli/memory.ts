/**
 * The memory of the commands that run long over many inputs (a batch, the service).
 *
 * Left to itself V8 doubles its young generation whenever enough objects have survived its collections since it last
 * grew. Over a long run they always have, though these commands keep nothing from one input to the next, so it grows
 * to its maximum: a batch of 1,000,000 lines took it from 4 to 128 MiB in six seconds, and the service's memory climbed
 * for as long as the load went on. These commands let it grow to a size of their own
 * (`youngBytes`) and then ask V8 to grow it by a factor of 1, which keeps it there: large enough that collecting it
 * costs little more than with more room, small enough that the peak is the same after a minute as after a day.
 *
 * A person's own setting of the young generation (`--max-semi-space-size`, `--semi-space-growth-factor`, in the
 * command's flags or NODE_OPTIONS) is left as it is. Where V8 does not say the size or refuses the flag, the command
 * runs as before.
 */

/** Lets V8's young generation (its new space, as `v8.getHeapSpaceStatistics` counts it) grow to `youngBytes`, no further. */
export async function keepYoungGenerationSmall(youngBytes: number): Promise<void> {
  const own = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (/semi[-_]space/.test(own)) return;
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
