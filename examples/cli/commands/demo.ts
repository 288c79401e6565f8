/**
 * `tcns demo`: the main job on the bundled Đắk Nia sample, in a temporary workspace — the team,
 * the reporting chain, the month's report built up the chain, the reporting status and the
 * leader's group message.
 */
import { join } from 'node:path';
import type { Context, Handler } from '../context.js';
import { dakNia2022Team, dakNiaJanuary2025, serializeTeam, toLongCsv } from '../library.js';
import { heading } from '../output.js';
import { FILES } from '../workspace.js';

/** The sample month's dates: the team on the last day of January 2025; reports compiled on 18/2. */
const MONTH = '2025-01';
const END = '2025-01-31';
const COMPILED = '2025-02-18';
/** Lines of each step's output the demo shows. */
const SHOWN_LINES = 30;

/** The first lines of a long output, and how many more there are. */
function shorten(text: string, context: Context): string {
  const lines = text.split('\n');
  if (lines.length <= SHOWN_LINES) return text;
  const more = lines.length - SHOWN_LINES;
  return [
    ...lines.slice(0, SHOWN_LINES),
    context.paint('dim', context.t({ vi: `… (còn ${more} dòng)`, en: `… (${more} more lines)` })),
  ].join('\n');
}

export const demo: Handler = async (context) => {
  const { files } = context.host;
  const dir = await files.makeTempDir('tcns-demo-');
  const month = dakNiaJanuary2025();
  // A village head's sheet counts as received when they submitted; the head who did not
  // submit has no data in the store.
  const received = new Map(month.members.map((m) => [m.seat, m.submittedAt]));
  const values = month.values.flatMap((value) => {
    const at = value.reportedBy === undefined ? undefined : received.get(value.reportedBy);
    return at === undefined ? [] : [{ ...value, reportedAt: at }];
  });
  await files.writeAtomic(join(dir, FILES.team), serializeTeam(dakNia2022Team()));
  await files.writeAtomic(join(dir, FILES.values), toLongCsv(values));
  await files.writeAtomic(
    join(dir, FILES.activities),
    `${JSON.stringify(month.activities, null, 2)}\n`,
  );
  const steps = [
    ['team', 'show', '--as-of', END],
    ['team', 'chain', '--seat', 'village-heads/bon-bu-sir', '--as-of', END],
    ['report', 'build', MONTH, '--as-of', COMPILED],
    ['report', 'status', MONTH, '--as-of', COMPILED],
    ['report', 'message', MONTH, '--as-of', COMPILED],
  ];
  const common = ['-C', dir, '--lang', context.lang, ...(context.json ? ['--json'] : [])];
  const parts = [
    heading(context, {
      vi: 'Tổ công nghệ số cộng đồng xã Đắk Nia — tháng 1/2025 (số liệu minh họa)',
      en: 'The Đắk Nia commune team — January 2025 (illustrative figures)',
    }),
    context.t({ vi: `Thư mục làm việc tạm: ${dir}`, en: `Temporary workspace: ${dir}` }),
  ];
  const results: { command: string; exitCode: number; result?: unknown }[] = [];
  const notes: string[] = [];
  let failed = false;
  try {
    for (const step of steps) {
      const run = await context.run([...step, ...common]);
      const command = `tcns ${step.join(' ')}`;
      failed ||= run.exitCode !== 0;
      if (context.json) {
        results.push({
          command,
          exitCode: run.exitCode,
          result: JSON.parse(run.stdout) as unknown,
        });
        continue;
      }
      results.push({ command, exitCode: run.exitCode });
      parts.push('', context.paint('cyan', `$ ${command}`), shorten(run.stdout.trimEnd(), context));
      if (run.exitCode !== 0) notes.push(run.stderr.trimEnd());
    }
  } finally {
    if (!context.flag('keep')) await files.remove(dir);
  }
  parts.push(
    '',
    context.t({
      vi: context.flag('keep')
        ? `Thư mục vẫn còn: ${dir}. Thử: tcns team validate -C ${dir}`
        : 'Tạo thư mục của xã bạn: tcns init',
      en: context.flag('keep')
        ? `The folder is kept: ${dir}. Try: tcns team validate -C ${dir}`
        : 'Create your commune’s workspace: tcns init',
    }),
  );
  return {
    text: `${parts.join('\n')}\n`,
    notes,
    exitCode: failed ? 1 : 0,
    data: { folder: dir, kept: context.flag('keep'), steps: results },
  };
};
