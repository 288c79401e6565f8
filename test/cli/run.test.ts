import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../examples/cli/commands.js';
import { at, memoryHost, repoFile, tcns } from './memory-host.js';

// The commands and the library load on first use; on a busy machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(async () => {
  await Promise.all(COMMANDS.map((command) => command.load()));
}, 120_000);

const TEAM = repoFile('examples/dak-nia-2022/team.json');

function withTeam(text = TEAM) {
  const host = memoryHost();
  host.put(at('team.json'), text);
  return host;
}

/** The 1-based line and column of the first occurrence of `needle` in `text`. */
function find(text: string, needle: string, offset = 0) {
  const index = text.indexOf(needle) + offset;
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe('tcns: version and help', () => {
  it('prints the version', async () => {
    const host = memoryHost();
    expect(await tcns(host, '--version')).toEqual({ stdout: '1.2.3\n', stderr: '', exitCode: 0 });
    expect((await tcns(host, 'team', 'show', '-v')).stdout).toBe('1.2.3\n');
  });

  it('prints the help with no arguments, in Vietnamese by default and in English', async () => {
    const vi = await tcns(memoryHost());
    expect(vi.exitCode).toBe(0);
    expect(vi.stdout).toContain('Cách dùng');
    for (const command of COMMANDS) expect(vi.stdout).toContain(command.path.join(' '));
    const en = await tcns(memoryHost(), '--help', '--lang', 'en');
    expect(en.stdout).toContain('Usage');
    expect(en.stdout).not.toContain('Cách dùng');
    const fromEnv = await tcns(memoryHost({ env: { TCNS_LANG: 'en' } }), '--help');
    expect(fromEnv.stdout).toBe(en.stdout);
    const flagWins = await tcns(memoryHost({ env: { TCNS_LANG: 'en' } }), '--help', '--lang', 'vi');
    expect(flagWins.stdout).toBe(vi.stdout);
  });

  it('has help with examples for every command, generated from the table', async () => {
    for (const command of COMMANDS) {
      for (const lang of ['vi', 'en'] as const) {
        const help = await tcns(memoryHost(), ...command.path, '--help', '--lang', lang);
        expect(help.exitCode).toBe(0);
        expect(help.stdout).toContain(lang === 'vi' ? 'Ví dụ:' : 'Examples:');
        for (const example of command.examples) expect(help.stdout).toContain(example.command);
        for (const name of Object.keys(command.options ?? {})) {
          expect(help.stdout).toContain(`--${name}`);
        }
      }
    }
  });

  it('lists the commands of a namespace, and exits 2 when no command is named', async () => {
    const asked = await tcns(memoryHost(), 'team', '--help');
    expect(asked.exitCode).toBe(0);
    expect(asked.stdout).toContain('team validate');
    const bare = await tcns(memoryHost(), 'calendar');
    expect(bare.exitCode).toBe(2);
    expect(bare.stderr).toContain('calendar holidays');
  });

  it('exits 2 on usage errors, without a stack trace, in both languages', async () => {
    const cases: [string[], string, string][] = [
      [
        ['team', 'vaildate'],
        'Có phải ý bạn là "tcns team validate"?',
        'Did you mean "tcns team validate"?',
      ],
      [['team', 'validate', '--bogus'], '--bogus', '--bogus'],
      [['nothing'], 'Không có lệnh "nothing"', 'Unknown command "nothing"'],
      [['calendar', 'lunar'], 'Thiếu đối số DATE', 'Missing argument DATE'],
      [['calendar', 'lunar', '2026-01-01', '2026-01-02'], 'Thừa đối số', 'Unexpected argument'],
      [['team', 'decision', '--format', 'pdf'], 'không nhận "pdf"', 'not "pdf"'],
      [['calendar', 'lunar', '2026-13-01'], '2026-13-01', '2026-13-01'],
      [['calendar', 'period', '2026-13'], 'invalid_period', 'invalid_period'],
    ];
    for (const [args, vi, en] of cases) {
      const inVi = await tcns(memoryHost(), ...args);
      expect(inVi.exitCode, args.join(' ')).toBe(2);
      expect(inVi.stdout).toBe('');
      expect(inVi.stderr).toContain(vi);
      expect(inVi.stderr).not.toMatch(/\n\s+at /u);
      const inEn = await tcns(memoryHost(), ...args, '--lang', 'en');
      expect(inEn.stderr).toContain(en);
    }
    const lang = await tcns(memoryHost(), '--lang', 'fr');
    expect(lang.exitCode).toBe(2);
    expect(lang.stderr).toContain('--lang');
  });

  it('with --json, prints one JSON document on stdout and nothing on stderr', async () => {
    const result = await tcns(memoryHost(), 'team', 'validate', '--bogus', '--json');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('');
    const document = JSON.parse(result.stdout);
    expect(document.ok).toBe(false);
    expect(document.problems[0].code).toBe('invalid_option');
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const bad = ['team', 'validate', '--bogus'];
    expect((await tcns(memoryHost({ tty: true }), ...bad)).stderr).toContain('<red>lỗi</red>');
    expect(
      (await tcns(memoryHost({ tty: true, env: { NO_COLOR: '1' } }), ...bad)).stderr,
    ).not.toContain('<red>');
    expect((await tcns(memoryHost({ tty: false }), ...bad)).stderr).not.toContain('<red>');
  });
});

describe('tcns team', () => {
  it('validates a good team file (UTF-8 with a BOM and CRLF line ends too)', async () => {
    const plain = await tcns(withTeam(), 'team', 'validate');
    expect(plain).toMatchObject({ exitCode: 0, stderr: '' });
    expect(plain.stdout).toContain('team.json: hợp lệ (17 vị trí) — 0 lỗi, 0 cảnh báo.');
    const windows = await tcns(
      withTeam(`\uFEFF${TEAM.replaceAll('\n', '\r\n')}`),
      'team',
      'validate',
      '--lang',
      'en',
    );
    expect(windows.exitCode).toBe(0);
    expect(windows.stdout).toContain('team.json: valid (17 seats)');
  });

  it('shows the line and column of invalid JSON', async () => {
    const host = memoryHost();
    host.put(at('bad.json'), '{\n  "schemaVersion": 1,\n  "id": "x",,\n}\n');
    const result = await tcns(host, 'team', 'validate', 'bad.json');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^bad\.json:3:13 lỗi invalid_json: /mu);
    const en = await tcns(host, 'team', 'validate', 'bad.json', '--lang', 'en');
    expect(en.stderr).toMatch(/^bad\.json:3:13 error invalid_json: The text is not valid JSON/mu);
  });

  it('maps every problem to the line and column of the offending value', async () => {
    const wrongRole = TEAM.replace('"role": "deputy"', '"role": "boss"');
    const result = await tcns(withTeam(wrongRole), 'team', 'validate', '--json');
    expect(result.exitCode).toBe(1);
    const [problem] = JSON.parse(result.stdout).problems;
    expect(problem).toMatchObject({
      code: 'invalid_value',
      file: 'team.json',
      ...find(wrongRole, '"boss"'),
    });
    const cut = TEAM.replace(/"reportsTo": \[[^\]]*\]/u, '"reportsTo": []');
    const chain = await tcns(withTeam(cut), 'team', 'validate');
    expect(chain.exitCode).toBe(1);
    const where = find(cut, '"reportsTo": []', '"reportsTo": '.length);
    expect(chain.stderr).toContain(
      `team.json:${where.line}:${where.column} lỗi chain_not_reaching_committee:`,
    );
  });

  it('tells a missing file (exit 1) from a usage error (exit 2)', async () => {
    const result = await tcns(memoryHost(), 'team', 'validate', 'nope.json', '--lang', 'en');
    expect(result).toEqual({
      stdout: '',
      stderr: 'nope.json error missing_file: No such file.\n',
      exitCode: 1,
    });
  });

  it('shows the team, its chain, duties, org chart and decision', async () => {
    const host = withTeam();
    const show = await tcns(host, 'team', 'show', '--as-of', '2022-07-27');
    expect(show.stdout).toContain('Tổ trưởng  Quản Thị Ngọc');
    expect(
      (await tcns(host, 'team', 'show', '--as-of', '2022-07-27', '--lang', 'en')).stdout,
    ).toContain('Leader  Quản Thị Ngọc');
    const chain = await tcns(
      host,
      'team',
      'chain',
      '--seat',
      'village-heads/bon-bu-sir',
      '--as-of',
      '2022-07-27',
    );
    expect(chain.stdout).toContain('→ Tổ phó — Chủ tịch Hội Nông dân xã (Vũ Văn Bình)');
    const tree = await tcns(host, 'team', 'chain', '--as-of', '2022-07-27', '--json');
    expect(JSON.parse(tree.stdout).result.chain.reports).toHaveLength(4);
    const unknown = await tcns(host, 'team', 'chain', '--seat', 'nobody');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('unknown_seat');
    expect((await tcns(host, 'team', 'duties', '--seat', 'deputies/farmers')).stdout).toContain(
      'Điều 2.2.b',
    );
    expect((await tcns(host, 'team', 'org-chart', '--as-of', '2022-07-27')).stdout).toMatch(
      /^flowchart BT/u,
    );
    const decision = await tcns(host, 'team', 'decision');
    expect(decision.stdout).toContain('Số: 23/QĐ-UBND');
    const written = await tcns(host, 'team', 'decision', '--format', 'md', '-o', 'qd.md');
    expect(written.stderr).toContain('Đã ghi qd.md');
    expect(host.text(at('qd.md'))).toContain('23/QĐ-UBND');
  });
});

describe('tcns calendar', () => {
  it('lists holidays, periods, deadlines and lunar dates', async () => {
    const host = memoryHost();
    const holidays = await tcns(host, 'calendar', 'holidays', '2026');
    expect(holidays.stdout).toContain('2026-04-27');
    expect((await tcns(host, 'calendar', 'holidays', '2026', '--lang', 'en')).stdout).toContain(
      'Days off in 2026',
    );
    expect((await tcns(host, 'calendar', 'holidays', '26')).exitCode).toBe(2);
    const period = await tcns(host, 'calendar', 'period', '2026-10', '--policy', 'decree09');
    expect(period.stdout).toContain('2026-09-15 → 2026-10-14');
    const deadline = await tcns(
      host,
      'calendar',
      'deadline',
      '2026-02-10',
      '--working-days',
      '5',
      '--json',
    );
    expect(JSON.parse(deadline.stdout).result.deadline).toBe('2026-02-24');
    expect((await tcns(host, 'calendar', 'deadline', '2026-02-10')).exitCode).toBe(2);
    expect(
      (await tcns(host, 'calendar', 'deadline', '2026-02-10', '--days', '1', '--months', '1'))
        .exitCode,
    ).toBe(2);
    expect((await tcns(host, 'calendar', 'deadline', '2026-02-10', '--days', 'năm')).exitCode).toBe(
      2,
    );
    const lunar = await tcns(host, 'calendar', 'lunar', '2026-04-26');
    expect(lunar.stdout).toContain('mùng 10 tháng 3 năm Bính Ngọ');
  });
});
