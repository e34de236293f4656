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

/**
 * `JSON.stringify(plan)` for a plan `planStay` (or `planPlain`) made and nobody changed: ids, dates, the employment
 * and the weeks are written as they are, since the plan only ever holds its own fixed words, `YYYY-MM-DD` dates and a
 * whole number there; every text is escaped.
 */
export function stayPlanJson(plan: StayPlan): string {
  let json = `{"start":"${plan.start}","end":"${plan.end}","weeks":${plan.weeks},"employment":"${plan.employment}","phases":[`;
  plan.phases.forEach((p, i) => {
    json += `${i === 0 ? '' : ','}{"id":"${p.id}","from":"${p.from}","to":"${p.to}"${titled(p.title, p.sources)}`;
  });
  json += '],"milestones":[';
  plan.milestones.forEach((m, i) => {
    json += `${i === 0 ? '' : ','}{"id":"${m.id}","date":"${m.date}"${titled(m.title, m.sources)}`;
  });
  json += '],"warnings":[';
  plan.warnings.forEach((w, i) => {
    json += `${i === 0 ? '' : ','}{"code":"${w.code}","message":${text(w.message)}}`;
  });
  json += '],"notes":[';
  plan.notes.forEach((note, i) => {
    json += `${i === 0 ? '' : ','}${text(note)}`;
  });
  json += '],"holidays":[';
  plan.holidays.forEach((h, i) => {
    json += `${i === 0 ? '' : ','}{"date":"${h.date}","name":${text(h.name)}}`;
  });
  return `${json}],"rulesVersion":${text(plan.rulesVersion)}}`;
}
