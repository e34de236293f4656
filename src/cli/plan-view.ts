/**
 * How the command line names and writes a stay plan. The table of kinds adds `planStay`; `arr-rules plan` uses this
 * alone, so that it loads no rule but the plan's own.
 */
import type { StayPlan } from '../schedule/plan-build.js';
import { asObject, type KindView } from './kind.js';
import { renderPlan } from './text.js';

export const PLAN_VIEW: KindView = {
  name: 'plan',
  summary: { nb: 'StayInput → datert plan for oppholdet', en: 'StayInput → the dated plan of the stay' },
  json: asObject,
  text: (r: StayPlan, locale) => renderPlan(r, locale),
};
