import { parseWith } from '../core/check.js';
import { type InputIssue, InvalidInputError } from '../core/errors.js';
import { allOf, type Evaluation, leaf, type Reasons } from '../core/evaluation.js';
import { counted, type Locale, type Options, weeksText } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { ExtensionInputCheck } from './checks.js';
import { S } from './rules.js';

/** A request to extend a stay. */
export interface ExtensionInput {
  /** The stay before any extension, in weeks; default 4. */
  readonly baseWeeks?: number | undefined;
  /** The length of the stay as planned now, in weeks. */
  readonly currentWeeks: number;
  /** The extension asked for, in whole weeks (at least 1). */
  readonly additionalWeeks: number;
  /** Extensions granted so far; default 0. */
  readonly extensionsSoFar?: number | undefined;
  /** A documented need for the extension ("ved behov"). */
  readonly need?: boolean | undefined;
  /** `rnnk` (default): 4-week blocks, at most two; `nav`: up to 8 more weeks in all. */
  readonly profile?: 'rnnk' | 'nav' | undefined;
}

/** The longest stay with every extension (decision 13). */
export const MAX_STAY_WEEKS = 12;
/** NAV's limit on the extension weeks in all (nav-arr `Varighet`). */
export const NAV_MAX_EXTRA_WEEKS = 8;

const REASONS: Reasons = {
  yes: { nb: 'Forlengelsen kan innvilges etter reglene.', en: 'The extension can be granted under the rules.' },
  no: { nb: 'Forlengelsen kan ikke innvilges etter reglene.', en: 'The extension cannot be granted under the rules.' },
  undetermined: {
    nb: 'Det kan ikke avgjøres ennå om forlengelsen kan innvilges.',
    en: 'It cannot be decided yet whether the extension can be granted.',
  },
};

function check(rule: (typeof S)[keyof typeof S], ok: boolean, yes: string, no: string): Evaluation {
  return leaf(rule, ok ? 'yes' : 'no', ok ? yes : no);
}

function needRule(need: boolean | undefined, locale: Locale): Evaluation {
  const nb = locale === 'nb';
  if (need === undefined) {
    return leaf(
      S.need,
      'undetermined',
      nb
        ? 'Det er ikke oppgitt om behovet for forlengelse er dokumentert.'
        : 'It is not stated whether the need for an extension is documented.',
      ['need'],
    );
  }
  return check(
    S.need,
    need,
    nb ? 'Behovet for forlengelse er dokumentert.' : 'The need for an extension is documented.',
    nb
      ? 'Behovet for forlengelse er ikke dokumentert; oppholdet forlenges bare ved behov.'
      : 'The need for an extension is not documented; the stay is extended only when needed.',
  );
}

/** The stays RNNK offers: 4 weeks, extended by 4 and 4 more (rnnk-arr-dogn `Gruppetilbud`). */
export const RNNK_STAY_WEEKS: readonly number[] = [4, 8, 12];
/** RNNK's base stay and the length of each of its extensions, in weeks. */
const RNNK_BLOCK = 4;

/** A validated request with every default settled. */
interface Settled {
  readonly baseWeeks: number;
  readonly currentWeeks: number;
  readonly additionalWeeks: number;
  /** Under `rnnk`, derived from `currentWeeks` when not given; undefined where neither tells it. */
  readonly extensionsSoFar: number | undefined;
  readonly profile: 'rnnk' | 'nav';
  readonly need: boolean | undefined;
}

function rnnkBlocks(input: Settled, locale: Locale): Evaluation {
  const nb = locale === 'nb';
  const { baseWeeks, currentWeeks, additionalWeeks } = input;
  const weeks = (n: number) => weeksText(n, locale);
  let no: string | undefined;
  if (baseWeeks !== RNNK_BLOCK) {
    no = nb ? `RNNKs grunnopphold er 4 uker, ikke ${weeks(baseWeeks)}.` : `RNNK's base stay is 4 weeks, not ${weeks(baseWeeks)}.`;
  } else if (!RNNK_STAY_WEEKS.includes(currentWeeks)) {
    no = nb
      ? `RNNK tilbyr opphold på 4, 8 eller 12 uker; et opphold på ${weeks(currentWeeks)} er ikke ett av dem.`
      : `RNNK offers stays of 4, 8 or 12 weeks; a stay of ${weeks(currentWeeks)} is not one of them.`;
  } else if (additionalWeeks !== RNNK_BLOCK) {
    no = nb
      ? `Ved RNNK forlenges oppholdet med nøyaktig 4 uker om gangen, ikke ${weeks(additionalWeeks)}.`
      : `At RNNK a stay is extended by exactly 4 weeks at a time, not ${weeks(additionalWeeks)}.`;
  }
  return check(
    S.rnnkBlocks,
    no === undefined,
    nb
      ? `Oppholdet på ${weeks(currentWeeks)} er ett av RNNKs opphold, og forlengelsen er 4 uker.`
      : `The stay of ${weeks(currentWeeks)} is one of RNNK's stays, and the extension is 4 weeks.`,
    no ?? '',
  );
}

function rnnkCount(extensionsSoFar: number, locale: Locale): Evaluation {
  const nb = locale === 'nb';
  const times = counted(extensionsSoFar, { nb: 'gang', en: 'time' }, { nb: 'ganger', en: 'times' }, locale);
  return check(
    S.rnnkCount,
    extensionsSoFar < 2,
    nb
      ? `Dette blir forlengelse nummer ${extensionsSoFar + 1} av høyst to.`
      : `This would be extension ${extensionsSoFar + 1} of at most two.`,
    nb
      ? `Oppholdet er allerede forlenget ${times}; RNNK forlenger høyst to ganger.`
      : `The stay has already been extended ${times}; RNNK extends at most twice.`,
  );
}

function navRules(input: Settled, locale: Locale): Evaluation[] {
  const nb = locale === 'nb';
  const { baseWeeks, currentWeeks, additionalWeeks } = input;
  const extra = currentWeeks - baseWeeks + additionalWeeks;
  const weeks = (n: number) => weeksText(n, locale);
  return [
    check(
      S.navBase,
      baseWeeks <= 4,
      nb
        ? `Grunnoppholdet er ${weeks(baseWeeks)}, innenfor NAVs grense på 4 uker.`
        : `The base stay is ${weeks(baseWeeks)}, within NAV's limit of 4 weeks.`,
      nb
        ? `Grunnoppholdet er ${weeks(baseWeeks)}; NAV gir et grunnopphold på inntil 4 uker.`
        : `The base stay is ${weeks(baseWeeks)}; NAV grants a base stay of up to 4 weeks.`,
    ),
    check(
      S.navLimit,
      extra <= NAV_MAX_EXTRA_WEEKS,
      nb
        ? `Forlengelsene blir ${weeks(extra)} i alt, innenfor NAVs grense på ${NAV_MAX_EXTRA_WEEKS} uker.`
        : `The extensions come to ${weeks(extra)} in all, within NAV's limit of ${NAV_MAX_EXTRA_WEEKS} weeks.`,
      nb
        ? `Forlengelsene ville bli ${weeks(extra)} i alt; NAV forlenger med inntil ${NAV_MAX_EXTRA_WEEKS} uker.`
        : `The extensions would come to ${weeks(extra)} in all; NAV extends by up to ${NAV_MAX_EXTRA_WEEKS} weeks.`,
    ),
  ];
}

/** Evaluates a settled request; total. */
function evaluateExtension(input: Settled, locale: Locale): Evaluation {
  const nb = locale === 'nb';
  const total = input.currentWeeks + input.additionalWeeks;
  const children: Evaluation[] = [
    needRule(input.need, locale),
    check(
      S.maxTotal,
      total <= MAX_STAY_WEEKS,
      nb
        ? `Oppholdet blir ${weeksText(total, locale)}, innenfor grensen på ${MAX_STAY_WEEKS}.`
        : `The stay becomes ${weeksText(total, locale)}, within the limit of ${MAX_STAY_WEEKS}.`,
      nb
        ? `Oppholdet ville bli ${weeksText(total, locale)}; det kan aldri bli lengre enn ${MAX_STAY_WEEKS}.`
        : `The stay would become ${weeksText(total, locale)}; it can never exceed ${MAX_STAY_WEEKS}.`,
    ),
  ];
  if (input.profile === 'rnnk') {
    children.push(rnnkBlocks(input, locale));
    // For a stay RNNK does not offer, nothing tells how often it was extended unless the caller says so.
    if (input.extensionsSoFar !== undefined) children.push(rnnkCount(input.extensionsSoFar, locale));
  } else children.push(...navRules(input, locale));
  return allOf(S.extensionRequest, REASONS, locale, children);
}

/**
 * Settles the defaults the profile implies and rejects a request that contradicts itself.
 * `rnnk`: the base is 4 weeks, and an RNNK stay of 4, 8 or 12 weeks has had 0, 1 or 2 extensions.
 * `nav`: a stay of up to 4 weeks with no `baseWeeks` is itself the base stay (nav-arr `Varighet`:
 * "inntil 4 uker"); a longer one takes the default base of 4 weeks.
 */
function settle(valid: ExtensionInput, locale: Locale): Settled {
  const nb = locale === 'nb';
  const profile = valid.profile ?? 'rnnk';
  const { currentWeeks, additionalWeeks } = valid;
  const baseWeeks = valid.baseWeeks ?? (profile === 'nav' && currentWeeks <= 4 ? currentWeeks : RNNK_BLOCK);
  const issues: InputIssue[] = [];
  if (valid.baseWeeks !== undefined && currentWeeks < baseWeeks) {
    issues.push({
      path: 'currentWeeks',
      message: nb
        ? `Oppholdet er planlagt til ${weeksText(currentWeeks, locale)}, kortere enn det oppgitte grunnoppholdet på ${weeksText(baseWeeks, locale)}.`
        : `The stay is planned at ${weeksText(currentWeeks, locale)}, shorter than the given base stay of ${weeksText(baseWeeks, locale)}.`,
    });
  }
  let extensionsSoFar = valid.extensionsSoFar;
  if (profile === 'rnnk' && baseWeeks === RNNK_BLOCK && RNNK_STAY_WEEKS.includes(currentWeeks)) {
    const implied = (currentWeeks - RNNK_BLOCK) / RNNK_BLOCK;
    if (valid.extensionsSoFar !== undefined && valid.extensionsSoFar !== implied) {
      const given = valid.extensionsSoFar;
      const stay = RNNK_BLOCK * (given + 1);
      const times = (n: number) => counted(n, { nb: 'gang', en: 'time' }, { nb: 'ganger', en: 'times' }, locale);
      issues.push(
        {
          path: 'currentWeeks',
          message: nb
            ? `Et RNNK-opphold på ${weeksText(currentWeeks, locale)} er forlenget ${times(implied)}, men antall forlengelser så langt er oppgitt som ${given}.`
            : `An RNNK stay of ${weeksText(currentWeeks, locale)} has been extended ${times(implied)}, but the extensions so far are given as ${given}.`,
        },
        {
          path: 'extensionsSoFar',
          message: nb
            ? `Med ${counted(given, { nb: 'forlengelse', en: '' }, { nb: 'forlengelser', en: '' }, locale)} er et RNNK-opphold ${weeksText(stay, locale)}, men oppholdet er oppgitt til ${weeksText(currentWeeks, locale)}.`
            : `With ${counted(given, { nb: '', en: 'extension' }, { nb: '', en: 'extensions' }, locale)}, an RNNK stay is ${weeksText(stay, locale)}, but the stay is given as ${weeksText(currentWeeks, locale)}.`,
        },
      );
    }
    extensionsSoFar = implied;
  }
  if (issues.length > 0) throw new InvalidInputError(issues, locale);
  return { baseWeeks, currentWeeks, additionalWeeks, extensionsSoFar, profile, need: valid.need };
}

/**
 * May the stay be extended? Profile `rnnk` (default): RNNK's stays are 4, 8
 * or 12 weeks, each extension exactly 4 weeks, at most two; a stay of another
 * length is `no`. Profile `nav`: a base stay of up to 4 weeks (a stay of up to
 * 4 weeks with no `baseWeeks` is itself the base), extensions of up to 8 weeks
 * in all. Either way a documented need, and never past 12 weeks.
 *
 * @throws InvalidInputError for weeks that are not whole numbers, a current stay shorter than
 * the `baseWeeks` given, or (`rnnk`) an `extensionsSoFar` that contradicts `currentWeeks`.
 * @example
 * ```ts
 * import { assessExtension } from 'arr-rules';
 * assessExtension({ currentWeeks: 4, additionalWeeks: 4, need: true }).verdict; // 'yes'
 * assessExtension({ currentWeeks: 12, additionalWeeks: 4, extensionsSoFar: 2, need: true }).verdict; // 'no'
 * ```
 */
export function assessExtension(input: ExtensionInput, options?: Options): Evaluation {
  const locale = localeOf(options);
  return evaluateExtension(settle(parseWith(ExtensionInputCheck, input, locale), locale), locale);
}
