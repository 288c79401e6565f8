// The key of a report: what stays the same across its versions, unambiguous for any sender and
// request id, and refused with a clear problem when a part is missing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportKey } from '../../src/index.js';
import { keyOfParts } from '../../src/reports/key.js';
import { thrown } from '../support/thrown.js';

describe('reportKey', () => {
  it('keys a periodic report by sender and period, an ad-hoc one by sender and request', () => {
    expect(
      reportKey({ from: 'village-heads/bon-bu-sir', kind: 'periodic', period: '2025-01' }),
    ).toBe('village-heads/bon-bu-sir@2025-01');
    expect(reportKey({ from: 'leader/1', kind: 'periodic', period: '2025-Q1' })).toBe(
      'leader/1@2025-Q1',
    );
    expect(reportKey({ from: 'leader/1', kind: 'adHoc', request: { id: 'vneid-2026-03' } })).toBe(
      'leader/1@request:vneid-2026-03',
    );
  });

  it('writes % and @ in the sender and the request id as %25 and %40', () => {
    expect(reportKey({ from: 'a@b%c', kind: 'periodic', period: '2025-01' })).toBe(
      'a%40b%25c@2025-01',
    );
    expect(reportKey({ from: '%@', kind: 'adHoc', request: { id: '@%x' } })).toBe(
      '%25%40@request:%40%25x',
    );
  });

  it('reads the parts it needs from a whole report, whatever else it has', () => {
    const report = { from: 'leader/1', kind: 'periodic', period: '2025-02', body: { x: 1 } };
    expect(reportKey(report as never)).toBe('leader/1@2025-02');
  });

  it('compares text in NFC: a sender typed with decomposed accents has the same key', () => {
    const from = 'village-heads/thôn-đắk-tân';
    expect(reportKey({ from: from.normalize('NFD'), kind: 'periodic', period: '2025-01' })).toBe(
      reportKey({ from, kind: 'periodic', period: '2025-01' }),
    );
  });

  it('gives two different reports two different keys', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', '@', '%', '4', '0', 'r', ':', '2'),
      minLength: 1,
    });
    const report = fc.oneof(
      fc.record({
        from: text,
        kind: fc.constant('periodic' as const),
        period: fc.constantFrom('2025-01', '2025', '2025-Q1'),
      }),
      fc.record({
        from: text,
        kind: fc.constant('adHoc' as const),
        request: fc.record({ id: text }),
      }),
    );
    const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    fc.assert(
      fc.property(report, report, (a, b) => {
        const keys = [reportKey(a as never), reportKey(b as never)];
        expect(keys[0] === keys[1]).toBe(same(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a sender that is not text', { from: 5, kind: 'periodic', period: '2025-01' }],
    ['a periodic report without a period', { from: 'leader/1', kind: 'periodic' }],
    ['a period that is not one', { from: 'leader/1', kind: 'periodic', period: '2025-13' }],
    ['an ad-hoc report without a request', { from: 'leader/1', kind: 'adHoc' }],
    ['a request without an id', { from: 'leader/1', kind: 'adHoc', request: {} }],
    ['another kind', { from: 'leader/1', kind: 'weekly', period: '2025-01' }],
    ['no report', undefined],
  ])('refuses %s, naming the report and what it must have', (_, report) => {
    const error = thrown(() => reportKey(report as never));
    expect(error.argument).toBe('report');
    expect(error.problem.message.vi).toContain(
      'một báo cáo có người gửi (`from`) và kỳ báo cáo (định kỳ) hoặc yêu cầu (đột xuất)',
    );
    expect(error.problem.message.en).toContain(
      'a report with a sender (`from`) and a period (periodic) or a request (ad hoc)',
    );
  });
});

describe('keyOfParts', () => {
  it('writes the key of parts already checked, and an empty part for one that is absent', () => {
    expect(keyOfParts('a@b', 'periodic', '2025-01', 'ignored')).toBe('a%40b@2025-01');
    expect(keyOfParts('a', 'periodic', undefined, undefined)).toBe('a@');
    expect(keyOfParts('a', 'adHoc', '2025-01', 'r%1')).toBe('a@request:r%251');
    expect(keyOfParts('a', 'adHoc', undefined, undefined)).toBe('a@request:');
  });
});
