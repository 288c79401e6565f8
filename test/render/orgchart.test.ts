// @vitest-environment jsdom
import fc from 'fast-check';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import {
  composeTeam,
  renderOrgChart,
  type Team,
  TextSchema,
  villageTeam793Template,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { villageLists } from '../team/fixtures.js';

const team = dakNia2022Team();

describe('renderOrgChart', () => {
  it('draws the Đắk Nia chain with holders’ names, and Mermaid parses it', async () => {
    const chart = renderOrgChart(team, { asOf: '2022-07-27' });
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
    const lines = chart.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart BT');
    expect(lines).toContain(
      '  s1["Tổ trưởng: Phó Chủ tịch UBND xã - Phó Trưởng ban Thường trực<br/>Quản Thị Ngọc"]',
    );
    expect(lines).toContain('  s12["Tổ viên: bon Bu Sir<br/>Điểu Bri"]');
    expect(lines).toContain('  b1[["UBND xã"]]');
    expect(lines).toContain('  r1["UBND TP Gia Nghĩa"]');
    // bon Bu Sir → the Farmers' Association deputy → the leader → the committees → b/c.
    expect(lines).toContain('  s12 --> s4');
    expect(lines).toContain('  s4 --> s1');
    expect(lines).toContain('  s1 --> b1');
    expect(lines).toContain('  s1 --> b2');
    expect(lines).toContain('  b1 -.->|b/c| r4');
    expect(lines.filter((l) => l.includes(' --> '))).toHaveLength(16 + 2);
    expect(lines.filter((l) => l.includes(' -.->'))).toHaveLength(4);
  });

  it('writes English labels, quotes and vacant seats, and still parses', async () => {
    const odd: Team = {
      ...team,
      people: team.people.map((p) => (p.id === 'ho-van-nam' ? { ...p, name: 'Hồ "Nam" Văn' } : p)),
      seatHoldings: team.seatHoldings.filter((h) => h.seatId !== 'schools/school-thcs'),
    };
    const chart = renderOrgChart(odd, { language: 'en' });
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
    expect(chart).toContain('Hồ #34;Nam#34; Văn');
    expect(chart).toContain('Member: Nguyễn Du Lower Secondary School<br/>(vacant)');
    expect(chart).toContain('b1[["commune People\'s Committee"]]');
    expect(chart).toContain('r1["Gia Nghĩa City People\'s Committee"]');
  });

  it('labels a seat whose office, unit or village is not on record by its role alone', async () => {
    const seats = team.seats.map((s) => {
      if (s.id === 'deputies/farmers')
        return { ...s, filling: { kind: 'exOfficio' as const, officeId: 'x' } };
      if (s.id === 'schools/school-thcs')
        return { ...s, filling: { kind: 'delegate' as const, bodyId: 'x' } };
      if (s.id === 'village-heads/bon-bu-sir') {
        return { ...s, filling: { kind: 'villageHead' as const, villageId: 'x' } };
      }
      return s;
    });
    const chart = renderOrgChart({ ...team, seats });
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
    expect(chart).toContain('s4["Tổ phó<br/>(chưa có người)"]');
    expect(chart).toContain('s9["Tổ viên<br/>Mai Thị Hương"]');
    expect(chart).toContain('s12["Tổ viên<br/>Điểu Bri"]');
  });

  it('draws the members of a deputy whose seat has ended straight to the leader', async () => {
    const ended: Team = {
      ...team,
      seats: team.seats.map((s) => (s.id === 'deputies/farmers' ? { ...s, to: '2024-02-29' } : s)),
    };
    const chart = renderOrgChart(ended, { asOf: '2024-04-01' });
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
    const lines = chart.trimEnd().split('\n');
    // 16 seats now: bon Bu Sir is s11, and every seat but the leader has its arrow.
    expect(lines).toContain('  s11["Tổ viên: bon Bu Sir<br/>Điểu Bri"]');
    expect(lines).toContain('  s11 --> s1');
    expect(lines.filter((l) => / s\d+ --> s\d+$/u.test(l))).toHaveLength(15);
  });

  it('draws a village-level team and a team with no committee', async () => {
    const village = composeTeam(villageTeam793Template(), villageLists)._unsafeUnwrap().team;
    const chart = renderOrgChart(village);
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
    expect(chart).toContain('s1["Tổ trưởng: thôn Tân Lập<br/>Nguyễn Văn Tâm"]');
    expect(chart).toContain('s1 --> b1');
    const alone = renderOrgChart({ ...village, reportsTo: [] });
    await expect(mermaid.parse(alone)).resolves.toBeTruthy();
    expect(alone).not.toContain('b1');
  });

  it.each([
    ['a quote ending the label', 'Bon"] --> x["giả'],
    ['raw HTML', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
    ['a newline and a separator', 'Bu\nSir\u2028x'],
    ['entities', '#quot; &lt; #35;'],
    ['RTL override and a long name', `\u202eBon ${'Bu Sir '.repeat(200)}`],
  ])('keeps every node and arrow with %s as every name', async (_, name) => {
    const odd: Team = {
      ...team,
      places: team.places.map((p) => (p.level === 'village' ? { ...p, name } : p)),
      people: team.people.map((p) => ({ ...p, name })),
    };
    const chart = renderOrgChart(odd, { asOf: '2022-07-27' });
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
    const plain = renderOrgChart(team, { asOf: '2022-07-27' }).split('\n');
    expect(chart.split('\n')).toHaveLength(plain.length);
    expect(chart.split('\n').filter((l) => l.includes('-->'))).toEqual(
      plain.filter((l) => l.includes('-->')),
    );
    expect(chart).not.toMatch(/<(?!br\/>)/u);
  });
});

describe('renderOrgChart: any names', () => {
  it('keeps every node and arrow, and Mermaid parses it', async () => {
    const plain = renderOrgChart(team, { asOf: '2022-07-27' }).split('\n');
    const name = fc
      .oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        fc.string({
          unit: fc.constantFrom(...'"[]()<>{}|#&;`\n\r-:'),
          minLength: 1,
          maxLength: 30,
        }),
      )
      .filter((text) => TextSchema.safeParse(text).success);
    await fc.assert(
      fc.asyncProperty(name, async (name) => {
        const odd: Team = {
          ...team,
          places: team.places.map((p) => (p.level === 'village' ? { ...p, name } : p)),
          people: team.people.map((p) => ({ ...p, name })),
        };
        const chart = renderOrgChart(odd, { asOf: '2022-07-27' });
        expect(chart.split('\n')).toHaveLength(plain.length);
        expect(chart.split('\n').filter((l) => l.includes('-->'))).toEqual(
          plain.filter((l) => l.includes('-->')),
        );
        await expect(mermaid.parse(chart)).resolves.toBeTruthy();
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('renderOrgChart: its arguments', () => {
  it('refuses what is not a team, a date or a language', () => {
    expect(() => renderOrgChart({} as Team)).toThrow(TypeError);
    expect(() => renderOrgChart(team, { asOf: '2022-02-30' as never })).toThrow(TypeError);
    expect(() => renderOrgChart(team, { language: 'fr' as never })).toThrow(TypeError);
  });
});
