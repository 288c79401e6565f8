import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePersonNames,
  compareVietnamese,
  givenName,
  LabelSchema,
  label,
  normalizeText,
  TextSchema,
} from '../../src/index.js';

describe('normalizeText', () => {
  it('turns decomposed Vietnamese into NFC', () => {
    const nfd = 'Đắk Nia'.normalize('NFD');
    expect(nfd).not.toBe('Đắk Nia');
    expect(normalizeText(nfd)).toBe('Đắk Nia');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
    );
  });
});

describe('TextSchema and LabelSchema', () => {
  it('trims and normalises text', () => {
    expect(TextSchema.parse(`  ${'Bon Bu Sir'.normalize('NFD')}  `)).toBe('Bon Bu Sir');
  });

  it('rejects blank text', () => {
    expect(TextSchema.safeParse('   ').success).toBe(false);
  });

  it('needs both languages and nothing else', () => {
    expect(LabelSchema.safeParse({ vi: 'Tổ trưởng' }).success).toBe(false);
    expect(LabelSchema.safeParse({ vi: 'a', en: 'b', fr: 'c' }).success).toBe(false);
    expect(label('Tổ phó'.normalize('NFD'), 'Deputy')).toEqual({ vi: 'Tổ phó', en: 'Deputy' });
  });
});

describe('Vietnamese collation', () => {
  it('sorts with Vietnamese letters and numbers in order', () => {
    expect(
      ['Thôn 10', 'Đắk Nia', 'Thôn 2', 'Bon Ol Bu Tung', 'Dốc'].sort(compareVietnamese),
    ).toEqual(['Bon Ol Bu Tung', 'Dốc', 'Đắk Nia', 'Thôn 2', 'Thôn 10']);
  });

  it('sorts people by given name, then by full name', () => {
    expect(givenName('  Quản Thị   Ngọc ')).toBe('Ngọc');
    expect(
      ['Trần Đình Tuấn', 'Quản Thị Ngọc', 'Lê Văn An', 'Nguyễn Văn An'].sort(comparePersonNames),
    ).toEqual(['Lê Văn An', 'Nguyễn Văn An', 'Quản Thị Ngọc', 'Trần Đình Tuấn']);
  });
});
