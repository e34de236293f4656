import * as z from 'zod/mini';
import { BENEFITS } from './entitlements.js';

/** Schema of a `Benefit`. */
export const BenefitSchema = z.enum(BENEFITS);
/** Schema of the input to `travelCosts` and `participationTerms` (strict). */
export const BenefitInputSchema = z.strictObject({ benefit: BenefitSchema });
