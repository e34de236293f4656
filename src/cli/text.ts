/** Renders results for a person: verdict first, then the explanation; dates written out in the chosen language. */
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import type { Agenda, AgendaItem, AgendaStatus } from '../agenda/agenda.js';
import { civilOf, readDate, weekdayOf } from '../core/dates.js';
import type { Evaluation, Verdict } from '../core/evaluation.js';
import type { Locale } from '../core/locale.js';
import type { StayPlan } from '../schedule/plan.js';
import { t } from './io.js';
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

/** How the agenda's text and calendar name each status. */
export const STATUS: Record<AgendaStatus, { readonly nb: string; readonly en: string; readonly mark: string }> = {
  overdue: { nb: 'forfalt', en: 'overdue', mark: '!' },
  due: { nb: 'i dag', en: 'due today', mark: '•' },
  upcoming: { nb: 'kommer', en: 'upcoming', mark: '•' },
  done: { nb: 'gjort', en: 'done', mark: '✓' },
};

/** The rule an item rests on and its sections, as the text and the calendar cite them. */
export function citation(item: AgendaItem): string {
  const sources = item.sources.map((s) => `${s.source} «${s.section}»`).join(', ');
  return sources === '' ? item.rule : `${item.rule}: ${sources}`;
}

/** The agenda as a to-do list: overdue first, then each day from today on, then what was done; every line cites its rule. */
export function renderAgenda(result: Agenda, locale: Locale): string {
  const out = [
    t(
      locale,
      `Agenda per ${longDate(result.asOf, locale)}: det som er forfalt, og de neste ${result.days} dagene`,
      `Agenda as of ${longDate(result.asOf, locale)}: what is overdue, and the next ${result.days} days`,
    ),
  ];
  const entry = (item: AgendaItem, dated: boolean) =>
    `  ${STATUS[item.status].mark} ${dated ? `${item.date}  ` : ''}${item.caseId}: ${item.text}  [${citation(item)}]`;
  const overdue = result.items.filter((i) => i.status === 'overdue');
  const done = result.items.filter((i) => i.status === 'done');
  const ahead = result.items.filter((i) => i.status === 'due' || i.status === 'upcoming');
  if (result.items.length === 0)
    out.push(
      '',
      t(
        locale,
        `Ingenting er forfalt, og ingenting faller de neste ${result.days} dagene.`,
        `Nothing is overdue, and nothing falls in the next ${result.days} days.`,
      ),
    );
  if (overdue.length > 0) out.push('', t(locale, 'Forfalt', 'Overdue'), ...overdue.map((i) => entry(i, true)));
  let day = '';
  for (const item of ahead) {
    if (item.date !== day) {
      day = item.date;
      const heading = longDate(day, locale);
      out.push('', day === result.asOf ? t(locale, `I dag, ${heading}`, `Today, ${heading}`) : heading);
    }
    out.push(entry(item, false));
  }
  if (done.length > 0)
    out.push(
      '',
      t(locale, `Gjort (de siste ${result.days} dagene)`, `Done (the last ${result.days} days)`),
      ...done.map((i) => entry(i, true)),
    );
  return `${out.join('\n')}\n`;
}
