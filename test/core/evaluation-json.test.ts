import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import type { Evaluation } from '../../src/core/evaluation.js';
import { branchBytes, JsonOut, writeRoot } from '../../src/core/evaluation-json.js';
import { rnnk } from '../../src/core/rule.js';
import { assessOutcome } from '../../src/eligibility/outcome.js';
import { participationTerms, travelCosts } from '../../src/entitlements/entitlements.js';
import { assessFollowUpPlan, followUpStatus } from '../../src/followup/followup.js';
import { assessExtension } from '../../src/schedule/extension.js';

// Every class of eligibility input, in both languages, is compared in test/eligibility/fast.test.ts. Here: the other
// kinds' trees, notes included, and the memo's own edges.
const locale = fc.constantFrom('nb' as const, 'en' as const);
const tri = fc.constantFrom(undefined, true, false);
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2027-02-${String(d).padStart(2, '0')}`);
/** An evaluation written as the batch and the service write an eligibility answer's: the root, then its branches' bytes. */
function evaluationJson(e: Evaluation): string {
  const out = new JsonOut(64);
  writeRoot(e, e.children.map(branchBytes), out);
  return out.copy().toString('utf8');
}
const same = (e: Evaluation) => expect(evaluationJson(e)).toBe(JSON.stringify(e));
/** The evaluation of a call, or undefined for an input the function refuses (the generators make some). */
function answered(call: () => Evaluation): Evaluation | undefined {
  try {
    return call();
  } catch (error) {
    if (error instanceof InvalidInputError) return undefined;
    throw error;
  }
}

describe('evaluationJson: JSON.stringify of any evaluation the library makes', () => {
  test.prop([
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 3 }),
    tri,
    fc.constantFrom(undefined, 'rnnk' as const, 'nav' as const),
    locale,
  ])('extensions', (currentWeeks, additionalWeeks, extensionsSoFar, need, profile, l) => {
    const e = answered(() => assessExtension({ currentWeeks, additionalWeeks, extensionsSoFar, need, profile }, { locale: l }));
    if (e !== undefined) same(e);
  });

  test.prop([fc.array(day, { maxLength: 5 }), fc.constantFrom(undefined, 'employed' as const, 'not-employed' as const), locale])(
    'follow-up bookings, with and without notes',
    (dates, employment, l) => {
      const meetings = dates.map((date) => ({ date, time: '10:00', mode: 'phone' as const }));
      same(assessFollowUpPlan({ returnHome: '2027-01-31', meetings, ...(employment === undefined ? {} : { employment }) }, { locale: l }));
    },
  );

  test.prop([fc.uniqueArray(day, { maxLength: 4 }), locale])('follow-up status', (held, l) => {
    same(followUpStatus({ returnHome: '2027-01-31', held, asOf: '2027-03-01' }, { locale: l }).evaluation);
  });

  test.prop([
    fc.constantFrom('employed' as const, 'not-employed' as const),
    fc.option(fc.integer({ min: 20, max: 100 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    tri,
    locale,
  ])('outcomes', (targetGroup, sickLeaveGradeAtStart, sickLeaveGradeAtCheckpoint, inWorkOrJobSeeking, l) => {
    const input =
      targetGroup === 'employed'
        ? { targetGroup, returnHome: '2027-01-31', asOf: '2027-04-01', sickLeaveGradeAtStart, sickLeaveGradeAtCheckpoint }
        : { targetGroup, returnHome: '2027-01-31', asOf: '2027-04-01', inWork: inWorkOrJobSeeking, declaredFit: inWorkOrJobSeeking };
    const e = answered(() => assessOutcome(input as never, { locale: l }).evaluation);
    if (e !== undefined) same(e);
  });

  test.prop([fc.constantFrom('sykepenger', 'aap', 'tiltakspenger', 'dagpenger', 'none', 'other' as const), locale])(
    'travel and terms',
    (benefit, l) => {
      same(travelCosts({ benefit } as never, { locale: l }).evaluation);
      same(participationTerms({ benefit } as never, { locale: l }).evaluation);
    },
  );
});

describe('evaluationJson: answers the generators above are sure to reach', () => {
  test('an extension granted and refused, an outcome of each group', () => {
    const granted = assessExtension({ currentWeeks: 4, additionalWeeks: 4, need: true }, { locale: 'en' });
    const refused = assessExtension({ currentWeeks: 12, additionalWeeks: 4, extensionsSoFar: 2, need: true });
    expect([granted.verdict, refused.verdict]).toEqual(['yes', 'no']);
    same(granted);
    same(refused);
    const one = assessOutcome({
      targetGroup: 'employed',
      returnHome: '2027-01-31',
      asOf: '2027-02-14',
      sickLeaveGradeAtStart: 80,
      sickLeaveGradeAtCheckpoint: 40,
    });
    const two = assessOutcome(
      { targetGroup: 'not-employed', returnHome: '2027-01-31', asOf: '2027-04-01', inWork: true },
      { locale: 'en' },
    );
    expect([one.verdict, two.verdict]).toEqual(['yes', 'yes']);
    same(one.evaluation);
    same(two.evaluation);
  });
});

describe('JsonOut: the output buffer', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }).map((text) => ({ text })),
    fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((text) => ({ text })),
    fc.uint8Array({ maxLength: 100 }).map((bytes) => ({ bytes })),
  );
  test.prop([fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 64 })])(
    'holds what Buffer.from of each piece holds, in order, whatever it starts with and however it grows',
    (pieces, size) => {
      const out = new JsonOut(size);
      for (const p of pieces)
        if ('text' in p) out.text(p.text);
        else out.bytes(p.bytes);
      const expected = Buffer.concat(pieces.map((p) => ('text' in p ? Buffer.from(p.text, 'utf8') : Buffer.from(p.bytes))));
      expect(out.length).toBe(expected.length);
      expect(out.copy().equals(expected)).toBe(true);
      const taken = out.take();
      expect(taken.equals(expected)).toBe(true);
      expect(out.length).toBe(0);
      out.text('é');
      expect(taken.equals(expected)).toBe(true);
    },
  );

  test('after a long piece it starts again at its first size', () => {
    const out = new JsonOut(64);
    out.text('x'.repeat(100_000));
    expect(out.take().length).toBe(100_000);
    out.text('{}');
    expect(out.take().buffer.byteLength).toBeLessThan(100_000);
  });
});

describe('evaluationJson: the memo', () => {
  const rule = { id: 'test.rule', sources: Object.freeze([rnnk('Målgruppe')]) };
  const node = (reason: string, verdict: Evaluation['verdict'], sources = rule.sources): Evaluation => ({
    rule: rule.id,
    verdict,
    reason,
    sources,
    missing: verdict === 'undetermined' ? ['a "quoted"\npath'] : [],
    children: [],
  });

  test('one rule and reason with another verdict, or other sources, is written as it is, not as the first one was', () => {
    same(node('Samme grunn.', 'yes'));
    same(node('Samme grunn.', 'no'));
    same(node('Samme grunn.', 'undetermined'));
    same(node('Samme grunn.', 'no', Object.freeze([rnnk('Henvisning og inntak')])));
    same(node('Samme grunn.', 'yes'));
  });

  test('a branch is written as it is: its own missing list, children and notes, whatever was written before', () => {
    const child = node('Barnet.', 'undetermined');
    const branch = (missing: string[], children: Evaluation[]): Evaluation => ({ ...node('Grenen.', 'undetermined'), missing, children });
    const root = (b: Evaluation): Evaluation => ({ ...node('Roten.', 'undetermined'), children: [b] });
    for (const b of [
      branch(['a'], [child]),
      branch(['a', 'b'], [child]),
      branch(['a'], [child]),
      branch(['b'], [child]),
      branch(['a'], [child, child]),
      branch(['a'], [node('Barnet.', 'yes')]),
      branch(['a'], []),
      { ...branch(['a'], [child]), notes: [{ rule: 'test.note', text: 'En merknad.', sources: rule.sources }] },
    ])
      same(root(b));
  });

  test('past its bound it starts again, and every answer is still JSON.stringify’s', () => {
    const reasons = Array.from({ length: 10_000 }, (_, i) => `Grunn nr. ${i} – «${'ø'.repeat(i % 7)}»\t\\`);
    for (const reason of reasons) same(node(reason, 'yes'));
    const tree: Evaluation = { ...node('Roten.', 'undetermined'), children: reasons.slice(0, 50).map((r) => node(r, 'undetermined')) };
    same(tree);
  });
});
