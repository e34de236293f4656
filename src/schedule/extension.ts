import { InvalidInputError } from '../core/errors.js';
import { allOf, type Evaluation, leaf, type Reasons } from '../core/evaluation.js';
import type { Locale, Options } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { parseInput } from '../core/schema.js';
import { S } from './rules.js';
import { ExtensionInputSchema } from './schemas.js';

/** A request to extend a stay. */
export interface ExtensionInput {
  /** The stay before any extension, in weeks; default 4. */
  readonly baseWeeks?: number;
  /** The length of the stay as planned now, in weeks. */
  readonly currentWeeks: number;
  /** The extension asked for, in whole weeks (at least 1). */
  readonly additionalWeeks: number;
  /** Extensions granted so far; default 0. */
  readonly extensionsSoFar?: number;
  /** A documented need for the extension ("ved behov"). */
  readonly need?: boolean;
  /** `rnnk` (default): 4-week blocks, at most two; `nav`: up to 8 more weeks in all. */
  readonly profile?: 'rnnk' | 'nav';
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

/** Evaluates an already-validated request; total. */
function evaluateExtension(
  input: Required<Omit<ExtensionInput, 'need'>> & { readonly need: boolean | undefined },
  locale: Locale,
): Evaluation {
  const nb = locale === 'nb';
  const { baseWeeks, currentWeeks, additionalWeeks, extensionsSoFar, profile } = input;
  const total = currentWeeks + additionalWeeks;
  const children: Evaluation[] = [needRule(input.need, locale)];
  children.push(
    check(
      S.maxTotal,
      total <= MAX_STAY_WEEKS,
      nb
        ? `Oppholdet blir ${total} uker, innenfor grensen på ${MAX_STAY_WEEKS}.`
        : `The stay becomes ${total} weeks, within the limit of ${MAX_STAY_WEEKS}.`,
      nb
        ? `Oppholdet ville bli ${total} uker; det kan aldri bli lengre enn ${MAX_STAY_WEEKS}.`
        : `The stay would become ${total} weeks; it can never exceed ${MAX_STAY_WEEKS}.`,
    ),
  );
  if (profile === 'rnnk') {
    const blocks = baseWeeks === 4 && additionalWeeks === 4;
    children.push(
      check(
        S.rnnkBlocks,
        blocks,
        nb ? 'Grunnoppholdet er 4 uker, og forlengelsen er 4 uker.' : 'The base stay is 4 weeks and the extension is 4 weeks.',
        nb
          ? `Ved RNNK er grunnoppholdet 4 uker og hver forlengelse nøyaktig 4 uker (her ${baseWeeks} og ${additionalWeeks}).`
          : `At RNNK the base stay is 4 weeks and each extension exactly 4 weeks (here ${baseWeeks} and ${additionalWeeks}).`,
      ),
      check(
        S.rnnkCount,
        extensionsSoFar < 2,
        nb
          ? `Dette blir forlengelse nummer ${extensionsSoFar + 1} av høyst to.`
          : `This would be extension ${extensionsSoFar + 1} of at most two.`,
        nb
          ? `Oppholdet er allerede forlenget ${extensionsSoFar} ganger; RNNK forlenger høyst to ganger.`
          : `The stay has already been extended ${extensionsSoFar} times; RNNK extends at most twice.`,
      ),
    );
  } else {
    const extra = currentWeeks - baseWeeks + additionalWeeks;
    children.push(
      check(
        S.navBase,
        baseWeeks <= 4,
        nb ? `Grunnoppholdet er ${baseWeeks} uker, innenfor inntil 4 uker.` : `The base stay is ${baseWeeks} weeks, within up to 4 weeks.`,
        nb
          ? `Grunnoppholdet er ${baseWeeks} uker; NAVs regel er inntil 4 uker.`
          : `The base stay is ${baseWeeks} weeks; NAV's rule is up to 4 weeks.`,
      ),
      check(
        S.navLimit,
        extra <= NAV_MAX_EXTRA_WEEKS,
        nb
          ? `Forlengelsene blir ${extra} uker i alt, innenfor inntil ${NAV_MAX_EXTRA_WEEKS}.`
          : `The extensions come to ${extra} weeks in all, within up to ${NAV_MAX_EXTRA_WEEKS}.`,
        nb
          ? `Forlengelsene ville bli ${extra} uker i alt; NAV forlenger med inntil ${NAV_MAX_EXTRA_WEEKS} uker.`
          : `The extensions would come to ${extra} weeks in all; NAV extends by up to ${NAV_MAX_EXTRA_WEEKS} weeks.`,
      ),
    );
  }
  return allOf(S.extensionRequest, REASONS, locale, children);
}

/**
 * May the stay be extended? Profile `rnnk` (default): base stay 4 weeks,
 * extensions of exactly 4 weeks, at most two. Profile `nav`: base stay up to
 * 4 weeks, extensions of up to 8 weeks in all. Either way a documented need,
 * and never past 12 weeks.
 *
 * @throws InvalidInputError for weeks that are not whole numbers, or a current stay shorter than the base stay.
 * @example
 * ```ts
 * import { assessExtension } from 'arr-rules';
 * assessExtension({ currentWeeks: 4, additionalWeeks: 4, need: true }).verdict; // 'yes'
 * assessExtension({ currentWeeks: 12, additionalWeeks: 4, extensionsSoFar: 2, need: true }).verdict; // 'no'
 * ```
 */
export function assessExtension(input: ExtensionInput, options?: Options): Evaluation {
  const locale = localeOf(options);
  const valid = parseInput(ExtensionInputSchema, input, locale);
  const baseWeeks = valid.baseWeeks ?? 4;
  if (valid.currentWeeks < baseWeeks) {
    throw new InvalidInputError(
      [
        {
          path: 'currentWeeks',
          message:
            locale === 'nb'
              ? `Oppholdet er planlagt til ${valid.currentWeeks} uker, kortere enn grunnoppholdet på ${baseWeeks} uker.`
              : `The stay is planned at ${valid.currentWeeks} weeks, shorter than the base stay of ${baseWeeks} weeks.`,
        },
      ],
      locale,
    );
  }
  return evaluateExtension(
    {
      baseWeeks,
      currentWeeks: valid.currentWeeks,
      additionalWeeks: valid.additionalWeeks,
      extensionsSoFar: valid.extensionsSoFar ?? 0,
      profile: valid.profile ?? 'rnnk',
      need: valid.need,
    },
    locale,
  );
}
