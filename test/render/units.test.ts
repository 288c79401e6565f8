import { describe, expect, it } from 'vitest';
import {
  IndicatorSchema,
  ReportSchema,
  renderCommuneReport,
  renderGroupMessage,
  renderReportMarkdown,
  TargetSchema,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();

function indicator(code: string, unit: string, extra: Record<string, unknown> = {}) {
  return IndicatorSchema.parse({
    code,
    pillar: 'digitalEconomy',
    name: { vi: `Chỉ số ${code}`, en: code },
    unit,
    numerator: { name: { vi: 'Tử', en: 'N' }, aggregation: 'last' },
    ...(unit === 'count' || unit === 'VND'
      ? {}
      : { denominator: { name: { vi: 'Mẫu', en: 'D' }, aggregation: 'last' } }),
    numeratorMayExceedDenominator: true,
    ...extra,
  });
}

const catalogue = [
  indicator('perHundred', 'per100'),
  indicator('perThousand', 'per1000'),
  indicator('aRatio', 'ratio'),
  indicator('revenue', 'VND'),
  indicator('onTrackShare', 'percent'),
  indicator('behindShare', 'percent'),
];
const targets = [
  TargetSchema.parse({
    indicator: 'onTrackShare',
    by: 2025,
    comparator: '≥',
    value: 80,
    baseline: { date: '2024-12-31', value: 10 },
  }),
  TargetSchema.parse({
    indicator: 'behindShare',
    by: 2025,
    comparator: '≥',
    value: 80,
    baseline: { date: '2024-12-31', value: 60 },
  }),
];

const value = (code: string, numerator: number, denominator?: number) => ({
  indicator: code,
  place: 'bon-bu-sir',
  period: '2025-01',
  numerator,
  ...(denominator === undefined ? {} : { denominator }),
});

const report = ReportSchema.parse({
  id: 'r',
  kind: 'periodic',
  period: '2025-01',
  from: 'village-heads/bon-bu-sir',
  holder: 'y-bri',
  submittedAt: '2025-02-14T08:30:00+07:00',
  values: [
    value('perHundred', 3, 200),
    value('perThousand', 3, 2000),
    value('aRatio', 1234, 1000),
    value('revenue', 12_500_000),
    value('onTrackShare', 20, 100),
    value('behindShare', 55, 100),
  ],
});

describe('figures in every unit and status', () => {
  it('writes units and judgements the Vietnamese way', () => {
    const [message] = renderGroupMessage(team, report, { catalogue, targets });
    expect(message?.split('\n').slice(2)).toEqual([
      '',
      'KINH TẾ SỐ',
      '- Chỉ số perHundred: 1,5/100',
      '- Chỉ số perThousand: 1,5/1000',
      '- Chỉ số aRatio: 1,23',
      '- Chỉ số revenue: 12.500.000 đồng',
      '- Chỉ số onTrackShare: 20% (chỉ tiêu ≥ 80% năm 2025: chưa đạt, đúng tiến độ)',
      '- Chỉ số behindShare: 55% (chỉ tiêu ≥ 80% năm 2025: chưa đạt, chậm tiến độ)',
    ]);
  });
  it('leaves out empty sections and unknown senders and receivers gracefully', () => {
    const bare = ReportSchema.parse({
      id: 'b',
      kind: 'periodic',
      period: '2025-01',
      from: 'ghost-seat',
      submittedAt: '2025-02-14T08:30:00+07:00',
    });
    expect(renderReportMarkdown(team, bare)).toBe(
      '# Báo cáo chuyển đổi số tháng 1 năm 2025\n\n**Người báo cáo:** ghost-seat  \n**Thời gian gửi:** 2025-02-14T08:30:00+07:00\n',
    );
    const [message] = renderGroupMessage(team, bare);
    expect(message).toBe('BÁO CÁO CHUYỂN ĐỔI SỐ THÁNG 1 NĂM 2025\nNgười báo cáo: ghost-seat');
  });
  it('writes a level-wide coverage row and a vacant seat', () => {
    const withCoverage = ReportSchema.parse({
      id: 'c',
      kind: 'periodic',
      period: '2025-01',
      from: 'leader/1',
      to: 'dak-nia-pc',
      submittedAt: '2025-02-20T14:00:00+07:00',
      coverage: [
        {
          period: '2025-01',
          expected: 0,
          received: 0,
          onTime: 0,
          missing: [],
          late: [],
          completeness: null,
          timeliness: null,
        },
      ],
    });
    expect(renderReportMarkdown(team, withCoverage)).toContain('|  | 0 | 0 | 0 |  |  |  |  |');
    const { text } = renderCommuneReport(team, withCoverage, { number: 1 })._unsafeUnwrap();
    // A level-wide row counts no village's report: section II says there is none.
    expect(text).toContain('- Không có báo cáo của thôn phải tổng hợp.');
    // No holder given (a report not yet submitted): the holder of the seat that day signs.
    expect(text.trimEnd().endsWith('TỔ TRƯỞNG\n\nQuản Thị Ngọc')).toBe(true);
  });
});
