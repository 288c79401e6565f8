/**
 * The access matrix: every kind of principal × every route × own or other's data → the status
 * the reporting chain gives. "A" is bon Bu Sir (village head `member`, supervised by `deputy`);
 * "B" is thôn Nam Rạ (village head `memberOther`, supervised by `deputyOther`). Every 2xx answer
 * is also checked against the operation's response schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enc, startServer, type TestServer, WHO, type Who } from './helpers.js';

const C = '/v1/communes/dak-nia';
const A = { seat: 'village-heads/bon-bu-sir', place: 'bon-bu-sir', task: 't-a' };
const B = { seat: 'village-heads/thon-nam-ra', place: 'thon-nam-ra', task: 't-b' };
const reportOf = (x: typeof A) => `${C}/reports/${enc(`${x.seat}@2025-01`)}`;
const ALL = Object.keys(WHO) as Who[];

/** Statuses per principal; unlisted ones get `rest`. */
function expect_(rest: number, listed: Partial<Record<Who, number>>): Record<Who, number> {
  return Object.fromEntries(ALL.map((who) => [who, listed[who] ?? rest])) as Record<Who, number>;
}

const READ_ALL = expect_(200, { provinceOther: 403 });
const READ_A = expect_(403, {
  member: 200,
  deputy: 200,
  leader: 200,
  committee: 200,
  province: 200,
});
const READ_B = expect_(403, {
  memberOther: 200,
  deputyOther: 200,
  leader: 200,
  committee: 200,
  province: 200,
});
const WHOLE = expect_(403, { leader: 200, committee: 200, province: 200 });
const SUPERVISORS = expect_(403, {
  deputy: 200,
  deputyOther: 200,
  leader: 200,
  committee: 200,
  province: 200,
});

interface Case {
  readonly name: string;
  readonly op: string;
  readonly method: 'GET' | 'PUT' | 'POST';
  readonly path: string;
  readonly body?: (who: Who) => unknown;
  readonly expected: Record<Who, number>;
}

const READS: Case[] = [
  { name: 'me', op: 'getMe', method: 'GET', path: '/v1/me', expected: expect_(200, {}) },
  {
    name: 'communes',
    op: 'listCommunes',
    method: 'GET',
    path: '/v1/communes',
    expected: expect_(200, {}),
  },
  {
    name: 'team',
    op: 'getTeam',
    method: 'GET',
    path: `${C}/team?asOf=2025-01-31`,
    expected: READ_ALL,
  },
  {
    name: 'chain of A',
    op: 'getChain',
    method: 'GET',
    path: `${C}/seats/${enc(A.seat)}/chain`,
    expected: READ_ALL,
  },
  {
    name: 'duties of A',
    op: 'getDuties',
    method: 'GET',
    path: `${C}/seats/${enc(A.seat)}/duties`,
    expected: READ_ALL,
  },
  {
    name: 'org chart',
    op: 'getOrgChart',
    method: 'GET',
    path: `${C}/org-chart?language=en`,
    expected: READ_ALL,
  },
  {
    name: 'data of A',
    op: 'getData',
    method: 'GET',
    path: `${C}/data/2025-01/${A.place}?history=true`,
    expected: READ_A,
  },
  {
    name: 'data of B',
    op: 'getData',
    method: 'GET',
    path: `${C}/data/2025-01/${B.place}`,
    expected: READ_B,
  },
  {
    name: 'values',
    op: 'listValues',
    method: 'GET',
    path: `${C}/values?period=2025-01`,
    expected: READ_ALL,
  },
  {
    name: 'roll-up of A',
    op: 'getRollup',
    method: 'GET',
    path: `${C}/rollup?period=2025-01&place=${A.place}`,
    expected: READ_A,
  },
  {
    name: 'roll-up of B',
    op: 'getRollup',
    method: 'GET',
    path: `${C}/rollup?period=2025-01&place=${B.place}`,
    expected: READ_B,
  },
  {
    name: 'roll-up of the commune',
    op: 'getRollup',
    method: 'GET',
    path: `${C}/rollup?period=2025-Q1`,
    expected: WHOLE,
  },
  {
    name: 'reports',
    op: 'listReports',
    method: 'GET',
    path: `${C}/reports?period=2025-01`,
    expected: READ_ALL,
  },
  { name: 'report of A', op: 'getReport', method: 'GET', path: reportOf(A), expected: READ_A },
  { name: 'report of B', op: 'getReport', method: 'GET', path: reportOf(B), expected: READ_B },
  {
    name: 'message of A',
    op: 'getGroupMessage',
    method: 'GET',
    path: `${reportOf(A)}/message`,
    expected: READ_A,
  },
  {
    name: 'message of B',
    op: 'getGroupMessage',
    method: 'GET',
    path: `${reportOf(B)}/message?platform=mocha`,
    expected: READ_B,
  },
  {
    name: 'reporting status',
    op: 'getReportingStatus',
    method: 'GET',
    path: `${C}/reporting-status?period=2025-01`,
    expected: SUPERVISORS,
  },
  { name: 'plans', op: 'listPlans', method: 'GET', path: `${C}/plans`, expected: READ_ALL },
  { name: 'plan', op: 'getPlan', method: 'GET', path: `${C}/plans/kh`, expected: READ_ALL },
  {
    name: 'tasks',
    op: 'listTasks',
    method: 'GET',
    path: `${C}/tasks?asOf=2025-03-01`,
    expected: READ_ALL,
  },
  {
    name: 'follow-up',
    op: 'getFollowUp',
    method: 'GET',
    path: `${C}/plans/kh/follow-up?asOf=2025-03-01`,
    expected: SUPERVISORS,
  },
  {
    name: 'province roll-up',
    op: 'getProvinceRollup',
    method: 'GET',
    path: '/v1/provinces/lam-dong/rollup?period=2025-01',
    expected: expect_(403, { province: 200 }),
  },
];

const values = { values: [{ indicator: 'peopleGuided', numerator: 7 }] };
const task = (assignee: string) => (who: Who) => ({
  id: `t-${who}`,
  title: { vi: 'Việc', en: 'Task' },
  duty: 'member.deploy',
  assignees: [assignee],
  deadline: '2025-02-28',
});

const WRITES: Case[] = [
  {
    name: 'put data of A',
    op: 'putData',
    method: 'PUT',
    path: `${C}/data/2025-01/${A.place}`,
    body: () => values,
    expected: expect_(403, { member: 200 }),
  },
  {
    name: 'put data of B',
    op: 'putData',
    method: 'PUT',
    path: `${C}/data/2025-01/${B.place}`,
    body: () => values,
    expected: expect_(403, { memberOther: 200 }),
  },
  {
    name: 'put data of the commune',
    op: 'putData',
    method: 'PUT',
    path: `${C}/data/2025-01/dak-nia`,
    body: () => ({ values: [{ indicator: 'onlineDossiers', numerator: 10, denominator: 40 }] }),
    expected: expect_(403, { leader: 201 }),
  },
  {
    name: 'submit own report',
    op: 'submitReport',
    method: 'POST',
    path: `${C}/reports`,
    body: () => ({ period: '2025-01' }),
    expected: expect_(201, {
      member: 200,
      memberOther: 200,
      committee: 403,
      province: 403,
      provinceOther: 403,
    }),
  },
  {
    name: 'accept report of A',
    op: 'acceptReport',
    method: 'POST',
    path: `${reportOf(A)}/accept`,
    // The leader may review too; after the deputy, it meets a report already accepted.
    expected: expect_(403, { deputy: 200, leader: 409 }),
  },
  {
    name: 'accept report of B',
    op: 'acceptReport',
    method: 'POST',
    path: `${reportOf(B)}/accept`,
    expected: expect_(403, { deputyOther: 200, leader: 409 }),
  },
  {
    name: 'return report of A',
    op: 'returnReport',
    method: 'POST',
    path: `${reportOf(A)}/return`,
    body: () => ({ comment: 'Bổ sung số liệu' }),
    expected: expect_(403, { deputy: 200, leader: 409 }),
  },
  {
    name: 'consolidate',
    op: 'consolidateReport',
    method: 'POST',
    path: `${C}/reports/consolidate`,
    body: () => ({ period: '2025-01' }),
    expected: expect_(403, { deputy: 201, deputyOther: 201, leader: 201 }),
  },
  {
    name: 'create a plan',
    op: 'createPlan',
    method: 'POST',
    path: `${C}/plans`,
    body: () => ({
      id: 'kh-2',
      title: { vi: 'KH', en: 'Plan' },
      period: '2025-Q2',
      adoptedOn: '2025-02-14',
    }),
    expected: expect_(403, { leader: 201 }),
  },
  {
    name: 'assign a task to A',
    op: 'createTask',
    method: 'POST',
    path: `${C}/plans/kh/tasks`,
    body: task(A.seat),
    expected: expect_(403, { deputy: 201, leader: 201 }),
  },
  {
    name: 'assign a task to B',
    op: 'createTask',
    method: 'POST',
    path: `${C}/plans/kh/tasks`,
    body: task(B.seat),
    expected: expect_(403, { deputyOther: 201, leader: 201 }),
  },
  {
    name: 'start the task of A',
    op: 'addTaskEvent',
    method: 'POST',
    path: `${C}/plans/kh/tasks/${A.task}/events`,
    body: () => ({ type: 'start' }),
    expected: expect_(403, { member: 200 }),
  },
  {
    name: 'cancel the task of B',
    op: 'addTaskEvent',
    method: 'POST',
    path: `${C}/plans/kh/tasks/${B.task}/events`,
    body: () => ({ type: 'cancel' }),
    expected: expect_(403, { leader: 200 }),
  },
];

/** The state the matrix runs on: values and reports of A and B, a plan with a task for each. */
async function seed(s: TestServer): Promise<void> {
  const ok = async (who: Who, method: string, path: string, body: unknown) => {
    const res = await s.request(method, path, { token: s.tokens[who], body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(res.body)}`);
  };
  await ok('member', 'PUT', `${C}/data/2025-01/${A.place}`, {
    values: [{ indicator: 'peopleGuided', numerator: 3 }],
  });
  await ok('memberOther', 'PUT', `${C}/data/2025-01/${B.place}`, {
    values: [{ indicator: 'peopleGuided', numerator: 4 }],
  });
  await ok('member', 'POST', `${C}/reports`, { period: '2025-01' });
  await ok('memberOther', 'POST', `${C}/reports`, { period: '2025-01' });
  await ok('leader', 'POST', `${C}/plans`, {
    id: 'kh',
    title: { vi: 'Kế hoạch', en: 'Plan' },
    period: '2025-Q1',
    adoptedOn: '2025-02-14',
    tasks: [
      {
        id: A.task,
        title: { vi: 'A', en: 'A' },
        duty: 'member.deploy',
        assignees: [A.seat],
        assignedBy: 'leader/1',
        assignedOn: '2025-02-14',
        deadline: '2025-02-21',
      },
      {
        id: B.task,
        title: { vi: 'B', en: 'B' },
        duty: 'member.deploy',
        assignees: [B.seat],
        assignedBy: 'leader/1',
        assignedOn: '2025-02-14',
        deadline: '2025-02-21',
      },
    ],
  });
}

function checkSchema(s: TestServer, c: Case, status: number, body: unknown): void {
  const op = s.operations.find((o) => o.id === c.op);
  const schema = op?.responses[status]?.schema;
  expect(schema, `${c.op} documents ${status}`).toBeDefined();
  const parsed = schema?.safeParse(body);
  expect(parsed?.success, `${c.name}: ${JSON.stringify(parsed?.error?.issues.slice(0, 3))}`).toBe(
    true,
  );
}

describe('the access matrix', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer('sqlite');
    await seed(s);
  });
  afterAll(async () => {
    await s.close();
  });

  it.each(READS.map((c) => [c.name, c] as const))('reading %s', async (_, c) => {
    const got: Partial<Record<Who, number>> = {};
    for (const who of ALL) {
      const res = await s.request(c.method, c.path, { token: s.tokens[who] });
      got[who] = res.status;
      if (res.status < 300) checkSchema(s, c, res.status, res.body);
    }
    expect(got).toEqual(c.expected);
    expect((await s.request(c.method, c.path)).status).toBe(401);
  });

  it('shows each principal only the values it may read', async () => {
    const places = async (who: Who) => {
      const res = await s.request('GET', `${C}/values?period=2025-01`, { token: s.tokens[who] });
      return [
        ...new Set((res.body as { values: { place: string }[] }).values.map((v) => v.place)),
      ].sort();
    };
    expect(await places('member')).toEqual([A.place]);
    expect(await places('deputyOther')).toEqual([B.place]);
    expect(await places('memberNoVillage')).toEqual([]);
    expect(await places('leader')).toEqual([A.place, B.place]);
  });

  it.each(WRITES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const w = await startServer('sqlite');
    try {
      await seed(w);
      const got: Partial<Record<Who, number>> = {};
      // The principals that may succeed go last, so that those before meet the seeded state;
      // a conflict (409) comes after the success that caused it.
      const rank = (status: number) => (status === 409 ? 0 : status < 300 ? 1 : 2);
      const order = [...ALL].sort((a, b) => rank(c.expected[b]) - rank(c.expected[a]));
      for (const who of order) {
        const res = await w.request(c.method, c.path, {
          token: w.tokens[who],
          body: c.body?.(who),
        });
        got[who] = res.status;
        if (res.status < 300) checkSchema(w, c, res.status, res.body);
      }
      expect(got).toEqual(c.expected);
      expect((await w.request(c.method, c.path, { body: c.body?.('member') })).status).toBe(401);
    } finally {
      await w.close();
    }
  });
});
