import { describe, expect, it } from 'vitest';
import { inCsvCell } from '../../src/problems/catalogue/csv-cell.js';
import { unknownPlace } from '../../src/problems/catalogue/places.js';
import { defineProblem, raise } from '../../src/problems/problem.js';
import { problemRegistry } from '../../src/problems/registry.js';

function counted() {
  let calls = 0;
  const definition = defineProblem('sample_code', 'warning', () => {
    calls += 1;
    return {
      summary: { vi: 'Khi nào.', en: 'When.' },
      example: { n: 2 },
      vi: (p: { n: number }) => `Có ${p.n} lỗi.`,
      en: (p: { n: number }) => `${p.n} problems.`,
    };
  });
  return { definition, calls: () => calls };
}

describe('defineProblem', () => {
  it('writes the texts the first time one is read, and only once', () => {
    const { definition, calls } = counted();
    expect([definition.code, definition.severity, calls()]).toEqual(['sample_code', 'warning', 0]);
    expect(definition.summary).toEqual({ vi: 'Khi nào.', en: 'When.' });
    expect(calls()).toBe(1);
    expect(definition.example).toEqual({ n: 2 });
    expect(definition.vi({ n: 3 })).toBe('Có 3 lỗi.');
    expect(definition.en({ n: 3 })).toBe('3 problems.');
    expect(calls()).toBe(1);
  });

  it('gives every field to a copy, as a plain definition would', () => {
    const { definition } = counted();
    const copy = { ...definition };
    expect(Object.keys(copy)).toEqual(['code', 'severity', 'summary', 'example', 'vi', 'en']);
    expect(copy.summary).toBe(definition.summary);
    expect(raise(definition, ['a', 0], { n: 1 })).toEqual({
      code: 'sample_code',
      severity: 'warning',
      path: ['a', 0],
      params: { n: 1 },
      message: { vi: 'Có 1 lỗi.', en: '1 problems.' },
    });
  });

  it('gives every registered code a summary, an example and both messages', () => {
    for (const [code, { definition }] of problemRegistry()) {
      expect(definition.code).toBe(code);
      expect(['error', 'warning']).toContain(definition.severity);
      expect(definition.summary.vi.length * definition.summary.en.length).toBeGreaterThan(0);
      expect(typeof definition.example).toBe('object');
      const params = definition.example as never;
      expect(definition.vi(params).length * definition.en(params).length).toBeGreaterThan(0);
    }
  });
});

describe('inCsvCell', () => {
  it('keeps the code, severity and summary, and starts each message with the line and column', () => {
    const inCell = inCsvCell(unknownPlace);
    expect([inCell.code, inCell.severity, inCell.summary]).toEqual([
      unknownPlace.code,
      unknownPlace.severity,
      unknownPlace.summary,
    ]);
    const params = { ...unknownPlace.example, line: 4, column: 'village', cell: '"x"' };
    expect(raise(inCell, [], params).message).toEqual({
      vi: `Dòng 4, cột "village": ${unknownPlace.vi(params)}`,
      en: `Line 4, column "village": ${unknownPlace.en(params)}`,
    });
    expect(inCell.example).toEqual({
      ...unknownPlace.example,
      line: 3,
      column: 'place',
      cell: '"thon-9"',
    });
  });
});
