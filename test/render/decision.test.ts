import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  composeTeam,
  type Decision,
  DecisionSchema,
  dakNia2022Template,
  renderDecision,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { villageLists, wardLists } from '../team/fixtures.js';

const original = readFileSync(
  new URL('../fixtures/decision-23-QD-UBND-2022-dak-nia.vi.md', import.meta.url),
  'utf8',
)
  // The original's one slip: a commune's team works "trên địa bàn xã", not "phường".
  .replace('trên địa bàn phường', 'trên địa bàn xã');

const team = dakNia2022Team();
const [founding] = team.decisions;
const rendered = renderDecision(team, founding as Decision)._unsafeUnwrap();

/** A line's words without list marks, Markdown emphasis and final punctuation. */
const words = (line: string) =>
  line
    .trim()
    .replaceAll('**', '')
    .replace(/^(?:#+\s*)?[-+]\s+/u, '')
    .replace(/[\s;.]+$/u, '')
    .trim();

function section(from: string, to: string): string[] {
  const lines = original.split('\n');
  const start = lines.findIndex((l) => l.includes(from));
  const end = lines.findIndex((l, i) => i > start && l.includes(to));
  return lines.slice(start, end);
}

const renderedLines = (output: string) => new Set(output.split('\n').map(words));

describe('renderDecision: Decision 23/QĐ-UBND of Đắk Nia', () => {
  it('reproduces every composition line of Article 1', () => {
    const article1 = section('**Điều 1.**', 'Điều 2.');
    const lines = [
      ...article1.filter((l) => /^[-+] /u.test(l)),
      ...article1.filter((l) => l.startsWith('Bà ') || l.startsWith('Tổ trưởng Tổ')),
      article1[0] ?? '',
    ].map(words);
    expect(lines).toHaveLength(11);
    for (const output of [rendered.markdown, rendered.text]) {
      const have = renderedLines(output);
      for (const line of lines) expect(have, line).toContain(line);
    }
  });

  it('reproduces every duty of Article 2, with "địa bàn xã"', () => {
    const article2 = section('Điều 2.', '**Điều 3.**');
    const lines = article2
      .filter((l) => /^[-+] /u.test(l) || l.startsWith('**a)'))
      .map((l) => words(l.replace('**a) Tổ trưởng:**', 'a) Tổ trưởng:')));
    expect(lines).toHaveLength(13);
    for (const output of [rendered.markdown, rendered.text]) {
      const have = renderedLines(output);
      for (const line of lines) expect(have, line).toContain(line);
    }
    expect(rendered.text).not.toContain('địa bàn phường');
  });

  it('reproduces every legal basis, the proposer, Article 3 and every recipient', () => {
    const lines = original
      .split('\n')
      .filter((l) => l.startsWith('Căn cứ') || l.startsWith('Theo đề nghị'))
      .map(words);
    const recipients = section('**Nơi nhận:**', 'TM.').filter((l) => l.startsWith('- '));
    const article3 = section('**Điều 3.**', '**Nơi nhận:**').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(7);
    expect(recipients).toHaveLength(6);
    const have = renderedLines(rendered.text);
    for (const line of [...lines, ...recipients.map(words), ...article3.map(words)]) {
      expect(have, line).toContain(line);
    }
  });

  it('writes the header, title and signature in the Nghị định 30/2020 layout', () => {
    const lines = rendered.text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'ỦY BAN NHÂN DÂN                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ ĐẮK NIA                                  Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 23/QĐ-UBND                              Đắk Nia, ngày 27 tháng 7 năm 2022',
    ]);
    for (const line of [
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công nghệ số cộng đồng xã Đắk Nia',
      'ỦY BAN NHÂN DÂN XÃ ĐẮK NIA',
      'QUYẾT ĐỊNH:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Trần Đình Tuấn',
    ]) {
      expect(lines).toContain(line);
    }
    expect(rendered.text.endsWith('CHỦ TỊCH\n\nTrần Đình Tuấn\n')).toBe(true);
    expect(rendered.markdown).toContain(
      '| **ỦY BAN NHÂN DÂN**<br>**XÃ ĐẮK NIA** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
    );
    expect(rendered.markdown).toContain('*Căn cứ Luật Tổ chức');
    expect(rendered.markdown).toContain(
      '2030;*\n\n*Theo đề nghị của công chức Văn phòng - Thống kê.*',
    );
    expect(rendered.markdown).toContain(
      '**TM. ỦY BAN NHÂN DÂN**  \n**CHỦ TỊCH**\n\n**Trần Đình Tuấn**',
    );
  });
});

describe('renderDecision: other decisions and teams', () => {
  const decision = (changes: object): Decision =>
    DecisionSchema.parse({
      id: 'qd',
      kind: 'founding',
      number: 5,
      symbol: 'QĐ-UBND',
      issuerId: 'pc',
      place: 'Bảo Lộc',
      date: '2020-01-05',
      summary: 'Về việc thành lập Tổ công nghệ số cộng đồng Phường 1',
      proposer: undefined,
      articles: [
        { number: 1, paragraphs: ['Thành lập Tổ, gồm:'], generate: 'composition' },
        { number: 2, heading: 'Nhiệm vụ:', generate: 'duties' },
      ],
      recipients: [{ name: 'Như Điều 1' }],
      signature: {
        authorities: [{ prefix: 'KT', authority: 'Chủ tịch' }],
        title: 'Phó Chủ tịch',
        name: 'Người Ký',
      },
      ...changes,
    });

  it('zero-pads numbers, days and months and signs for the head with KT.', () => {
    const composed = composeTeam(dakNia2022Template(), {
      ...wardLists,
      from: '2020-01-05',
    })._unsafeUnwrap().team;
    // A seat outside the template's rules gets a line of its own.
    const ward = {
      ...composed,
      seats: [
        ...composed.seats,
        {
          id: 'extra',
          role: 'member' as const,
          titles: [],
          filling: { kind: 'delegate' as const, bodyId: 'school' },
        },
      ],
    };
    const { text, markdown } = renderDecision(ward, decision({}))._unsafeUnwrap();
    expect(text).toContain('Số: 05/QĐ-UBND');
    expect(text).toContain('Bảo Lộc, ngày 05 tháng 01 năm 2020');
    expect(text).toContain('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNgười Ký');
    expect(text).toContain('trên địa bàn phường');
    expect(text).toContain('Tổ trưởng các tổ dân phố;');
    expect(text).not.toMatch(/(?<!Tổ )Trưởng các tổ dân phố/u);
    expect(text).toContain('- Trường Tiểu học Phường 1 cử 01 cán bộ tham gia tổ.');
    expect(text).toContain('- Như Điều 1.');
    expect(text).not.toContain('Theo đề nghị');
    expect(markdown).toContain('**Điều 2. Nhiệm vụ:**');
    // A named leader with no gender on record is "Ông (bà)"; offices held on the date are listed.
    expect(text).toContain(
      'Ông (bà) Người A, Phó Trưởng ban Thường trực,\nTổ trưởng Tổ công nghệ số cộng đồng Phường 1.',
    );
    const later = renderDecision(ward, decision({ date: '2023-03-01' }))._unsafeUnwrap().text;
    expect(later).toContain(
      'Ông (bà) Người A, Phó Chủ tịch UBND phường - Phó Trưởng ban Thường trực,',
    );
  });

  it('writes a village-level team: the village head as leader, members by name', () => {
    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    const { text } = renderDecision(
      village,
      decision({ issuerId: 'qt-pc', place: 'Quảng Tín', date: '2022-04-01', archive: ['VT'] }),
    )._unsafeUnwrap();
    expect(text).toContain('ỦY BAN NHÂN DÂN                             CỘNG HÒA');
    expect(text).toContain('XÃ QUẢNG TÍN');
    expect(text).toContain(
      '1. Tổ trưởng:\n\nÔng (bà) Nguyễn Văn Tâm, Trưởng thôn Tân Lập,\nTổ trưởng Tổ công nghệ số cộng đồng thôn Tân Lập.',
    );
    expect(text).not.toContain('PC-COVID');
    expect(text).not.toContain('Tổ công nghệ số cộng đồng xã');
    expect(text).toContain('2. Các Tổ viên:\n\n- Ông (bà) Trần Thị Hạnh;\n- Ông (bà) Lê Văn Phúc.');
    expect(text).toContain('a) Tổ trưởng:');
    expect(text).toContain('b) Tổ viên:');
    expect(text).toContain('- Như Điều 1;\n- Lưu: VT.');
  });

  it('leaves out an empty recipients list and a missing signing prefix', () => {
    const { text } = renderDecision(
      team,
      decision({
        issuerId: 'dak-nia-pc',
        date: '2022-07-27',
        recipients: [],
        signature: { title: 'Chủ tịch', name: 'A' },
      }),
    )._unsafeUnwrap();
    expect(text).not.toContain('Nơi nhận');
    expect(text.endsWith('Trưởng các thôn, bon.\n\nCHỦ TỊCH\n\nA\n')).toBe(false);
    expect(text.endsWith('\n\nCHỦ TỊCH\n\nA\n')).toBe(true);
  });

  it('reports an issuer that is not a body of the team', () => {
    const problem = renderDecision(team, decision({ issuerId: 'ghost' }))._unsafeUnwrapErr();
    expect(problem.code).toBe('unknown_body');
    expect(problem.path).toEqual(['decision', 'issuerId']);
    expect(problem.message.vi).toContain('ghost');
  });
});

describe('renderDecision: its arguments', () => {
  it('answers invalid_argument for what is not a team or a decision', () => {
    expect(renderDecision({} as never, founding as Decision)._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
    expect(renderDecision(team, { id: 'x' } as never)._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
  });

  it('points an unknown issuer of one of the team’s decisions into the team file', () => {
    const [first] = team.decisions;
    const broken = { ...team, decisions: [{ ...(first as Decision), issuerId: 'ghost' }] };
    const problem = renderDecision(broken, broken.decisions[0] as Decision)._unsafeUnwrapErr();
    expect(problem.path).toEqual(['decisions', 0, 'issuerId']);
  });
});
