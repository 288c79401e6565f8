// The checks of a team's data that do not depend on the date asked about — a record that ends
// before it starts, in every dated list and the team itself; two holders or two supervisors at
// once; a decision in force before it was signed — each named as people say it.
import { describe, expect, it } from 'vitest';
import { type Team, validateTeam } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const sample = dakNia2022Team();
const REVERSED = { from: '2024-05-02', to: '2024-05-01' } as const;

/** The sample with the first record of a list (or the team itself) ending before it starts. */
function reversedIn(list: string): Team {
  if (list === 'team') return { ...sample, to: '2022-07-26' };
  if (list === 'unknown') {
    return {
      ...sample,
      officeHoldings: sample.officeHoldings.map((h, i) =>
        i === 0 ? { ...h, officeId: 'ghost', ...REVERSED } : h,
      ),
    };
  }
  const records = sample[list as keyof Team] as object[];
  return {
    ...sample,
    [list]: records.map((r, i) => (i === 0 ? { ...r, ...REVERSED } : r)),
  } as Team;
}

describe('a record that ends before it starts', () => {
  it.each([
    [
      'communes',
      'communes.0.to',
      'xã Đắk Nia (dak-nia): ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      'Đắk Nia commune (dak-nia): the end date 2024-05-01 is before the start date 2024-05-02.',
    ],
    [
      'bodies',
      'bodies.0.to',
      'Ủy ban nhân dân xã Đắk Nia (dak-nia-pc): ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      "Đắk Nia commune People's Committee (dak-nia-pc): the end date 2024-05-01 is before the start date 2024-05-02.",
    ],
    [
      'offices',
      'offices.0.to',
      'Chủ tịch UBND xã (pc-chair): ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      "Chair of the commune People's Committee (pc-chair): the end date 2024-05-01 is before the start date 2024-05-02.",
    ],
    [
      'officeHoldings',
      'officeHoldings.0.to',
      'Chủ tịch UBND xã (pc-chair): ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      "Chair of the commune People's Committee (pc-chair): the end date 2024-05-01 is before the start date 2024-05-02.",
    ],
    [
      'seats',
      'seats.0.to',
      'Tổ trưởng — Phó Trưởng ban Thường trực (leader/1): ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      'Leader — Standing Deputy Head of the commune digital transformation… (leader/1): the end date 2024-05-01 is before the start date 2024-05-02.',
    ],
    [
      'seatHoldings',
      'seatHoldings.0.to',
      'Tổ trưởng — Phó Trưởng ban Thường trực (leader/1): ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      'Leader — Standing Deputy Head of the commune digital transformation… (leader/1): the end date 2024-05-01 is before the start date 2024-05-02.',
    ],
    [
      'supervision',
      'supervision.0.to',
      'Tổ viên — Công chức Văn phòng - Thống kê phụ trách công nghệ thông tin (office-statistics-it): ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      'Member — Office–Statistics civil servant in charge of information… (office-statistics-it): the end date 2024-05-01 is before the start date 2024-05-02.',
    ],
    [
      'team',
      'to',
      'Tổ công nghệ số cộng đồng xã Đắk Nia (to-cong-nghe-so-dak-nia): ngày kết thúc 26/7/2022 trước ngày bắt đầu 27/7/2022.',
      'Community Digital Technology Team of Đắk Nia commune (to-cong-nghe-so-dak-nia): the end date 2022-07-26 is before the start date 2022-07-27.',
    ],
    [
      'unknown',
      'officeHoldings.0.to',
      'ngày kết thúc 1/5/2024 trước ngày bắt đầu 2/5/2024.',
      'the end date 2024-05-01 is before the start date 2024-05-02.',
    ],
  ])('in %s is reported at %s, named', (list, path, vi, en) => {
    const problems = validateTeam(reversedIn(list), { asOf: '2024-06-01' })
      .match(
        (v) => v.warnings,
        (e) => e,
      )
      .filter((p) => p.code === 'dates_out_of_order');
    expect(problems.map((p) => [p.path.join('.'), p.message.vi, p.message.en])).toEqual([
      [path, vi, en],
    ]);
  });
});

/** The problems of some codes the team gets on 2024-06-01: path and both messages. */
function reported(team: Team, code: string) {
  return validateTeam(team, { asOf: '2024-06-01' })
    .match(
      (v) => v.warnings,
      (e) => e,
    )
    .filter((p) => p.code === code)
    .map((p) => [p.path.join('.'), p.message.vi, p.message.en]);
}

describe('records that overlap in time', () => {
  const [seatHolding] = sample.seatHoldings as [Team['seatHoldings'][number]];
  const [officeHolding] = sample.officeHoldings as [Team['officeHoldings'][number]];
  const [row] = sample.supervision as [Team['supervision'][number]];
  const second = { personId: 'quan-thi-ngoc', from: '2023-01-01' } as const;

  it('two holders of one seat are reported at the later holding', () => {
    const team = {
      ...sample,
      seatHoldings: [...sample.seatHoldings, { ...seatHolding, ...second }],
    };
    expect(reported(team, 'overlapping_holdings')).toEqual([
      [
        'seatHoldings.12',
        'Tổ trưởng — Phó Chủ tịch UBND xã - Phó Trưởng ban Thường trực (leader/1) có hai người giữ trong cùng thời gian (từ 1/1/2023).',
        "Leader — Vice-chair of the commune People's Committee - Standing… (leader/1) has two holders at the same time (from 2023-01-01).",
      ],
    ]);
  });

  it('two holders of one office, named by its title, or by its id when it is unknown', () => {
    const officeHoldings = [...sample.officeHoldings, { ...officeHolding, ...second }];
    expect(reported({ ...sample, officeHoldings }, 'overlapping_holdings')).toEqual([
      [
        'officeHoldings.7',
        'Chủ tịch UBND xã (pc-chair) có hai người giữ trong cùng thời gian (từ 1/1/2023).',
        "Chair of the commune People's Committee (pc-chair) has two holders at the same time (from 2023-01-01).",
      ],
    ]);
    const offices = sample.offices.filter((o) => o.id !== officeHolding.officeId);
    expect(reported({ ...sample, offices, officeHoldings }, 'overlapping_holdings')).toEqual([
      [
        'officeHoldings.7',
        '"pc-chair" có hai người giữ trong cùng thời gian (từ 1/1/2023).',
        '"pc-chair" has two holders at the same time (from 2023-01-01).',
      ],
    ]);
  });

  it('two supervisors of one seat are reported at the later row', () => {
    const supervision = [...sample.supervision, { ...row, from: '2023-01-01' } as const];
    expect(reported({ ...sample, supervision }, 'overlapping_supervision')).toEqual([
      [
        'supervision.12',
        'Tổ viên — Công chức Văn phòng - Thống kê phụ trách công nghệ thông tin (office-statistics-it) được phân công cho hai người phụ trách trong cùng thời gian (từ 1/1/2023).',
        'Member — Office–Statistics civil servant in charge of information… (office-statistics-it) is assigned to two supervisors at the same time (from 2023-01-01).',
      ],
    ]);
  });
});

describe('a decision in force before it was signed', () => {
  it('is reported at its effectiveFrom, with both dates', () => {
    const decisions = sample.decisions.map((d) => ({ ...d, effectiveFrom: '2022-07-26' }) as const);
    expect(reported({ ...sample, decisions }, 'effective_before_signed')).toEqual([
      [
        'decisions.0.effectiveFrom',
        'Quyết định số 23/QĐ-UBND (23-QD-UBND-2022) có hiệu lực từ 26/7/2022, trước ngày ký 27/7/2022.',
        'Decision 23/QĐ-UBND (23-QD-UBND-2022) takes effect on 2022-07-26, before it was signed on 2022-07-27.',
      ],
    ]);
    expect(reported(sample, 'effective_before_signed')).toEqual([]);
  });
});
