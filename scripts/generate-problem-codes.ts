/**
 * Writes the "Mã lỗi / Problem codes" page (`docs/problem-codes.md`) from the problem registry:
 * every code, when it arises, its parameters and both messages with an example. Run with
 * `npm run problems:doc`; a test fails when the committed page is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ProblemModule, problemRegistry } from '../src/index.js';

const MODULE_TITLES: Record<ProblemModule, string> = {
  input: 'Đọc dữ liệu / Reading input',
  calendar: 'Lịch / Calendar',
  places: 'Địa bàn / Places',
  team: 'Tổ / Team',
  chain: 'Chuỗi báo cáo / Reporting chain',
  duties: 'Nhiệm vụ / Duties',
  indicators: 'Chỉ số / Indicators',
  work: 'Giao việc / Work',
  reports: 'Báo cáo / Reports',
  render: 'Văn bản / Rendering',
};

const SEVERITY = { error: 'lỗi / error', warning: 'cảnh báo / warning' } as const;

/** The page, as Markdown. */
export function problemCodesPage(): string {
  const entries = [...problemRegistry().values()];
  const lines: string[] = [
    '---',
    'title: Mã lỗi / Problem codes',
    '---',
    '',
    '# Mã lỗi / Problem codes',
    '',
    'Mọi lỗi và cảnh báo của thư viện có dạng `{ code, severity, path, params, message: { vi, en } }`.',
    'Trang này liệt kê mọi mã, khi nào xảy ra, các tham số và thông điệp mẫu bằng hai thứ tiếng.',
    'Ứng dụng có thể tự viết lại thông điệp từ `params` bằng `formatProblem` hoặc `rewordProblems`.',
    '',
    'Every error and warning of the library is `{ code, severity, path, params, message: { vi, en } }`.',
    'This page lists every code, when it arises, its parameters and example messages in both',
    'languages. An app can word messages its own way from `params` with `formatProblem` or',
    '`rewordProblems`.',
    '',
    `${entries.length} mã / codes.`,
  ];
  for (const module of Object.keys(MODULE_TITLES) as ProblemModule[]) {
    const inModule = entries
      .filter((entry) => entry.module === module)
      .sort((a, b) => a.definition.code.localeCompare(b.definition.code));
    if (inModule.length === 0) continue;
    lines.push('', `## ${MODULE_TITLES[module]}`);
    for (const { definition } of inModule) {
      const params = Object.entries(definition.example)
        .map(([name, value]) => `\`${name}\` (${JSON.stringify(value)})`)
        .join(', ');
      const example = definition.example as never;
      lines.push(
        '',
        `### \`${definition.code}\``,
        '',
        `- Mức / Severity: ${SEVERITY[definition.severity]}`,
        `- Khi nào: ${definition.summary.vi}`,
        `- When: ${definition.summary.en}`,
        `- Tham số / Parameters: ${params === '' ? '—' : params}`,
        '',
        `> ${definition.vi(example)}`,
        '>',
        `> ${definition.en(example)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The page's path. */
export const PROBLEM_CODES_PAGE = fileURLToPath(
  new URL('../docs/problem-codes.md', import.meta.url),
);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PROBLEM_CODES_PAGE, problemCodesPage());
  process.stdout.write(`Wrote ${PROBLEM_CODES_PAGE}\n`);
}
