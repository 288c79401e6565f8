// The checks of a team's data that do not depend on the date asked about: every dated list, and
// the team itself, checked for a record that ends before it starts, named as people say it.
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
