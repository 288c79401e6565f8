// What identifies a report across its versions: its sender and its period (a periodic report) or
// the request it answers (an ad-hoc report). The key is public and stable, so that a store that
// keeps one row per report can use it as the row's key.
import * as z from 'zod';
import { checkDocument } from '../_internal/arguments.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { PeriodIdSchema } from '../calendar/period.js';
import { TextSchema } from '../text/label.js';

/**
 * What {@link reportKey} reads from a report: its sender, kind, and period or request.
 *
 * @category Reports
 */
export interface ReportKeyParts {
  /** The sending seat. */
  readonly from: string;
  /** Periodic or ad hoc. */
  readonly kind: 'periodic' | 'adHoc';
  /** The period, for a periodic report. */
  readonly period?: string | undefined;
  /** The request, for an ad-hoc report. */
  readonly request?:
    | {
        /** The request's id. */
        readonly id: string;
      }
    | undefined;
}

const KeyPartsSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([
    z.object({ from: TextSchema, kind: z.literal('periodic'), period: PeriodIdSchema }).loose(),
    z
      .object({
        from: TextSchema,
        kind: z.literal('adHoc'),
        request: z.object({ id: TextSchema }).loose(),
      })
      .loose(),
  ]),
);

/** `%` and `@` written as `%25` and `%40`, so that `@` parts the key unambiguously. */
function part(text: string): string {
  return text.replace(/[%@]/gu, (c) => (c === '%' ? '%25' : '%40'));
}

/** @internal The key of a report whose parts are known to be present (unchecked). */
export function keyOfParts(
  from: string,
  kind: 'periodic' | 'adHoc',
  period: string | undefined,
  requestId: string | undefined,
): string {
  return kind === 'periodic'
    ? `${part(from)}@${period ?? ''}`
    : `${part(from)}@request:${part(requestId ?? '')}`;
}

/**
 * The key of a report: what stays the same across its versions (a resubmission replaces the
 * version with the same key). A periodic report is keyed by its sender and period
 * (`village-heads/bon-bu-sir@2025-01`), an ad-hoc report by its sender and the request it
 * answers (`leader/1@request:vneid-2026-03`); `%` and `@` inside the sender or request id are
 * written `%25` and `%40`, so two different reports never share a key. Text is compared in NFC.
 * The format is stable: a store may keep one row per key.
 *
 * @param report - The report, or just its `from`, `kind`, and `period` or `request`.
 * @returns The key.
 * @throws {@link InvalidArgumentError} when `from` is not text, a periodic report has no valid
 *   period or an ad-hoc report no request id.
 * @example
 * ```ts
 * import { reportKey } from 'to-cong-nghe-so';
 *
 * reportKey({ from: 'village-heads/bon-bu-sir', kind: 'periodic', period: '2025-01' }); // 'village-heads/bon-bu-sir@2025-01'
 * reportKey({ from: 'leader/1', kind: 'adHoc', request: { id: 'vneid@2026' } }); // 'leader/1@request:vneid%402026'
 * ```
 * @category Reports
 */
export function reportKey(report: ReportKeyParts): string {
  const checked = checkDocument(KeyPartsSchema, report, 'report', {
    vi: 'một báo cáo có người gửi (`from`) và kỳ báo cáo (định kỳ) hoặc yêu cầu (đột xuất)',
    en: 'a report with a sender (`from`) and a period (periodic) or a request (ad hoc)',
  });
  return checked.kind === 'periodic'
    ? keyOfParts(checked.from, 'periodic', checked.period, undefined)
    : keyOfParts(checked.from, 'adHoc', undefined, checked.request.id);
}
