import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Activity,
  BUILT_IN_INDICATORS,
  consolidateReports,
  countActivities,
  draftMemberReport,
  type ReportRecord,
  reportingStatus,
  reviewReport,
  rollUp,
  submitReport,
} from '../../src/index.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../../src/samples/index.js';
import { sampleMonth } from '../render/sample-month.js';

const team = dakNia2022Team();
const month = dakNiaJanuary2025();
const { period } = month;

describe('the sample month, end to end', () => {
  const { book } = sampleMonth();
  const leader = book.find((r) => r.report.from === 'leader/1')?.report;

  it('is the same data as the example file', () => {
    const file = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../examples/dak-nia-2022/month-2025-01.json'),
        'utf8',
      ),
    );
    expect(file).toEqual(JSON.parse(JSON.stringify(month)));
  });

  it('sends the leader’s report to the People’s Committee, built from the deputies’', () => {
    expect(leader?.to).toBe('dak-nia-pc');
    expect(leader?.holder).toBe('quan-thi-ngoc');
    expect(leader?.basedOn).toEqual(month.deputies.map((d) => `${d.seat}/2025-01`));
  });

  it('gives the commune figures of a direct roll-up of the same village values', () => {
    const reported = new Set(month.members.map((m) => m.seat.replace('village-heads/', '')));
    const direct = month.values.filter((v) => reported.has(v.place));
    const options = {
      catalogue: BUILT_IN_INDICATORS,
      places: team.places,
      period,
      levels: ['commune'] as const,
    };
    const fromReport = rollUp(leader?.values ?? [], options);
    const fibre = (results: typeof fromReport) =>
      results.find((r) => r.indicator === 'fibreHouseholds' && r.place === 'dak-nia');
    expect(fibre(fromReport)).toEqual(fibre(rollUp(direct, options)));
    expect(fibre(fromReport)).toMatchObject({ numerator: 860, denominator: 1092 });
    expect(fibre(fromReport)?.completeness.missing).toEqual(['bon-phai-kol-pru-dang']);
    const guided = fromReport.find((r) => r.indicator === 'peopleGuided' && r.place === 'dak-nia');
    // 233 people guided in the month, less the 20 of the village that did not report.
    expect(guided?.value).toBe(213);
  });

  it('sums activity counts and carries obstacles and proposals up with their origin', () => {
    expect(leader?.activities.peopleGuided).toBe(213);
    expect(leader?.activities.trainings).toBe(1);
    expect(leader?.obstacles.map((o) => o.from)).toEqual([
      'leader/1',
      'village-heads/bon-bu-sir',
      'village-heads/bon-n-jrieng',
      'village-heads/thon-cay-xoai',
    ]);
    expect(leader?.proposals.find((p) => p.from === 'village-heads/bon-n-jrieng')?.place).toBe(
      'bon-n-jrieng',
    );
  });

  it('records completeness and timeliness at each level: one village missing, one late', () => {
    const [own, ...below] = leader?.coverage ?? [];
    expect(own).toMatchObject({ to: 'leader/1', expected: 4, received: 4, onTime: 4 });
    const farmers = below.find((c) => c.to === 'deputies/farmers');
    expect(farmers).toMatchObject({
      expected: 2,
      received: 1,
      missing: ['village-heads/bon-phai-kol-pru-dang'],
      completeness: 50,
    });
    const veterans = below.find((c) => c.to === 'deputies/veterans');
    expect(veterans).toMatchObject({
      expected: 2,
      received: 2,
      onTime: 1,
      late: ['village-heads/thon-cay-xoai'],
      timeliness: 50,
    });
    const members = reportingStatus(book, team, { period, role: 'member' });
    expect(members).toMatchObject({ expected: 6, received: 5, onTime: 4 });
    expect(members.completeness).toBeCloseTo(83.33, 2);
    expect(members.timeliness).toBeCloseTo(66.67, 2);
    expect(reportingStatus(book, team, { period, role: 'leader' })).toMatchObject({
      expected: 1,
      received: 1,
      onTime: 1,
      completeness: 100,
    });
  });

  it('lets the People’s Committee accept the leader’s report', () => {
    const accepted = reviewReport(
      book,
      'leader/1/2025-01',
      {
        action: 'accept',
        at: '2025-02-21T09:00:00+07:00',
        by: 'dak-nia-pc',
      },
      { team },
    )._unsafeUnwrap();
    expect(accepted.at(-1)?.state).toBe('accepted');
  });
});

describe('drafting and consolidating', () => {
  it('uses measured values over computed ones and reports zeros for the village', () => {
    const draft = draftMemberReport(team, {
      seat: 'village-heads/bon-n-jrieng',
      period,
      submittedAt: '2025-02-13T16:00:00+07:00',
      activities: month.activities,
      values: [
        {
          indicator: 'publicServiceInstalls',
          place: 'bon-n-jrieng',
          period: '2025-01',
          numerator: 11,
        },
      ],
      id: 'mine',
    })._unsafeUnwrap();
    expect(draft.id).toBe('mine');
    const values = draft.values ?? [];
    expect(
      values.filter((v) => v.indicator === 'publicServiceInstalls').map((v) => v.numerator),
    ).toEqual([11]);
    expect(values.find((v) => v.indicator === 'vneidInstalls')?.numerator).toBe(0);
    expect(values.every((v) => v.place === 'bon-n-jrieng')).toBe(true);
  });
  it('drafts for a member who is not a village head from their own values', () => {
    const draft = draftMemberReport(team, {
      seat: 'schools/school-thcs',
      period,
      submittedAt: '2025-02-13T16:00:00+07:00',
      activities: [],
      values: [
        {
          indicator: 'peopleGuided',
          place: 'thon-nam-ra',
          period: '2025-01',
          numerator: 4,
          reportedBy: 'schools/school-thcs',
        },
      ],
      obstacles: ['Thiếu máy chiếu'],
    })._unsafeUnwrap();
    expect(draft.values).toHaveLength(1);
    expect(draft.obstacles).toEqual([{ text: 'Thiếu máy chiếu', from: 'schools/school-thcs' }]);
  });
  it('rejects unknown seats', () => {
    expect(
      draftMemberReport(team, {
        seat: 'x',
        period,
        submittedAt: '2025-02-13T16:00:00+07:00',
        activities: [],
      })._unsafeUnwrapErr().code,
    ).toBe('unknown_seat');
    expect(
      consolidateReports([], team, {
        seat: 'x',
        period,
        submittedAt: '2025-02-13T16:00:00+07:00',
      })._unsafeUnwrapErr().code,
    ).toBe('unknown_seat');
  });
  it('leaves returned reports out until they are resubmitted', () => {
    const busir = month.members.find((m) => m.seat === 'village-heads/bon-bu-sir');
    if (!busir) throw new Error('sample changed');
    const draft = draftMemberReport(team, {
      ...busir,
      period,
      activities: month.activities,
      values: month.values,
    })._unsafeUnwrap();
    let book = submitReport([], draft, { team })._unsafeUnwrap();
    book = reviewReport(
      book,
      draft.id,
      {
        action: 'return',
        at: '2025-02-15T08:00:00+07:00',
        by: 'deputies/farmers',
        comment: 'Bổ sung',
      },
      { team },
    )._unsafeUnwrap();
    const consolidated = consolidateReports(book, team, {
      seat: 'deputies/farmers',
      period,
      submittedAt: '2025-02-18T08:00:00+07:00',
      proposals: ['Hỗ trợ thêm điện thoại'],
    })._unsafeUnwrap();
    expect(consolidated.basedOn).toEqual([]);
    expect(consolidated.proposals).toEqual([
      { text: 'Hỗ trợ thêm điện thoại', from: 'deputies/farmers' },
    ]);
  });
});

describe("the consolidating seat's own activities", () => {
  const own: Activity[] = [
    {
      kind: 'guidance',
      id: 'dep-1',
      date: '2025-01-15',
      by: 'deputies/farmers',
      village: 'bon-bu-sir',
      topic: 'VNeID',
      people: 40,
      households: 30,
    },
    {
      kind: 'help',
      id: 'dep-2',
      date: '2025-01-16',
      by: 'deputies/farmers',
      village: 'thon-nam-da',
      platform: 'vneid',
      count: 5,
    },
    {
      kind: 'group',
      id: 'dep-3',
      date: '2025-01-17',
      by: 'deputies/farmers',
      village: 'bon-bu-sir',
      platform: 'zalo',
      name: 'Nông dân Bu Sir',
      households: 10_000,
    },
    {
      kind: 'guidance',
      id: 'dep-4',
      date: '2025-02-03',
      by: 'deputies/farmers',
      village: 'bon-bu-sir',
      topic: 'Tháng sau',
      people: 99,
      households: 50,
    },
    {
      kind: 'guidance',
      id: 'lead-1',
      date: '2025-01-20',
      by: 'leader/1',
      village: 'thon-cay-xoai',
      topic: 'Thanh toán số',
      people: 10,
      households: 8,
    },
  ];
  const activities = [...month.activities, ...own];
  let book: ReportRecord[] = [];
  const add = (draft: unknown) => {
    book = submitReport(book, draft, { team })._unsafeUnwrap();
  };
  for (const member of month.members) {
    add(
      draftMemberReport(team, {
        ...member,
        period,
        activities,
        values: month.values,
      })._unsafeUnwrap(),
    );
  }
  for (const deputy of month.deputies) {
    add(consolidateReports(book, team, { ...deputy, period, activities })._unsafeUnwrap());
  }
  add(consolidateReports(book, team, { ...month.leader, period, activities })._unsafeUnwrap());
  const leader = book.at(-1)?.report;
  const reporting = new Set([
    ...month.members.map((m) => m.seat),
    ...month.deputies.map((d) => d.seat),
    month.leader.seat,
  ]);
  const direct = countActivities(
    activities.filter((a) => reporting.has(a.by)),
    period,
  );

  it("adds the deputies' and the leader's own activities to the counts", () => {
    expect(leader?.from).toBe('leader/1');
    expect(leader?.activities).toEqual(direct);
    expect(leader?.activities.peopleGuided).toBe(263);
  });

  it('gives figures equal to a direct count of every activity', () => {
    const results = rollUp(leader?.values ?? [], {
      catalogue: BUILT_IN_INDICATORS,
      places: team.places,
      period,
      levels: ['commune'],
    });
    const commune = (indicator: string) =>
      results.find((r) => r.indicator === indicator && r.place === 'dak-nia')?.value;
    expect(commune('peopleGuided')).toBe(direct.peopleGuided);
    expect(commune('guidanceSessions')).toBe(direct.guidanceSessions);
    // Installs the villages measured (53, which win over their records), plus the deputy's 5.
    expect(commune('vneidInstalls')).toBe(53 + 5);
    const groups = leader?.values.find(
      (v) => v.indicator === 'digitalGroupHouseholds' && v.place === 'bon-bu-sir',
    );
    expect(groups?.numerator).toBe(groups?.denominator);
  });
});
