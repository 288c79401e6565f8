/** Reports: submit, consolidate, list, read, accept, return, completeness and timeliness. */
import {
  consolidateReports,
  DataValueSchema,
  formatPeriod,
  PeriodIdSchema,
  type ReportRecord,
  ReportSchema,
  renderGroupMessage,
  reportingStatus,
  reviewReportRecord,
  submitReport,
  TextSchema,
} from 'to-cong-nghe-so';
import { z } from 'zod';
import { canReadReport, readsWholeCommune, writerSeatOf } from '../access.js';
import { type Call, json, operation, unwrap } from '../operation.js';
import { forbidden, notFound } from '../problems.js';
import {
  GroupMessageSchema,
  ReportingStatusViewSchema,
  ReportListSchema,
  ReportRecordSchema,
} from '../schemas.js';
import type { ReportRow } from '../store/store.js';
import type { Commune } from '../teams.js';
import { actor, CommuneParams, cannotRead, communeOf, seatOf, WHAT } from './common.js';
import { periodOf, reportIdOf } from './data.js';

const shape = ReportSchema.shape;

/** What a seat sends: the report without what the server fills in (id, sender, time, holder). */
export const ReportSubmissionSchema = z
  .object({
    kind: shape.kind.default('periodic'),
    period: shape.period,
    request: shape.request,
    to: shape.to,
    values: z.array(DataValueSchema).optional(),
    activities: shape.activities,
    results: shape.results,
    obstacles: shape.obstacles,
    proposals: shape.proposals,
  })
  .strict();

/** What a deputy or the leader sends to consolidate: their own text for the period. */
export const ConsolidationSchema = z
  .object({
    period: PeriodIdSchema,
    results: z.array(TextSchema).default([]),
    obstacles: z.array(TextSchema).default([]),
    proposals: z.array(TextSchema).default([]),
  })
  .strict();

const ReportParams = z.object({ commune: TextSchema, report: TextSchema }).strict();

type StoredRecord = ReportRecord & { version: number };

/** The library's record of a row: exactly `{ report, state, history }`, as the library checks it. */
function recordOf(row: ReportRow): ReportRecord {
  const { report, state, history } = JSON.parse(row.record) as ReportRecord;
  return { report, state, history };
}

/** A row's record with its version, as the API returns it. */
function storedOf(row: ReportRow): StoredRecord {
  return { ...recordOf(row), version: row.version };
}

function rowOf(commune: string, record: ReportRecord, version: number, at: string): ReportRow {
  return {
    commune,
    id: record.report.id,
    sender: record.report.from,
    receiver: record.report.to ?? null,
    period: record.report.period ?? null,
    state: record.state,
    record: JSON.stringify({ report: record.report, state: record.state, history: record.history }),
    version,
    updatedAt: at,
  };
}

/** Submits (or resubmits) a report in one transaction; the library checks everything. */
async function submit(
  call: Call<unknown, unknown, unknown>,
  commune: Commune,
  input: Record<string, unknown> & { id: string },
) {
  return call.env.store.transaction(`report:${commune.id}:${input.id}`, async (tx) => {
    const existing = await tx.getReport(commune.id, input.id);
    const previous = existing ? [recordOf(existing)] : [];
    const book = unwrap(
      submitReport(previous, input, {
        team: commune.team,
        catalogue: call.env.rollups.catalogue,
      }),
    );
    const record = book.find((r) => r.report.id === input.id) ?? book[0];
    if (!record) throw new Error('submitReport returned no record');
    const version = (existing?.version ?? 0) + 1;
    await tx.putReport(rowOf(commune.id, record, version, call.nowText));
    return { record: { ...record, version }, created: !existing };
  });
}

async function readable(call: Call<unknown, unknown, unknown>, commune: Commune, id: string) {
  const row = await call.env.store.getReport(commune.id, id);
  if (!row) throw notFound(WHAT.report, id, ['report']);
  const record = storedOf(row);
  if (!canReadReport(call.principal, commune.team, record.report, call.today)) {
    throw cannotRead(WHAT.report, id);
  }
  return record;
}

async function review(
  call: Call<{ commune: string; report: string }, unknown, { comment?: string }>,
  action: 'accept' | 'return',
) {
  const commune = await communeOf(call, call.params.commune);
  const by = actor(call.principal);
  await readable(call, commune, call.params.report);
  const record = await call.env.store.transaction(
    `report:${commune.id}:${call.params.report}`,
    async (tx) => {
      const row = await tx.getReport(commune.id, call.params.report);
      if (!row) throw notFound(WHAT.report, call.params.report, ['report']);
      const next = unwrap(
        reviewReportRecord(
          recordOf(row),
          {
            action,
            at: call.nowText,
            by,
            ...(call.body.comment === undefined ? {} : { comment: call.body.comment }),
          },
          { team: commune.team },
        ),
      );
      await tx.putReport(rowOf(commune.id, next, row.version + 1, call.nowText));
      return { ...next, version: row.version + 1 };
    },
  );
  return json(record);
}

const RECEIVER = {
  vi: 'Nơi nhận báo cáo (Tổ phó phụ trách, Tổ trưởng, UBND) hoặc Tổ trưởng — thư viện kiểm tra.',
  en: 'The report’s receiver (the supervising deputy, the leader, the People’s Committee) or the leader — checked by the library.',
};

export const reportOperations = [
  operation({
    id: 'submitReport',
    method: 'post',
    path: '/v1/communes/{commune}/reports',
    tag: 'reports',
    summary: { vi: 'Gửi (hoặc gửi lại) báo cáo', en: 'Submit (or resubmit) a report' },
    access: {
      vi: 'Người giữ vị trí vào hôm nay. Báo cáo của trưởng thôn không kèm số liệu thì lấy số liệu đã gửi của thôn. Báo cáo đã được chấp nhận thì bị khóa.',
      en: 'The seat’s holder today. A village head’s report sent without values takes the village’s submitted values. An accepted report is locked.',
    },
    params: CommuneParams,
    body: ReportSubmissionSchema,
    responses: {
      200: { description: { vi: 'Đã gửi lại', en: 'Resubmitted' }, schema: ReportRecordSchema },
      201: { description: { vi: 'Đã gửi', en: 'Submitted' }, schema: ReportRecordSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const seat = seatOf(call.principal);
      const { body } = call;
      const key = body.kind === 'adHoc' ? body.request?.id : body.period;
      const id = reportIdOf(seat.id, key ?? '');
      let values = body.values;
      if (values === undefined && body.kind === 'periodic' && body.period !== undefined) {
        const place = commune.team.places.find(
          (p) =>
            writerSeatOf(commune.team, p.id, call.today)?.id === seat.id && p.level === 'village',
        );
        const current = place
          ? await call.env.store.currentValueSet(
              commune.id,
              formatPeriod(periodOf(body.period)),
              place.id,
            )
          : undefined;
        values = current ? JSON.parse(current.values) : [];
      }
      const { record, created } = await submit(call, commune, {
        ...body,
        id,
        from: seat.id,
        submittedAt: call.nowText,
        values: values ?? [],
      });
      return json(record, created ? 201 : 200);
    },
  }),
  operation({
    id: 'consolidateReport',
    method: 'post',
    path: '/v1/communes/{commune}/reports/consolidate',
    tag: 'reports',
    summary: {
      vi: 'Tổng hợp và gửi báo cáo từ các báo cáo đã nhận',
      en: 'Consolidate the reports received and submit the result',
    },
    access: {
      vi: 'Tổ phó (từ báo cáo của các tổ viên mình phụ trách), Tổ trưởng (từ báo cáo của các Tổ phó).',
      en: 'A deputy (from their members’ reports), the leader (from the deputies’).',
    },
    params: CommuneParams,
    body: ConsolidationSchema,
    responses: {
      200: { description: { vi: 'Đã gửi lại', en: 'Resubmitted' }, schema: ReportRecordSchema },
      201: { description: { vi: 'Đã gửi', en: 'Submitted' }, schema: ReportRecordSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const seat = seatOf(call.principal);
      if (seat.role === 'member') {
        throw forbidden(
          'Tổ viên không tổng hợp báo cáo; hãy gửi báo cáo của mình.',
          'A member does not consolidate; send your own report.',
        );
      }
      const period = periodOf(call.body.period);
      const periodId = formatPeriod(period);
      const book = (await call.env.store.listReports(commune.id, periodId)).map(recordOf);
      const input = unwrap(
        consolidateReports(book, commune.team, {
          seat: seat.id,
          period,
          submittedAt: call.nowText,
          results: call.body.results,
          obstacles: call.body.obstacles,
          proposals: call.body.proposals,
          id: reportIdOf(seat.id, periodId),
        }),
      );
      const { record, created } = await submit(call, commune, {
        ...input,
        id: reportIdOf(seat.id, periodId),
      });
      return json(record, created ? 201 : 200);
    },
  }),
  operation({
    id: 'listReports',
    method: 'get',
    path: '/v1/communes/{commune}/reports',
    tag: 'reports',
    summary: { vi: 'Các báo cáo người gọi được xem', en: 'The reports the caller may read' },
    access: {
      vi: 'Người gửi, nơi nhận và các vị trí trên người gửi; Tổ trưởng, UBND, tỉnh: tất cả.',
      en: 'The sender, the receiver and the seats above the sender; the leader, the People’s Committee, the province: all.',
    },
    params: CommuneParams,
    query: z
      .object({
        period: PeriodIdSchema.optional(),
        state: z.enum(['submitted', 'accepted', 'returned']).optional(),
      })
      .strict(),
    responses: {
      200: { description: { vi: 'Báo cáo', en: 'The reports' }, schema: ReportListSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const period =
        call.query.period === undefined ? undefined : formatPeriod(periodOf(call.query.period));
      const reports = (await call.env.store.listReports(commune.id, period))
        .map(storedOf)
        .filter(
          (r) =>
            (call.query.state === undefined || r.state === call.query.state) &&
            canReadReport(call.principal, commune.team, r.report, call.today),
        );
      return json({ commune: commune.id, reports });
    },
  }),
  operation({
    id: 'getReport',
    method: 'get',
    path: '/v1/communes/{commune}/reports/{report}',
    tag: 'reports',
    summary: { vi: 'Một báo cáo', en: 'A report' },
    access: {
      vi: 'Như danh sách báo cáo. Mã báo cáo có dạng "<vị trí>@<kỳ>", mã hóa trong đường dẫn (%2F, %40).',
      en: 'As for the list. Report ids read "<seat>@<period>", percent-encoded in the path (%2F, %40).',
    },
    params: ReportParams,
    responses: {
      200: { description: { vi: 'Báo cáo', en: 'The report' }, schema: ReportRecordSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      return json(await readable(call, commune, call.params.report));
    },
  }),
  operation({
    id: 'acceptReport',
    method: 'post',
    path: '/v1/communes/{commune}/reports/{report}/accept',
    tag: 'reports',
    summary: { vi: 'Chấp nhận báo cáo (khóa lại)', en: 'Accept a report (locks it)' },
    access: RECEIVER,
    params: ReportParams,
    body: z.object({}).strict().optional(),
    responses: {
      200: { description: { vi: 'Đã chấp nhận', en: 'Accepted' }, schema: ReportRecordSchema },
    },
    handle: (call) => review({ ...call, body: {} }, 'accept'),
  }),
  operation({
    id: 'returnReport',
    method: 'post',
    path: '/v1/communes/{commune}/reports/{report}/return',
    tag: 'reports',
    summary: { vi: 'Trả lại báo cáo kèm lý do', en: 'Return a report with a comment' },
    access: RECEIVER,
    params: ReportParams,
    body: z.object({ comment: TextSchema }).strict(),
    responses: {
      200: { description: { vi: 'Đã trả lại', en: 'Returned' }, schema: ReportRecordSchema },
    },
    handle: (call) => review(call, 'return'),
  }),
  operation({
    id: 'getGroupMessage',
    method: 'get',
    path: '/v1/communes/{commune}/reports/{report}/message',
    tag: 'reports',
    summary: {
      vi: 'Báo cáo dưới dạng tin nhắn nhóm Zalo, Facebook, Mocha',
      en: 'A report as a Zalo, Facebook or Mocha group message',
    },
    access: { vi: 'Như đọc báo cáo.', en: 'As for reading the report.' },
    params: ReportParams,
    query: z.object({ platform: z.enum(['zalo', 'facebook', 'mocha']).optional() }).strict(),
    responses: {
      200: {
        description: { vi: 'Các phần tin nhắn', en: 'The message parts' },
        schema: GroupMessageSchema,
      },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const record = await readable(call, commune, call.params.report);
      const platform = call.query.platform ?? 'zalo';
      const parts = renderGroupMessage(commune.team, record.report, {
        platform,
        catalogue: call.env.rollups.catalogue,
        targets: call.env.rollups.targets,
      });
      return json({ report: record.report.id, platform, parts });
    },
  }),
  operation({
    id: 'getReportingStatus',
    method: 'get',
    path: '/v1/communes/{commune}/reporting-status',
    tag: 'reports',
    summary: {
      vi: 'Tỷ lệ đầy đủ và đúng hạn của báo cáo một kỳ',
      en: 'Completeness and timeliness of a period’s reports',
    },
    access: {
      vi: 'Tổ trưởng, UBND, tỉnh: mọi cấp; Tổ phó: các báo cáo gửi mình.',
      en: 'The leader, the People’s Committee, the province: any level; a deputy: the reports sent to them.',
    },
    params: CommuneParams,
    query: z
      .object({
        period: PeriodIdSchema,
        role: z.enum(['leader', 'deputy', 'member']).optional(),
        to: TextSchema.optional(),
      })
      .strict(),
    responses: {
      200: { description: { vi: 'Số liệu', en: 'The figures' }, schema: ReportingStatusViewSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const period = periodOf(call.query.period);
      let to = call.query.to;
      if (!readsWholeCommune(call.principal)) {
        const seat = seatOf(call.principal);
        if (seat.role !== 'deputy' || (to !== undefined && to !== seat.id)) {
          throw cannotRead(
            { vi: 'tình hình báo cáo', en: 'the reporting status of' },
            to ?? commune.id,
          );
        }
        to = seat.id;
      }
      const book = (await call.env.store.listReports(commune.id, formatPeriod(period))).map(
        recordOf,
      );
      return json(
        reportingStatus(book, commune.team, {
          period,
          ...(to === undefined ? {} : { to }),
          ...(call.query.role === undefined ? {} : { role: call.query.role }),
        }),
      );
    },
  }),
];
