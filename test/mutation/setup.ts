import { fc } from '@fast-check/vitest';

// Stryker tells tests apart by name, and @fast-check/vitest writes the run's seed into each property's name. One fixed seed
// keeps the names the same from Stryker's dry run to every mutant run; without it, no property test is ever selected again.
fc.configureGlobal({ seed: 20_261_122 });
