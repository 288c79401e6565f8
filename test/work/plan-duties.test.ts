// The duty a task serves is one of the team's own, on the day the task was assigned.
import { describe, expect, it } from 'vitest';
import { type PlanInput, parsePlan, type Team } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { article2ReprintedLater, withOwnArticle2 } from '../duties/fixtures.js';

function planOf(period: string | undefined, task: Record<string, unknown>): PlanInput {
  return <PlanInput>{
    id: 'kh-1',
    title: { vi: 'Kế hoạch', en: 'Plan' },
    ...(period === undefined ? {} : { period }),
    by: 'leader/1',
    adoptedOn: '2024-01-02',
    tasks: [
      {
        id: 't1',
        title: { vi: 'Hỗ trợ cài đặt VNeID', en: 'Help install VNeID' },
        assignees: ['village-heads/bon-bu-sir'],
        assignedBy: 'leader/1',
        deadline: '2024-12-31',
        ...task,
      },
    ],
  };
}

/** The problems of the task's duty: code and path, and the English message. */
function dutyProblems(team: Team, period: string | undefined, task: Record<string, unknown>) {
  return parsePlan(planOf(period, task), team).match(
    () => [],
    (problems) =>
      problems
        .filter((p) => p.path.join('.') === 'tasks.0.duty')
        .map((p) => [p.code, p.message.en]),
  );
}

describe('the duty of a task', () => {
  it('is looked up in the team’s own Article 2, not in the Đắk Nia 2022 text', () => {
    const team = withOwnArticle2();
    expect(
      parsePlan(planOf('2024-01', { duty: 'member.only', assignedOn: '2024-01-05' }), team).isOk(),
    ).toBe(true);
    expect(
      dutyProblems(team, '2024-01', { duty: 'member.deploy', assignedOn: '2024-01-05' }),
    ).toEqual([['unknown_duty', 'Duty "member.deploy" is not in the duty catalogue.']]);
    expect(
      dutyProblems(dakNia2022Team(), '2024-01', { duty: 'member.only', assignedOn: '2024-01-05' }),
    ).toEqual([['unknown_duty', 'Duty "member.only" is not in the duty catalogue.']]);
  });

  it('is looked up in the Article 2 in force on the day the task was assigned', () => {
    const team = article2ReprintedLater();
    const on = (duty: string, assignedOn: string) =>
      dutyProblems(team, assignedOn.slice(0, 7), { duty, assignedOn });
    const unknown = (duty: string) => [
      ['unknown_duty', `Duty "${duty}" is not in the duty catalogue.`],
    ];
    expect(on('member.only', '2024-02-29')).toEqual([]);
    expect(on('member.deploy', '2024-02-29')).toEqual(unknown('member.deploy'));
    expect(on('member.deploy', '2024-03-01')).toEqual([]);
    expect(on('member.only', '2024-03-01')).toEqual(unknown('member.only'));
    // Every role's duties, and the points under a duty, are in the catalogue.
    expect(on('deputy.assist', '2024-03-01')).toEqual([]);
    expect(on('member.propagate.digital-economy', '2024-03-01')).toEqual([]);
    expect(on('team.training', '2024-03-01')).toEqual([]);
  });

  it('is read on the first day of the plan’s period, else the team’s founding day, when the task has no date', () => {
    const team = article2ReprintedLater();
    const undated = { duty: 'member.deploy', assignedOn: undefined };
    expect(dutyProblems(team, '2024-03', undated)).toEqual([]);
    expect(dutyProblems(team, '2024-02', undated)).toEqual([
      ['unknown_duty', 'Duty "member.deploy" is not in the duty catalogue.'],
    ]);
    expect(dutyProblems(team, undefined, undated)).toEqual([
      ['unknown_duty', 'Duty "member.deploy" is not in the duty catalogue.'],
    ]);
    expect(dutyProblems(team, undefined, { duty: 'member.only', assignedOn: undefined })).toEqual(
      [],
    );
  });
});
