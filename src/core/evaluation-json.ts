/**
 * An evaluation as JSON text, byte for byte what `JSON.stringify` writes, for the callers that write many answers
 * (the command line's batch, the HTTP service). What repeats from answer to answer — a node's rule, verdict, reason
 * and sources, about a hundred different heads for all of eligibility in both languages — is written once and kept;
 * only the missing lists and the joins are written each time. The memo is bounded: past `MEMO_MAX` heads it starts
 * again, so no input can make it grow without end.
 *
 * For an evaluation as the library made it (its nodes come from `leaf`, `allOf`, `anyOf`, `noneOf` or a literal with
 * the same keys in the same order, and its sources are the rules' frozen lists): tests hold it to `JSON.stringify`
 * for every class of eligibility input and for every other kind's answers.
 */
import type { Evaluation, SourceRef, Verdict } from './evaluation.js';

const MEMO_MAX = 4_096;

interface Head {
  readonly verdict: Verdict;
  readonly sources: readonly SourceRef[];
  /** `{"rule":…,"verdict":…,"reason":…,"sources":[…],"missing":` */
  readonly text: string;
}

/** Heads by rule, then by reason: both are the library's own strings, so each lookup uses a hash V8 already has. */
const memo = new Map<string, Map<string, Head>>();
let heads = 0;

function headOf(e: Evaluation): string {
  let byReason = memo.get(e.rule);
  const found = byReason?.get(e.reason);
  if (found !== undefined && found.verdict === e.verdict && found.sources === e.sources) return found.text;
  const text = `{"rule":${JSON.stringify(e.rule)},"verdict":${JSON.stringify(e.verdict)},"reason":${JSON.stringify(e.reason)},"sources":${JSON.stringify(e.sources)},"missing":`;
  if (heads >= MEMO_MAX) {
    memo.clear();
    heads = 0;
    byReason = undefined;
  }
  if (byReason === undefined) {
    byReason = new Map();
    memo.set(e.rule, byReason);
  }
  if (!byReason.has(e.reason)) heads += 1;
  byReason.set(e.reason, { verdict: e.verdict, sources: e.sources, text });
  return text;
}

/** `JSON.stringify(evaluation)`, the repeating parts from the memo. */
export function evaluationJson(e: Evaluation): string {
  let out = `${headOf(e)}${e.missing.length === 0 ? '[]' : JSON.stringify(e.missing)},"children":[`;
  const children = e.children;
  for (let i = 0; i < children.length; i += 1) {
    if (i > 0) out += ',';
    out += evaluationJson(children[i] as Evaluation);
  }
  out += ']';
  if (e.notes !== undefined) out += `,"notes":${JSON.stringify(e.notes)}`;
  return `${out}}`;
}
