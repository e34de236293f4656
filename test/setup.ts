import { fc } from '@fast-check/vitest';

// FC_SEED=N runs every property under one chosen seed: scripts/seeds.sh uses it to hunt flaky properties, and a
// failure reported with its seed can be replayed. Without it each run draws a new seed, as fast-check does.
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
