// Benchmark inputs that look like real use: forms leave out different fields, so every optional field is drawn
// present or absent on its own; both offers and both locales occur; about 4 % of inputs are invalid in the ways
// people and programs get them wrong (a misspelt key, a grade of 15, a grade sent as text, a wrong enum value, a
// required field left out); a batch line is now and then not JSON at all. Seeded: every run draws the same data.

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pickWith = (rand) => (xs) => xs[Math.floor(rand() * xs.length)];
/** Absent, true or false, each a third of the time. */
const tri = (rand) => {
  const r = rand();
  return r < 1 / 3 ? undefined : r < 2 / 3;
};
const GRADES = [0, 20, 25, 30, 40, 50, 60, 70, 75, 80, 100];

/** The share of eligibility inputs made invalid, and the kinds of mistake drawn for them. */
export const INVALID_SHARE = 0.04;
const MISTAKES = ['misspelt key', 'grade 15', 'grade as text', 'wrong enum', 'required field left out'];

/** A valid EligibilityInput with every optional field present or absent on its own. */
export function validEligibility(rand) {
  const pick = pickWith(rand);
  const c = { referral: rand() < 0.85 ? 'nav' : pick(['gp', 'self', 'other']), employment: rand() < 0.6 ? 'employed' : 'not-employed' };
  if (rand() < 0.5) c.offer = rand() < 0.7 ? 'residential' : 'day';
  if (rand() < 0.6) c.sickLeaveGrade = pick(GRADES);
  const war = tri(rand);
  if (war !== undefined) c.workAbilityReduced = war;
  if (rand() < 0.7) {
    const p = {};
    for (const k of ['sickLeaveHalvedTwoWeeksAfter', 'inWorkOrJobSeekingEightWeeksAfter']) {
      const v = tri(rand);
      if (v !== undefined) p[k] = v;
    }
    c.prognosis = p;
  }
  if (rand() < 0.7) {
    const g = {};
    for (const k of ['noSuitableDayOffer', 'environmentChangeEssential', 'complexHealthProblems']) {
      const v = tri(rand);
      if (v !== undefined) g[k] = v;
    }
    c.residentialGrounds = g;
  }
  return c;
}

/** An EligibilityInput as real callers send them: mostly valid, INVALID_SHARE of them wrong in one way. */
export function eligibilityInput(rand) {
  const c = validEligibility(rand);
  if (rand() >= INVALID_SHARE) return { input: c, mistake: undefined };
  const mistake = pickWith(rand)(MISTAKES);
  if (mistake === 'misspelt key') {
    const { employment, ...rest } = c;
    return { input: { ...rest, employmnet: employment }, mistake };
  }
  if (mistake === 'grade 15') return { input: { ...c, sickLeaveGrade: 15 }, mistake };
  if (mistake === 'grade as text') return { input: { ...c, sickLeaveGrade: '50' }, mistake };
  if (mistake === 'wrong enum') return { input: { ...c, referral: 'NAV' }, mistake };
  const { referral: _, ...rest } = c;
  return { input: rest, mistake };
}

/** The bench's in-process eligibility cases (seeded): 20,000 drawn as above with a language each, and 2,000 invalid ones. */
export function benchCases(count = 20_000) {
  const rand = seeded(42);
  const drawn = Array.from({ length: count }, () => eligibilityInput(rand));
  const locales = drawn.map(() => (rand() < 0.5 ? 'nb' : 'en'));
  const invalid = [];
  for (const r = seeded(5); invalid.length < 2_000; ) {
    const d = eligibilityInput(r);
    if (d.mistake !== undefined) invalid.push(d.input);
  }
  return { drawn, cases: drawn.map((d) => d.input), locales, invalid };
}

/** The floor: the same rules as bare boolean logic, without validation or explanation. */
export function bare(c) {
  if (c.referral !== 'nav') return 'no';
  const sick = c.sickLeaveGrade === undefined ? undefined : c.sickLeaveGrade > 0;
  const base = sick === true || c.workAbilityReduced === true ? true : sick === false && c.workAbilityReduced === false ? false : undefined;
  let group;
  if (c.employment === 'employed') {
    const h = c.prognosis?.sickLeaveHalvedTwoWeeksAfter;
    group = sick === false || h === false ? false : sick === true && h === true ? true : undefined;
  } else group = c.prognosis?.inWorkOrJobSeekingEightWeeksAfter;
  const g = c.residentialGrounds ?? {};
  const vals = [g.noSuitableDayOffer, g.environmentChangeEssential, g.complexHealthProblems];
  const grounds = vals.includes(true) ? true : vals.every((v) => v === false) ? false : undefined;
  const all = [base, group, grounds];
  return all.includes(false) ? 'no' : all.includes(undefined) ? 'undetermined' : 'yes';
}

/** A StayInput: every working-day start of 2027–2028, either employment, weeks absent or one of 4, 8, 12. */
export function stayInput(rand, starts) {
  const s = { start: starts[Math.floor(rand() * starts.length)], employment: rand() < 0.6 ? 'employed' : 'not-employed' };
  if (rand() < 0.5) s.weeks = pickWith(rand)([4, 8, 12]);
  return s;
}

/** The share of batch lines that are not JSON at all. */
export const MALFORMED_SHARE = 0.001;

/** One batch line: an id most of the time, then the input; now and then a line cut short. */
export function eligibilityLine(rand, n) {
  const { input, mistake } = eligibilityInput(rand);
  const line = JSON.stringify(rand() < 0.9 ? { id: `sak-${n}`, ...input } : input);
  if (rand() < MALFORMED_SHARE) return { line: line.slice(0, Math.floor(line.length / 2)), mistake: 'malformed JSON', input };
  return { line, mistake, input };
}

/**
 * The class of an input that decides its eligibility result (the library's own `eligibilityKey`, tested over the
 * whole input space): a grade counts only as 0 or above 0, since the rules ask no more of it. Two valid inputs in one
 * class get equal answers.
 */
export { eligibilityKey as eligibilityClass } from '../dist/eligibility/fast.js';
