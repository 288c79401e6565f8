/**
 * `tcns data …`: entry sheets for village heads, importing them back, exporting the data.
 */
import { join } from 'node:path';
import type { Context, Handler } from '../context.js';
import {
  BUILT_IN_INDICATORS,
  communeOf,
  type DataValue,
  entrySheet,
  formatPeriod,
  type Place,
  parseEntrySheet,
  parseLongCsv,
  periodRange,
  placeName,
  toDhis2DataValueSet,
  toLongCsv,
  vietnamDateOf,
  villagesOf,
} from '../library.js';
import { documentOutcome, wrote } from '../output.js';
import { CliError, type CliProblem, count, failure, usage } from '../text.js';
import {
  csvProblems,
  FILES,
  loadTeam,
  loadValues,
  parsePeriodArg,
  readText,
  vietnamTimestamp,
} from '../workspace.js';

/** Imports of more rows than this show a progress bar (on a terminal). */
export const PROGRESS_ROWS = 2000;
/** Rows of a long CSV checked at a time when a progress bar is shown. */
export const BATCH_ROWS = 2000;

function delimiterOf(context: Context): ',' | ';' | undefined {
  const value = context.string('delimiter');
  return value === ',' || value === ';' ? value : undefined;
}

export const sheet: Handler = async (context) => {
  const period = parsePeriodArg(context.args[0] ?? '');
  const { team } = await loadTeam(context);
  const end = periodRange(period).end;
  const villages = villagesOf(team, end);
  const wanted = context.string('village');
  const chosen = wanted === undefined ? villages : villages.filter((v) => v.id === wanted);
  if (wanted !== undefined && chosen.length === 0) {
    throw failure('unknown_village', {
      vi: `Ngày ${end} tổ không có thôn "${wanted}". Các thôn: ${villages.map((v) => v.id).join(', ')}.`,
      en: `On ${end} the team has no village "${wanted}". Villages: ${villages.map((v) => v.id).join(', ')}.`,
    });
  }
  if (chosen.length === 0) {
    throw failure('no_villages', {
      vi: `Ngày ${end} tổ không có thôn nào.`,
      en: `On ${end} the team has no villages.`,
    });
  }
  const values = await loadValues(context, team);
  const commune = communeOf(team, end)?.id;
  const delimiter = delimiterOf(context);
  // The whole commune's sheet keeps to the commune's villages; a village's own sheet has its row.
  const make = (places: readonly Place[], whole: boolean) =>
    entrySheet({
      catalogue: BUILT_IN_INDICATORS,
      places,
      period,
      ...(whole && commune !== undefined ? { commune } : {}),
      values,
      ...(delimiter ? { delimiter } : {}),
    });
  const id = formatPeriod(period);
  if (!context.flag('each')) {
    return documentOutcome(
      context,
      make(wanted === undefined ? team.places : chosen, wanted === undefined),
      {
        period: id,
        villages: chosen.map((v) => v.id),
      },
    );
  }
  const folder = context.resolvePath(
    context.string('out') ?? join(context.dir(), FILES.sheets, id),
  );
  const files: string[] = [];
  const notes: string[] = [];
  for (const village of chosen) {
    const path = join(folder, `${village.id}.csv`);
    await context.host.files.writeAtomic(path, make([village], false));
    files.push(context.showPath(path));
    notes.push(`${wrote(context, path)} — ${placeName(village, context.lang)}`);
  }
  return { notes, data: { period: id, files } };
};

type Format = 'long' | 'sheet';

function formatOf(text: string): Format | undefined {
  const first = (text.split(/\r?\n/u, 1)[0] ?? '').split(/[;,]/u)[0]?.replace(/"/gu, '').trim();
  return first === 'indicator' ? 'long' : first === 'period' ? 'sheet' : undefined;
}

function rowsOf(text: string): number {
  let rows = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') rows += 1;
  return Math.max(0, rows - 1);
}

function receivedAt(context: Context): string {
  const given = context.string('reported-at');
  if (given === undefined) return vietnamTimestamp(context.host.now());
  if (vietnamDateOf(given).isErr()) {
    throw usage('invalid_argument', {
      vi: `--reported-at cần thời điểm ISO 8601 có múi giờ, ví dụ 2026-11-05T09:30:00+07:00; không nhận "${given}".`,
      en: `--reported-at takes an ISO 8601 timestamp with an offset, e.g. 2026-11-05T09:30:00+07:00; not "${given}".`,
    });
  }
  return given;
}

export const importFiles: Handler = async (context) => {
  const { team } = await loadTeam(context);
  const reportedAt = receivedAt(context);
  const replace = context.flag('replace');
  const storePath = join(context.dir(), FILES.values);
  const before = await loadValues(context, team);
  const problems: CliProblem[] = [];
  const inputs: { path: string; shown: string; text: string }[] = [];
  for (const file of context.args) {
    const path = context.resolvePath(file);
    try {
      inputs.push({ path, shown: context.showPath(path), text: await readText(context, path) });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      problems.push(...error.problems);
    }
  }
  const total = inputs.reduce((n, input) => n + rowsOf(input.text), 0);
  const bar =
    total > PROGRESS_ROWS && !context.json && context.host.progress
      ? await context.host.progress(context.t({ vi: 'Đang kiểm tra', en: 'Checking' }), total)
      : undefined;
  const base = { catalogue: BUILT_IN_INDICATORS, places: team.places, replace };
  let values: DataValue[] = before;
  let done = 0;
  try {
    for (const { shown, text } of inputs) {
      const format = formatOf(text);
      if (format === undefined) {
        problems.push({
          code: 'unknown_format',
          severity: 'error',
          message: {
            vi: 'Không nhận ra tệp: dòng đầu của phiếu nhập bắt đầu bằng "period", của tệp dạng dài bằng "indicator".',
            en: 'Not a file tcns reads: an entry sheet starts with "period", a long CSV with "indicator".',
          },
          file: shown,
          line: 1,
          column: 1,
        });
        continue;
      }
      if (format === 'sheet') {
        const parsed = parseEntrySheet(text, { ...base, existing: values, reportedAt });
        if (parsed.isErr()) problems.push(...csvProblems(text, shown, parsed.error));
        else values = parsed.value;
        done += rowsOf(text);
        bar?.update(done);
        continue;
      }
      // A long CSV is checked in batches of rows when a progress bar is shown and no cell is
      // quoted (so that every row is one line); problems keep the file's own line numbers.
      const lines = text.split(/\r?\n/u);
      const batched = bar !== undefined && !text.includes('"') && lines.length > BATCH_ROWS + 1;
      const step = batched ? BATCH_ROWS : lines.length;
      for (let first = 1; first < lines.length; first += step) {
        const chunk = batched ? [lines[0], ...lines.slice(first, first + step)].join('\n') : text;
        const parsed = parseLongCsv(chunk, { ...base, existing: values });
        if (parsed.isErr()) problems.push(...csvProblems(chunk, shown, parsed.error, first - 1));
        else values = parsed.value;
        done += rowsOf(chunk);
        bar?.update(done);
      }
    }
  } finally {
    bar?.stop();
  }
  if (problems.length > 0) {
    const duplicates = problems.some((p) => p.code === 'duplicate_value');
    const notes = [
      context.paintError(
        'red',
        context.t({
          vi: `Không ghi gì: ${problems.length} lỗi. Sửa các tệp rồi nhập lại.`,
          en: `Nothing written: ${count(problems.length, 'problem')}. Fix the files and import again.`,
        }),
      ),
    ];
    if (duplicates) {
      notes.push(
        context.t({
          vi: 'Nếu đây là bản sửa của số liệu đã nhập, thêm --replace để thay số liệu cũ.',
          en: 'If these correct values imported before, add --replace to overwrite them.',
        }),
      );
    }
    return { problems, notes, exitCode: 1, data: { written: false } };
  }
  await context.host.files.writeAtomic(storePath, toLongCsv(values));
  const summary = context.t({
    vi: `Đã nhập ${inputs.length} tệp: kho số liệu có ${values.length} giá trị (trước đó ${before.length}).`,
    en: `Imported ${count(inputs.length, 'file')}: the data store holds ${count(values.length, 'value')} (${before.length} before).`,
  });
  return {
    text: `${summary}\n`,
    notes: [wrote(context, storePath)],
    data: {
      written: true,
      files: inputs.map((i) => i.shown),
      values: values.length,
      before: before.length,
    },
  };
};

export const exportValues: Handler = async (context) => {
  const { team } = await loadTeam(context);
  let values = await loadValues(context, team);
  const wanted = context.string('period');
  if (wanted !== undefined) {
    const id = formatPeriod(parsePeriodArg(wanted));
    values = values.filter((v) => v.period === id);
  }
  if (context.string('format') === 'dhis2') {
    const set = toDhis2DataValueSet(values);
    return documentOutcome(context, `${JSON.stringify(set, null, 2)}\n`, { values: values.length });
  }
  return documentOutcome(context, toLongCsv(values), { values: values.length });
};
