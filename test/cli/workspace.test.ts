import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../examples/cli/commands.js';
import type { HostPrompts } from '../../examples/cli/host.js';
import { at, CWD, memoryHost, repoFile, tcns } from './memory-host.js';

// The commands and the library load on first use; on a busy machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(async () => {
  await Promise.all(COMMANDS.map((command) => command.load()));
}, 120_000);

/** A memory host with the Đắk Nia sample workspace of `tcns demo --keep` as its working folder. */
async function sampleWorkspace(options: Parameters<typeof memoryHost>[0] = {}) {
  const host = memoryHost(options);
  const demo = await tcns(host, 'demo', '--keep', '--json');
  const folder: string = JSON.parse(demo.stdout).result.folder;
  for (const [path, bytes] of [...host.store]) {
    if (path.startsWith(`${folder}/`))
      host.store.set(`${CWD}/${path.slice(folder.length + 1)}`, bytes);
  }
  return host;
}

const LONG_HEADER = 'indicator,place,period,quantity,value';

describe('tcns data', () => {
  it('writes entry sheets, one for the commune or one per village', async () => {
    const host = await sampleWorkspace();
    const sheet = await tcns(host, 'data', 'sheet', '2025-02');
    expect(sheet.exitCode).toBe(0);
    const lines = sheet.stdout.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFperiod,place,name,fibreHouseholds\.numerator/u);
    expect(lines.filter((l) => l.startsWith('2025-02,'))).toHaveLength(6);
    const each = await tcns(host, 'data', 'sheet', '2025-02', '--each', '--delimiter', ';');
    expect(each.exitCode).toBe(0);
    expect(host.text(at('sheets/2025-02/bon-bu-sir.csv'))).toMatch(
      /\r\n2025-02;bon-bu-sir;bon Bu Sir;/u,
    );
    const unknown = await tcns(
      host,
      'data',
      'sheet',
      '2025-02',
      '--village',
      'atlantis',
      '--lang',
      'en',
    );
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('no village "atlantis"');
  });

  it('imports filled sheets and long CSV files into the data store', async () => {
    const host = await sampleWorkspace();
    await tcns(host, 'data', 'sheet', '2025-02', '--each');
    const path = at('sheets/2025-02/thon-nam-ra.csv');
    const [header, row] = (host.text(path) ?? '').split('\r\n');
    const cells = (row ?? '').split(',');
    cells[3] = '240';
    cells[4] = '265';
    host.put(path, `${header}\r\n${cells.join(',')}\r\n`);
    host.put(at('more.csv'), `${LONG_HEADER}\npeopleGuided,thon-nam-ra,2025-02,numerator,12\n`);
    const result = await tcns(host, 'data', 'import', 'sheets/2025-02/thon-nam-ra.csv', 'more.csv');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('Đã ghi data/values.csv');
    const store = host.text(at('data/values.csv')) ?? '';
    expect(store).toContain(
      'fibreHouseholds,thon-nam-ra,2025-02,numerator,240,,2026-11-05T09:30:00+07:00',
    );
    expect(store).toContain('peopleGuided,thon-nam-ra,2025-02,numerator,12');
    const again = await tcns(host, 'data', 'import', 'more.csv');
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('--replace');
    expect((await tcns(host, 'data', 'import', 'more.csv', '--replace')).exitCode).toBe(0);
  });

  it('reports a CSV with errors on lines 3 and 7 at their line and column, and writes nothing', async () => {
    const host = await sampleWorkspace();
    const before = host.text(at('data/values.csv'));
    const rows = [
      LONG_HEADER,
      'peopleGuided,bon-bu-sir,2025-02,numerator,12',
      'peopleGuided,bon-n-jrieng,2025-02,numerator,mười',
      'peopleGuided,thon-nam-ra,2025-02,numerator,5',
      'peopleGuided,thon-nam-da,2025-02,numerator,7',
      'peopleGuided,thon-cay-xoai,2025-02,numerator,9',
      'peopleGuided,atlantis,2025-02,numerator,3',
    ];
    host.put(at('errors.csv'), `${rows.join('\r\n')}\r\n`);
    const vi = await tcns(host, 'data', 'import', 'errors.csv');
    expect(vi.exitCode).toBe(1);
    expect(vi.stdout).toBe('');
    const value = 'peopleGuided,bon-n-jrieng,2025-02,numerator,'.length + 1;
    expect(vi.stderr).toContain(`errors.csv:3:${value} lỗi invalid_number: "mười" không phải số;`);
    expect(vi.stderr).toContain('errors.csv:7:14 lỗi unknown_place:');
    expect(vi.stderr).toContain('Không ghi gì: 2 lỗi.');
    const en = await tcns(host, 'data', 'import', 'errors.csv', '--lang', 'en');
    expect(en.stderr).toContain(
      `errors.csv:3:${value} error invalid_number: "mười" is not a number;`,
    );
    expect(en.stderr).toContain('Nothing written: 2 problems.');
    expect(host.text(at('data/values.csv'))).toBe(before);
  });

  it('reports a missing file and a file that is not UTF-8, and writes nothing', async () => {
    const host = await sampleWorkspace();
    host.put(
      at('latin.csv'),
      new Uint8Array([0x70, 0x65, 0x72, 0x69, 0x6f, 0x64, 0x0a, 0xe2, 0x28]),
    );
    const result = await tcns(host, 'data', 'import', 'latin.csv', 'nope.csv', '--lang', 'en');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('latin.csv error not_utf8:');
    expect(result.stderr).toContain('nope.csv error missing_file:');
  });

  it('shows a progress bar for big imports, keeping the file’s own line numbers', async () => {
    const host = await sampleWorkspace({ progress: true });
    const villages = ['bon-bu-sir', 'bon-n-jrieng', 'thon-nam-ra', 'thon-nam-da', 'thon-cay-xoai'];
    const rows = [LONG_HEADER];
    for (let year = 1950; rows.length < 5001; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const village of villages) {
          const m = String(month).padStart(2, '0');
          rows.push(`peopleGuided,${village},${year}-${m},numerator,${rows.length % 50}`);
        }
      }
    }
    rows[4321] = rows[4321]?.replace(/,\d+$/u, ',x') ?? '';
    host.put(at('big.csv'), `${rows.join('\n')}\n`);
    const result = await tcns(host, 'data', 'import', 'big.csv', '--lang', 'en');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /^big\.csv:4322:\d+ error invalid_number: "x" is not a number; expected a number/mu,
    );
    const [bar] = host.bars;
    expect(bar?.total).toBe(rows.length - 1);
    expect(bar?.updates.length).toBeGreaterThan(2);
    expect(bar?.updates.at(-1)).toBe(rows.length - 1);
    expect(bar?.stopped).toBe(true);
  });

  it('exports the data as CSV or as a DHIS2 data value set', async () => {
    const host = await sampleWorkspace();
    const csv = await tcns(host, 'data', 'export', '--period', '2025-01');
    expect(csv.stdout).toMatch(/^\uFEFFindicator,place,period,quantity,value/u);
    const dhis2 = await tcns(host, 'data', 'export', '--format', 'dhis2');
    expect(JSON.parse(dhis2.stdout).dataValues[0]).toMatchObject({ period: '202501' });
  });
});

describe('tcns report and tasks', () => {
  it('builds the month’s reports up the chain, with status, message and document', async () => {
    const host = await sampleWorkspace();
    const asOf = ['--as-of', '2025-02-18'];
    const build = await tcns(host, 'report', 'build', '2025-01', ...asOf);
    expect(build.exitCode).toBe(0);
    expect(build.stdout).toMatch(/^# Báo cáo chuyển đổi số tháng 1 năm 2025/u);
    expect(JSON.parse(host.text(at('reports/2025-01.json')) ?? '[]')).toHaveLength(10);
    const csv = await tcns(
      host,
      'report',
      'build',
      '2025-01',
      ...asOf,
      '--level',
      'deputy',
      '--format',
      'csv',
    );
    expect(csv.stdout.match(/\uFEFF/gu)).toHaveLength(1);
    const status = await tcns(host, 'report', 'status', '2025-01', ...asOf, '--json');
    const levels = JSON.parse(status.stdout).result.levels;
    expect(levels[0]).toMatchObject({ role: 'member', expected: 6, received: 5, onTime: 4 });
    const statusEn = await tcns(host, 'report', 'status', '2025-01', ...asOf, '--lang', 'en');
    expect(statusEn.stdout).toContain('received 5/6 (83 %), on time 4 (67 %)');
    const message = await tcns(host, 'report', 'message', '2025-01', ...asOf);
    expect(message.stdout).toMatch(/^BÁO CÁO CHUYỂN ĐỔI SỐ THÁNG 1 NĂM 2025/u);
    const document = await tcns(host, 'report', 'document', '2025-01', ...asOf, '--number', '5');
    expect(document.stdout).toContain('Số: 05/BC-TCNS');
    expect((await tcns(host, 'report', 'document', '2025-01', '--number', 'x')).exitCode).toBe(2);
  });

  it('says who has not reported, and that a seat has no report', async () => {
    const host = await sampleWorkspace();
    const empty = await tcns(
      host,
      'report',
      'status',
      '2025-03',
      '--as-of',
      '2025-04-20',
      '--lang',
      'en',
    );
    expect(empty.exitCode).toBe(0);
    expect(empty.stdout).toContain('Member    received 0/6 (0 %)');
    const seat = 'village-heads/bon-phai-kol-pru-dang';
    const result = await tcns(host, 'report', 'message', '2025-01', '--seat', seat, '--lang', 'en');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`error no_report: No report for 2025-01 from "${seat}".`);
  });

  it('lists overdue and soon-due tasks from plan.json', async () => {
    const host = await sampleWorkspace();
    expect((await tcns(host, 'tasks', 'overdue')).exitCode).toBe(1);
    const plan = {
      id: 'kh-1',
      title: { vi: 'Kế hoạch tháng 1', en: 'January plan' },
      period: '2025-01',
      by: 'leader/1',
      adoptedOn: '2025-01-02',
      tasks: [
        {
          id: 't1',
          title: { vi: 'Hỗ trợ cài đặt VNeID', en: 'Help install VNeID' },
          duty: 'member.deploy',
          assignees: ['village-heads/bon-bu-sir'],
          assignedBy: 'leader/1',
          assignedOn: '2025-01-06',
          deadline: '2025-01-17',
        },
      ],
    };
    host.put(at('plan.json'), JSON.stringify(plan));
    const result = await tcns(host, 'tasks', 'overdue', '--as-of', '2025-01-22');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      '2025-01-17  quá hạn 3 ngày làm việc  Hỗ trợ cài đặt VNeID — Điểu Bri',
    );
    const en = await tcns(host, 'tasks', 'overdue', '--as-of', '2025-01-22', '--lang', 'en');
    expect(en.stdout).toContain('3 working days overdue  Help install VNeID');
  });
});

describe('tcns init and demo', () => {
  it('creates the example workspace with --yes, which validates', async () => {
    const host = memoryHost();
    const result = await tcns(host, 'init', 'xa', '--yes');
    expect(result.exitCode).toBe(0);
    const team = JSON.parse(host.text(at('xa/team.json')) ?? '{}');
    expect(team.$schema).toBe('./schema/team.schema.json');
    expect(host.text(at('xa/schema/team.schema.json'))).toBe(repoFile('schema/team.schema.json'));
    expect(host.text(at('xa/README.md'))).toContain('tcns data import');
    expect((await tcns(host, 'team', 'validate', '-C', 'xa')).exitCode).toBe(0);
    const again = await tcns(host, 'init', 'xa', '--yes');
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('--force');
  });

  it('creates a commune’s workspace from options', async () => {
    const host = memoryHost();
    const result = await tcns(
      host,
      'init',
      '--yes',
      '--commune',
      'Nam Đà',
      '--province',
      'Lâm Đồng',
      '--villages',
      'thôn 1, bon Bu Prăng',
      '--schools',
      'Trường Tiểu học Kim Đồng',
      '--leader',
      'Nguyễn Văn A',
      '--from',
      '2026-01-15',
      '--lang',
      'en',
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'Created the Community Digital Technology Team of Nam Đà commune',
    );
    const validate = await tcns(host, 'team', 'validate', '--json');
    const document = JSON.parse(validate.stdout);
    expect(document.ok).toBe(true);
    expect(document.problems.every((p: { severity: string }) => p.severity === 'warning')).toBe(
      true,
    );
    const show = await tcns(host, 'team', 'show', '--as-of', '2026-01-15');
    expect(show.stdout).toContain('Tổ trưởng  Nguyễn Văn A');
    expect(show.stdout).toContain('Thôn 1');
    expect(show.stdout).toContain('Trường Tiểu học Kim Đồng');
  });

  it('asks on a terminal, and needs options or --yes elsewhere', async () => {
    const answers = [
      'village-793',
      'Nam Đà',
      'commune',
      'Lâm Đồng',
      'thôn 1',
      'Lê Văn B',
      'Trần Thị C, Phạm Văn D',
    ];
    const asked: string[] = [];
    const prompts: HostPrompts = {
      intro: () => {},
      outro: () => {},
      text: async (q) => {
        asked.push(q.message);
        return answers.shift();
      },
      select: async (q) => {
        asked.push(q.message);
        return answers.shift();
      },
    };
    const host = memoryHost({ tty: true, prompts });
    const result = await tcns(host, 'init');
    expect(result.exitCode).toBe(0);
    expect(asked[0]).toBe('Mẫu tổ');
    expect(answers).toEqual([]);
    const validate = await tcns(host, 'team', 'validate');
    expect(validate.exitCode).toBe(0);
    const noTerminal = await tcns(memoryHost(), 'init');
    expect(noTerminal.exitCode).toBe(2);
    expect(noTerminal.stderr).toContain('--yes');
  });

  it('runs the demo in a temporary folder and removes it', async () => {
    const host = memoryHost();
    const result = await tcns(host, 'demo');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('$ tcns report message 2025-01 --as-of 2025-02-18');
    expect(result.stdout).toContain('BÁO CÁO CHUYỂN ĐỔI SỐ THÁNG 1 NĂM 2025');
    expect([...host.store.keys()].filter((k) => k.startsWith('/tmp/'))).toEqual([]);
    const en = await tcns(host, 'demo', '--lang', 'en');
    expect(en.stdout).toContain('Reporting status for 2025-01');
  });
});
