// The steps of a submission, each a small named check over a report read leniently (the fields
// that parsed), so that every problem is found in one pass: who sends it, to whom, for which
// period, with which values, and where it goes in the book.
import * as z from 'zod';
import { type IsoDate, isSupportedDate } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { byId } from '../_internal/lookup.js';
import { fieldsOf, itemsOf, leniently } from '../_internal/read.js';
import { holderIdOn, seatOf } from '../_internal/team-view.js';
import { IsoDateSchema } from '../calendar/date.js';
import { type Period, PeriodIdSchema, parsePeriod, periodRange } from '../calendar/period.js';
import type { Catalogue } from '../indicators/definition.js';
import { type DataValue, DataValueSchema, parseDataValues } from '../indicators/value.js';
import {
  beforeRequest,
  duplicateReport,
  noReceiver,
  notHolder,
  periodNotOpen,
  unknownReceiver,
  valueOutsidePeriod,
} from '../problems/catalogue/reports.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import type { Team } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { periodRef, seatRef } from '../work/words.js';
import { approvalTransition } from './approval.js';
import { positionOfId, positionOfKey, type ReportRecord, withRecord } from './book.js';
import { keyOfParts } from './key.js';
import { dateOf, type Report, TimestampSchema } from './report-schema.js';
import { type CheckedSchedule, receiverOf, ruleOf } from './schedule.js';

/** The checked book and options a submission is checked against. */
export interface Context extends CheckedSchedule {
  readonly book: readonly ReportRecord[];
  readonly team: Team;
  readonly catalogue: Catalogue;
}

/** A report as written, read leniently: the fields that parsed; a parsed report is one too. */
export interface ReportRefs {
  readonly id?: string | undefined;
  readonly kind?: Report['kind'] | undefined;
  readonly period?: string | undefined;
  readonly request?:
    | { readonly id?: string | undefined; readonly requestedOn?: string | undefined }
    | undefined;
  readonly from?: string | undefined;
  readonly holder?: string | undefined;
  readonly to?: string | undefined;
  readonly submittedAt?: string | undefined;
  readonly values?: readonly unknown[];
}

/** What the steps find out about a submission besides its problems. */
export interface Facts {
  readonly on?: IsoDate | undefined;
  readonly period?: Period | undefined;
  readonly holder?: string | undefined;
  readonly to?: string | undefined;
  readonly position?: number | undefined;
}

/** The problems one step finds, and what it learns. */
export interface Step {
  readonly problems: readonly Problem[];
  readonly facts?: Facts;
}

const KIND = /* @__PURE__ */ lazySchema(() => z.enum(['periodic', 'adHoc']));

export function lenientReport(cleaned: unknown): ReportRefs {
  const fields = fieldsOf(cleaned);
  const text = (value: unknown) => leniently(TextSchema, value);
  return {
    id: text(fields.id),
    kind: leniently(KIND, fields.kind),
    period: leniently(PeriodIdSchema, fields.period),
    request:
      fields.request === undefined
        ? undefined
        : {
            id: text(fieldsOf(fields.request).id),
            requestedOn: leniently(IsoDateSchema, fieldsOf(fields.request).requestedOn),
          },
    from: text(fields.from),
    holder: text(fields.holder),
    to: text(fields.to),
    submittedAt: leniently(TimestampSchema, fields.submittedAt),
    values: itemsOf(fields.values),
  };
}

/** The day of the submission in Vietnam and the period reported on, when they are known. */
export function timing(report: ReportRefs): Facts {
  const on = report.submittedAt === undefined ? undefined : dateOf(report.submittedAt);
  const period =
    report.period === undefined ? undefined : parsePeriod(report.period).unwrapOr(undefined);
  return { on: on !== undefined && isSupportedDate(on) ? on : undefined, period };
}

/** The sender is a seat of the team, held on the day by the person named (filled in if absent). */
export function senderStep(context: Context, report: ReportRefs, on: IsoDate | undefined): Step {
  if (report.from === undefined) return { problems: [] };
  const seat = seatOf(context.team, report.from);
  if (seat === undefined) {
    return { problems: [raise(unknownSeat, ['from'], { seatId: report.from })] };
  }
  if (on === undefined) return { problems: [] };
  const holder = holderIdOn(context.team, seat, on);
  const ref = seatRef(context.team, seat.id, on);
  if (holder === undefined) {
    return {
      problems: [
        raise(notHolder, [report.holder === undefined ? 'from' : 'holder'], { seat: ref, on }),
      ],
    };
  }
  if (report.holder !== undefined && report.holder !== holder) {
    const name = byId(context.team.people).get(holder)?.name ?? '';
    const person = { id: holder, label: { vi: name, en: name } };
    return {
      problems: [
        raise(notHolder, ['holder'], { seat: ref, on, holder: person, claimed: report.holder }),
      ],
    };
  }
  return { problems: [], facts: { holder } };
}

/** The receiver exists: the one written, or by default the sender's in the chain that day. */
export function receiverStep(context: Context, report: ReportRefs, facts: Facts): Step {
  const { team } = context;
  if (report.to !== undefined) {
    const known = byId(team.seats).has(report.to) || byId(team.bodies).has(report.to);
    if (!known) return { problems: [raise(unknownReceiver, ['to'], { receiverId: report.to })] };
    return { problems: [], facts: { to: report.to } };
  }
  const seat = report.from === undefined ? undefined : seatOf(team, report.from);
  if (seat === undefined || facts.on === undefined) return { problems: [] };
  const { period } = facts;
  const rule =
    period && period.kind !== 'week' ? ruleOf(context.schedule, seat, period.kind) : undefined;
  const to = receiverOf(team, seat, rule, facts.on);
  if (to === undefined) {
    return {
      problems: [
        raise(noReceiver, ['to'], { seat: seatRef(team, seat.id, facts.on), on: facts.on }),
      ],
    };
  }
  return { problems: [], facts: { to } };
}

/** The period has begun by the day of the submission. */
export function periodStep(report: ReportRefs, facts: Facts): Step {
  const { period, on } = facts;
  if (period === undefined || on === undefined || report.period === undefined)
    return { problems: [] };
  const { start } = periodRange(period);
  if (on >= start) return { problems: [] };
  return {
    problems: [
      raise(periodNotOpen, ['submittedAt'], {
        period: periodRef(report.period, period),
        start,
        on,
      }),
    ],
  };
}

/** An answer to an ad-hoc request is not sent before the request was made. */
export function requestStep(report: ReportRefs, facts: Facts): Step {
  const requestedOn = report.request?.requestedOn;
  const { on } = facts;
  if (report.kind !== 'adHoc' || requestedOn === undefined || on === undefined) {
    return { problems: [] };
  }
  if (on >= requestedOn) return { problems: [] };
  return {
    problems: [
      raise(beforeRequest, ['submittedAt'], {
        requestId: report.request?.id ?? '',
        requestedOn,
        on,
      }),
    ],
  };
}

/**
 * The values that parse alone are valid against the catalogue and places, and of the period.
 * The values of a report that parsed are data values already (`read`), read as they are.
 */
export function valuesStep(context: Context, report: ReportRefs, facts: Facts, read = false): Step {
  const parsed: { index: number; value: z.output<typeof DataValueSchema> }[] = [];
  (report.values ?? []).forEach((item, index) => {
    const value = read ? (item as DataValue) : leniently(DataValueSchema, item);
    if (value !== undefined) parsed.push({ index, value });
  });
  const problems: Problem[] = [];
  // Only the places the values name: the check then costs O(values), not O(places of the team).
  const known = byId(context.team.places);
  const places = [...new Set(parsed.map((p) => p.value.place))].flatMap((id) => {
    const place = known.get(id);
    return place === undefined ? [] : [place];
  });
  const checked = parseDataValues(
    parsed.map((p) => p.value),
    { catalogue: context.catalogue, places },
  );
  if (checked.isErr()) {
    for (const problem of checked.error) {
      const [j, ...rest] = problem.path;
      const index = parsed[Number(j)]?.index ?? 0;
      problems.push({ ...problem, path: ['values', index, ...rest] } as Problem);
    }
  }
  if (report.period !== undefined && facts.period !== undefined) {
    const reportPeriod = periodRef(report.period, facts.period);
    for (const { index, value } of parsed) {
      if (value.period === report.period) continue;
      const own = parsePeriod(value.period).unwrapOr(undefined);
      const valuePeriod =
        own === undefined
          ? { id: value.period, label: { vi: '', en: '' } }
          : periodRef(value.period, own);
      problems.push(
        raise(valueOutsidePeriod, ['values', index, 'period'], {
          valuePeriod,
          period: reportPeriod,
        }),
      );
    }
  }
  return { problems };
}

/** A report's key, when its sender and kind are known. */
function keyOf(report: ReportRefs): string | undefined {
  if (report.from === undefined || report.kind === undefined) return undefined;
  return keyOfParts(report.from, report.kind, report.period, report.request?.id);
}

/** A resubmission replaces a version not yet accepted; the id is no other report's. */
export function bookStep(context: Context, report: ReportRefs): Step {
  const { book } = context;
  const key = keyOf(report);
  const position = key === undefined ? undefined : positionOfKey(book, key);
  const problems: Problem[] = [];
  const previous = position === undefined ? undefined : book[position];
  if (previous !== undefined) {
    const next = approvalTransition(previous.state, 'resubmit', previous.report.id);
    if (next.isErr()) problems.push(next.error);
  }
  if (report.id !== undefined) {
    const owner = positionOfId(book, report.id);
    if (owner !== undefined && owner !== position) {
      problems.push(raise(duplicateReport, ['id'], { reportId: report.id }));
    }
  }
  return { problems, facts: { position } };
}

/** The new book: the report recorded as submitted, replacing its earlier version if any. */
export function recordStep(context: Context, report: Report, facts: Facts): ReportRecord[] {
  const final: Report = {
    ...report,
    ...(facts.holder === undefined ? {} : { holder: facts.holder }),
    ...(facts.to === undefined ? {} : { to: facts.to }),
  };
  const previous = facts.position === undefined ? undefined : context.book[facts.position];
  if (previous === undefined) {
    return withRecord(context.book, {
      report: final,
      state: 'submitted',
      history: [{ action: 'submit', at: report.submittedAt, by: report.from }],
    });
  }
  return withRecord(
    context.book,
    {
      report: final,
      state: 'submitted',
      history: [
        ...previous.history,
        { action: 'resubmit', at: report.submittedAt, by: report.from, replaced: previous.report },
      ],
    },
    facts.position,
  );
}
