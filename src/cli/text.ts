/** Renders results for a person: verdict first, then the explanation; dates written out in the chosen language. */
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { civilOf, readDate, weekdayOf } from '../core/dates.js';
import type { Evaluation, Verdict } from '../core/evaluation.js';
import type { Locale } from '../core/locale.js';
import type { StayPlan } from '../schedule/plan.js';
import { labelOf } from './labels.js';

/**
 * A date written out, e.g. `mandag 4. januar 2027` / `Monday 4 January 2027`.
 * Month and weekday names come from date-fns's locales; no `Date` is built,
 * so no time zone can move the day.
 */
export function longDate(iso: string, locale: Locale): string {
  const day = readDate(iso) as number;
  const { year, month, day: dom } = civilOf(day);
  const loc = locale === 'nb' ? nb : enGB;
  const weekday = loc.localize.day((weekdayOf(day) % 7) as 0, { width: 'wide' });
  const monthName = loc.localize.month((month - 1) as 0, { width: 'wide' });
  return locale === 'nb' ? `${weekday} ${dom}. ${monthName} ${year}` : `${weekday} ${dom} ${monthName} ${year}`;
}

const VERDICT: Record<Verdict, { nb: string; en: string; mark: string }> = {
  yes: { nb: 'ja', en: 'yes', mark: '✓' },
  no: { nb: 'nei', en: 'no', mark: '✗' },
  undetermined: { nb: 'kan ikke avgjøres ennå', en: 'undetermined', mark: '?' },
};

/** The verdict as a word in the locale. */
export function verdictWord(verdict: Verdict, locale: Locale): string {
  return VERDICT[verdict][locale];
}

/** An explanation tree: the verdict first, then each rule with its mark, reason and source sections. */
export function renderEvaluation(evaluation: Evaluation, locale: Locale, heading?: string): string {
  const lines: string[] = [];
  lines.push(`${heading ?? (locale === 'nb' ? 'Svar' : 'Answer')}: ${verdictWord(evaluation.verdict, locale).toUpperCase()}`);
  lines.push(evaluation.reason);
  if (evaluation.missing.length > 0) {
    lines.push(locale === 'nb' ? 'Mangler for å avgjøre:' : 'Missing to decide:');
    for (const path of evaluation.missing) lines.push(`  - ${labelOf(path, locale)}`);
  }
  lines.push('');
  const walk = (node: Evaluation, depth: number) => {
    const cite = node.sources.map((s) => `${s.source} «${s.section}»`).join(', ');
    lines.push(`${'  '.repeat(depth)}${VERDICT[node.verdict].mark} ${node.reason}${cite ? `  [${cite}]` : ''}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const child of evaluation.children) walk(child, 0);
  for (const note of evaluation.notes ?? [])
    lines.push(`• ${note.text}  [${note.sources.map((s) => `${s.source} «${s.section}»`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** A stay plan as a readable timetable. */
export function renderPlan(plan: StayPlan, locale: Locale): string {
  const nbl = locale === 'nb';
  const d = (iso: string) => longDate(iso, locale);
  const lines = [
    nbl
      ? `Opphold på ${plan.weeks} uker (${plan.employment === 'employed' ? 'med arbeidsforhold' : 'uten arbeidsforhold'})`
      : `Stay of ${plan.weeks} weeks (${plan.employment === 'employed' ? 'with an employment relationship' : 'without an employment relationship'})`,
    `${d(plan.start)} – ${d(plan.end)}`,
    '',
    nbl ? 'Faser:' : 'Phases:',
    ...plan.phases.map((p) => `  ${p.from} – ${p.to}  ${p.title}`),
    '',
    nbl ? 'Møter og avtaler:' : 'Meetings and sessions:',
    ...plan.milestones.map((m) => `  ${d(m.date).padEnd(28)} ${m.title}`),
  ];
  if (plan.holidays.length > 0)
    lines.push(
      '',
      nbl ? 'Helligdager i oppholdet:' : 'Public holidays in the stay:',
      ...plan.holidays.map((h) => `  ${d(h.date).padEnd(28)} ${h.name}`),
    );
  if (plan.warnings.length > 0)
    lines.push('', nbl ? 'Advarsler:' : 'Warnings:', ...plan.warnings.map((w) => `  ! [${w.code}] ${w.message}`));
  if (plan.notes.length > 0) lines.push('', nbl ? 'Merknader:' : 'Notes:', ...plan.notes.map((n) => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}
