import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const STALL = fileURLToPath(new URL('./stall-write.cjs', import.meta.url));

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/** Runs the built `tcns` as a process. */
function tcns(
  cwd: string,
  args: string[],
  options: { preload?: string; env?: Record<string, string>; cli?: string } = {},
) {
  const child = spawn(
    process.execPath,
    [...(options.preload ? ['--require', options.preload] : []), options.cli ?? CLI, ...args],
    { cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => {
    child.on('close', (exitCode) => resolve({ stdout, stderr, exitCode }));
  });
  return Object.assign(done, { child });
}

/** Runs a command in Vietnamese and in English at once. */
function both(cwd: string, args: string[]) {
  return Promise.all([tcns(cwd, args), tcns(cwd, [...args, '--lang', 'en'])]);
}

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tcns-e2e-'));
  folders.push(folder);
  return folder;
}

let sample = '';
const LONG_HEADER = 'indicator,place,period,quantity,value';

beforeAll(async () => {
  const demo = await tcns(tmpdir(), ['demo', '--keep', '--json']);
  expect(demo.exitCode).toBe(0);
  sample = JSON.parse(demo.stdout).result.folder;
  folders.push(sample);
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
  writeFileSync(join(sample, 'plan.json'), JSON.stringify(plan, null, 2));
});

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('tcns as a process', () => {
  it('prints its version and help', async () => {
    const [version, help] = await Promise.all([
      tcns(ROOT, ['--version']),
      tcns(ROOT, ['--help', '--lang', 'en']),
    ]);
    expect(version).toEqual({ stdout: `${VERSION}\n`, stderr: '', exitCode: 0 });
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: tcns <command> [options]');
    expect(help.stdout).not.toContain('\u001b[');
  });

  it('runs from a copy of its own files, outside the package: the library and zod are bundled', async () => {
    const copy = tempFolder();
    cpSync(CLI, join(copy, 'cli.js'));
    cpSync(join(ROOT, 'dist', 'cli'), join(copy, 'cli'), { recursive: true });
    const built = await tcns(
      copy,
      ['report', 'build', '2025-01', '--dir', sample, '--as-of', '2025-02-18', '--lang', 'en'],
      { cli: join(copy, 'cli.js') },
    );
    expect(built.stderr).not.toContain('ERR_MODULE_NOT_FOUND');
    expect(built.exitCode).toBe(0);
    expect(built.stdout).toContain('# Báo cáo chuyển đổi số tháng 1 năm 2025');
  });

  it('runs the demo in both languages', async () => {
    const [vi, en] = await both(tempFolder(), ['demo']);
    expect(vi.exitCode).toBe(0);
    expect(vi.stdout).toContain('$ tcns report status 2025-01 --as-of 2025-02-18');
    expect(vi.stdout).toContain('đã nộp 5/6');
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toContain('received 5/6');
  });

  it('creates a workspace with init --yes in an empty folder, which validates', async () => {
    const [vi, en] = [tempFolder(), tempFolder()];
    const [made, madeEn] = await Promise.all([
      tcns(vi, ['init', '--yes']),
      tcns(en, ['init', '--yes', '--lang', 'en']),
    ]);
    expect(made.exitCode).toBe(0);
    expect(made.stderr).toContain('Đã ghi team.json');
    expect(madeEn.stderr).toContain('Wrote team.json');
    const [checked, checkedEn] = await Promise.all([
      tcns(vi, ['team', 'validate']),
      tcns(en, ['team', 'validate', '--lang', 'en']),
    ]);
    expect(checked).toMatchObject({ exitCode: 0, stderr: '' });
    expect(checked.stdout).toContain('team.json: hợp lệ');
    expect(checkedEn.stdout).toContain('team.json: valid');
    expect(readdirSync(vi).sort()).toEqual(['README.md', 'schema', 'team.json']);
  });

  const good: [args: string[], vi: string, en: string][] = [
    [
      ['team', 'show', '--as-of', '2025-01-31'],
      'Tổ trưởng  Quản Thị Ngọc',
      'Leader  Quản Thị Ngọc',
    ],
    [
      ['team', 'chain', '--seat', 'village-heads/bon-bu-sir', '--as-of', '2025-01-31'],
      'Chuỗi báo cáo',
      'Reporting chain',
    ],
    [['team', 'duties', '--seat', 'deputies/farmers'], 'Điều 2.2.b', 'Điều 2.2.b'],
    [['team', 'org-chart', '--as-of', '2025-01-31'], 'Tổ trưởng', 'Leader'],
    [['team', 'decision'], 'Số: 23/QĐ-UBND', 'Số: 23/QĐ-UBND'],
    [['calendar', 'holidays', '2027'], 'Ngày nghỉ năm 2027', 'Days off in 2027'],
    [
      ['calendar', 'period', '2026-10', '--policy', 'decree09'],
      'Số liệu (decree09): 2026-09-15 → 2026-10-14',
      'Data (decree09): 2026-09-15 → 2026-10-14',
    ],
    [
      ['calendar', 'deadline', '2026-02-10', '--working-days', '5'],
      '2026-02-24  thứ Ba',
      '2026-02-24  Tuesday',
    ],
    [['calendar', 'lunar', '2026-04-26'], 'Âm lịch: 10/3/2026', 'Lunar: 10/3/2026'],
    [['data', 'sheet', '2025-02'], 'period,place,name,', 'period,place,name,'],
    [['data', 'export', '--format', 'dhis2'], '"dataValues"', '"dataValues"'],
    [
      ['report', 'build', '2025-01', '--as-of', '2025-02-18'],
      '# Báo cáo chuyển đổi số tháng 1 năm 2025',
      '# Báo cáo chuyển đổi số tháng 1 năm 2025',
    ],
    [
      ['report', 'message', '2025-01', '--as-of', '2025-02-18'],
      'BÁO CÁO CHUYỂN ĐỔI SỐ',
      'BÁO CÁO CHUYỂN ĐỔI SỐ',
    ],
    [['report', 'status', '2025-01', '--as-of', '2025-02-18'], 'đã nộp 5/6', 'received 5/6'],
    [
      ['report', 'document', '2025-01', '--as-of', '2025-02-18'],
      'Số: 01/BC-TCNS',
      'Số: 01/BC-TCNS',
    ],
    [
      ['tasks', 'overdue', '--as-of', '2025-01-22'],
      'quá hạn 3 ngày làm việc',
      '3 working days overdue',
    ],
  ];
  it.each(good)('runs %j in both languages', async (args, vi, en) => {
    const [inVi, inEn] = await both(sample, args);
    expect(inVi.exitCode, inVi.stderr).toBe(0);
    expect(inVi.stdout).toContain(vi);
    expect(inEn.exitCode, inEn.stderr).toBe(0);
    expect(inEn.stdout).toContain(en);
  });

  it('imports a good file, and one with errors on lines 3 and 7 writes nothing', async () => {
    const store = join(sample, 'data', 'values.csv');
    writeFileSync(
      join(sample, 'good.csv'),
      `\uFEFF${LONG_HEADER}\r\npeopleGuided,bon-bu-sir,2025-02,numerator,12\r\n`,
    );
    const good = await tcns(sample, ['data', 'import', 'good.csv']);
    expect(good.exitCode, good.stderr).toBe(0);
    expect(good.stdout).toContain('Đã nhập 1 tệp');
    const goodEn = await tcns(tempFolder(), [
      'data',
      'import',
      join(sample, 'good.csv'),
      '-C',
      sample,
      '--replace',
      '--lang',
      'en',
    ]);
    expect(goodEn.exitCode, goodEn.stderr).toBe(0);
    expect(goodEn.stdout).toContain('Imported 1 file:');
    const before = readFileSync(store, 'utf8');
    const rows = [
      LONG_HEADER,
      'peopleGuided,bon-bu-sir,2025-03,numerator,12',
      'peopleGuided,bon-n-jrieng,2025-03,numerator,mười',
      'peopleGuided,thon-nam-ra,2025-03,numerator,5',
      'peopleGuided,thon-nam-da,2025-03,numerator,7',
      'peopleGuided,thon-cay-xoai,2025-03,numerator,9',
      'peopleGuided,atlantis,2025-03,numerator,3',
    ];
    writeFileSync(join(sample, 'errors.csv'), `${rows.join('\n')}\n`);
    const [vi, en] = await both(sample, ['data', 'import', 'errors.csv']);
    expect(vi.exitCode).toBe(1);
    expect(vi.stderr).toMatch(/^errors\.csv:3:45 lỗi invalid_number: /mu);
    expect(vi.stderr).toMatch(/^errors\.csv:7:14 lỗi unknown_place: /mu);
    expect(en.exitCode).toBe(1);
    expect(en.stderr).toMatch(
      /^errors\.csv:3:45 error invalid_number: "mười" is not a number; expected a number /mu,
    );
    expect(en.stderr).toMatch(/^errors\.csv:7:14 error unknown_place: /mu);
    expect(readFileSync(store, 'utf8')).toBe(before);
  });

  it('reports a missing file, invalid JSON and an unknown flag, in both languages', async () => {
    writeFileSync(join(sample, 'bad.json'), '{\r\n  "schemaVersion": 1,\r\n  "id": "x",,\r\n}\r\n');
    const [[missing, missingEn], [json, jsonEn], [flag, flagEn]] = await Promise.all([
      both(sample, ['team', 'validate', 'nope.json']),
      both(sample, ['team', 'validate', 'bad.json']),
      both(sample, ['team', 'show', '--bogus']),
    ]);
    expect(missing).toEqual({
      stdout: '',
      stderr: 'nope.json lỗi missing_file: Không có tệp này.\n',
      exitCode: 1,
    });
    expect(missingEn).toEqual({
      stdout: '',
      stderr: 'nope.json error missing_file: No such file.\n',
      exitCode: 1,
    });
    expect(json.exitCode).toBe(1);
    expect(json.stderr).toMatch(
      /^bad\.json:3:13 lỗi invalid_json: Nội dung không phải JSON hợp lệ/mu,
    );
    expect(jsonEn.stderr).toMatch(
      /^bad\.json:3:13 error invalid_json: The text is not valid JSON/mu,
    );
    expect(flag).toMatchObject({ stdout: '', exitCode: 2 });
    expect(flag.stderr).toContain('lỗi invalid_option: Tùy chọn không hợp lệ ở đây: --bogus.');
    expect(flagEn.stderr).toContain('error invalid_option: Unknown or misused option: --bogus.');
    for (const run of [missing, json, flag, flagEn]) expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('leaves the old file intact when killed in the middle of writing it', async () => {
    const store = join(sample, 'data', 'values.csv');
    const before = readFileSync(store, 'utf8');
    const rows = [LONG_HEADER];
    for (let year = 2030; year < 2060; year++) {
      for (let month = 1; month <= 12; month++) {
        rows.push(
          `peopleGuided,thon-nam-ra,${year}-${String(month).padStart(2, '0')},numerator,${month}`,
        );
      }
    }
    writeFileSync(join(sample, 'years.csv'), `${rows.join('\n')}\n`);
    const marker = join(tempFolder(), 'stalled');
    const run = tcns(sample, ['data', 'import', 'years.csv'], {
      preload: STALL,
      env: { TCNS_TEST_STALL_MARKER: marker },
    });
    let exited: Run | undefined;
    void run.then((result) => {
      exited = result;
    });
    for (let waited = 0; !existsSync(marker); waited += 50) {
      if (exited) throw new Error(`the import ended before writing: ${exited.stderr}`);
      if (waited > 30_000) throw new Error('the write never started');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    run.child.kill('SIGKILL');
    const killed = await run;
    expect(killed.exitCode).toBe(null);
    expect(readFileSync(store, 'utf8')).toBe(before);
    const partial = readdirSync(join(sample, 'data')).filter((name) =>
      name.startsWith('values.csv.'),
    );
    expect(partial.length).toBe(1);
    for (const name of partial) rmSync(join(sample, 'data', name));
    const after = await tcns(sample, ['data', 'export']);
    expect(after.exitCode).toBe(0);
    expect(after.stdout).toBe(before);
  });
});

describe('the compile cache of tcns', () => {
  const REPORT = ['report', 'build', '2025-01', '--as-of', '2025-02-18', '--lang', 'en'];
  const withCache = (folder: string, extra: Record<string, string> = {}) => ({
    env: { TCNS_CACHE_DIR: folder, ...extra },
  });
  const cacheFiles = (folder: string) =>
    existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.v8')) : [];

  it('keeps the code a command compiled, per command, and gives the same output from it', async () => {
    const cache = join(tempFolder(), 'cache');
    const first = await tcns(sample, REPORT, withCache(cache));
    expect(first.exitCode).toBe(0);
    const files = cacheFiles(cache);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{16}-report-build\.v8$/u);
    const second = await tcns(sample, REPORT, withCache(cache));
    expect(second).toEqual(first);
    const plain = await tcns(sample, REPORT, withCache(cache, { TCNS_NO_COMPILE_CACHE: '1' }));
    expect(plain).toEqual(first);
    await tcns(sample, ['team', 'show'], withCache(cache));
    expect(cacheFiles(cache).sort()).toEqual(
      [files[0], files[0]?.replace('report-build', 'team-show')].sort(),
    );
  });

  it('ignores a damaged cache and writes a good one in its place', async () => {
    const cache = join(tempFolder(), 'cache');
    const first = await tcns(sample, REPORT, withCache(cache));
    const [name = ''] = cacheFiles(cache);
    const good = readFileSync(join(cache, name));
    const damaged = Buffer.from(good);
    damaged.fill(0x5a, 64, 4096);
    writeFileSync(join(cache, name), damaged);
    const again = await tcns(sample, REPORT, withCache(cache));
    expect(again).toEqual(first);
    expect(readFileSync(join(cache, name)).equals(damaged)).toBe(false);
    writeFileSync(join(cache, name), 'not a cache');
    expect(await tcns(sample, REPORT, withCache(cache))).toEqual(first);
  });

  it('removes the caches of other builds, and writes nothing when turned off', async () => {
    const cache = join(tempFolder(), 'cache');
    const stale = '0123456789abcdef-report-build.v8';
    await tcns(sample, ['--help'], withCache(cache));
    writeFileSync(join(cache, stale), 'an earlier version');
    await tcns(sample, REPORT, withCache(cache));
    expect(cacheFiles(cache)).not.toContain(stale);
    const off = join(tempFolder(), 'off');
    const run = await tcns(sample, REPORT, withCache(off, { NODE_DISABLE_COMPILE_CACHE: '1' }));
    expect(run.exitCode).toBe(0);
    expect(cacheFiles(off)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'does not use a folder that other users may write',
    async () => {
      const open = tempFolder();
      chmodSync(open, 0o777);
      const run = await tcns(sample, REPORT, withCache(open));
      expect(run.exitCode).toBe(0);
      expect(cacheFiles(open)).toEqual([]);
    },
  );
});
