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
      expect(r.evaluation.reason).toMatch(/^The sources do not say who pays the travel for participants /);
      expectCatalogued(r.evaluation);
    }
  });
  test('each silent answer names whom it is about, and says what the sources do name', () => {
    expect(travelCosts({ benefit: 'none' }).evaluation.reason).toBe(
      'Kildene sier ikke hvem som betaler reisen for deltakere uten ytelse; RNNKs beskrivelse nevner bare sykepenger og arbeidsavklaringspenger. Avklar med NAV-kontoret.',
    );
    expect(travelCosts({ benefit: 'dagpenger' }, { locale: 'en' }).evaluation.reason).toBe(
      "The sources do not say who pays the travel for participants receiving unemployment benefit (dagpenger); RNNK's description names only sickness benefit and AAP. Clarify with the NAV office.",
    );
    const keeps = participationTerms({ benefit: 'dagpenger' }).evaluation.children.find((c) => c.rule === 'entitlements.keeps-benefit');
    expect(keeps?.reason).toBe(
      'NAVs beskrivelse sier at stønad til livsopphold beholdes under tiltaket, med sykepenger og arbeidsavklaringspenger som eksempler; den sier ikke om det gjelder deltakere som får dagpenger. Avklar med NAV-kontoret.',
    );
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
        reason: 'Kildene avgjør alle vilkårene for å delta i dette tilfellet.',
        missing: [],
      });
    }
    for (const benefit of ['tiltakspenger', 'dagpenger', 'other'] as const) {
      expect(root(benefit, 'en')).toMatchObject({
        verdict: 'undetermined',
        reason: expect.stringMatching(/^The sources do not settle every term for participants /),
        missing: [],
      });
    }
  });
});
