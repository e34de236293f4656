// The in-process eligibility workloads the targets compare, in one place: bench.mjs times them in pairs and
// bench/instructions.mjs counts their instructions under callgrind. Each runs over its cases once and returns a sum of
// what it got, for the caller to keep (so that no engine can drop the work as unused).
import * as z from 'zod/mini';
import { assessEligibility } from '../dist/index.js';
import { EligibilityInputSchema } from '../dist/schemas.js';
import { bare } from './data.mjs';

/** `assess` (the varied data, each case in its language), `bare` (the floor), `invalid` and `zod` (the invalid inputs, bokmål). */
export function eligibilityWorkloads({ cases, locales, invalid }) {
  return {
    assess: () => {
      let sum = 0;
      for (let i = 0; i < cases.length; i += 1) {
        try {
          sum += assessEligibility(cases[i], { locale: locales[i] }).missing.length;
        } catch (error) {
          sum += error.issues.length;
        }
      }
      return sum;
    },
    bare: () => {
      let sum = 0;
      for (const c of cases) sum += bare(c).length;
      return sum;
    },
    invalid: () => {
      let sum = 0;
      for (const c of invalid) {
        try {
          assessEligibility(c);
        } catch (error) {
          sum += error.issues.length;
        }
      }
      return sum;
    },
    zod: () => {
      let sum = 0;
      for (const c of invalid) {
        const r = z.safeParse(EligibilityInputSchema, c);
        sum += r.success ? 0 : r.error.issues.length;
      }
      return sum;
    },
  };
}
