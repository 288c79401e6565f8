/**
 * A commune's workspace, as `tcns` keeps it in a folder:
 *
 * | file | contents |
 * |---|---|
 * | `team.json` | the team (`tcns init` writes it) |
 * | `data/values.csv` | the village data values, long CSV (`tcns data import` writes it) |
 * | `data/activities.json` | activity records (optional) |
 * | `plan.json` | the leader's plan, for `tcns tasks overdue` (optional) |
 * | `targets.json` | the commune's own targets, added to the built-in ones (optional) |
 * | `reports/PERIOD.json` | the reports `tcns report build` made |
 *
 * Files are read as UTF-8 with or without a byte-order mark, with CRLF or LF line ends.
 */
import { join } from 'node:path';
import type { Context } from './context.js';
import { badValue } from './context.js';
import {
  type Activity,
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  type DataValue,
  type IsoDate,
  messageOf,
  type Period,
  type Plan,
  type Problem,
  parseActivities,
  parseIsoDate,
  parseJsonText,
  parseLongCsv,
  parsePeriod,
  parsePlan,
  parseTargets,
  parseTeam,
  severityOf,
  type Target,
  type Team,
  vietnamDateOf,
} from './library.js';
import { csvPositions, jsonTree, positionOf } from './positions.js';
import { CliError, type CliProblem, failure } from './text.js';

/** The files of a workspace, relative to its folder. */
export const FILES = {
  team: 'team.json',
  values: join('data', 'values.csv'),
  activities: join('data', 'activities.json'),
  plan: 'plan.json',
  targets: 'targets.json',
  reports: 'reports',
  sheets: 'sheets',
  readme: 'README.md',
  schema: join('schema', 'team.schema.json'),
} as const;

const DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a file's bytes as UTF-8 (dropping a byte-order mark); a file in another encoding is a problem. */
export function decodeText(bytes: Uint8Array, shown: string): string {
  try {
    return DECODER.decode(bytes);
  } catch {
    throw failure(
      'not_utf8',
      {
        vi: 'Tệp không phải UTF-8. Trong Excel, lưu bằng "CSV UTF-8 (Comma delimited)".',
        en: 'The file is not UTF-8. In Excel, save it as "CSV UTF-8 (Comma delimited)".',
      },
      { file: shown },
    );
  }
}

/** Reads a text file, or fails with "missing file" (exit 1). */
export async function readText(context: Context, path: string): Promise<string> {
  const shown = context.showPath(path);
  let bytes: Uint8Array;
  try {
    bytes = await context.host.files.read(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') {
      throw failure(
        'missing_file',
        { vi: 'Không có tệp này.', en: 'No such file.' },
        { file: shown },
      );
    }
    if (code === 'EISDIR') {
      throw failure(
        'not_a_file',
        { vi: 'Đây là thư mục, không phải tệp.', en: 'This is a folder, not a file.' },
        { file: shown },
      );
    }
    throw error;
  }
  return decodeText(bytes, shown);
}

/** Reads an optional file: `undefined` when it does not exist. */
export async function readOptional(context: Context, path: string): Promise<string | undefined> {
  return (await context.host.files.exists(path)) ? readText(context, path) : undefined;
}

/**
 * Maps library problems about a JSON file to CLI problems with their line and column. The text
 * is parsed again with a parser that keeps locations only when there are problems.
 */
export async function jsonProblems(
  text: string,
  shown: string,
  problems: readonly Problem[],
  fallback: 'error' | 'warning' = 'error',
): Promise<CliProblem[]> {
  if (problems.length === 0) return [];
  const tree = await jsonTree(text);
  return problems.map((problem) => {
    const at = tree.ok
      ? positionOf(tree.root, problem.path)
      : problem.code === 'invalid_json'
        ? tree.at
        : { line: 1, column: 1 };
    return {
      code: problem.code,
      severity: severityOf(problem, fallback),
      message: messageOf(problem),
      path: problem.path,
      file: shown,
      line: at.line,
      column: at.column,
    };
  });
}

/** Decodes JSON text, or fails with the library's problem at the line and column of the error. */
export async function parseJsonFile(text: string, shown: string): Promise<unknown> {
  const decoded = parseJsonText(text);
  if (decoded.isOk()) return decoded.value;
  throw new CliError(
    decoded.error.map((problem) => {
      const at = problem.code === 'invalid_json' ? problem.params : undefined;
      return {
        code: problem.code,
        severity: 'error' as const,
        message: messageOf(problem),
        file: shown,
        line: at?.line ?? 1,
        column: at?.column ?? 1,
      };
    }),
  );
}

/** A team file read and parsed. */
export interface LoadedTeam {
  readonly team: Team;
  readonly text: string;
  readonly shown: string;
}

/** Reads and parses a team file; its problems, with positions, fail the command. */
export async function loadTeam(context: Context, file?: string): Promise<LoadedTeam> {
  const path = file === undefined ? join(context.dir(), FILES.team) : context.resolvePath(file);
  const shown = context.showPath(path);
  const text = await readText(context, path);
  const parsed = parseTeam(text);
  if (parsed.isErr()) throw new CliError(await jsonProblems(text, shown, parsed.error));
  return { team: parsed.value, text, shown };
}

/** What the library's parsers return, as far as the CLI needs it. */
interface Parsed<T> {
  match<A, B = A>(ok: (value: T) => A, err: (problems: readonly Problem[]) => B): A | B;
}

/** Reads an optional JSON file of the workspace and parses it with a library parser. */
async function loadJson<T>(
  context: Context,
  name: string,
  parse: (value: unknown) => Parsed<T>,
): Promise<T | undefined> {
  const path = join(context.dir(), name);
  const text = await readOptional(context, path);
  if (text === undefined) return undefined;
  const shown = context.showPath(path);
  const parsed = parse(await parseJsonFile(text, shown));
  const problems = parsed.match(
    () => [],
    (list) => list,
  );
  if (problems.length > 0) throw new CliError(await jsonProblems(text, shown, problems));
  return parsed.match(
    (value) => value,
    () => undefined,
  );
}

/** The workspace's activity records (none when the file is absent). */
export async function loadActivities(context: Context, team: Team): Promise<Activity[]> {
  return (
    (await loadJson<Activity[]>(context, FILES.activities, (value) =>
      parseActivities(value, team),
    )) ?? []
  );
}

/** The workspace's plan, or `undefined`. */
export async function loadPlan(context: Context, team: Team): Promise<Plan | undefined> {
  return loadJson<Plan>(context, FILES.plan, (value) => parsePlan(value, team));
}

/** The targets: the built-in ones and the commune's own. */
export async function loadTargets(context: Context): Promise<readonly Target[]> {
  const own = await loadJson<Target[]>(context, FILES.targets, parseTargets);
  return own ? [...BUILT_IN_TARGETS, ...own] : BUILT_IN_TARGETS;
}

/** Maps CSV problems (`path` = `[line, column name]`) to CLI problems with positions. */
export function csvProblems(
  text: string,
  shown: string,
  problems: readonly Problem[],
  lineOffset = 0,
): CliProblem[] {
  const at = csvPositions(text);
  return problems.map((problem) => {
    const [line, column] = problem.path;
    const position =
      typeof line === 'number'
        ? at(line, typeof column === 'string' ? column : undefined)
        : { line: 1, column: 1 };
    return {
      code: problem.code,
      severity: severityOf(problem, 'error'),
      message: messageOf(problem),
      path: problem.path,
      file: shown,
      line: position.line + lineOffset,
      column: position.column,
    };
  });
}

/** The workspace's data values (none when the store does not exist yet). */
export async function loadValues(context: Context, team: Team): Promise<DataValue[]> {
  const path = join(context.dir(), FILES.values);
  const text = await readOptional(context, path);
  if (text === undefined) return [];
  const parsed = parseLongCsv(text, { catalogue: BUILT_IN_INDICATORS, places: team.places });
  if (parsed.isErr()) throw new CliError(csvProblems(text, context.showPath(path), parsed.error));
  return parsed.value;
}

/** Today in Vietnam (Asia/Ho_Chi_Minh), whatever the machine's time zone. */
export function todayInVietnam(context: Context): IsoDate {
  return vietnamDateOf(context.host.now().toISOString())._unsafeUnwrap();
}

/** The date of `--as-of`, or today in Vietnam. */
export function asOf(context: Context): IsoDate {
  const given = context.string('as-of');
  return given === undefined ? todayInVietnam(context) : parseDate(given, '--as-of');
}

/** A date argument, or a usage error. */
export function parseDate(value: string, name: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (parsed.isErr())
    badValue(name, value, { vi: 'ngày dạng YYYY-MM-DD', en: 'a YYYY-MM-DD date' });
  return parsed._unsafeUnwrap();
}

/** A period argument, or a usage error with the library's explanation. */
export function parsePeriodArg(value: string): Period {
  const parsed = parsePeriod(value);
  if (parsed.isErr()) {
    throw new CliError(
      [{ code: parsed.error.code, severity: 'error', message: messageOf(parsed.error) }],
      2,
    );
  }
  return parsed.value;
}

/** An ISO 8601 timestamp in Vietnam time (UTC+7, no daylight saving): `2026-11-05T09:30:00+07:00`. */
export function vietnamTimestamp(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/**
 * The moment a command acts on `--as-of`: now when the date is today, otherwise 17:00 in Vietnam
 * on that date (the end of a working day).
 */
export function actingTimestamp(context: Context, date: IsoDate): string {
  return date === todayInVietnam(context)
    ? vietnamTimestamp(context.host.now())
    : `${date}T17:00:00+07:00`;
}
