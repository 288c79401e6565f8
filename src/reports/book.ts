// The book of reports: the records a commune keeps, and the index that finds a report by its
// sender and period (or request), or by id, in O(1). A book is a value: every submission or review
// gives a new array. The index of a book is carried over to the book derived from it, so that
// adding one report to a book of n costs a copy of the array and O(1) lookups, not a scan.
import * as z from 'zod';
import { checkDocument } from '../_internal/arguments.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { TextSchema } from '../text/label.js';
import { type ApprovalState, ApprovalStateSchema } from './approval.js';
import { keyOfParts } from './key.js';
import { type Report, ReportSchema, TimestampSchema } from './report-schema.js';

/**
 * An entry of a report's history.
 *
 * @category Reports
 */
export interface ReportHistoryEntry {
  /** What happened. */
  readonly action: 'submit' | 'resubmit' | 'accept' | 'return';
  /** When (ISO 8601 with an offset). */
  readonly at: string;
  /** The seat or body that did it. */
  readonly by: string;
  /** The receiver's comment (required to return a report). */
  readonly comment?: string;
  /** For a resubmission, the version it replaced. */
  readonly replaced?: Report;
}

/**
 * A report as it stands: its current version, approval state and history.
 *
 * @category Reports
 */
export interface ReportRecord {
  /** The current version. */
  readonly report: Report;
  /** Its approval state. */
  readonly state: ApprovalState;
  /** What happened to it, oldest first; the first entry is the first submission. */
  readonly history: readonly ReportHistoryEntry[];
}

const HistoryEntrySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      action: z.enum(['submit', 'resubmit', 'accept', 'return']),
      at: TimestampSchema,
      by: TextSchema,
      comment: TextSchema.optional(),
      replaced: ReportSchema.optional(),
    })
    .strict(),
);

const RecordSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      report: ReportSchema,
      state: ApprovalStateSchema,
      history: z.array(HistoryEntrySchema),
    })
    .strict(),
);

const BookSchema = /* @__PURE__ */ lazySchema(() => z.array(RecordSchema));

/** Books this module made (or checked), with their length then: they need no check. */
const trusted = new WeakMap<readonly ReportRecord[], number>();

/**
 * @internal Checks a book argument: one the library returned is trusted as it is; any other is
 * checked against the schema once.
 *
 * @throws {@link InvalidArgumentError} when it is not a list of report records.
 */
export function checkBook(book: unknown, argument = 'book'): readonly ReportRecord[] {
  if (Array.isArray(book) && trusted.get(book) === book.length) return book;
  const checked = checkDocument(BookSchema, book, argument, {
    vi: 'một sổ báo cáo (danh sách bản ghi báo cáo, như `submitReport` trả về)',
    en: 'a book of reports (a list of report records, as `submitReport` returns)',
  }) as ReportRecord[];
  // The checked copy is the library's: frozen, so that no result that holds its records can
  // change it.
  for (const record of checked) trustedRecords.add(deepFreeze(record));
  trusted.set(checked, checked.length);
  return checked;
}

/** Records this module made (or checked): they need no check. */
const trustedRecords = new WeakSet<object>();

/**
 * @internal Checks a record argument: one the library returned is trusted as it is; any other is
 * checked against the schema once, and frozen.
 *
 * @throws {@link InvalidArgumentError} when it is not a report record.
 */
export function checkRecord(record: unknown, argument = 'record'): ReportRecord {
  if (typeof record === 'object' && record !== null && trustedRecords.has(record)) {
    return record as ReportRecord;
  }
  const checked = checkDocument(RecordSchema, record, argument, {
    vi: 'một bản ghi báo cáo `{ report, state, history }`, như `submitReportRecord` trả về',
    en: 'a report record `{ report, state, history }`, as `submitReportRecord` returns',
  }) as ReportRecord;
  deepFreeze(checked);
  trustedRecords.add(checked);
  return checked;
}

/** @internal The key of a parsed report ({@link reportKey}). */
export function keyOfReport(report: Report): string {
  return keyOfParts(report.from, report.kind, report.period, report.request?.id);
}

/** The positions of the keys and ids of the newest book of a lineage. */
interface Lineage {
  readonly keys: Map<string, number>;
  readonly ids: Map<string, number>;
  /** The book the maps describe exactly. */
  tip: readonly ReportRecord[];
}

const lineages = new WeakMap<readonly ReportRecord[], Lineage>();

/** The index of a book: its lineage's when it is the newest book of it, or a fresh one. */
function lineageOf(book: readonly ReportRecord[]): Lineage {
  const known = lineages.get(book);
  if (known !== undefined && known.tip === book) return known;
  const keys = new Map<string, number>();
  const ids = new Map<string, number>();
  book.forEach((record, i) => {
    const key = keyOfReport(record.report);
    if (!keys.has(key)) keys.set(key, i);
    if (!ids.has(record.report.id)) ids.set(record.report.id, i);
  });
  const fresh: Lineage = { keys, ids, tip: book };
  lineages.set(book, fresh);
  return fresh;
}

/** @internal The position of the report with a key (sender, kind, period, request), if any. */
export function positionOfKey(book: readonly ReportRecord[], key: string): number | undefined {
  return lineageOf(book).keys.get(key);
}

/** @internal The position of the report with an id (its current version), if any. */
export function positionOfId(book: readonly ReportRecord[], id: string): number | undefined {
  return lineageOf(book).ids.get(id);
}

/**
 * @internal A new book: the record added at the end, or put in place of the one at `position`.
 * The record is frozen; the new book inherits the old one's index.
 */
export function withRecord(
  book: readonly ReportRecord[],
  record: ReportRecord,
  position?: number,
): ReportRecord[] {
  const lineage = lineageOf(book);
  const next = book.slice();
  const frozen = deepFreeze(record);
  trustedRecords.add(frozen);
  if (position === undefined) {
    lineage.keys.set(keyOfReport(record.report), next.length);
    if (!lineage.ids.has(record.report.id)) lineage.ids.set(record.report.id, next.length);
    next.push(frozen);
  } else {
    const before = next[position]?.report.id;
    if (
      before !== undefined &&
      before !== record.report.id &&
      lineage.ids.get(before) === position
    ) {
      lineage.ids.delete(before);
    }
    if (!lineage.ids.has(record.report.id)) lineage.ids.set(record.report.id, position);
    next[position] = frozen;
  }
  lineage.tip = next;
  lineages.set(next, lineage);
  trusted.set(next, next.length);
  return next;
}
