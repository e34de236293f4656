/**
 * The kinds of case the command line answers: one table, name → the library function, what its result says,
 * and how a person reads it. The single commands, `batch --kind` and a line's `"kind"` all come from it, so they
 * cannot drift apart. No rule lives here: every answer is the library's.
 */
import { agenda } from '../agenda/agenda.js';
import { addWorkingDays, isWorkingDay, norwegianPublicHolidays } from '../core/calendar.js';
import type { Evaluation } from '../core/evaluation.js';
import type { Text } from '../core/locale.js';
import { assessEligibility } from '../eligibility/assess.js';
import { assessOutcome } from '../eligibility/outcome.js';
import { participationTerms, travelCosts } from '../entitlements/entitlements.js';
import { assessFollowUpPlan, followUpStatus } from '../followup/followup.js';
import { validateActivityPlan } from '../schedule/activities.js';
import { assessExtension } from '../schedule/extension.js';
import { planStay } from '../schedule/plan.js';
import { planPlain } from '../schedule/plan-build.js';
import { stayPlanJson } from '../schedule/plan-json.js';
import { t } from './io.js';
import { asObject, evaluated, fields, type Kind, type WithEvaluation } from './kind.js';
import { PLAN_VIEW } from './plan-view.js';
import { longDate, renderAgenda, renderEvaluation } from './text.js';

export const KINDS: readonly Kind[] = [
  {
    name: 'assess',
    summary: { nb: 'EligibilityInput → målgruppe og døgnopphold', en: 'EligibilityInput → target group and residential stay' },
    run: (input, locale) => assessEligibility(input as never, { locale }),
    ...evaluated,
    json: asObject,
    text: (r: WithEvaluation, locale) => renderEvaluation(r.evaluation, locale),
  },
  {
    name: 'outcome',
    summary: { nb: 'OutcomeInput → utfall ved sjekkpunktet', en: 'OutcomeInput → outcome at the checkpoint' },
    run: (input, locale) => assessOutcome(input as never, { locale }),
    ...evaluated,
    json: asObject,
    text: (r: WithEvaluation & { checkpoint: string }, locale) =>
      `${t(locale, 'Sjekkpunkt', 'Checkpoint')}: ${longDate(r.checkpoint, locale)}\n${renderEvaluation(r.evaluation, locale)}`,
  },
  // A plain valid stay is planned without a check (planPlain gives planStay's plan exactly); any other goes to planStay.
  // Its JSON is written from the plan's known shape (stayPlanJson), JSON.stringify's text in about half the time; the
  // plan goes to no calendar, so it is not remembered for planToICalendar.
  {
    ...PLAN_VIEW,
    run: (input, locale) => planPlain(input, locale, false) ?? planStay(input as never, { locale }),
    stringify: stayPlanJson,
  },
  {
    name: 'extension',
    summary: { nb: 'ExtensionInput → kan oppholdet forlenges?', en: 'ExtensionInput → may the stay be extended?' },
    run: (input, locale) => assessExtension(input as never, { locale }),
    verdict: (r: Evaluation) => r.verdict,
    evaluation: (r: Evaluation) => r,
    json: asObject,
    text: (r: Evaluation, locale) => renderEvaluation(r, locale),
  },
  {
    name: 'activities',
    summary: { nb: 'aktivitetsplan → daglig minimum og ukentlig balanse', en: 'activity plan → daily minimum and weekly balance' },
    run: (input, locale) => validateActivityPlan(input as never, { locale }),
    verdict: (r: { valid: boolean }) => (r.valid ? 'yes' : 'no'),
    json: asObject,
    text: (r: { valid: boolean; issues: readonly { code: string; message: string }[] }, locale) =>
      r.valid
        ? t(locale, 'Aktivitetsplanen oppfyller minimum og balanse.\n', 'The activity plan meets the minimum and the balance.\n')
        : `${t(locale, 'Aktivitetsplanen har avvik:', 'The activity plan has issues:')}\n${r.issues.map((i) => `  ! [${i.code}] ${i.message}`).join('\n')}\n`,
  },
  {
    name: 'followup',
    summary: { nb: 'FollowUpBooking → avtalen om oppfølgingssamtaler', en: 'FollowUpBooking → the follow-up booking' },
    run: (input, locale) => assessFollowUpPlan(input as never, { locale }),
    verdict: (r: Evaluation) => r.verdict,
    evaluation: (r: Evaluation) => r,
    json: asObject,
    text: (r: Evaluation, locale) => renderEvaluation(r, locale),
  },
  {
    name: 'followup-status',
    summary: { nb: '{ returnHome, held, asOf } → status for oppfølgingen', en: '{ returnHome, held, asOf } → follow-up status' },
    run: (input, locale) => followUpStatus(input as never, { locale }),
    ...evaluated,
    json: asObject,
    text: (r: WithEvaluation & { held: number; remaining: number; deadline: string }, locale) =>
      `${t(locale, 'Holdt', 'Held')}: ${r.held}, ${t(locale, 'gjenstår', 'remaining')}: ${r.remaining}, ${t(locale, 'frist', 'deadline')}: ${longDate(r.deadline, locale)}\n${renderEvaluation(r.evaluation, locale)}`,
  },
  {
    name: 'agenda',
    summary: {
      nb: '{ cases, asOf, days? } → det som er forfalt og kommer, for hver sak',
      en: '{ cases, asOf, days? } → what is overdue and coming, for every case',
    },
    run: (input, locale) => {
      const { cases, asOf, days } = fields(input, ['cases', 'asOf', 'days'], locale);
      return agenda(cases as never, asOf as string, days === undefined ? { locale } : { locale, days: days as number });
    },
    json: asObject,
    text: (r: Parameters<typeof renderAgenda>[0], locale) => renderAgenda(r, locale),
  },
  {
    name: 'travel',
    summary: { nb: '{ benefit } → hvem betaler reisen', en: '{ benefit } → who pays the travel' },
    run: (input, locale) => travelCosts(input as never, { locale }),
    verdict: (r: { evaluation: Evaluation }) => r.evaluation.verdict,
    evaluation: (r: { evaluation: Evaluation }) => r.evaluation,
    json: asObject,
    text: (r: { payer: string | null; evaluation: Evaluation }, locale) => {
      const payer =
        r.payer === 'participant'
          ? t(locale, 'deltakeren', 'the participant')
          : r.payer === 'nav'
            ? 'NAV'
            : t(locale, 'ikke avgjort', 'not settled');
      return `${t(locale, 'Betaler reisen', 'Pays the travel')}: ${payer}\n${renderEvaluation(r.evaluation, locale)}`;
    },
  },
  {
    name: 'terms',
    summary: { nb: '{ benefit } → vilkår for å delta', en: '{ benefit } → terms of taking part' },
    run: (input, locale) => participationTerms(input as never, { locale }),
    verdict: (r: { evaluation: Evaluation }) => r.evaluation.verdict,
    evaluation: (r: { evaluation: Evaluation }) => r.evaluation,
    json: asObject,
    text: (r: { evaluation: Evaluation }, locale) => renderEvaluation(r.evaluation, locale),
  },
  {
    name: 'holidays',
    summary: { nb: '{ year } → offentlige helligdager i året', en: '{ year } → the public holidays of the year' },
    run: (input, locale) => norwegianPublicHolidays(fields(input, ['year'], locale).year as number, { locale }),
    json: (r: readonly unknown[]) => ({ holidays: r }),
    text: (r: readonly { date: string; name: Text }[], locale) =>
      `${r.map((h) => `${longDate(h.date, locale).padEnd(28)} ${h.name[locale]}`).join('\n')}\n`,
  },
  {
    name: 'working-day',
    summary: { nb: '{ date } → er dagen en virkedag?', en: '{ date } → is the day a working day?' },
    run: (input, locale) => {
      const { date } = fields(input, ['date'], locale);
      return { date, workingDay: isWorkingDay(date as string, { locale }) };
    },
    verdict: (r: { workingDay: boolean }) => (r.workingDay ? 'yes' : 'no'),
    json: asObject,
    text: (r: { date: string; workingDay: boolean }, locale) =>
      `${longDate(r.date, locale)}: ${r.workingDay ? t(locale, 'virkedag', 'a working day') : t(locale, 'ikke virkedag', 'not a working day')}\n`,
  },
  {
    name: 'add-working-days',
    summary: {
      nb: '{ date, n } → den n-te virkedagen etter (før, om n < 0)',
      en: '{ date, n } → the n-th working day after (before, if n < 0)',
    },
    run: (input, locale) => {
      const { date, n } = fields(input, ['date', 'n'], locale);
      return { date: addWorkingDays(date as string, n as number, { locale }) };
    },
    json: asObject,
    text: (r: { date: string }, locale) => `${longDate(r.date, locale)} (${r.date})\n`,
  },
];

/** The kind of a name, or undefined. */
export function kindNamed(name: string): Kind | undefined {
  return KINDS.find((k) => k.name === name);
}

export { type Kind, MAX_SHIFT, summaryOf } from './kind.js';
