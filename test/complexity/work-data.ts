/**
 * Large teams, plans, activity records and report books for the complexity tests and the scale
 * benchmark of the work, reports and render modules: the Đắk Nia sample grown to `n` villages,
 * each with its village head, supervised in turn by the four deputies.
 */
import {
  type Activity,
  type PlanInput,
  type ReportRecord,
  submitReport,
  type Team,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const DEPUTIES = [
  'deputies/farmers',
  'deputies/womens-union',
  'deputies/youth-union',
  'deputies/veterans',
];

/** The sample team with `villages` more villages, each with a village-head seat and holder. */
export function bigTeam(villages: number): Team {
  const team = dakNia2022Team();
  const ids = Array.from({ length: villages }, (_, i) => `v${i}`);
  return {
    ...team,
    places: [
      ...team.places,
      ...ids.map((id, i) => ({
        id,
        level: 'village' as const,
        kind: 'thon' as const,
        name: `Thôn ${i + 1}`,
        parents: [{ parentId: 'dak-nia' }],
        counts: [{ from: '2022-01-01' as const, households: 200 }],
      })),
    ],
    people: [
      ...team.people,
      ...ids.map((id) => ({ id: `p-${id}`, name: `Người ${id}`, memberOf: [] })),
    ],
    seats: [
      ...team.seats,
      ...ids.map((id) => ({
        id: `village-heads/${id}`,
        role: 'member' as const,
        filling: { kind: 'villageHead' as const, villageId: id },
        titles: [],
        ruleId: 'village-heads',
        from: '2022-07-27' as const,
        decisionId: '23-QD-UBND-2022',
      })),
    ],
    seatHoldings: [
      ...team.seatHoldings,
      ...ids.map((id) => ({
        seatId: `village-heads/${id}`,
        personId: `p-${id}`,
        from: '2022-07-27' as const,
        decisionId: '23-QD-UBND-2022',
      })),
    ],
    supervision: [
      ...team.supervision,
      ...ids.map((id, i) => ({
        seatId: `village-heads/${id}`,
        supervisorSeatId: DEPUTIES[i % DEPUTIES.length] ?? 'deputies/farmers',
        from: '2022-07-27' as const,
      })),
    ],
  } as Team;
}

/** A plan of `tasks` tasks for 2025, assigned by the leader to the village heads in turn. */
export function bigPlan(tasks: number, villages: number): PlanInput {
  return {
    id: 'kh-2025',
    title: { vi: 'Kế hoạch năm 2025', en: 'Plan for 2025' },
    period: '2025',
    by: 'leader/1',
    adoptedOn: '2025-01-02',
    tasks: Array.from({ length: tasks }, (_, i) => ({
      id: `t${i}`,
      title: { vi: `Nhiệm vụ ${i}`, en: `Task ${i}` },
      duty: 'member.deploy',
      assignees: [`village-heads/v${i % villages}`],
      villages: [`v${i % villages}`],
      assignedBy: 'leader/1',
      assignedOn: '2025-01-06',
      deadline: i % 3 === 0 ? { amount: 5 + (i % 20), unit: 'workingDay' as const } : '2025-03-14',
      events:
        i % 4 === 0
          ? [{ type: 'start' as const, on: '2025-01-08', by: `village-heads/v${i % villages}` }]
          : [],
    })),
  };
}

/** `count` activity records of January 2025 in the villages in turn. */
export function bigActivities(count: number, villages: number): Activity[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'help' as const,
    id: `a${i}`,
    date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` as '2025-01-01',
    by: `village-heads/v${i % villages}`,
    village: `v${i % villages}`,
    platform: 'vneid' as const,
    count: 1 + (i % 5),
  }));
}

/** A report of a village head for a month, as written. */
export function villageReport(village: number, month: number) {
  return {
    id: `r-${village}-${month}`,
    kind: 'periodic',
    period: `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
    from: `village-heads/v${village}`,
    submittedAt: '2025-02-14T08:30:00+07:00',
    values: [
      {
        indicator: 'vneidInstalls',
        place: `v${village}`,
        period: `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
        numerator: 10,
      },
    ],
  };
}

/** A book of `reports` reports of `villages` village heads, submitted one by one. */
export function bigBook(team: Team, reports: number, villages: number): ReportRecord[] {
  let book: ReportRecord[] = [];
  for (let i = 0; i < reports; i += 1) {
    const next = submitReport(book, villageReport(i % villages, Math.floor(i / villages)), {
      team,
    });
    if (next.isErr()) throw new Error(JSON.stringify(next.error[0]));
    book = next.value;
  }
  return book;
}

/**
 * A book of `reports` accepted-for-review reports made directly, without `submitReport`: the
 * first library call that takes it checks and indexes it once.
 */
export function syntheticBook(team: Team, reports: number, villages: number): ReportRecord[] {
  const seats = new Map(team.seats.map((s) => [s.id, s]));
  return Array.from({ length: reports }, (_, i) => {
    const written = villageReport(i % villages, Math.floor(i / villages));
    const seat = seats.get(written.from);
    const supervisor = team.supervision.find((row) => row.seatId === seat?.id);
    return {
      report: {
        ...written,
        kind: 'periodic' as const,
        holder: `p-v${i % villages}`,
        to: supervisor?.supervisorSeatId ?? 'leader/1',
        activities: {},
        results: [],
        obstacles: [],
        proposals: [],
        basedOn: [],
        coverage: [],
      },
      state: 'submitted' as const,
      history: [{ action: 'submit' as const, at: written.submittedAt, by: written.from }],
    };
  });
}
