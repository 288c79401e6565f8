/** @jsxImportSource hono/jsx */
/**
 * The review page: the reports a seat (or the People's Committee) receives for a month — a
 * deputy's members, the leader's deputies, the Committee's leader — who sent, who is late, each
 * report with its figures and notes, accepted or returned with a comment; and, for a deputy or
 * the leader, their own consolidated report to send up.
 */
import type { Catalogue, DataValue, ReportingStatus } from 'to-cong-nghe-so';
import { actorOf } from '../access.js';
import { ApiFailure, statusOf } from '../problems.js';
import { reportIdOf } from '../routes/data.js';
import { call, ownCommune, type PageContext } from './context.js';
import type { ReportRecordView } from './entry.js';
import { ErrorPage, forbiddenPage } from './errors.js';
import { Badge, MonthPicker, Notice, num, Page, say, t, timeText, type View } from './layout.js';
import {
  chosenMonth,
  dateText,
  expectedFor,
  holderName,
  type Period,
  periodText,
  placeText,
  seatShort,
  type Team,
  unitOf,
} from './library.js';

/** A value as a line of a report: the indicator's name and its value. */
export function ValueRows({
  view,
  catalogue,
  team,
  values,
  showPlace,
}: {
  view: View;
  catalogue: Catalogue;
  team: Team;
  values: readonly DataValue[];
  showPlace?: boolean;
}) {
  return (
    <div class="scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t(view, 'Chỉ số', 'Indicator')}</th>
            {showPlace && <th scope="col">{t(view, 'Địa bàn', 'Place')}</th>}
            <th scope="col" class="num">
              {t(view, 'Số liệu', 'Value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => {
            const indicator = catalogue.find((i) => i.code === v.indicator);
            const unit = indicator ? unitOf(indicator) : { ratio: false, suffix: '' };
            const share =
              unit.ratio && v.denominator
                ? ` (${num(view, (v.numerator / v.denominator) * 100)}%)`
                : '';
            return (
              <tr>
                <td>{indicator ? say(view, indicator.name) : v.indicator}</td>
                {showPlace && <td>{say(view, placeText(team, v.place))}</td>}
                <td class="num">
                  {v.denominator === undefined
                    ? num(view, v.numerator, 2)
                    : `${num(view, v.numerator, 2)} / ${num(view, v.denominator, 2)}${share}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The badge of a report's state. */
export function StateBadge({ view, record }: { view: View; record: ReportRecordView | undefined }) {
  if (!record) return <Badge tone="none">{t(view, 'Chưa gửi', 'Not sent')}</Badge>;
  if (record.state === 'accepted')
    return <Badge tone="ok">{t(view, 'Đã chấp nhận', 'Accepted')}</Badge>;
  if (record.state === 'returned')
    return <Badge tone="warn">{t(view, 'Đã trả lại', 'Returned')}</Badge>;
  return <Badge tone="warn">{t(view, 'Chờ duyệt', 'Awaiting review')}</Badge>;
}

/** The badge of a report's timeliness. */
export function TimeBadge({
  view,
  seat,
  status,
  pastDue,
}: {
  view: View;
  seat: string;
  status: ReportingStatus;
  pastDue: boolean;
}) {
  if (status.missing.includes(seat)) {
    return pastDue ? <Badge tone="bad">{t(view, 'Quá hạn', 'Overdue')}</Badge> : null;
  }
  return status.late.includes(seat) ? (
    <Badge tone="warn">{t(view, 'Trễ hạn', 'Late')}</Badge>
  ) : (
    <Badge tone="ok">{t(view, 'Đúng hạn', 'On time')}</Badge>
  );
}

function Notes({ view, record }: { view: View; record: ReportRecordView }) {
  const { obstacles, proposals, results } = record.report;
  const list = (title: string, items: readonly string[]) =>
    items.length > 0 && (
      <>
        <h4>{title}</h4>
        <ul class="notes">
          {items.map((text) => (
            <li>{text}</li>
          ))}
        </ul>
      </>
    );
  return (
    <>
      {list(
        t(view, 'Kết quả', 'Results'),
        results.map((n) => n.text),
      )}
      {list(
        t(view, 'Khó khăn, vướng mắc', 'Obstacles'),
        obstacles.map((n) => n.text),
      )}
      {list(
        t(view, 'Đề xuất, kiến nghị', 'Proposals'),
        proposals.map((n) => n.text),
      )}
    </>
  );
}

/** Renders the review page. */
export async function reviewPage(
  ctx: PageContext,
  communeId: string,
  periodAsked: string | undefined,
  failure?: { report: string; message: string },
  status = 200,
): Promise<Response> {
  const { view, c } = ctx;
  const { principal } = ctx.session;
  const commune = ownCommune(principal, communeId);
  const actor = actorOf(principal);
  const reviews =
    principal.kind === 'body' || (principal.kind === 'seat' && principal.seat.role !== 'member');
  if (!commune || actor === undefined || !reviews) {
    c.status(403);
    return c.html(
      <ErrorPage
        view={view}
        status={403}
        problems={[
          forbiddenPage(
            'Trang duyệt báo cáo dành cho Tổ phó, Tổ trưởng và UBND xã.',
            'The review page is for deputies, the leader and the People’s Committee.',
          ),
        ]}
      />,
    );
  }
  const { team } = commune;
  const period = chosenMonth(view.today, periodAsked);
  const { id: periodId, label } = periodText(period);
  const params = { commune: communeId };
  const [list, reporting] = await Promise.all([
    call<{ reports: ReportRecordView[] }>(ctx, 'listReports', {
      params,
      query: { period: periodId },
    }),
    call<ReportingStatus>(ctx, 'getReportingStatus', {
      params,
      query: { period: periodId, to: actor },
    }),
  ]);
  const expected = expectedFor(team, period, actor);
  const catalogue = ctx.server.env.rollups.catalogue;
  const own =
    principal.kind === 'seat'
      ? list.reports.find((r) => r.report.id === reportIdOf(principal.seat.id, periodId))
      : undefined;
  const base = `/pages/communes/${encodeURIComponent(communeId)}`;
  c.status(status as 200);
  return c.html(
    <Page view={view} title={`${t(view, 'Duyệt báo cáo', 'Review reports')} · ${say(view, label)}`}>
      <MonthPicker view={view} period={period} />
      <div class="stats">
        <p class="stat">
          <span class="n">
            {reporting.received}/{reporting.expected}
          </span>
          <span class="l">{t(view, 'đã gửi', 'sent')}</span>
        </p>
        <p class="stat">
          <span class="n">{reporting.onTime}</span>
          <span class="l">{t(view, 'đúng hạn', 'on time')}</span>
        </p>
        <p class="stat">
          <span class="n">{reporting.late.length}</span>
          <span class="l">{t(view, 'trễ hạn', 'late')}</span>
        </p>
        <p class="stat">
          <span class="n">{reporting.missing.length}</span>
          <span class="l">{t(view, 'chưa gửi', 'not sent')}</span>
        </p>
      </div>
      {c.req.query('done') && (
        <Notice tone="ok" role="status">
          <p>
            {c.req.query('done') === 'accepted'
              ? t(view, 'Đã chấp nhận báo cáo.', 'The report has been accepted.')
              : c.req.query('done') === 'returned'
                ? t(
                    view,
                    'Đã trả lại báo cáo kèm góp ý.',
                    'The report has been returned with your comment.',
                  )
                : t(view, 'Đã gửi báo cáo tổng hợp.', 'The consolidated report has been sent.')}
          </p>
        </Notice>
      )}
      <section class="card" aria-labelledby="received">
        <h2 id="received">{t(view, 'Báo cáo gửi tới tôi', 'Reports sent to me')}</h2>
        {expected.length === 0 && (
          <p>
            {t(
              view,
              'Kỳ này không có báo cáo nào gửi tới bạn.',
              'No report is due to you for this period.',
            )}
          </p>
        )}
        {expected.map((e) => {
          const record = list.reports.find(
            (r) => r.report.from === e.seat.id && r.report.kind === 'periodic',
          );
          const who = holderName(team, e.seat.id, view.today);
          const sent = record
            ? [...record.history]
                .reverse()
                .find((h) => h.action === 'submit' || h.action === 'resubmit')
            : undefined;
          const returned = record
            ? [...record.history].reverse().find((h) => h.action === 'return')
            : undefined;
          const reportId = record?.report.id ?? '';
          const action = `${base}/review/${encodeURIComponent(reportId)}`;
          return (
            <article class="report" id={`r-${e.seat.id.replace(/[^A-Za-z0-9_-]/gu, '-')}`}>
              <h3>
                {say(view, seatShort(team, e.seat.id, view.today))}
                {who && <span class="meta"> · {who}</span>}
              </h3>
              <p class="meta">
                <StateBadge view={view} record={record} />{' '}
                <TimeBadge
                  view={view}
                  seat={e.seat.id}
                  status={reporting}
                  pastDue={e.due < view.today}
                />{' '}
                {sent
                  ? t(view, `gửi lúc ${timeText(sent.at)}`, `sent at ${timeText(sent.at)}`)
                  : t(view, `hạn ${dateText(e.due, 'vi')}`, `due ${dateText(e.due, 'en')}`)}
              </p>
              {record && (
                <>
                  {returned && record.state !== 'accepted' && (
                    <p class="comment">
                      {t(view, 'Đã trả lại: ', 'Returned: ')}
                      {returned.comment}
                    </p>
                  )}
                  <details open={record.state === 'submitted'}>
                    <summary>
                      {t(
                        view,
                        `Số liệu (${record.report.values.length})`,
                        `Figures (${record.report.values.length})`,
                      )}
                    </summary>
                    <ValueRows
                      view={view}
                      catalogue={catalogue}
                      team={team}
                      values={record.report.values}
                      showPlace={e.seat.role !== 'member'}
                    />
                  </details>
                  <Notes view={view} record={record} />
                  {failure?.report === reportId && (
                    <Notice tone="bad" role="alert">
                      <p>{failure.message}</p>
                    </Notice>
                  )}
                  {record.state === 'submitted' && (
                    <div class="grid2">
                      <form method="post" action={action}>
                        <input type="hidden" name="csrf" value={ctx.session.csrf} />
                        <input type="hidden" name="period" value={periodId} />
                        <input type="hidden" name="action" value="accept" />
                        <div class="actions">
                          <button type="submit">{t(view, 'Chấp nhận', 'Accept')}</button>
                        </div>
                      </form>
                      <form method="post" action={action}>
                        <input type="hidden" name="csrf" value={ctx.session.csrf} />
                        <input type="hidden" name="period" value={periodId} />
                        <input type="hidden" name="action" value="return" />
                        <label class="block" for={`c-${reportId}`}>
                          {t(view, 'Góp ý khi trả lại', 'Comment to return it with')}
                        </label>
                        <textarea id={`c-${reportId}`} name="comment" />
                        <div class="actions">
                          <button type="submit" class="danger">
                            {t(view, 'Trả lại để sửa', 'Return for correction')}
                          </button>
                        </div>
                      </form>
                    </div>
                  )}
                </>
              )}
            </article>
          );
        })}
      </section>
      {principal.kind === 'seat' && (
        <section class="card" aria-labelledby="own">
          <h2 id="own">{t(view, 'Báo cáo tổng hợp của tôi', 'My consolidated report')}</h2>
          <p class="meta">
            <StateBadge view={view} record={own} />{' '}
            {own &&
              t(
                view,
                `gửi lúc ${timeText(own.history.at(-1)?.at ?? own.report.submittedAt)}`,
                `sent at ${timeText(own.history.at(-1)?.at ?? own.report.submittedAt)}`,
              )}
          </p>
          {failure?.report === 'consolidate' && (
            <Notice tone="bad" role="alert">
              <p>{failure.message}</p>
            </Notice>
          )}
          {own?.state !== 'accepted' && (
            <form method="post" action={`${base}/consolidate`}>
              <input type="hidden" name="csrf" value={ctx.session.csrf} />
              <input type="hidden" name="period" value={periodId} />
              <p>
                {t(
                  view,
                  'Tổng hợp các báo cáo đã nhận (số liệu, hoạt động, khó khăn, đề xuất) và gửi lên cấp trên.',
                  'Consolidate the reports received (figures, activities, obstacles, proposals) and send the result up.',
                )}
              </p>
              <button type="submit" class="secondary">
                {own
                  ? t(view, 'Tổng hợp lại và gửi', 'Consolidate again and send')
                  : t(view, 'Tổng hợp và gửi', 'Consolidate and send')}
              </button>
            </form>
          )}
        </section>
      )}
    </Page>,
  );
}

/** Accepts or returns a report, then back to the review page. */
export async function reviewSubmit(
  ctx: PageContext,
  communeId: string,
  reportId: string,
  posted: Readonly<Record<string, string>>,
): Promise<Response> {
  const action = posted.action === 'return' ? 'returnReport' : 'acceptReport';
  const period = chosenMonth(ctx.view.today, posted.period);
  const { id: periodId } = periodText(period);
  try {
    await call(ctx, action, {
      params: { commune: communeId, report: reportId },
      body: action === 'returnReport' ? { comment: posted.comment ?? '' } : undefined,
    });
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    const message = error.problems.map((p) => say(ctx.view, p.message)).join(' ');
    const status = statusOf(error.problems);
    return reviewPage(
      ctx,
      communeId,
      periodId,
      { report: reportId, message },
      status === 400 ? 422 : status,
    );
  }
  const done = action === 'returnReport' ? 'returned' : 'accepted';
  return ctx.c.redirect(
    `/pages/communes/${encodeURIComponent(communeId)}/review?period=${periodId}&done=${done}`,
    303,
  );
}

/** Consolidates and sends the seat's report for the month, then back to where it came from. */
export async function consolidateSubmit(
  ctx: PageContext,
  communeId: string,
  posted: Readonly<Record<string, string>>,
  back: 'review' | 'commune',
): Promise<Response> {
  const period: Period = chosenMonth(ctx.view.today, posted.period);
  const { id: periodId } = periodText(period);
  try {
    await call(ctx, 'consolidateReport', {
      params: { commune: communeId },
      body: { period: periodId },
    });
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    const message = error.problems.map((p) => say(ctx.view, p.message)).join(' ');
    const status = statusOf(error.problems);
    return reviewPage(
      ctx,
      communeId,
      periodId,
      { report: 'consolidate', message },
      status === 400 ? 422 : status,
    );
  }
  const base = `/pages/communes/${encodeURIComponent(communeId)}`;
  return ctx.c.redirect(
    `${back === 'review' ? `${base}/review` : base}?period=${periodId}&done=consolidated`,
    303,
  );
}
