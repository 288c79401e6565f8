// Teams of other communes, wards, special zones and villages, written as JSON only: each file
// names a bundled template and holds the lists a commune keeps; the team is composed, validated,
// its decision printed, and its seats asked about before, on and after each change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  chainOf,
  commune2025Template,
  composeTeam,
  type DecisionInput,
  dakNia2022Template,
  dutiesOf,
  holderOf,
  type IsoDate,
  mergeTeams,
  renderDecision,
  type Team,
  type TeamChangeInput,
  type TeamListsInput,
  type Template,
  validateTeam,
  villageTeam793Template,
} from '../../src/index.js';
import { hoaAn, hoaTeams } from './merger-fixture.js';

const TEMPLATES: Record<string, () => Template> = {
  'dak-nia-2022': dakNia2022Template,
  'village-793-btttt-thh': villageTeam793Template,
  'commune-2025': commune2025Template,
};

interface Fixture {
  readonly templateId: string;
  readonly lists: TeamListsInput;
}

function fixture(name: string): Fixture {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/communes/${name}.json`, import.meta.url), 'utf8'),
  ) as Fixture;
}

function compose({ templateId, lists }: Fixture): Team {
  const template = TEMPLATES[templateId];
  if (!template) throw new Error(`no template ${templateId}`);
  const composed = composeTeam(template(), lists);
  const problems = composed.isOk() ? composed.value.warnings : composed.error;
  expect(problems.map((p) => `${p.code} @ ${p.path.join('.')}`)).toEqual([]);
  return composed._unsafeUnwrap().team;
}

/** The codes of the warnings of a valid team on a date. */
function warningsOf(team: Team, asOf: IsoDate): string[] {
  return validateTeam(team, { asOf })
    ._unsafeUnwrap()
    .warnings.map((p) => p.code);
}

function printed(team: Team): string {
  const [founding] = team.decisions;
  if (!founding) throw new Error('no decision');
  return renderDecision(team, founding)._unsafeUnwrap().text;
}

describe('a ward from 1 July 2025 with tổ dân phố', () => {
  const team = compose(fixture('ward-2025'));

  it('validates and prints a decision whose every line comes from the data', () => {
    expect(validateTeam(team, { asOf: '2025-08-15' })._unsafeUnwrap().warnings).toEqual([]);
    const text = printed(team);
    expect(text).toContain('ỦY BAN NHÂN DÂN                             CỘNG HÒA');
    expect(text).toContain('PHƯỜNG ĐÔNG GIA NGHĨA');
    expect(text).toContain(
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Minh Đức (minh họa)',
    );
    expect(text).toContain('Bà Nguyễn Thị Lan (minh họa), Phó Chủ tịch UBND phường,');
    expect(text).toContain('Tổ trưởng các tổ dân phố.');
    expect(text).toContain(
      'Chịu trách nhiệm trước UBND phường, Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường về kết quả',
    );
    expect(text).toContain('trên địa bàn phường');
    expect(text).toContain('VNeID');
    expect(text).toContain('Bình dân học vụ số');
    expect(text).not.toContain('PC-COVID');
    expect(text).not.toMatch(/\bxã\b/u);
    expect(text).toContain('- UBND tỉnh Lâm Đồng (b/c);');
    // The last legal basis ends with ";" before the proposer.
    expect(text).toMatch(/quốc gia đến năm 2025, định hướng đến năm 2030;\n\nTheo đề nghị của/u);
  });

  it('answers dutiesOf, chainOf and holderOf before, on and after the founding day', () => {
    const seat = 'village-heads/tdp-1';
    expect(chainOf(team, seat, { asOf: '2025-08-14' })._unsafeUnwrapErr().code).toBe(
      'seat_not_in_force',
    );
    expect(chainOf(team, seat, { asOf: '2025-08-14' })._unsafeUnwrapErr().message.vi).toContain(
      'chưa có trong tổ ngày 14/8/2025',
    );
    expect(dutiesOf(team, seat, { asOf: '2025-08-14' })._unsafeUnwrapErr().code).toBe(
      'seat_not_in_force',
    );
    expect(holderOf(team, seat, '2025-08-14')._unsafeUnwrap()).toBeUndefined();
    for (const asOf of ['2025-08-15', '2026-01-01'] as const) {
      const chain = chainOf(team, seat, { asOf })._unsafeUnwrap();
      expect(chain.seats.at(-1)?.id).toBe('leader/1');
      expect(chain.bodies.map((b) => b.id)).toEqual(['dgn-pc', 'dgn-steering']);
      expect(holderOf(team, seat, asOf)._unsafeUnwrap()?.name).toBe('Trịnh Văn Long');
      const duties = dutiesOf(team, seat, { asOf })._unsafeUnwrap();
      expect(duties.find((d) => d.id === 'member.deploy')?.clause).toBe('Điều 2.2.c');
      expect(duties.find((d) => d.id === 'member.deploy')?.text.vi).toContain('trong tổ dân phố (');
    }
  });
});

describe('a village-level team', () => {
  const input = fixture('village-tan-lap');
  const team = compose(input);

  it('prints the village head as leader and the 793 duties, with nothing of a commune team', () => {
    const text = printed(team);
    expect(text).toContain(
      'Ông Nguyễn Văn Tâm (minh họa), Trưởng thôn Tân Lập,\nTổ trưởng Tổ công nghệ số cộng đồng thôn Tân Lập.',
    );
    expect(text).toContain('a) Tổ trưởng:');
    expect(text).toContain('b) Tổ viên:');
    expect(text).not.toContain('c) Tổ viên');
    expect(text).not.toContain('PC-COVID');
    expect(text).not.toContain('Tổ công nghệ số cộng đồng xã');
    expect(text).not.toContain('Ban chỉ đạo chuyển đổi số xã');
  });

  it('cites the members’ duties under b) when the team has no deputy', () => {
    const duties = dutiesOf(team, 'members/1')._unsafeUnwrap();
    expect(new Set(duties.filter((d) => d.roles.length === 1).map((d) => d.clause))).toEqual(
      new Set(['Điều 2.2.b']),
    );
  });

  it('is invalid when its thôn has no head: no leader', () => {
    const lists = { ...input.lists, villageHeads: {} };
    const composed = composeTeam(villageTeam793Template(), lists);
    const codes = composed.isErr() ? composed.error.map((p) => p.code) : [];
    expect(codes).toContain('vacant_leader');
    const problem = composed.isErr()
      ? composed.error.find((p) => p.code === 'vacant_leader')
      : undefined;
    expect(problem?.message.vi).toContain('tổ không có Tổ trưởng');
  });
});

describe('a special zone (đặc khu) with ấp and khu phố', () => {
  const team = compose(fixture('special-zone-phu-quoc'));

  it('validates and prints its decision in the words of a special zone', () => {
    expect(validateTeam(team, { asOf: '2025-09-02' }).isOk()).toBe(true);
    const text = printed(team);
    expect(text).toContain('ĐẶC KHU PHÚ QUỐC');
    expect(text).toContain('trên địa bàn đặc khu');
    expect(text).toContain('Trưởng các ấp, khu phố.');
    expect(text).not.toMatch(/\bxã\b/u);
    const duties = dutiesOf(team, 'village-heads/ap-suoi-may')._unsafeUnwrap();
    expect(duties.find((d) => d.id === 'member.deploy')?.text.vi).toContain('trong ấp, khu phố (');
  });
});

describe('a commune merged from two, a village moved a year earlier, a member replaced mid-year', () => {
  interface Amendment {
    readonly decision: DecisionInput;
    readonly changes: TeamChangeInput[];
  }
  const input = fixture('merged-hoa-an') as Fixture & { amendments: Amendment[] };
  const founded = compose(input);
  const team = input.amendments.reduce(
    (current, { decision, changes }) => amendTeam(current, decision, changes)._unsafeUnwrap(),
    founded,
  );
  const warnings = (asOf: IsoDate) => warningsOf(team, asOf);

  it('accepts decisions signed after the day they take effect, in amendTeam and validateTeam alike', () => {
    for (const asOf of [
      '2023-03-01',
      '2024-06-15',
      '2024-07-01',
      '2025-06-30',
      '2025-07-01',
    ] as const) {
      expect(warnings(asOf).filter((code) => code !== 'effective_before_signed')).toEqual([]);
    }
    expect(warnings('2025-07-01')).toContain('effective_before_signed');
  });

  it('replaces the school delegate on 15 June 2024', () => {
    const seat = 'schools/hb-school';
    expect(holderOf(team, seat, '2024-06-14')._unsafeUnwrap()?.name).toBe('Hà Văn Khoa');
    expect(holderOf(team, seat, '2024-06-15')._unsafeUnwrap()?.name).toBe('Tôn Văn Phát');
    expect(holderOf(team, seat, '2025-12-31')._unsafeUnwrap()?.name).toBe('Tôn Văn Phát');
  });

  it('adds the head of thôn 5 from the day it joined the commune', () => {
    const seat = 'village-heads/thon-5';
    expect(chainOf(team, seat, { asOf: '2024-06-30' })._unsafeUnwrapErr().code).toBe(
      'seat_not_in_force',
    );
    expect(holderOf(team, seat, '2024-06-30')._unsafeUnwrap()).toBeUndefined();
    const on = chainOf(team, seat, { asOf: '2024-07-01' })._unsafeUnwrap();
    expect(on.seats.map((s) => s.id)).toEqual([seat, 'deputies/1', 'leader/1']);
    expect(on.bodies.map((b) => b.id)).toEqual(['hb-pc', 'hb-steering']);
    expect(holderOf(team, seat, '2024-07-01')._unsafeUnwrap()?.name).toBe('La Thị Dung');
    const duties = dutiesOf(team, seat, { asOf: '2024-07-01' })._unsafeUnwrap();
    expect(duties.find((d) => d.id === 'member.deploy')?.clause).toBe('Điều 2.2.c');
  });

  it('moves to the merged commune on 1 July 2025: new name, new committees, new seats', () => {
    const before = chainOf(team, 'village-heads/thon-1', { asOf: '2025-06-30' })._unsafeUnwrap();
    expect(before.bodies.map((b) => b.id)).toEqual(['hb-pc', 'hb-steering']);
    const after = chainOf(team, 'village-heads/thon-1', { asOf: '2025-07-01' })._unsafeUnwrap();
    expect(after.bodies.map((b) => b.id)).toEqual(['ha-pc', 'ha-steering']);
    expect(
      chainOf(team, 'police-health/hb-police', { asOf: '2025-07-01' })._unsafeUnwrapErr().code,
    ).toBe('seat_not_in_force');
    expect(
      chainOf(team, 'village-heads/thon-6', { asOf: '2025-06-30' })._unsafeUnwrapErr().code,
    ).toBe('seat_not_in_force');
    expect(holderOf(team, 'village-heads/thon-6', '2025-07-01')._unsafeUnwrap()?.name).toBe(
      'Ưng Văn Kiệt',
    );
    const leaderDuty = dutiesOf(team, 'leader/1', { asOf: '2025-07-01' })._unsafeUnwrap();
    expect(leaderDuty.find((d) => d.id === 'leader.direct')?.text.vi).toContain(
      'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã',
    );
    const leaderBefore = dutiesOf(team, 'leader/1', { asOf: '2025-06-30' })._unsafeUnwrap();
    expect(leaderBefore.find((d) => d.id === 'leader.direct')?.text.vi).toContain(
      'Ban Chỉ đạo chuyển đổi số xã',
    );
  });

  it('prints the founding and the merger decisions, each with the team of its day', () => {
    const [founding, , , merger] = team.decisions;
    if (!founding || !merger) throw new Error('missing decision');
    const first = renderDecision(team, founding)._unsafeUnwrap().text;
    expect(first).toContain('Tổ trưởng Tổ công nghệ số cộng đồng xã Hòa Bình.');
    expect(first).toContain('Công an xã Hòa Bình cử 01 cán bộ tham gia tổ');
    expect(first).not.toContain('Hòa An');
    const last = renderDecision(team, merger)._unsafeUnwrap().text;
    expect(last).toContain(
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nMai Thị Xuân (minh họa)',
    );
    expect(last).toContain(
      'Bà Vũ Thị Hồng (minh họa), Phó Chủ tịch UBND xã,\nTổ trưởng Tổ công nghệ số cộng đồng xã Hòa An.',
    );
    expect(last).toContain('Công an xã Hòa An cử 01 cán bộ tham gia tổ');
    expect(last).not.toContain('Công an xã Hòa Bình');
    expect(last).toContain('Trưởng các thôn');
  });
});

describe('the same merger built with mergeTeams from the two old teams, all from JSON', () => {
  const [hoaBinh, hoaThuan] = hoaTeams as [Team, Team];
  const merged = mergeTeams(hoaTeams, hoaAn.merger)._unsafeUnwrap();
  const team = amendTeam(merged.team, hoaAn.fix.decision, hoaAn.fix.changes)._unsafeUnwrap();
  const name = (seat: string, asOf: IsoDate) => holderOf(team, seat, asOf)._unsafeUnwrap()?.name;

  it('validates before the merger (each old team), on it and after the settling decision', () => {
    for (const old of [hoaBinh, hoaThuan]) {
      expect(validateTeam(old, { asOf: '2025-06-30' }).isOk()).toBe(true);
    }
    const errors = merged.problems.filter((p) => p.severity === 'error').map((p) => p.code);
    expect(errors).toEqual(['multiple_leaders', 'rule_count']);
    for (const asOf of ['2025-08-01', '2026-01-01'] as const) {
      expect(warningsOf(team, asOf).filter((c) => c !== 'effective_before_signed')).toEqual([]);
    }
  });

  it('answers holderOf before, on and after the merger', () => {
    expect(name('to-cnscd-hoa-binh:schools/hb-school', '2024-06-14')).toBe('Hà Văn Khoa');
    expect(name('to-cnscd-hoa-binh:schools/hb-school', '2025-06-30')).toBe('Tôn Văn Phát');
    expect(name('to-cnscd-hoa-binh:schools/hb-school', '2025-07-01')).toBeUndefined();
    expect(name('schools/hb-school', '2025-06-30')).toBeUndefined();
    expect(name('schools/hb-school', '2025-07-01')).toBe('Tôn Văn Phát');
    expect(name('to-cnscd-hoa-thuan:village-heads/thon-5', '2024-06-30')).toBe('La Thị Dung');
    expect(name('to-cnscd-hoa-binh:village-heads/thon-5', '2024-07-01')).toBe('La Thị Dung');
    expect(name('village-heads/thon-6', '2025-07-01')).toBe('Ưng Văn Kiệt');
    expect(name('leader/1@to-cnscd-hoa-thuan', '2025-07-31')).toBe('Phạm Văn Hùng');
    expect(name('leader/1@to-cnscd-hoa-thuan', '2025-08-01')).toBeUndefined();
    expect(name('leader/1', '2025-08-01')).toBe('Vũ Thị Hồng');
  });

  it('answers chainOf before, on and after the merger', () => {
    const before = chainOf(team, 'to-cnscd-hoa-binh:village-heads/thon-1', { asOf: '2025-06-30' });
    expect(before._unsafeUnwrap().seats.map((s) => s.id)).toEqual([
      'to-cnscd-hoa-binh:village-heads/thon-1',
      'to-cnscd-hoa-binh:deputies/1',
      'to-cnscd-hoa-binh:leader/1',
    ]);
    expect(
      chainOf(team, 'to-cnscd-hoa-binh:village-heads/thon-1', {
        asOf: '2025-07-01',
      })._unsafeUnwrapErr().code,
    ).toBe('seat_not_in_force');
    expect(
      chainOf(team, 'village-heads/thon-1', { asOf: '2025-06-30' })._unsafeUnwrapErr().code,
    ).toBe('seat_not_in_force');
    for (const asOf of ['2025-07-01', '2025-08-01'] as const) {
      const on = chainOf(team, 'village-heads/thon-6', { asOf })._unsafeUnwrap();
      expect(on.seats.at(-1)?.id).toBe('leader/1');
      expect(on.bodies.map((b) => b.id)).toEqual(['ha-pc', 'ha-steering']);
    }
    const old = chainOf(hoaThuan, 'village-heads/thon-6', { asOf: '2025-06-30' })._unsafeUnwrap();
    expect(old.bodies.map((b) => b.id)).toEqual(['ht-pc', 'ht-steering']);
  });

  it('answers dutiesOf with the committee of the day, before, on and after the merger', () => {
    const before = dutiesOf(team, 'to-cnscd-hoa-binh:leader/1', {
      asOf: '2025-06-30',
    })._unsafeUnwrap();
    expect(before.find((d) => d.id === 'leader.direct')?.text.vi).toContain(
      'Ban Chỉ đạo chuyển đổi số xã',
    );
    for (const asOf of ['2025-07-01', '2025-08-01'] as const) {
      const duties = dutiesOf(team, 'leader/1', { asOf })._unsafeUnwrap();
      expect(duties.find((d) => d.id === 'leader.direct')?.text.vi).toContain(
        'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã',
      );
      const member = dutiesOf(team, 'village-heads/thon-6', { asOf })._unsafeUnwrap();
      expect(member.find((d) => d.id === 'member.deploy')?.clause).toBe('Điều 2.2.c');
    }
  });

  it('prints the settling decision with the team of its day: one leader, the villages of Hòa An', () => {
    const decision = team.decisions.at(-1);
    if (!decision) throw new Error('no decision');
    const text = renderDecision(team, {
      ...decision,
      articles: hoaAn.merger.decision.articles ?? [],
    } as never);
    expect(text._unsafeUnwrap().text).toContain(
      'Bà Vũ Thị Hồng (minh họa), Phó Chủ tịch UBND xã,\nTổ trưởng Tổ công nghệ số cộng đồng xã Hòa An.',
    );
    expect(text._unsafeUnwrap().text).not.toContain('Phạm Văn Hùng');
  });
});
