/** @jsxImportSource hono/jsx */
/**
 * Charts drawn on the server as inline SVG, with no script and no request: an indicator's
 * values over twelve months against its target (one small chart per indicator, readable on a
 * phone), and the team's org chart as a vertical tree (the library's chain, on a date).
 */
import { num, say, t, type View } from './layout.js';
import type { ChartNode } from './library.js';

/** One month's point of a series. */
export interface Point {
  /** The month's number (1–12) and year. */
  readonly month: number;
  readonly year: number;
  readonly value: number | null;
}

/** A series to draw: an indicator's values and its target. */
export interface Series {
  readonly id: string;
  readonly name: string;
  readonly suffix: string;
  readonly points: readonly Point[];
  readonly target: {
    readonly comparator: string;
    readonly value: number;
    readonly by: string;
  } | null;
}

const W = 320;
const H = 172;
const LEFT = 36;
const RIGHT = 12;
const TOP = 14;
const BOTTOM = 30;

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Where the last value's label goes: above its point, below when the target line is there. */
function labelY(point: number, target: number | undefined): number {
  const above = Math.max(point - 8, TOP + 10);
  if (target === undefined || Math.abs(above - 4 - target) > 9) return above;
  return Math.min(point + 17, H - BOTTOM - 3);
}

/** A line chart of a series against its target. */
export function LineChart({ view, series }: { view: View; series: Series }) {
  const values = series.points.map((p) => p.value).filter((v): v is number => v !== null);
  const top =
    series.suffix === '%' ? 100 : niceMax(Math.max(...values, series.target?.value ?? 0, 1) * 1.1);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (i: number) =>
    LEFT + (series.points.length <= 1 ? plotW / 2 : (i * plotW) / (series.points.length - 1));
  const y = (v: number) => TOP + plotH - (Math.min(Math.max(v, 0), top) / top) * plotH;
  const segments: string[][] = [];
  let current: string[] = [];
  series.points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (current.length) segments.push(current);
  const lastIndex = series.points.findLastIndex((p) => p.value !== null);
  const last = series.points[lastIndex];
  const monthText = (p: Point) => `${p.month}/${p.year}`;
  const describe = series.points
    .map(
      (p) =>
        `${monthText(p)}: ${p.value === null ? t(view, 'chưa có', 'none') : `${num(view, p.value)}${series.suffix}`}`,
    )
    .join('; ');
  const targetText = series.target
    ? `${t(view, 'Chỉ tiêu', 'Target')} ${series.target.comparator} ${num(view, series.target.value)}${series.suffix}`
    : '';
  const titleId = `ct-${series.id}`;
  const descId = `cd-${series.id}`;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{series.name}</title>
      <desc id={descId}>{`${describe}. ${targetText}`}</desc>
      {[0, top / 2, top].map((v) => (
        <g>
          <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} stroke="#d6d6d6" stroke-width="1" />
          <text x={LEFT - 5} y={y(v) + 4} text-anchor="end" font-size="11" fill="#333">
            {`${num(view, v, 0)}${series.suffix}`}
          </text>
        </g>
      ))}
      {series.points.map((p, i) => (
        <text x={x(i)} y={H - BOTTOM + 15} text-anchor="middle" font-size="11" fill="#333">
          {i === 0 || p.month === 1 ? `${p.month}/${String(p.year).slice(2)}` : String(p.month)}
        </text>
      ))}
      <text x={LEFT + plotW / 2} y={H - 3} text-anchor="middle" font-size="10" fill="#555">
        {t(view, 'tháng', 'month')}
      </text>
      {series.target && (
        <g>
          <line
            x1={LEFT}
            x2={W - RIGHT}
            y1={y(series.target.value)}
            y2={y(series.target.value)}
            stroke="#a11b1b"
            stroke-width="1.5"
            stroke-dasharray="5 4"
          />
          <text
            x={LEFT + 4}
            y={y(series.target.value) - 4}
            text-anchor="start"
            font-size="11"
            fill="#a11b1b"
          >
            {targetText}
          </text>
        </g>
      )}
      {segments.map((s) =>
        s.length > 1 ? (
          <polyline points={s.join(' ')} fill="none" stroke="#0b4f8a" stroke-width="2.5" />
        ) : null,
      )}
      {series.points.map((p, i) =>
        p.value === null ? null : <circle cx={x(i)} cy={y(p.value)} r="3.2" fill="#0b4f8a" />,
      )}
      {last && last.value !== null && (
        <text
          x={Math.min(x(lastIndex), W - RIGHT - 2)}
          y={labelY(y(last.value), series.target ? y(series.target.value) : undefined)}
          text-anchor={lastIndex > series.points.length / 2 ? 'end' : 'start'}
          font-size="12"
          font-weight="bold"
          fill="#0b4f8a"
        >
          {`${num(view, last.value)}${series.suffix}`}
        </text>
      )}
    </svg>
  );
}

const ROW = 50;
const BOX = 42;
const INDENT = 20;
const WIDTH = 360;

/** Text cut to fit a box, with an ellipsis. */
function clip(text: string, chars: number): string {
  const single = text.replace(/\s+/gu, ' ');
  return [...single].length <= chars ? single : `${[...single].slice(0, chars - 1).join('')}…`;
}

/** The org chart: each seat a box under the seat it reports to. */
export function OrgChart({ view, roots }: { view: View; roots: readonly ChartNode[] }) {
  const rows: { node: ChartNode; depth: number; parent: number | undefined }[] = [];
  const walk = (node: ChartNode, depth: number, parent: number | undefined) => {
    const index = rows.length;
    rows.push({ node, depth, parent });
    for (const child of node.children) walk(child, depth + 1, index);
  };
  for (const root of roots) walk(root, 0, undefined);
  const height = rows.length * ROW + 4;
  const vacant = t(view, '(chưa có người giữ)', '(vacant)');
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby="org-title org-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="org-title">{t(view, 'Sơ đồ tổ', 'Org chart')}</title>
      <desc id="org-desc">
        {rows
          .map(
            (r) => `${'— '.repeat(r.depth)}${say(view, r.node.title)}: ${r.node.holder ?? vacant}`,
          )
          .join('; ')}
      </desc>
      {rows.map((r, i) => {
        if (r.parent === undefined) return null;
        const parent = rows[r.parent];
        const px = 4 + (parent?.depth ?? 0) * INDENT + 10;
        return (
          <path
            d={`M${px} ${(r.parent ?? 0) * ROW + 2 + BOX} V${i * ROW + 2 + BOX / 2} H${4 + r.depth * INDENT}`}
            fill="none"
            stroke="#8a8a8a"
            stroke-width="1.5"
          />
        );
      })}
      {rows.map((r, i) => {
        const x = 4 + r.depth * INDENT;
        const w = WIDTH - x - 4;
        const role = r.node.seat.role;
        const fill = role === 'leader' ? '#0b4f8a' : role === 'deputy' ? '#dbe7f3' : '#ffffff';
        const ink = role === 'leader' ? '#ffffff' : '#1b1b1b';
        const chars = Math.floor((w - 16) / 7.4);
        return (
          <g>
            <title>{`${say(view, r.node.title)}: ${r.node.holder ?? vacant}`}</title>
            <rect
              x={x}
              y={i * ROW + 2}
              width={w}
              height={BOX}
              rx="5"
              fill={fill}
              stroke="#6b7f94"
            />
            <text x={x + 8} y={i * ROW + 19} font-size="12" font-weight="bold" fill={ink}>
              {clip(say(view, r.node.title), chars)}
            </text>
            <text x={x + 8} y={i * ROW + 36} font-size="12" fill={ink}>
              {clip(r.node.holder ?? vacant, chars)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
