/** @jsxImportSource hono/jsx */
/**
 * The commune page, for the leader, the People's Committee and the province: completeness and
 * timeliness of the month's reports by level and village by village; each indicator against
 * its target; charts of the indicators with targets over twelve months; the group message of
 * the leader's report with a copy button; the org chart.
 */
import type { IndicatorResult, ReportingStatus } from 'to-cong-nghe-so';
import { checkCommune, readsWholeCommune } from '../access.js';
import { reportIdOf } from '../routes/data.js';
import type { Commune } from '../teams.js';
import { LineChart, OrgChart, type Series } from './charts.js';
import { call, find, type PageContext } from './context.js';
import type { ReportRecordView } from './entry.js';
import { ErrorPage, forbiddenPage } from './errors.js';
import { Badge, MonthPicker, Notice, num, Page, say, t, type View } from './layout.js';
import {
  chosenMonth,
  expectedFor,
  holderName,
  type Indicator,
  orgTree,
  PILLAR_LABELS,
  PILLARS,
  periodText,
  seatShort,
  unitOf,
  yearTo,
} from './library.js';
import { StateBadge, TimeBadge } from './review.js';

/** The commune of the path, when the principal reads the whole of it. */
export async function wholeCommune(ctx: PageContext, id: string): Promise<Commune | undefined> {
  const { principal } = ctx.session;
  const commune = await ctx.server.env.teams.get(id);
  if (!commune || checkCommune(principal, commune) || !readsWholeCommune(principal))
    return undefined;
  return commune;
}

/** The words and tone of a status against a target. */
export function statusBadge(view: View, status: IndicatorResult['status'], value: number | null) {
  if (status === 'noData' && value !== null) {
    // A value, but no baseline to judge its course towards a target still ahead.
    return <Badge tone="none">{t(view, 'Chưa đủ căn cứ đánh giá', 'Not yet assessable')}</Badge>;
  }
  switch (status) {
    case 'met':
      return <Badge tone="ok">{t(view, 'Đạt', 'Met')}</Badge>;
    case 'onTrack':
      return <Badge tone="ok">{t(view, 'Đúng tiến độ', 'On track')}</Badge>;
    case 'behind':
      return <Badge tone="bad">{t(view, 'Chậm', 'Behind')}</Badge>;
    case 'noData':
      return <Badge tone="none">{t(view, 'Chưa có số liệu', 'No data')}</Badge>;
    default:
      return <Badge tone="none">{t(view, 'Không có chỉ tiêu', 'No target')}</Badge>;
  }
}

/** An indicator's value with its unit. */
export function indicatorValue(
  view: View,
  indicator: Indicator | undefined,
  value: number | null,
): string {
  if (value === null) return '—';
  const suffix = indicator ? unitOf(indicator).suffix : '';
  return `${num(view, value)}${suffix}`;
}

function LevelTable({
  view,
  levels,
}: {
  view: View;
  levels: { name: string; status: ReportingStatus }[];
}) {
  const rate = (v: number | null) => (v === null ? '—' : `${num(view, v, 0)}%`);
  return (
    <div class="scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t(view, 'Cấp', 'Level')}</th>
            <th scope="col" class="num">
              {t(view, 'Phải gửi', 'Expected')}
            </th>
            <th scope="col" class="num">
              {t(view, 'Đã gửi', 'Sent')}
            </th>
            <th scope="col" class="num">
              {t(view, 'Đầy đủ', 'Complete')}
            </th>
            <th scope="col" class="num">
              {t(view, 'Đúng hạn', 'On time')}
            </th>
          </tr>
        </thead>
        <tbody>
          {levels.map(({ name, status }) => (
            <tr>
              <th scope="row">{name}</th>
              <td class="num">{status.expected}</td>
              <td class="num">{status.received}</td>
              <td class="num">{rate(status.completeness)}</td>
              <td class="num">{rate(status.timeliness)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Renders the commune page. */
export async function communePage(
  ctx: PageContext,
  communeId: string,
  periodAsked: string | undefined,
): Promise<Response> {
  const { view, c } = ctx;
  const commune = await wholeCommune(ctx, communeId);
  if (!commune) {
    c.status(403);
    return c.html(
      <ErrorPage
        view={view}
        status={403}
        problems={[
          forbiddenPage(
            `Trang toàn xã "${communeId}" dành cho Tổ trưởng, UBND xã và cấp tỉnh.`,
            `The page of commune "${communeId}" is for the leader, the People’s Committee and the province.`,
          ),
        ]}
      />,
    );
  }
  const { team } = commune;
  const period = chosenMonth(view.today, periodAsked);
  const { id: periodId, label } = periodText(period);
  const params = { commune: communeId };
  const catalogue = ctx.server.env.rollups.catalogue;
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const levelNames = {
    member: t(view, 'Trưởng thôn → Tổ phó', 'Village heads → deputies'),
    deputy: t(view, 'Tổ phó → Tổ trưởng', 'Deputies → leader'),
    leader: t(view, 'Tổ trưởng → UBND xã', 'Leader → People’s Committee'),
  } as const;
  const expected = expectedFor(team, period);
  const leader = expected.find((e) => e.seat.role === 'leader');
  const months = yearTo(period);
  const [levels, reports, rollup, history, message, mermaid] = await Promise.all([
    Promise.all(
      (['member', 'deputy', 'leader'] as const).map(async (role) => ({
        role,
        name: levelNames[role],
        status: await call<ReportingStatus>(ctx, 'getReportingStatus', {
          params,
          query: { period: periodId, role },
        }),
      })),
    ),
    call<{ reports: ReportRecordView[] }>(ctx, 'listReports', {
      params,
      query: { period: periodId },
    }),
    call<{ results: IndicatorResult[] }>(ctx, 'getRollup', { params, query: { period: periodId } }),
    Promise.all(
      months.map((m) =>
        call<{ results: IndicatorResult[] }>(ctx, 'getRollup', {
          params,
          query: { period: periodText(m).id },
        }),
      ),
    ),
    leader
      ? find<{ parts: string[] }>(ctx, 'getGroupMessage', {
          params: { commune: communeId, report: reportIdOf(leader.seat.id, periodId) },
          query: { platform: 'zalo' },
        })
      : Promise.resolve(undefined),
    call<{ mermaid: string }>(ctx, 'getOrgChart', { params, query: { language: view.lang } }),
  ]);
  const memberStatus = levels[0]?.status;
  const villages = expected.filter((e) => e.seat.role === 'member');
  const withTarget = rollup.results.filter((r) => r.target !== null);
  const series: Series[] = withTarget.map((r) => {
    const indicator = byCode.get(r.indicator);
    return {
      id: r.indicator,
      name: indicator ? say(view, indicator.name) : r.indicator,
      suffix: indicator ? unitOf(indicator).suffix : '',
      target: r.target
        ? { comparator: r.target.comparator, value: r.target.value, by: r.target.by }
        : null,
      points: months.map((m, i) => ({
        month: m.index,
        year: m.year,
        value: history[i]?.results.find((x) => x.indicator === r.indicator)?.value ?? null,
      })),
    };
  });
  const charted = series.filter((x) => x.points.some((p) => p.value !== null));
  const uncharted = series.filter((x) => !charted.includes(x));
  const messageText = message?.parts.join('\n\n') ?? '';
  const isLeader =
    ctx.session.principal.kind === 'seat' && ctx.session.principal.seat.role === 'leader';
  c.status(200);
  return c.html(
    <Page view={view} title={`${say(view, team.name)} · ${say(view, label)}`}>
      <MonthPicker view={view} period={period} />
      {c.req.query('done') === 'consolidated' && (
        <Notice tone="ok" role="status">
          <p>{t(view, 'Đã gửi báo cáo tổng hợp.', 'The consolidated report has been sent.')}</p>
        </Notice>
      )}
      <section class="card" aria-labelledby="reporting">
        <h2 id="reporting">{t(view, 'Tình hình báo cáo', 'Reporting')}</h2>
        <LevelTable view={view} levels={levels} />
        <h3>{t(view, 'Từng thôn', 'Village by village')}</h3>
        <div class="scroll">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t(view, 'Thôn', 'Village')}</th>
                <th scope="col">{t(view, 'Trưởng thôn', 'Head')}</th>
                <th scope="col">{t(view, 'Tình trạng', 'State')}</th>
              </tr>
            </thead>
            <tbody>
              {villages.map((e) => {
                const record = reports.reports.find(
                  (r) => r.report.from === e.seat.id && r.report.kind === 'periodic',
                );
                return (
                  <tr id={`v-${e.seat.id.replace(/[^A-Za-z0-9_-]/gu, '-')}`}>
                    <th scope="row">
                      <bdi>{say(view, seatShort(team, e.seat.id, view.today))}</bdi>
                    </th>
                    <td>
                      <bdi>{holderName(team, e.seat.id, view.today) ?? '—'}</bdi>
                    </td>
                    <td>
                      <StateBadge view={view} record={record} />{' '}
                      {memberStatus && (
                        <TimeBadge
                          view={view}
                          seat={e.seat.id}
                          status={memberStatus}
                          pastDue={e.due < view.today}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="indicators">
        <h2 id="indicators">{t(view, 'Chỉ số so với chỉ tiêu', 'Indicators against targets')}</h2>
        {PILLARS.map((pillar) => {
          const rows = rollup.results.filter((r) => byCode.get(r.indicator)?.pillar === pillar);
          if (rows.length === 0) return null;
          return (
            <>
              <h3>{say(view, PILLAR_LABELS[pillar])}</h3>
              <div class="scroll">
                <table class="table ind">
                  <thead>
                    <tr>
                      <th scope="col">{t(view, 'Chỉ số', 'Indicator')}</th>
                      <th scope="col" class="num">
                        {t(view, 'Giá trị', 'Value')}
                      </th>
                      <th scope="col" class="num">
                        {t(view, 'Chỉ tiêu', 'Target')}
                      </th>
                      <th scope="col">{t(view, 'Đánh giá', 'Status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => {
                      const indicator = byCode.get(r.indicator);
                      return (
                        <tr>
                          <td>{indicator ? say(view, indicator.name) : r.indicator}</td>
                          <td class="num" data-label={t(view, 'Giá trị:', 'Value:')}>
                            {indicatorValue(view, indicator, r.value)}
                          </td>
                          <td class="num" data-label={t(view, 'Chỉ tiêu:', 'Target:')}>
                            {r.target
                              ? `${r.target.comparator} ${indicatorValue(view, indicator, r.target.value)}`
                              : '—'}
                          </td>
                          <td>{statusBadge(view, r.status, r.value)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          );
        })}
      </section>
      {charted.length > 0 && (
        <section class="card" aria-labelledby="charts">
          <h2 id="charts">
            {t(view, 'Chỉ số có chỉ tiêu, 12 tháng qua', 'Indicators with targets, last 12 months')}
          </h2>
          <p class="meta">
            {t(
              view,
              'Đường liền: giá trị của xã; đường đứt: chỉ tiêu.',
              'Solid line: the commune’s value; dashed line: the target.',
            )}
          </p>
          <div class="charts">
            {charted.map((s) => (
              <figure class="chart">
                <figcaption>{s.name}</figcaption>
                <LineChart view={view} series={s} />
              </figure>
            ))}
          </div>
          {uncharted.length > 0 && (
            <p class="meta">
              {t(view, 'Chưa có số liệu trong 12 tháng: ', 'No figures in the 12 months: ')}
              {uncharted.map((x) => x.name).join('; ')}.
            </p>
          )}
        </section>
      )}
      <section class="card" aria-labelledby="message">
        <h2 id="message">{t(view, 'Tin nhắn nhóm Zalo', 'Zalo group message')}</h2>
        {message ? (
          <>
            <label class="block" for="group-message">
              {t(
                view,
                'Báo cáo của Tổ trưởng gửi UBND xã, dạng tin nhắn',
                'The leader’s report to the People’s Committee, as a message',
              )}
            </label>
            <textarea id="group-message" readonly rows={12}>
              {messageText}
            </textarea>
            <div class="actions">
              <button
                type="button"
                data-copy="group-message"
                data-done={t(view, 'Đã chép ✓', 'Copied ✓')}
                hidden
              >
                {t(view, 'Chép tin nhắn', 'Copy the message')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>
              {t(
                view,
                'Tổ trưởng chưa gửi báo cáo tổng hợp tháng này; tin nhắn có khi báo cáo đã gửi.',
                'The leader has not sent this month’s consolidated report yet; the message comes with it.',
              )}
            </p>
            {isLeader && (
              <form
                method="post"
                action={`/pages/communes/${encodeURIComponent(communeId)}/consolidate`}
              >
                <input type="hidden" name="csrf" value={ctx.session.csrf} />
                <input type="hidden" name="period" value={periodId} />
                <input type="hidden" name="back" value="commune" />
                <button type="submit" class="secondary">
                  {t(
                    view,
                    'Tổng hợp và gửi UBND xã',
                    'Consolidate and send to the People’s Committee',
                  )}
                </button>
              </form>
            )}
          </>
        )}
      </section>
      <section class="card org" aria-labelledby="org">
        <h2 id="org">{t(view, 'Sơ đồ tổ', 'Org chart')}</h2>
        <OrgChart view={view} roots={orgTree(team, view.today)} />
        <details>
          <summary>
            {t(
              view,
              'Sơ đồ dạng Mermaid (để dán vào tài liệu)',
              'As Mermaid text (to paste into documents)',
            )}
          </summary>
          <pre>{mermaid.mermaid}</pre>
        </details>
      </section>
    </Page>,
  );
}
