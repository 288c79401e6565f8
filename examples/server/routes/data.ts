/** Data values: a village's figures for a period, their history, and roll-ups. */
import { createHash } from 'node:crypto';
import {
  communeOf as communePlaceOf,
  type DataValue,
  DataValueSchema,
  formatPeriod,
  nextApprovalState,
  type Period,
  PeriodIdSchema,
  parseDataValues,
  parsePeriod,
  periodRange,
  TextSchema,
} from 'to-cong-nghe-so';
import { z } from 'zod';
import { canReadPlace, canWritePlace } from '../access.js';
import { type Call, json, operation, unwrap } from '../operation.js';
import { ApiFailure, forbidden, notFound, problem } from '../problems.js';
import { monthsOf, toDataValue } from '../rollups.js';
import { RollupSchema, ValueSetSchema, ValuesSchema } from '../schemas.js';
import type { ValueSetRow } from '../store/store.js';
import type { Commune } from '../teams.js';
import { CommuneParams, cannotRead, communeOf, seatOf, WHAT } from './common.js';

const DataParams = z
  .object({ commune: TextSchema, period: PeriodIdSchema, place: TextSchema })
  .strict();

/** One value as sent: the indicator and its quantities (the path gives place and period). */
export const SubmittedValueSchema = DataValueSchema.pick({
  indicator: true,
  numerator: true,
  denominator: true,
});

/** The body of a submission. */
export const SubmissionSchema = z
  .object({ values: z.array(SubmittedValueSchema).max(500) })
  .strict();

/** The period of a path, parsed (its id was already checked by the schema). */
export function periodOf(id: string): Period {
  return unwrap(parsePeriod(id));
}

function placeIn(commune: Commune, id: string) {
  const place = commune.team.places.find((p) => p.id === id);
  if (!place || (place.level !== 'village' && place.level !== 'commune')) {
    throw notFound(WHAT.place, id, ['place']);
  }
  return place;
}

/** The id of a report of a seat for a period: the key the library keeps one record per. */
export function reportIdOf(seatId: string, periodOrRequest: string): string {
  return `${seatId}@${periodOrRequest}`;
}

function versionOf(row: ValueSetRow, values?: readonly DataValue[]) {
  return {
    version: row.version,
    values: values ?? (JSON.parse(row.values) as DataValue[]),
    by: { seat: row.bySeat, person: row.byPerson },
    at: row.at,
  };
}

function contentHash(values: readonly DataValue[]): string {
  const canonical = values
    .map((v) => [v.indicator, v.numerator, v.denominator ?? null] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function etag(version: number): string {
  return `"${version}"`;
}

export const dataOperations = [
  operation({
    id: 'putData',
    method: 'put',
    path: '/v1/communes/{commune}/data/{period}/{place}',
    tag: 'data',
    summary: {
      vi: 'Gửi số liệu của một thôn (hoặc của xã) cho một kỳ',
      en: 'Send the values of a village (or of the commune) for a period',
    },
    access: {
      vi: 'Trưởng thôn của thôn đó; Tổ trưởng cho các chỉ số cấp xã. Lần gửi sau thay lần trước (lịch sử được giữ); gửi lại y hệt không tạo phiên bản mới; If-Match với ETag để tránh ghi đè; bị khóa khi báo cáo kỳ đó đã được chấp nhận.',
      en: 'The head of that village; the leader for commune-level indicators. A later submission replaces the earlier (history kept); an identical one makes no new version; send If-Match with the ETag to avoid overwriting; locked once the period’s report is accepted.',
    },
    params: DataParams,
    body: SubmissionSchema,
    responses: {
      200: {
        description: {
          vi: 'Đã lưu (phiên bản mới hoặc không đổi)',
          en: 'Saved (a new version, or unchanged)',
        },
        schema: ValueSetSchema,
      },
      201: {
        description: { vi: 'Đã lưu phiên bản đầu', en: 'First version saved' },
        schema: ValueSetSchema,
      },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const { team } = commune;
      const seat = seatOf(call.principal);
      const place = placeIn(commune, call.params.place);
      const period = periodOf(call.params.period);
      const periodId = formatPeriod(period);
      if (!canWritePlace(call.principal, team, place.id, call.today)) {
        throw forbidden(
          `Vị trí "${seat.id}" không nhập số liệu cho "${place.id}".`,
          `Seat "${seat.id}" does not enter the values of "${place.id}".`,
        );
      }
      const values = unwrap(
        parseDataValues(
          call.body.values.map((v) => ({
            ...v,
            place: place.id,
            period: periodId,
            reportedBy: seat.id,
            reportedAt: call.nowText,
          })),
          { catalogue: call.env.rollups.catalogue, places: team.places },
        ).mapErr((problems) => problems.map((p) => ({ ...p, path: ['values', ...p.path] }))),
      );
      const hash = contentHash(values);
      const ifMatch = call.header('if-match');
      const reportId = reportIdOf(seat.id, periodId);
      const month = monthsOf(period).to;
      const outcome = await call.env.store.transaction(
        `report:${commune.id}:${reportId}`,
        async (tx) => {
          const [current, report] = await Promise.all([
            tx.currentValueSet(commune.id, periodId, place.id),
            tx.getReport(commune.id, reportId),
          ]);
          if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== etag(current?.version ?? 0)) {
            throw new ApiFailure(
              problem(
                'version_mismatch',
                `Số liệu đã đổi (phiên bản hiện tại ${current?.version ?? 0}); tải lại rồi gửi.`,
                `The values changed (current version ${current?.version ?? 0}); reload, then send.`,
              ),
            );
          }
          if (report) unwrap(nextApprovalState(report.state as 'submitted', 'resubmit'));
          if (current && current.contentHash === hash) {
            return { row: current, values: undefined, unchanged: true };
          }
          const row: ValueSetRow = {
            commune: commune.id,
            period: periodId,
            place: place.id,
            version: (current?.version ?? 0) + 1,
            contentHash: hash,
            values: JSON.stringify(values),
            bySeat: seat.id,
            byPerson: call.principal.kind === 'seat' ? call.principal.person.id : null,
            at: call.nowText,
          };
          await Promise.all([
            tx.writeValueSet(
              row,
              values.map((v) => ({
                indicator: v.indicator,
                place: v.place,
                period: v.period,
                numerator: v.numerator,
                denominator: v.denominator ?? null,
                reportedBy: v.reportedBy ?? null,
                reportedAt: v.reportedAt ?? null,
              })),
              month,
            ),
            tx.bumpDataVersion(commune.id, place.id),
          ]);
          return { row, values, unchanged: false };
        },
      );
      if (!outcome.unchanged) call.env.rollups.schedule(commune, period);
      return json(
        {
          commune: commune.id,
          period: periodId,
          place: place.id,
          current: versionOf(outcome.row, outcome.values),
          unchanged: outcome.unchanged,
        },
        outcome.row.version === 1 && !outcome.unchanged ? 201 : 200,
        { etag: etag(outcome.row.version) },
      );
    },
  }),
  operation({
    id: 'getData',
    method: 'get',
    path: '/v1/communes/{commune}/data/{period}/{place}',
    tag: 'data',
    summary: {
      vi: 'Số liệu của một thôn cho một kỳ, và các phiên bản trước',
      en: 'The values of a village for a period, and the earlier versions',
    },
    access: {
      vi: 'Người nhập số liệu đó và các vị trí trên họ trong chuỗi báo cáo; UBND; tỉnh.',
      en: 'Whoever enters those values and the seats above them in the chain; the People’s Committee; the province.',
    },
    params: DataParams,
    query: z.object({ history: z.enum(['true', 'false']).optional() }).strict(),
    responses: {
      200: { description: { vi: 'Số liệu', en: 'The values' }, schema: ValueSetSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const place = placeIn(commune, call.params.place);
      const periodId = formatPeriod(periodOf(call.params.period));
      if (!canReadPlace(call.principal, commune.team, place.id, call.today)) {
        throw cannotRead(WHAT.place, place.id);
      }
      const history = await call.env.store.valueSetHistory(commune.id, periodId, place.id);
      const current = history.at(-1);
      if (!current) {
        throw new ApiFailure(
          problem(
            'not_found',
            `Chưa có số liệu của "${place.id}" kỳ ${periodId}.`,
            `No values of "${place.id}" for ${periodId} yet.`,
            ['period'],
          ),
        );
      }
      return json(
        {
          commune: commune.id,
          period: periodId,
          place: place.id,
          current: versionOf(current),
          unchanged: true,
          ...(call.query.history === 'true'
            ? { history: history.map((row) => versionOf(row)) }
            : {}),
        },
        200,
        { etag: etag(current.version) },
      );
    },
  }),
  operation({
    id: 'listValues',
    method: 'get',
    path: '/v1/communes/{commune}/values',
    tag: 'data',
    summary: {
      vi: 'Số liệu hiện hành của các thôn người gọi được xem, trong một kỳ',
      en: 'The current values of the places the caller may read, within a period',
    },
    access: {
      vi: 'Mọi mã của xã; mỗi người chỉ thấy các thôn mình được xem.',
      en: 'Any token of the commune; each sees only the places it may read.',
    },
    params: CommuneParams,
    query: z.object({ period: PeriodIdSchema }).strict(),
    responses: {
      200: { description: { vi: 'Số liệu', en: 'The values' }, schema: ValuesSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const period = periodOf(call.query.period);
      const { from, to } = monthsOf(period);
      const readable = new Map<string, boolean>();
      const values = (await call.env.store.valuesBetween(commune.id, from, to))
        .filter((v) => {
          let ok = readable.get(v.place);
          if (ok === undefined) {
            ok = canReadPlace(call.principal, commune.team, v.place, call.today);
            readable.set(v.place, ok);
          }
          return ok;
        })
        .map(toDataValue);
      return json({ commune: commune.id, period: formatPeriod(period), values });
    },
  }),
  operation({
    id: 'getRollup',
    method: 'get',
    path: '/v1/communes/{commune}/rollup',
    tag: 'data',
    summary: {
      vi: 'Tổng hợp chỉ số của một địa bàn cho một kỳ, với chỉ tiêu và tình trạng',
      en: 'The indicators of a place rolled up to a period, with targets and status',
    },
    access: {
      vi: 'Cả xã: Tổ trưởng, UBND, tỉnh. Một thôn: ai được xem số liệu thôn đó.',
      en: 'The whole commune: the leader, the People’s Committee, the province. A village: whoever may read its values.',
    },
    params: CommuneParams,
    query: z.object({ period: PeriodIdSchema, place: TextSchema.optional() }).strict(),
    responses: {
      200: { description: { vi: 'Kết quả', en: 'The results' }, schema: RollupSchema },
    },
    handle: async (
      call: Call<{ commune: string }, { period: string; place?: string | undefined }, undefined>,
    ) => {
      const commune = await communeOf(call, call.params.commune);
      const { team } = commune;
      const period = periodOf(call.query.period);
      if (period.kind === 'week') {
        throw new ApiFailure(
          problem(
            'invalid_value',
            'Không tổng hợp theo tuần; chọn tháng, quý, nửa năm hoặc năm.',
            'Roll-ups are not made for weeks; choose a month, quarter, half or year.',
            ['period'],
          ),
        );
      }
      const placeId = call.query.place ?? communePlaceOf(team, periodRange(period).end)?.id;
      const place = team.places.find((p) => p.id === placeId);
      if (!place || placeId === undefined) throw notFound(WHAT.place, placeId ?? '', ['place']);
      const allowed =
        place.level === 'village'
          ? canReadPlace(call.principal, team, place.id, call.today)
          : call.principal.kind !== 'seat' || call.principal.seat.role === 'leader';
      if (!allowed) throw cannotRead(WHAT.place, place.id);
      const results = (await call.env.rollups.commune(commune, period, [place.level])).filter(
        (r) => r.place === place.id,
      );
      return json({ commune: commune.id, period: formatPeriod(period), place: place.id, results });
    },
  }),
];
