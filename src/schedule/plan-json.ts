/**
 * A stay plan as JSON, written from the shape `planStay` gives it: the text `JSON.stringify(plan)` writes, byte for
 * byte, in a fraction of its time. For the service and the batch, which write a plan per request or line and spent as
 * long in `JSON.stringify` as in planning. A property test holds it to `JSON.stringify` over every start of several
 * years, both employments, every length and both languages (test/schedule/plan-json.test.ts).
 */
import type { SourceRef } from '../core/evaluation.js';
import type { StayPlan } from './plan-build.js';

/**
 * What follows a phase's or milestone's date in its JSON: its title and sources, and the closing brace, kept by title.
 * Each title of the library comes with one list of sources, shared by every plan; a title met with another list is
 * written anew. At most `KEPT` are kept (the library has about 60 titles), so nothing can make it grow without end.
 */
const pieces = new Map<string, { readonly sources: readonly SourceRef[]; readonly piece: string }>();
const KEPT = 256;

function titled(title: string, sources: readonly SourceRef[]): string {
  const kept = pieces.get(title);
  if (kept !== undefined && kept.sources === sources) return kept.piece;
  const piece = `,"title":${JSON.stringify(title)},"sources":${JSON.stringify(sources)}}`;
  if (kept === undefined && pieces.size < KEPT) pieces.set(title, { sources, piece });
  return piece;
}

/** A text as a JSON string, escaped as `JSON.stringify` escapes it (messages, notes, names: the plan's other prose). */
const text = (value: string) => JSON.stringify(value);

/** The items of a list, each written by `write`, joined by commas as `JSON.stringify` joins them. */
function each<T>(items: readonly T[], write: (item: T) => string): string {
  let json = '';
  items.forEach((item, i) => {
    json += i === 0 ? write(item) : `,${write(item)}`;
  });
  return json;
}

/**
 * `JSON.stringify(plan)` for a plan `planStay` (or `planPlain`) made and nobody changed: ids, dates, the employment
 * and the weeks are written as they are, since the plan only ever holds its own fixed words, `YYYY-MM-DD` dates and a
 * whole number there; every text is escaped.
 */
export function stayPlanJson(plan: StayPlan): string {
  return (
    `{"start":"${plan.start}","end":"${plan.end}","weeks":${plan.weeks},"employment":"${plan.employment}",` +
    `"phases":[${each(plan.phases, (p) => `{"id":"${p.id}","from":"${p.from}","to":"${p.to}"${titled(p.title, p.sources)}`)}],` +
    `"milestones":[${each(plan.milestones, (m) => `{"id":"${m.id}","date":"${m.date}"${titled(m.title, m.sources)}`)}],` +
    `"warnings":[${each(plan.warnings, (w) => `{"code":"${w.code}","message":${text(w.message)}}`)}],` +
    `"notes":[${each(plan.notes, text)}],` +
    `"holidays":[${each(plan.holidays, (h) => `{"date":"${h.date}","name":${text(h.name)}}`)}],` +
    `"rulesVersion":${text(plan.rulesVersion)}}`
  );
}
