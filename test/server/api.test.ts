/** The API's flows on each engine: data, reports, tasks, tokens, limits. */

import { serializeTeam } from 'to-cong-nghe-so';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGINES,
  enc,
  postgresAvailable,
  sampleTeamWithHandover,
  startServer,
  type TestServer,
  WHO,
} from './helpers.js';

const engines = (await postgresAvailable()) ? ENGINES : (['sqlite'] as const);
const C = '/v1/communes/dak-nia';
const BU_SIR = `${C}/data/2025-01/bon-bu-sir`;
const REPORT = `${C}/reports/${enc('village-heads/bon-bu-sir@2025-01')}`;

type Body = Record<string, unknown>;

describe.each(engines)('the reporting server on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(async () => {
    await s.close();
  });

  it('answers health, readiness and the OpenAPI document without a token', async () => {
    expect((await s.request('GET', '/health')).body).toEqual({ status: 'ok' });
    const ready = await s.request('GET', '/ready');
    expect(ready).toMatchObject({ status: 200, body: { status: 'ready', engine } });
    expect((await s.request('GET', '/openapi.json')).body).toMatchObject({ openapi: '3.1.0' });
  });

  it('asks for a token, with a bilingual message', async () => {
    const res = await s.request('GET', '/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.body).toMatchObject({
      status: 401,
      problems: [
        { code: 'unauthenticated', message: { vi: expect.any(String), en: expect.any(String) } },
      ],
    });
  });

  it('tells who a token belongs to', async () => {
    const res = await s.request('GET', '/v1/me', { token: s.tokens.member });
    expect(res.body).toMatchObject({
      kind: 'seat',
      commune: 'dak-nia',
      today: '2025-02-14',
      seat: { id: 'village-heads/bon-bu-sir', holder: { id: 'y-bri', name: 'Điểu Bri' } },
    });
  });

  it('keeps every version of a village’s values; an identical resubmission changes nothing', async () => {
    const first = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      body: { values: [{ indicator: 'fibreHouseholds', numerator: 150, denominator: 212 }] },
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    const same = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      body: { values: [{ indicator: 'fibreHouseholds', numerator: 150, denominator: 212 }] },
    });
    expect(same).toMatchObject({ status: 200, body: { unchanged: true, current: { version: 1 } } });
    const second = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      headers: { 'if-match': '"1"' },
      body: {
        values: [
          { indicator: 'fibreHouseholds', numerator: 160, denominator: 212 },
          { indicator: 'peopleGuided', numerator: 35 },
        ],
      },
    });
    expect(second).toMatchObject({
      status: 200,
      body: { unchanged: false, current: { version: 2 } },
    });
    const stale = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      headers: { 'if-match': '"1"' },
      body: { values: [] },
    });
    expect(stale.status).toBe(412);
    const history = await s.request('GET', `${BU_SIR}?history=true`, { token: s.tokens.deputy });
    expect(history.status).toBe(200);
    const versions = (history.body as { history: { version: number }[] }).history;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('checks values with the library and answers every problem with its path', async () => {
    const res = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      body: {
        values: [
          { indicator: 'fibreHouseholds', numerator: 250, denominator: 212 },
          { indicator: 'nope', numerator: 1 },
        ],
      },
    });
    expect(res.status).toBe(400);
    const problems = (res.body as { problems: { code: string; path: unknown[] }[] }).problems;
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['numerator_above_denominator', ['values', 0, 'numerator']],
      ['unknown_indicator', ['values', 1, 'indicator']],
    ]);
  });

  it('normalises NFD text to NFC on the way in', async () => {
    const nfd = 'Sóng yếu ở cuối bon'.normalize('NFD');
    const res = await s.request('POST', `${C}/reports`, {
      token: s.tokens.memberOther,
      body: { period: '2025-01', obstacles: [{ text: nfd }] },
    });
    expect(res.status).toBe(201);
    const text = (res.body as { report: { obstacles: { text: string }[] } }).report.obstacles[0]
      ?.text;
    expect(text).toBe('Sóng yếu ở cuối bon'.normalize('NFC'));
  });

  it('runs a report through submit, return, resubmit and accept; accepted data is locked', async () => {
    const submitted = await s.request('POST', `${C}/reports`, {
      token: s.tokens.member,
      body: { period: '2025-01', results: ['Đã lập nhóm Zalo'] },
    });
    expect(submitted.status).toBe(201);
    const report = (submitted.body as { report: Body }).report;
    expect(report).toMatchObject({
      from: 'village-heads/bon-bu-sir',
      to: 'deputies/farmers',
      holder: 'y-bri',
    });
    expect((report.values as unknown[]).length).toBe(2);

    const byMember = await s.request('POST', `${REPORT}/accept`, { token: s.tokens.member });
    expect(byMember).toMatchObject({ status: 403, body: { problems: [{ code: 'not_receiver' }] } });
    const noComment = await s.request('POST', `${REPORT}/return`, {
      token: s.tokens.deputy,
      body: { comment: '  ' },
    });
    expect(noComment.status).toBe(400);
    const returned = await s.request('POST', `${REPORT}/return`, {
      token: s.tokens.deputy,
      body: { comment: 'Thiếu số liệu VNeID' },
    });
    expect(returned).toMatchObject({ status: 200, body: { state: 'returned' } });
    const acceptReturned = await s.request('POST', `${REPORT}/accept`, { token: s.tokens.deputy });
    expect(acceptReturned).toMatchObject({
      status: 409,
      body: { problems: [{ code: 'invalid_approval' }] },
    });

    s.clock.set('2025-02-15T10:00:00+07:00');
    const resubmitted = await s.request('POST', `${C}/reports`, {
      token: s.tokens.member,
      body: { period: '2025-01', results: ['Đã lập nhóm Zalo', 'Đã bổ sung VNeID'] },
    });
    expect(resubmitted).toMatchObject({ status: 200, body: { state: 'submitted', version: 3 } });
    const accepted = await s.request('POST', `${REPORT}/accept`, { token: s.tokens.deputy });
    expect(accepted).toMatchObject({ status: 200, body: { state: 'accepted' } });
    const history = (accepted.body as { history: { action: string }[] }).history;
    expect(history.map((h) => h.action)).toEqual(['submit', 'return', 'resubmit', 'accept']);

    const locked = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      body: { values: [{ indicator: 'peopleGuided', numerator: 1 }] },
    });
    expect(locked).toMatchObject({ status: 409, body: { problems: [{ code: 'report_locked' }] } });
    const again = await s.request('POST', `${C}/reports`, {
      token: s.tokens.member,
      body: { period: '2025-01' },
    });
    expect(again.status).toBe(409);
  });

  it('gives completeness and timeliness, and the group message', async () => {
    const status = await s.request(
      'GET',
      `${C}/reporting-status?period=2025-01&to=deputies%2Ffarmers`,
      {
        token: s.tokens.leader,
      },
    );
    expect(status).toMatchObject({
      status: 200,
      body: { expected: 2, received: 1, missing: ['village-heads/bon-phai-kol-pru-dang'] },
    });
    const deputyView = await s.request('GET', `${C}/reporting-status?period=2025-01`, {
      token: s.tokens.deputy,
    });
    expect(deputyView).toMatchObject({
      status: 200,
      body: { to: 'deputies/farmers', expected: 2 },
    });
    const message = await s.request('GET', `${REPORT}/message?platform=zalo`, {
      token: s.tokens.deputy,
    });
    expect(message.status).toBe(200);
    expect((message.body as { parts: string[] }).parts[0]).toContain('BÁO CÁO CHUYỂN ĐỔI SỐ');
  });

  it('consolidates a deputy’s report from the reports received', async () => {
    s.clock.set('2025-02-18T09:00:00+07:00');
    const res = await s.request('POST', `${C}/reports/consolidate`, {
      token: s.tokens.deputy,
      body: { period: '2025-01', results: ['Đã đôn đốc các bon'] },
    });
    expect(res.status).toBe(201);
    expect((res.body as { report: Body }).report).toMatchObject({
      from: 'deputies/farmers',
      to: 'leader/1',
      basedOn: ['village-heads/bon-bu-sir@2025-01'],
    });
    const byMember = await s.request('POST', `${C}/reports/consolidate`, {
      token: s.tokens.member,
      body: { period: '2025-01' },
    });
    expect(byMember.status).toBe(403);
  });

  it('rolls a village and the commune up with the library', async () => {
    const village = await s.request('GET', `${C}/rollup?period=2025-01&place=bon-bu-sir`, {
      token: s.tokens.deputy,
    });
    expect(village.status).toBe(200);
    const fibre = (village.body as { results: Body[] }).results.find(
      (r) => r.indicator === 'fibreHouseholds',
    );
    expect(fibre).toMatchObject({ numerator: 160, denominator: 212, value: (160 / 212) * 100 });
    const commune = await s.request('GET', `${C}/rollup?period=2025-Q1`, {
      token: s.tokens.leader,
    });
    expect(commune).toMatchObject({ status: 200, body: { place: 'dak-nia' } });
    const denied = await s.request('GET', `${C}/rollup?period=2025-01`, { token: s.tokens.deputy });
    expect(denied.status).toBe(403);
  });

  it('lets the leader plan and assign, a deputy assign to their members only, and tracks tasks', async () => {
    const plan = await s.request('POST', `${C}/plans`, {
      token: s.tokens.leader,
      body: {
        id: 'kh-2025-q1',
        title: { vi: 'Kế hoạch quý I/2025', en: 'Plan for Q1 2025' },
        period: '2025-Q1',
        adoptedOn: '2025-02-18',
      },
    });
    expect(plan.status).toBe(201);
    const duplicate = await s.request('POST', `${C}/plans`, {
      token: s.tokens.leader,
      body: {
        id: 'kh-2025-q1',
        title: { vi: 'x', en: 'x' },
        period: '2025-Q1',
        adoptedOn: '2025-02-18',
      },
    });
    expect(duplicate.status).toBe(409);
    const task = (id: string, assignee: string) => ({
      id,
      title: { vi: 'Hỗ trợ cài VNeID', en: 'Help install VNeID' },
      duty: 'member.deploy',
      assignees: [assignee],
      deadline: '2025-02-25',
    });
    const byDeputy = await s.request('POST', `${C}/plans/kh-2025-q1/tasks`, {
      token: s.tokens.deputy,
      body: task('vneid-bu-sir', 'village-heads/bon-bu-sir'),
    });
    expect(byDeputy.status).toBe(201);
    const outside = await s.request('POST', `${C}/plans/kh-2025-q1/tasks`, {
      token: s.tokens.deputy,
      body: task('vneid-nam-ra', 'village-heads/thon-nam-ra'),
    });
    expect(outside).toMatchObject({
      status: 403,
      body: { problems: [{ code: 'assignment_not_allowed', path: ['assignees', 0] }] },
    });
    const start = await s.request('POST', `${C}/plans/kh-2025-q1/tasks/vneid-bu-sir/events`, {
      token: s.tokens.member,
      body: { type: 'start' },
    });
    expect(start.status).toBe(200);
    const cancelByMember = await s.request(
      'POST',
      `${C}/plans/kh-2025-q1/tasks/vneid-bu-sir/events`,
      {
        token: s.tokens.member,
        body: { type: 'cancel' },
      },
    );
    expect(cancelByMember.status).toBe(403);
    const returnStarted = await s.request(
      'POST',
      `${C}/plans/kh-2025-q1/tasks/vneid-bu-sir/events`,
      {
        token: s.tokens.deputy,
        body: { type: 'return' },
      },
    );
    expect(returnStarted).toMatchObject({
      status: 409,
      body: { problems: [{ code: 'invalid_transition' }] },
    });

    s.clock.set('2025-02-27T09:00:00+07:00');
    const overdue = await s.request('GET', `${C}/tasks?timeliness=overdue`, {
      token: s.tokens.member,
    });
    expect((overdue.body as { tasks: Body[] }).tasks).toMatchObject([
      { id: 'vneid-bu-sir', state: 'inProgress', timeliness: 'overdue' },
    ]);
    const lists = await s.request('GET', `${C}/plans/kh-2025-q1/follow-up`, {
      token: s.tokens.deputy,
    });
    expect(lists).toMatchObject({
      status: 200,
      body: {
        leader: null,
        deputies: [{ seat: 'deputies/farmers', items: [{ task: 'vneid-bu-sir' }] }],
      },
    });
    const memberLists = await s.request('GET', `${C}/plans/kh-2025-q1/follow-up`, {
      token: s.tokens.member,
    });
    expect(memberLists.status).toBe(403);
  });

  it('stops a token working for the old holder on the handover day', async () => {
    s.clock.set('2025-03-31T23:00:00+07:00');
    expect((await s.request('GET', '/v1/me', { token: s.tokens.member })).status).toBe(200);
    s.clock.set('2025-04-01T00:05:00+07:00');
    const after = await s.request('GET', '/v1/me', { token: s.tokens.member });
    expect(after).toMatchObject({ status: 401, body: { problems: [{ code: 'holder_changed' }] } });
    s.clock.set('2025-02-27T09:00:00+07:00');
  });

  it('refuses bodies that are too large, not JSON, or of the wrong type', async () => {
    const big = await s.request('PUT', BU_SIR, {
      token: s.tokens.memberOther,
      body: `{"values":[${'{"indicator":"peopleGuided","numerator":1},'.repeat(60_000)}]}`,
    });
    expect(big.status).toBe(413);
    const notJson = await s.request('PUT', BU_SIR, { token: s.tokens.member, body: '{values:' });
    expect(notJson).toMatchObject({ status: 400, body: { problems: [{ code: 'invalid_json' }] } });
    const text = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const unknown = await s.request('PUT', BU_SIR, {
      token: s.tokens.member,
      body: { values: [], x: 1 },
    });
    expect(unknown).toMatchObject({
      status: 400,
      body: { problems: [{ code: 'unknown_field', path: ['x'] }] },
    });
  });
});

describe('tokens already in use', () => {
  it('stop working at once when revoked, or when a new team gives their seat to someone else', async () => {
    const s = await startServer('sqlite');
    try {
      const me = () => s.request('GET', '/v1/me', { token: s.tokens.leader });
      expect((await me()).status).toBe(200);
      expect((await me()).status).toBe(200);
      await s.store.revokeToken(s.tokens.leader.split('_')[1] ?? '', '2025-02-14T10:00:00+07:00');
      expect(await me()).toMatchObject({
        status: 401,
        body: { problems: [{ code: 'token_revoked' }] },
      });

      const member = () =>
        s.request('PUT', '/v1/communes/dak-nia/data/2025-01/bon-bu-sir', {
          token: s.tokens.member,
          body: { values: [{ indicator: 'peopleGuided', numerator: 3 }] },
        });
      expect((await member()).status).toBe(201);
      // The team is replaced (by the admin command of another process, say): from today the
      // seat is held by someone else.
      const team = sampleTeamWithHandover();
      await s.store.upsertCommune(
        'dak-nia',
        'lam-dong',
        serializeTeam({
          ...team,
          seatHoldings: team.seatHoldings.map((h) =>
            h.seatId === WHO.member.seat
              ? {
                  ...h,
                  ...(h.personId === 'k-then' ? { from: '2025-02-14' } : { to: '2025-02-13' }),
                }
              : h,
          ),
        }),
        '2025-02-14T10:00:00+07:00',
      );
      expect(await member()).toMatchObject({
        status: 401,
        body: { problems: [{ code: 'holder_changed' }] },
      });
    } finally {
      await s.close();
    }
  });
});

describe('tokens', () => {
  it('stop working when revoked, and failed attempts are rate-limited', async () => {
    const s = await startServer('sqlite', { authFailures: { points: 3, seconds: 60 } });
    try {
      const id = s.tokens.leader.split('_')[1] ?? '';
      await s.store.revokeToken(id, '2025-02-14T10:00:00+07:00');
      const revoked = await s.request('GET', '/v1/me', { token: s.tokens.leader });
      expect(revoked).toMatchObject({
        status: 401,
        body: { problems: [{ code: 'token_revoked' }] },
      });
      const wrong = `${s.tokens.member.slice(0, -4)}AAAA`;
      expect((await s.request('GET', '/v1/me', { token: wrong })).status).toBe(401);
      expect((await s.request('GET', '/v1/me', { token: 'garbage' })).status).toBe(401);
      const limited = await s.request('GET', '/v1/me', { token: s.tokens.member });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('60');
    } finally {
      await s.close();
    }
  });
});
