import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeTeam,
  type Decision,
  DutiesTextSchema,
  dakNia2022Template,
  dutiesOf,
  dutiesOfTeam,
  renderDecision,
} from '../../src/index.js';
import { parseWithSchema } from '../../src/problems/input.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { wardLists } from '../team/fixtures.js';
import { withOwnArticle2, without } from './fixtures.js';

const sample = dakNia2022Team();

describe('Article 2 numbered after the roles a team has', () => {
  it('letters the members b) when the team has no deputies, in the decision and in dutiesOf', () => {
    const team = without(sample, ['deputy']);
    const text = renderDecision(team, team.decisions[0] as Decision)._unsafeUnwrap().text;
    expect(text).toContain('a) Tổ trưởng:');
    expect(text).toContain('b) Tổ viên:');
    expect(text).not.toContain('c) Tổ viên:');
    const member = dutiesOf(team, 'village-heads/bon-bu-sir')._unsafeUnwrap();
    expect(new Set(member.filter((d) => d.roles.length === 1).map((d) => d.clause))).toEqual(
      new Set(['Điều 2.2.b']),
    );
  });

  it('cites, for any set of roles present, the letter the printed decision gives the role', () => {
    fc.assert(
      fc.property(fc.subarray(['deputy', 'member']), (dropped) => {
        const team = without(sample, dropped);
        const text = renderDecision(team, team.decisions[0] as Decision)._unsafeUnwrap().text;
        const all = dutiesOfTeam(team);
        for (const role of ['leader', 'deputy', 'member'] as const) {
          const own = all.filter((d) => d.roles.length === 1 && d.roles[0] === role);
          if (dropped.includes(role)) {
            expect(own).toEqual([]);
            continue;
          }
          const letter = own[0]?.clause.split('.').at(-1);
          const heading =
            role === 'leader' ? 'Tổ trưởng' : role === 'deputy' ? 'Tổ phó' : 'Tổ viên';
          expect(text).toContain(`${letter}) ${heading}:`);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('takes the decision’s own Article 2 before the template’s', () => {
    const team = withOwnArticle2();
    const duties = dutiesOf(team, 'village-heads/bon-bu-sir')._unsafeUnwrap();
    expect(duties.map((d) => [d.id, d.clause, d.text.vi])).toEqual([
      ['member.only', 'Điều 2.1.a', 'Hỗ trợ người dân trên địa bàn xã.'],
    ]);
    expect(dutiesOf(team, 'leader/1')._unsafeUnwrap()).toEqual([]);
  });

  it('fills {area} and {reportsTo} from a ward’s own data', () => {
    const ward = composeTeam(dakNia2022Template(), wardLists)._unsafeUnwrap().team;
    const leader = dutiesOfTeam(ward).find((d) => d.id === 'leader.direct');
    expect(leader?.text.vi).toContain('trên địa bàn phường');
    expect(leader?.text.vi).toContain('Chịu trách nhiệm trước Ủy ban nhân dân Phường 1');
  });
});

describe('DutiesTextSchema', () => {
  it('reports an unknown placeholder and a duty id used twice, with paths', () => {
    const item = (id: string, vi: string) => ({ id, text: { vi, en: 'x' } });
    const parsed = parseWithSchema(
      DutiesTextSchema,
      {
        clauses: [
          {
            kind: 'team',
            heading: { vi: 'Chế độ', en: 'Regime' },
            items: [item('a', 'Trên địa bàn {xa}.')],
          },
          {
            kind: 'roles',
            heading: { vi: 'Nhiệm vụ', en: 'Duties' },
            roles: { leader: [item('a', 'Điều hành.')] },
          },
        ],
      },
      ['template', 'duties'],
    );
    expect(parsed._unsafeUnwrapErr().map((p) => [p.code, p.path.join('.')])).toEqual([
      ['unknown_placeholder', 'template.duties.clauses.0.items.0.text.vi'],
      ['duplicate_duty_id', 'template.duties.clauses.1.roles.leader.0.id'],
    ]);
  });
});
