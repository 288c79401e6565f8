/** @jsxImportSource hono/jsx */
/**
 * The province page: its communes in a table — completeness and timeliness of the village
 * heads' reports, and a few headline indicators — sortable by any column (links, so it works
 * without scripts), with the province's own roll-up as the last row.
 */
import type { IndicatorResult, ReportingStatus } from 'to-cong-nghe-so';
import { indicatorValue, statusBadge } from './commune.js';
import { call, type PageContext } from './context.js';
import { ErrorPage, forbiddenPage } from './errors.js';
import { MonthPicker, num, Page, say, t } from './layout.js';
import { chosenMonth, periodText } from './library.js';

/** The indicators the table shows, when the catalogue has them. */
export const HEADLINE = [
  'vneidLevel2',
  'onlineDossiers',
  'fibreHouseholds',
  'digitalGroupHouseholds',
];

interface Row {
  readonly id: string;
  readonly name: string;
  readonly completeness: number | null;
  readonly timeliness: number | null;
  readonly values: Readonly<Record<string, IndicatorResult | undefined>>;
}

/** Renders the province page. */
export async function provincePage(
  ctx: PageContext,
  provinceId: string,
  query: { period?: string | undefined; sort?: string | undefined; dir?: string | undefined },
): Promise<Response> {
  const { view, c } = ctx;
  const { principal } = ctx.session;
  if (principal.kind !== 'province' || principal.province !== provinceId) {
    c.status(403);
    return c.html(
      <ErrorPage
        view={view}
        status={403}
        problems={[
          forbiddenPage(
            `Chỉ mã truy cập của tỉnh "${provinceId}" được xem trang này.`,
            `Only a token of province "${provinceId}" opens this page.`,
          ),
        ]}
      />,
    );
  }
  const period = chosenMonth(view.today, query.period);
  const { id: periodId, label } = periodText(period);
  const catalogue = ctx.server.env.rollups.catalogue;
  const headline = HEADLINE.map((code) => catalogue.find((i) => i.code === code)).filter(
    (i) => i !== undefined,
  );
  const communes = await ctx.server.env.store.listCommunes(provinceId);
  const rows: Row[] = [];
  for (const summary of communes) {
    const commune = await ctx.server.env.teams.get(summary.id);
    if (!commune) continue;
    const params = { commune: summary.id };
    const [status, rollup] = await Promise.all([
      call<ReportingStatus>(ctx, 'getReportingStatus', {
        params,
        query: { period: periodId, role: 'member' },
      }),
      call<{ results: IndicatorResult[] }>(ctx, 'getRollup', {
        params,
        query: { period: periodId },
      }),
    ]);
    rows.push({
      id: summary.id,
      name: say(view, commune.team.name),
      completeness: status.completeness,
      timeliness: status.timeliness,
      values: Object.fromEntries(
        headline.map((i) => [i.code, rollup.results.find((r) => r.indicator === i.code)]),
      ),
    });
  }
  const total = await call<{ results: IndicatorResult[] }>(ctx, 'getProvinceRollup', {
    params: { province: provinceId },
    query: { period: periodId },
  });
  const columns = ['name', 'completeness', 'timeliness', ...headline.map((i) => i.code)];
  const sort = columns.includes(query.sort ?? '') ? (query.sort as string) : 'name';
  const dir = query.dir === 'desc' ? -1 : 1;
  const key = (row: Row): string | number =>
    sort === 'name'
      ? row.name
      : sort === 'completeness'
        ? (row.completeness ?? -1)
        : sort === 'timeliness'
          ? (row.timeliness ?? -1)
          : (row.values[sort]?.value ?? -1);
  const collator = new Intl.Collator('vi');
  rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order =
      typeof x === 'string' && typeof y === 'string'
        ? collator.compare(x, y)
        : Number(x) - Number(y);
    return order * dir || collator.compare(a.name, b.name);
  });
  const base = `/pages/provinces/${encodeURIComponent(provinceId)}`;
  const header = (column: string, text: string, numeric: boolean) => {
    const active = column === sort;
    const next = active && dir === 1 ? 'desc' : 'asc';
    return (
      <th
        scope="col"
        class={numeric ? 'num' : undefined}
        aria-sort={active ? (dir === 1 ? 'ascending' : 'descending') : undefined}
      >
        <a href={`${base}?period=${periodId}&sort=${column}&dir=${next}`}>
          {text}
          {active ? (dir === 1 ? ' ▲' : ' ▼') : ''}
        </a>
      </th>
    );
  };
  const rate = (v: number | null) => (v === null ? '—' : `${num(view, v, 0)}%`);
  c.status(200);
  return c.html(
    <Page view={view} title={`${t(view, 'Các xã', 'Communes')} · ${say(view, label)}`}>
      <MonthPicker view={view} period={period} />
      <section class="card" aria-labelledby="communes">
        <h2 id="communes">
          {t(view, `${rows.length} xã, phường`, `${rows.length} communes and wards`)}
        </h2>
        <p class="meta">
          {t(
            view,
            'Bấm tên cột để sắp xếp. “Đầy đủ”, “Đúng hạn”: báo cáo của trưởng thôn.',
            'Press a column’s name to sort. “Complete”, “On time”: the village heads’ reports.',
          )}
        </p>
        <div class="scroll">
          <table class="table">
            <thead>
              <tr>
                {header('name', t(view, 'Xã', 'Commune'), false)}
                {header('completeness', t(view, 'Đầy đủ', 'Complete'), true)}
                {header('timeliness', t(view, 'Đúng hạn', 'On time'), true)}
                {headline.map((i) => header(i.code, say(view, i.name), true))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/pages/communes/${encodeURIComponent(row.id)}?period=${periodId}`}>
                      <bdi>{row.name}</bdi>
                    </a>
                  </th>
                  <td class="num">{rate(row.completeness)}</td>
                  <td class="num">{rate(row.timeliness)}</td>
                  {headline.map((i) => {
                    const r = row.values[i.code];
                    return (
                      <td class="num">
                        {indicatorValue(view, i, r?.value ?? null)}
                        <br />
                        {r?.target && statusBadge(view, r.status, r.value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t(view, 'Cả tỉnh', 'Whole province')}</th>
                <td class="num">—</td>
                <td class="num">—</td>
                {headline.map((i) => {
                  const r = total.results.find((x) => x.indicator === i.code);
                  return <td class="num">{indicatorValue(view, i, r?.value ?? null)}</td>;
                })}
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
    </Page>,
  );
}
