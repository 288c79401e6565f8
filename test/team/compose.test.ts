import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ComposeProblem,
  composeTeam,
  compositionOf,
  dakNia2022Template,
  type TeamListsInput,
  TeamListsSchema,
  type TemplateInput,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Lists, dakNia2022Team } from '../../src/samples/index.js';
import { villageLists, wardLists } from './fixtures.js';

const show = (problems: readonly ComposeProblem[]) =>
  problems.map((p) => `${p.code} @ ${p.path.join('.')}`);
const errorsOf = (template: unknown, lists: unknown) =>
  show(composeTeam(template as TemplateInput, lists as TeamListsInput)._unsafeUnwrapErr());

describe('composeTeam', () => {
  it('builds the Đắk Nia 2022 team of Decision 23/QĐ-UBND, with no problem', () => {
    const { team, warnings } = composeTeam(dakNia2022Template(), dakNia2022Lists())._unsafeUnwrap();
    expect(warnings).toEqual([]);
    expect(team).toEqual(dakNia2022Team());
    expect(team.from).toBe('2022-07-27');
    expect(team.name).toEqual({
      vi: 'Tổ công nghệ số cộng đồng xã Đắk Nia',
      en: 'Community Digital Technology Team of Đắk Nia commune',
    });
    expect(team.reportsTo).toEqual(['dak-nia-pc', 'dak-nia-steering']);
    const roles = team.seats.map((s) => s.role);
    expect(roles.filter((r) => r === 'leader')).toHaveLength(1);
    expect(roles.filter((r) => r === 'deputy')).toHaveLength(4);
    // IT officer + 3 schools + police + health + 6 villages
    expect(roles.filter((r) => r === 'member')).toHaveLength(12);
    expect(team.seats.every((s) => s.decisionId === '23-QD-UBND-2022')).toBe(true);
    const leader = compositionOf(team, '2022-07-27')[0];
    expect(leader?.holder?.name).toBe('Quản Thị Ngọc');
    expect(leader?.seat.titles[0]?.vi).toBe('Phó Trưởng ban Thường trực');
  });

  it('gives seats the documented ids, so that supervision can be written before composing', () => {
    const { team } = composeTeam(dakNia2022Template(), dakNia2022Lists())._unsafeUnwrap();
    expect(team.seats.map((s) => s.id).slice(0, 8)).toEqual([
      'leader/1', // named: <ruleId>/<n>
      'deputies/youth-union', // headOf: <ruleId>/<bodyId>
      'deputies/womens-union',
      'deputies/farmers',
      'deputies/veterans',
      'office-statistics-it', // exOfficio: <ruleId>
      'schools/school-mam-non', // delegateOf: <ruleId>/<bodyId>
      'schools/school-tieu-hoc',
    ]);
    expect(team.seats.at(-1)?.id).toBe('village-heads/bon-phai-kol-pru-dang'); // villageHeads: <ruleId>/<villageId>
    const typo = dakNia2022Lists();
    const row = typo.supervision.findIndex((s) => s.seatId === 'village-heads/bon-bu-sir');
    typo.supervision[row] = {
      seatId: 'village-heads/bon-busir',
      supervisorSeatId: 'deputies/farmers',
    };
    const problems = composeTeam(dakNia2022Template(), typo)._unsafeUnwrapErr();
    expect(show(problems.filter((p) => p.severity === 'error'))).toEqual([
      `unknown_seat @ lists.supervision.${row}.seatId`,
    ]);
  });

  it('builds a village-level team after 793/BTTTT-THH', () => {
    const { team, warnings } = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap();
    expect(warnings).toEqual([]);
    expect(team.scope).toBe('village');
    expect(team.name.vi).toBe('Tổ công nghệ số cộng đồng thôn Tân Lập');
    expect(team.seats.map((s) => s.id)).toEqual(['leader/thon-tan-lap', 'members/1', 'members/2']);
  });

  it('builds a ward-level team over tổ dân phố, its warnings pointing into the lists', () => {
    const { team, warnings } = composeTeam(dakNia2022Template(), wardLists)._unsafeUnwrap();
    expect(team.name.vi).toBe('Tổ công nghệ số cộng đồng Phường 1');
    expect(team.seats.filter((s) => s.filling.kind === 'villageHead')).toHaveLength(2);
    expect(new Set(show(warnings))).toEqual(new Set(['no_supervisor @ lists.supervision']));
    expect(warnings.map((w) => w.message.vi)).toContain(
      'Tổ viên — Tổ dân phố 1 (village-heads/tdp-1) chưa được phân công cho Tổ phó nào: báo cáo trực tiếp Tổ trưởng.',
    );
  });

  it('reports malformed input with paths into the template and the lists', () => {
    expect(errorsOf({ ...dakNia2022Template(), rules: [] }, { id: 'x' })).toEqual([
      'too_small @ template.rules',
      'missing_field @ lists.communeId',
      'missing_date @ lists.from',
    ]);
  });

  it('reports unknown places, people, bodies, villages and rules, and a missing founding date', () => {
    const lists = TeamListsSchema.parse({
      id: 't',
      communeId: 'nowhere',
      appointments: { leader: ['ghost'] },
      delegates: { school: 'ghost' },
      villageHeads: { v: 'ghost' },
    });
    expect(errorsOf(villageTeam793Template(), lists)).toEqual([
      'missing_date @ lists.from',
      'missing_village @ lists.villageId',
      'unknown_place @ lists.communeId',
      'unknown_person @ lists.appointments.leader.0',
      'unknown_body @ lists.delegates.school',
      'unknown_person @ lists.delegates.school',
      'unknown_village @ lists.villageHeads.v',
      'unknown_person @ lists.villageHeads.v',
      'unknown_rule @ lists.appointments.leader',
    ]);
  });
});

describe('composeTeam: no key of the lists is dropped in silence', () => {
  it('reports a typo in appointments, a village and a body that name nothing', () => {
    const lists = dakNia2022Lists();
    const problems = composeTeam(dakNia2022Template(), {
      ...lists,
      appointments: { leaders: ['quan-thi-ngoc'] },
      villageHeads: { ...lists.villageHeads, 'bon-khong-co': 'y-bri' },
      delegates: { ...lists.delegates, 'truong-khong-co': 'do-thi-hoa' },
    })._unsafeUnwrapErr();
    expect(show(problems)).toEqual([
      'unknown_body @ lists.delegates.truong-khong-co',
      'unknown_village @ lists.villageHeads.bon-khong-co',
      'unknown_rule @ lists.appointments.leaders',
      'no_leader @ lists.appointments.leader',
      'rule_count @ lists.appointments.leader',
    ]);
    expect(problems.find((p) => p.code === 'unknown_rule')?.message.vi).toBe(
      'Mẫu không có quy tắc chỉ định theo tên "leaders"; các quy tắc chỉ định theo tên: "leader".',
    );
  });

  it('reports a known body or village that gets no seat from the template', () => {
    const lists = dakNia2022Lists();
    const problems = composeTeam(dakNia2022Template(), {
      ...lists,
      delegates: { ...lists.delegates, 'youth-union': 'ho-van-nam' },
    })._unsafeUnwrapErr();
    expect(show(problems)).toEqual(['entry_without_seat @ lists.delegates.youth-union']);
    expect(problems[0]?.message.vi).toContain('Đoàn Thanh niên xã Đắk Nia (youth-union)');
  });

  it('matches a key typed with decomposed accents (NFD) to its id', () => {
    const lists = dakNia2022Lists();
    const nfd = { ...lists, villageHeads: { ...lists.villageHeads } };
    const heads = nfd.villageHeads as Record<string, string>;
    heads['thôn-ñ'.normalize('NFD')] = 'y-bri';
    // A village whose id has accents, typed decomposed in the lists' keys.
    const accented = {
      ...nfd,
      places: [
        ...lists.places,
        {
          id: 'thôn-ñ',
          level: 'village' as const,
          kind: 'thon' as const,
          name: 'Ñ',
          parents: [{ parentId: 'dak-nia' }],
          counts: [],
        },
      ],
      people: [...lists.people, { id: 'head-n', name: 'Nguyễn Văn N', memberOf: [] }],
    };
    heads['thôn-ñ'.normalize('NFD')] = 'head-n';
    const { team } = composeTeam(dakNia2022Template(), accented)._unsafeUnwrap();
    expect(team.seatHoldings.find((h) => h.seatId === 'village-heads/thôn-ñ')?.personId).toBe(
      'head-n',
    );
  });

  it('accepts the editor hooks $schema and $comment in both files', () => {
    const template = { $schema: './schema/template.schema.json', ...dakNia2022Template() };
    const lists = {
      $schema: './schema/team-lists.schema.json',
      $comment: 'xã',
      ...dakNia2022Lists(),
    };
    const { team } = composeTeam(template, lists)._unsafeUnwrap();
    expect(team).toEqual(dakNia2022Team());
  });

  it('reports a bad date and a reference problem of the same file in one pass', () => {
    const lists = dakNia2022Lists();
    expect(
      errorsOf(dakNia2022Template(), {
        ...lists,
        from: '2022-02-30',
        officeHoldings: [{ ...lists.officeHoldings[0], from: '27/7/2022' }],
        appointments: { leader: ['ghost'] },
      }),
    ).toEqual([
      'invalid_date @ lists.from',
      'invalid_date @ lists.officeHoldings.0.from',
      'unknown_person @ lists.appointments.leader.0',
    ]);
  });

  it('survives rule ids that are names of Object.prototype', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const template = {
        ...villageTeam793Template(),
        rules: [
          { id: 'leader', role: 'leader', kind: 'villageHeads' },
          { id, role: 'member', kind: 'named', min: 0 },
        ],
      } as TemplateInput;
      const result = composeTeam(template, { ...villageLists, appointments: {} });
      expect(result.isOk(), id).toBe(true);
      expect(result._unsafeUnwrap().team.seats.map((s) => s.id)).toEqual(['leader/thon-tan-lap']);
    }
    const named = composeTeam(
      {
        ...villageTeam793Template(),
        rules: [
          { id: 'leader', role: 'leader', kind: 'villageHeads' },
          { id: 'constructor', role: 'member', kind: 'named', min: 2 },
        ],
      } as TemplateInput,
      { ...villageLists, appointments: { constructor: ['m1', 'm2'] } },
    )._unsafeUnwrap();
    expect(named.team.seats.map((s) => s.id)).toEqual([
      'leader/thon-tan-lap',
      'constructor/1',
      'constructor/2',
    ]);
  });
});

describe('composeTeam: problems of the built team point into the files', () => {
  it('a vacant village head at its villageHeads key, a leader not appointed at appointments', () => {
    const lists = dakNia2022Lists();
    const { 'bon-bu-sir': _, ...heads } = lists.villageHeads;
    const { warnings } = composeTeam(dakNia2022Template(), {
      ...lists,
      villageHeads: heads,
    })._unsafeUnwrap();
    expect(show(warnings)).toEqual(['vacant_seat @ lists.villageHeads.bon-bu-sir']);
    expect(warnings[0]?.message.vi).toBe(
      'Tổ viên — bon Bu Sir (village-heads/bon-bu-sir) không có người giữ ngày 27/7/2022.',
    );
  });

  it('a rule of the template at the rule, an office of the lists at the office', () => {
    const template = dakNia2022Template();
    template.rules[2] = {
      ...template.rules[2],
      officeId: 'it-officer',
    } as (typeof template.rules)[2];
    expect(errorsOf(template, dakNia2022Lists())).toEqual([
      'unknown_office @ template.rules.2.officeId',
      'vacant_seat @ template.rules.2.officeId',
    ]);
    const lists = dakNia2022Lists();
    lists.officeHoldings = lists.officeHoldings.filter((h) => h.officeId !== 'farmers-chair');
    const { warnings } = composeTeam(dakNia2022Template(), lists)._unsafeUnwrap();
    const farmers = lists.offices.findIndex((o) => o.id === 'farmers-chair');
    expect(show(warnings)).toEqual([`vacant_seat @ lists.offices.${farmers}`]);
  });

  it('checks on another date with options.asOf, and refuses a date that is not one', () => {
    const result = composeTeam(dakNia2022Template(), dakNia2022Lists(), { asOf: '2025-07-01' });
    expect(show(result._unsafeUnwrapErr())).toContain('commune_inactive @ lists.communeId');
    const bad = composeTeam(dakNia2022Template(), dakNia2022Lists(), {
      asOf: '2026-02-30' as never,
    });
    expect(show(bad._unsafeUnwrapErr())).toEqual(['invalid_argument @ options.asOf']);
  });
});

describe('composeTeam: any input', () => {
  const any = fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true });

  it('never throws, and every problem has a code, a path into a file and both messages', () => {
    fc.assert(
      fc.property(
        fc.oneof(any, fc.constant(dakNia2022Template())),
        fc.oneof(any, fc.constant(dakNia2022Lists())),
        (template, lists) => {
          const result = composeTeam(template as TemplateInput, lists as TeamListsInput);
          const problems = result.isErr() ? result.error : result.value.warnings;
          for (const p of problems) {
            expect(['template', 'lists', 'options']).toContain(p.path[0] ?? 'lists');
            expect(p.message.vi).not.toBe('');
            expect(p.message.en).not.toBe('');
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same result for decomposed (NFD) and composed text, and changes no input', () => {
    const text = JSON.stringify(wardLists);
    const nfd = JSON.parse(text.normalize('NFD')) as TeamListsInput;
    const nfc = JSON.parse(text) as TeamListsInput;
    const before = JSON.stringify(nfd);
    expect(composeTeam(dakNia2022Template(), nfd)).toEqual(composeTeam(dakNia2022Template(), nfc));
    expect(JSON.stringify(nfd)).toBe(before);
  });

  it('returns fresh objects: changing a result or a sample changes nothing else', () => {
    const lists = dakNia2022Lists();
    lists.people[0] = { ...lists.people[0], name: 'X' } as (typeof lists.people)[0];
    lists.places.length = 0;
    expect(dakNia2022Lists().people[0]?.name).toBe('Quản Thị Ngọc');
    const team = dakNia2022Team();
    team.seats[0]?.titles.push({ vi: 'X', en: 'X' });
    expect(dakNia2022Team().seats[0]?.titles).toHaveLength(1);
    expect(team.template?.rules[0]?.titles).toHaveLength(1);
    const template = dakNia2022Template();
    template.rules.length = 0;
    expect(dakNia2022Template().rules).toHaveLength(6);
  });
});
