import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  ComparatorSchema,
  IndicatorSchema,
  meetsThreshold,
  parseCatalogue,
  parseTargets,
  TargetSchema,
} from '../../src/index.js';

const clubs = {
  code: 'bookClubs',
  pillar: 'digitalSociety',
  unit: 'count',
  name: { vi: 'Số câu lạc bộ đọc sách số', en: 'Digital reading clubs' },
  numerator: { name: { vi: 'Số câu lạc bộ', en: 'Clubs' }, aggregation: 'last' },
};

describe('IndicatorSchema', () => {
  it('fills in defaults', () => {
    expect(IndicatorSchema.parse(clubs)).toMatchObject({
      direction: 'up',
      collectedAt: 'village',
      periodKind: 'month',
      sources: [],
      numeratorMayExceedDenominator: false,
    });
  });

  it('needs a denominator for ratio units and refuses one for absolute units', () => {
    const ratio = IndicatorSchema.safeParse({ ...clubs, unit: 'percent' });
    expect(ratio.error?.issues.map((i) => i.path)).toEqual([['denominator']]);
    const absolute = IndicatorSchema.safeParse({ ...clubs, denominator: clubs.numerator });
    expect(absolute.error?.issues.map((i) => i.path)).toEqual([['denominator']]);
  });

  it('needs a numerator unless derived, and a derived indicator has none', () => {
    const { numerator: _, ...bare } = clubs;
    expect(IndicatorSchema.safeParse(bare).error?.issues.map((i) => i.path)).toEqual([
      ['numerator'],
    ]);
    const derived = IndicatorSchema.safeParse({
      ...clubs,
      villagesMeeting: { indicator: 'fibreHouseholds' },
    });
    expect(derived.error?.issues.map((i) => i.path)).toEqual([['villagesMeeting']]);
  });

  it('rejects unknown fields and bad codes', () => {
    expect(IndicatorSchema.safeParse({ ...clubs, colour: 'red' }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...clubs, code: 'Book clubs' }).success).toBe(false);
  });
});

describe('comparators', () => {
  it('keeps "trên 80%" (>) apart from "đạt 80%" (≥) at the boundary', () => {
    expect(meetsThreshold(80, { comparator: '>', value: 80 })).toBe(false);
    expect(meetsThreshold(80, { comparator: '≥', value: 80 })).toBe(true);
    expect(meetsThreshold(80.0001, { comparator: '>', value: 80 })).toBe(true);
    expect(meetsThreshold(5, { comparator: '<', value: 5 })).toBe(false);
    expect(meetsThreshold(5, { comparator: '≤', value: 5 })).toBe(true);
  });

  it('accepts ASCII spellings', () => {
    expect(ComparatorSchema.parse('>=')).toBe('≥');
    expect(ComparatorSchema.parse('<=')).toBe('≤');
    expect(ComparatorSchema.safeParse('=').success).toBe(false);
  });
});

describe('parseCatalogue', () => {
  it('extends the built-in catalogue and overrides by code', () => {
    const fibre = BUILT_IN_INDICATORS.find((i) => i.code === 'fibreHouseholds');
    const override = { ...fibre, name: { vi: 'Hộ có cáp quang', en: 'Fibre households' } };
    const catalogue = parseCatalogue([clubs, override], BUILT_IN_INDICATORS)._unsafeUnwrap();
    expect(catalogue).toHaveLength(BUILT_IN_INDICATORS.length + 1);
    expect(catalogue.filter((i) => i.code === 'fibreHouseholds')).toEqual([
      expect.objectContaining({ name: { vi: 'Hộ có cáp quang', en: 'Fibre households' } }),
    ]);
  });

  it('reports every problem at once', () => {
    const problems = parseCatalogue([
      clubs,
      clubs,
      { ...clubs, unit: 'percent' },
      {
        ...clubs,
        code: 'derived',
        numerator: undefined,
        villagesMeeting: { indicator: 'nowhere' },
      },
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['duplicate_indicator', [1, 'code']],
      ['inconsistent_indicator', [2, 'denominator']],
      ['duplicate_indicator', [2, 'code']],
      ['unknown_base_indicator', [3, 'villagesMeeting', 'indicator']],
    ]);
    for (const p of problems) {
      expect(p.message.vi).not.toBe('');
      expect(p.message.en).not.toBe('');
    }
    expect(parseCatalogue({})._unsafeUnwrapErr()[0]?.path).toEqual([]);
  });
});

describe('the built-in catalogue', () => {
  it('parses to itself and has unique codes', () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      expect(IndicatorSchema.parse(indicator)).toEqual(indicator);
    }
    expect(parseCatalogue(BUILT_IN_INDICATORS).isOk()).toBe(true);
  });

  it('covers the three pillars and the team measures of Decision 23, all sourced', () => {
    const codes = BUILT_IN_INDICATORS.map((i) => i.code);
    for (const code of [
      'fibreHouseholds',
      'smartphoneAdults',
      'paymentAccounts',
      'digitalSignatureAdults',
      'basicDigitalSkills',
      'healthRecords',
      'communeFilesOnline',
      'onlineDossiers',
      'onlinePayments',
      'electronicResults',
      'vneidLevel2',
      'digitalGroupHouseholds',
      'eCommerceAccounts',
      'teamMembersPer100',
      'memberTrainings',
      'peopleGuided',
      'vneidInstalls',
      'healthBookInstalls',
      'publicServiceInstalls',
      'landInformationInstalls',
      'eCommerceInstalls',
      'ePaymentInstalls',
      'eCommerceRegistrations',
      'ePaymentRegistrations',
      'onlineDossiersHelped',
    ]) {
      expect(codes).toContain(code);
    }
    expect(new Set(BUILT_IN_INDICATORS.map((i) => i.pillar)).size).toBe(4);
    expect(BUILT_IN_INDICATORS.every((i) => i.sources.length > 0)).toBe(true);
  });

  it('ships only verified targets, with the comparator of the text', () => {
    expect(BUILT_IN_TARGETS.every((t) => TargetSchema.parse(t) && t.source?.verified)).toBe(true);
    const codes = new Set(BUILT_IN_INDICATORS.map((i) => i.code));
    expect(BUILT_IN_TARGETS.every((t) => codes.has(t.indicator))).toBe(true);
    expect(BUILT_IN_TARGETS.find((t) => t.indicator === 'fibreHouseholds')).toMatchObject({
      comparator: '>',
      value: 80,
      by: '2025-12-31',
    });
    expect(
      BUILT_IN_TARGETS.filter((t) => t.indicator === 'communeFilesOnline').map((t) => t.by),
    ).toEqual(['2025-12-31']);
  });
});

describe('parseTargets', () => {
  it('turns a year into its last day', () => {
    expect(
      parseTargets([{ indicator: 'x', by: 2026, comparator: '>', value: 1 }])._unsafeUnwrap(),
    ).toEqual([{ indicator: 'x', by: '2026-12-31', comparator: '>', value: 1 }]);
  });

  it('reports bad targets with paths', () => {
    const problems = parseTargets([
      { indicator: 'x', by: '2026-02-30', comparator: '>', value: 1 },
      { indicator: 'x', by: 2026, comparator: '=', value: 1 },
    ])._unsafeUnwrapErr();
    expect(problems.map((p) => p.path)).toEqual([
      [0, 'by'],
      [1, 'comparator'],
    ]);
  });
});
