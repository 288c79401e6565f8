/**
 * Writes the outputs the guides show — the leader's group message for the sample month — from the
 * library itself, into the blocks the guides mark with
 * `<!-- sample: NAME … -->` … `<!-- /sample -->`. Only the text between a pair of markers is
 * replaced, and only with the sample of that name: no word of the guide is searched for or
 * replaced anywhere else (a placeholder word replaced throughout a guide once turned the
 * identifier `GROUP_MESSAGE_LIMITS` into a whole message). Run with `npm run docs:samples`; a test
 * fails when a guide is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  consolidateReports,
  draftMemberReport,
  type ReportRecord,
  renderGroupMessage,
  submitReport,
} from '../src/index.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../src/samples/index.js';

/** The guides that hold samples. */
export const GUIDES_WITH_SAMPLES = [
  fileURLToPath(new URL('../docs/work-and-reports.md', import.meta.url)),
];

/** The leader's group message for the sample month, run up the chain as the guide's code does. */
function leaderGroupMessage(): string {
  const team = dakNia2022Team();
  const month = dakNiaJanuary2025();
  const { period, activities } = month;
  let book: ReportRecord[] = [];
  const submit = (draft: unknown) => {
    book = submitReport(book, draft, { team })._unsafeUnwrap();
  };
  for (const member of month.members) {
    submit(
      draftMemberReport(team, {
        ...member,
        period,
        activities,
        values: month.values,
      })._unsafeUnwrap(),
    );
  }
  for (const deputy of month.deputies) {
    submit(consolidateReports(book, team, { ...deputy, period, activities })._unsafeUnwrap());
  }
  submit(consolidateReports(book, team, { ...month.leader, period, activities })._unsafeUnwrap());
  const leader = book.find((r) => r.report.from === 'leader/1')?.report;
  if (leader === undefined) throw new Error('the sample month has no leader report');
  return renderGroupMessage(team, leader).join('\n\n');
}

/** The samples, by the name their markers give. */
export const SAMPLES: Readonly<Record<string, () => string>> = {
  'leader-group-message': leaderGroupMessage,
};

const BLOCK =
  /(<!-- sample: ([a-z-]+)[^>]*-->\n\n```text\n)([\s\S]*?)(\n```\n\n<!-- \/sample -->)/gu;

/**
 * A guide with every marked block filled with its sample.
 *
 * @throws Error when a block names no known sample.
 */
export function withSamples(guide: string): string {
  const cache = new Map<string, string>();
  return guide.replace(BLOCK, (_, open: string, name: string, _old: string, close: string) => {
    const make = SAMPLES[name];
    if (make === undefined) throw new Error(`no sample named "${name}"`);
    const text = cache.get(name) ?? make();
    cache.set(name, text);
    return `${open}${text}${close}`;
  });
}

/** The names of the marked blocks of a guide, in order. */
export function sampleBlocks(guide: string): string[] {
  return [...guide.matchAll(BLOCK)].map((match) => match[2] ?? '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const path of GUIDES_WITH_SAMPLES) {
    writeFileSync(path, withSamples(readFileSync(path, 'utf8')));
    process.stdout.write(`Wrote ${path}\n`);
  }
}
