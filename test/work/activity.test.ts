import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_COUNTS,
  type Activity,
  activityValues,
  BUILT_IN_INDICATORS,
  countActivities,
  HELP_INDICATORS,
  parseActivities,
  sumActivityCounts,
} from '../../src/index.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../../src/samples/index.js';

const team = dakNia2022Team();
const january = { kind: 'month', year: 2025, index: 1 } as const;

describe('parseActivities', () => {
  it('accepts the sample month', () => {
    const month = dakNiaJanuary2025();
    expect(parseActivities(month.activities, team)._unsafeUnwrap()).toEqual(month.activities);
  });
  it('reports every problem at once', () => {
    const problems = parseActivities(
      [
        {
          kind: 'training',
          id: 'a',
          date: '2025-01-10',
          by: 'ghost',
          village: 'thon-nam-ra',
          form: 'online',
          topic: 'VNeID',
          attendees: ['nobody'],
        },
        {
          kind: 'help',
          id: 'a',
          date: '2025-01-10',
          by: 'leader/1',
          village: 'dak-nia',
          platform: 'vneid',
          count: 1,
        },
      ],
      team,
    )._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_seat', [0, 'by']],
      ['unknown_seat', [0, 'attendees', 0]],
      ['duplicate_activity', [1, 'id']],
      ['not_a_village', [1, 'village']],
    ]);
    for (const p of problems) expect(p.message.vi && p.message.en).toBeTruthy();
  });
  it('reports shape problems', () => {
    const problems = parseActivities(
      [
        {
          kind: 'help',
          id: 'a',
          date: '2025-01-10',
          by: 'x',
          village: 'v',
          platform: 'zalo',
          count: -1,
        },
      ],
      team,
    )._unsafeUnwrapErr();
    // The shape, and the references of the fields that parsed, at once.
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid_value', [0, 'platform']],
      ['too_small', [0, 'count']],
      ['unknown_seat', [0, 'by']],
      ['unknown_place', [0, 'village']],
    ]);
  });
});

describe('counts and values', () => {
  const month = dakNiaJanuary2025();
  it('counts activities within a period only', () => {
    const counts = countActivities(month.activities, january);
    expect(counts.peopleGuided).toBe(233);
    expect(counts.trainings).toBe(1);
    expect(counts.onlineTrainings).toBe(1);
    expect(counts.trainingAttendees).toBe(7);
    expect(counts.groupsCreated).toBe(5);
    expect(countActivities(month.activities, { kind: 'month', year: 2025, index: 2 })).toEqual({});
  });
  it('sums counts', () => {
    expect(sumActivityCounts([{ vneid: 2 }, {}, { vneid: 3, groupsCreated: 1 }])).toEqual({
      vneid: 5,
      groupsCreated: 1,
    });
    expect(ACTIVITY_COUNTS).toContain('onlineDossier');
  });
  it('feeds the team-produced indicators of the catalogue', () => {
    for (const code of Object.values(HELP_INDICATORS)) {
      expect(BUILT_IN_INDICATORS.some((i) => i.code === code)).toBe(true);
    }
    const values = activityValues(month.activities, team, january);
    const of = (indicator: string, place: string) =>
      values.find((v) => v.indicator === indicator && v.place === place);
    expect(of('vneidInstalls', 'thon-nam-ra')?.numerator).toBe(20);
    expect(of('memberTrainings', 'thon-nam-ra')?.numerator).toBe(1);
    expect(of('peopleGuided', 'thon-nam-da')?.numerator).toBe(75);
    expect(of('guidanceSessions', 'thon-nam-da')?.numerator).toBe(2);
    expect(of('digitalGroupHouseholds', 'thon-nam-da')).toMatchObject({
      numerator: 215,
      denominator: 231,
      reportedBy: 'village-heads/thon-nam-da',
    });
    expect(of('vneidInstalls', 'bon-n-jrieng')).toBeUndefined();
    const zeros = activityValues(month.activities, team, january, ['bon-n-jrieng']);
    expect(zeros.every((v) => v.place === 'bon-n-jrieng')).toBe(true);
    expect(zeros.find((v) => v.indicator === 'vneidInstalls')?.numerator).toBe(0);
  });
  it('caps group coverage at the village households and counts earlier groups', () => {
    const groups: Activity[] = [
      {
        kind: 'group',
        id: 'g1',
        date: '2024-12-01',
        by: 'm',
        village: 'bon-bu-sir',
        platform: 'zalo',
        name: 'A',
        households: 150,
      },
      {
        kind: 'group',
        id: 'g2',
        date: '2025-01-02',
        by: 'm',
        village: 'bon-bu-sir',
        platform: 'mocha',
        name: 'B',
        households: 100,
      },
      {
        kind: 'group',
        id: 'g3',
        date: '2025-02-02',
        by: 'm',
        village: 'bon-bu-sir',
        platform: 'facebook',
        name: 'C',
        households: 10,
      },
    ];
    const values = activityValues(groups, team, january);
    expect(values.find((v) => v.indicator === 'digitalGroupHouseholds')).toMatchObject({
      numerator: 212,
      denominator: 212,
    });
    expect(values.find((v) => v.indicator === 'groupsCreated')?.numerator).toBe(1);
  });
});
