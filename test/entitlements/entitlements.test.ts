import { describe, expect, test } from 'vitest';
import { type Benefit, participationTerms, travelCosts } from '../../src/entitlements/entitlements.js';
import { expectCatalogued, invalid } from '../helpers.js';

describe('travelCosts (Praktisk informasjon)', () => {
  test('sykepenger: the participant; AAP: NAV; others: no payer, undetermined, saying the sources are silent', () => {
    expect(travelCosts({ benefit: 'sykepenger' })).toMatchObject({ payer: 'participant', evaluation: { verdict: 'yes' } });
    expect(travelCosts({ benefit: 'aap' })).toMatchObject({ payer: 'nav', evaluation: { verdict: 'yes' } });
    for (const benefit of ['tiltakspenger', 'dagpenger', 'none', 'other'] as const) {
      const r = travelCosts({ benefit }, { locale: 'en' });
      expect(r.payer).toBeNull();
      expect(r.evaluation.verdict).toBe('undetermined');
      expect(r.evaluation.reason).toContain('The sources say nothing');
      expectCatalogued(r.evaluation);
    }
  });
  test('an unknown benefit or key is InvalidInputError', () => {
    expect(invalid(() => travelCosts({ benefit: 'uføretrygd' as Benefit })).issues[0]?.path).toBe('benefit');
    expect(invalid(() => travelCosts({ benefit: 'aap', extra: 1 } as never)).issues[0]?.path).toBe('extra');
  });
});

describe('participationTerms', () => {
  test('no fee and a single room for everyone', () => {
    for (const benefit of ['sykepenger', 'aap', 'tiltakspenger', 'dagpenger', 'none', 'other'] as const) {
      const t = participationTerms({ benefit });
      expect(t).toMatchObject({ participantFeeNok: 0, accommodation: 'single-room' });
      expectCatalogued(t.evaluation);
      expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    }
  });
  test('decision 32: kept / may qualify per benefit', () => {
    const v = (benefit: Benefit) => {
      const t = participationTerms({ benefit });
      return [t.keepsBenefit, t.mayQualifyForMeasureAllowance];
    };
    expect(v('sykepenger')).toEqual(['yes', 'no']);
    expect(v('aap')).toEqual(['yes', 'no']);
    expect(v('none')).toEqual(['no', 'yes']);
    expect(v('dagpenger')).toEqual(['undetermined', 'undetermined']);
    expect(v('tiltakspenger')).toEqual(['undetermined', 'undetermined']);
    expect(v('other')).toEqual(['undetermined', 'undetermined']);
  });

  test('the root says whether the sources settle the terms; where they do not, no input would, so nothing is missing', () => {
    const root = (benefit: Benefit, locale: 'nb' | 'en' = 'nb') => participationTerms({ benefit }, { locale }).evaluation;
    for (const benefit of ['sykepenger', 'aap', 'none'] as const) {
      expect(root(benefit)).toMatchObject({
        verdict: 'yes',
        reason: 'Kildene avgjør vilkårene for å delta for denne ytelsen.',
        missing: [],
      });
    }
    for (const benefit of ['tiltakspenger', 'dagpenger', 'other'] as const) {
      expect(root(benefit, 'en')).toMatchObject({
        verdict: 'undetermined',
        reason: 'The sources do not settle all terms for this benefit.',
        missing: [],
      });
    }
  });
});
