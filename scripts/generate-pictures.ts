/**
 * Draws the guides' pictures from the library's own output, into `docs/images/`:
 *
 * - `org-chart-dak-nia.mmd` — the Đắk Nia team as Mermaid (`renderOrgChart`), and
 *   `org-chart-dak-nia.svg` — that chart drawn by Mermaid in headless Chromium
 *   (`/usr/bin/chromium` through playwright-core; no browser is downloaded);
 * - `indicators-dak-nia.svg` — the sample month's commune figures against their targets
 *   (`rollUp` of `dakNiaJanuary2025`), drawn as plain SVG.
 *
 * Run with `npm run docs:pictures`; a test fails when the Mermaid text or the indicators chart is
 * stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  meetsThreshold,
  periodLabel,
  renderOrgChart,
  rollUp,
} from '../src/index.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../src/samples/index.js';

/** The folder of the pictures. */
export const IMAGES = fileURLToPath(new URL('../docs/images/', import.meta.url));

/** The Đắk Nia team on the day of its decision, as Mermaid text. */
export function orgChartSource(): string {
  return `${renderOrgChart(dakNia2022Team(), { asOf: '2022-07-27' })}\n`;
}

const xml = (text: string) =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
const number = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** The sample month's ratio indicators of the commune against their targets, as an SVG chart. */
export function indicatorChart(): string {
  const team = dakNia2022Team();
  const month = dakNiaJanuary2025();
  const results = rollUp(month.values, {
    catalogue: BUILT_IN_INDICATORS,
    places: team.places,
    period: month.period,
    targets: BUILT_IN_TARGETS,
  });
  const byCode = new Map(BUILT_IN_INDICATORS.map((indicator) => [indicator.code, indicator]));
  const rows = results.flatMap((result) => {
    const indicator = byCode.get(result.indicator);
    if (result.level !== 'commune' || result.value === null || indicator?.unit !== 'percent') {
      return [];
    }
    return [{ indicator, value: result.value, target: result.target }];
  });
  const width = 900;
  const left = 20;
  const barLeft = 20;
  const barWidth = 560;
  const rowHeight = 74;
  const top = 64;
  const height = top + rows.length * rowHeight + 40;
  const x = (percent: number) => barLeft + (barWidth * Math.min(Math.max(percent, 0), 100)) / 100;
  const label = periodLabel(month.period);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif">`,
    `<title id="title">Xã Đắk Nia, ${xml(label.vi)}: chỉ số so với chỉ tiêu / indicators against targets, ${xml(label.en)}</title>`,
    `<desc id="desc">Số liệu minh họa / illustrative figures. ${xml(
      rows
        .map(
          (row) =>
            `${row.indicator.name.en}: ${number(row.value)}%${row.target ? ` (target ${row.target.comparator} ${row.target.value}%)` : ''}`,
        )
        .join('; '),
    )}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="28" font-size="18" font-weight="bold" fill="#1a1a1a">Xã Đắk Nia — ${xml(label.vi)}: chỉ số so với chỉ tiêu</text>`,
    `<text x="${left}" y="48" font-size="13" fill="#555555">Indicators against targets, ${xml(label.en)} — số liệu minh họa / illustrative figures</text>`,
  ];
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    const met = row.target ? meetsThreshold(row.value, row.target) : undefined;
    const colour = met === undefined ? '#5b7db1' : met ? '#2e7d32' : '#c62828';
    parts.push(
      `<text x="${left}" y="${y + 14}" font-size="14" fill="#1a1a1a">${xml(row.indicator.name.vi)}</text>`,
      `<text x="${left}" y="${y + 30}" font-size="12" fill="#555555">${xml(row.indicator.name.en)}</text>`,
      `<rect x="${barLeft}" y="${y + 38}" width="${barWidth}" height="20" fill="#eeeeee"/>`,
      `<rect x="${barLeft}" y="${y + 38}" width="${(x(row.value) - barLeft).toFixed(1)}" height="20" fill="${colour}"/>`,
      `<text x="${barLeft + barWidth + 12}" y="${y + 53}" font-size="14" font-weight="bold" fill="${colour}">${number(row.value)}%</text>`,
    );
    if (row.target) {
      const tx = x(row.target.value).toFixed(1);
      const verdict = met ? 'đạt / met' : 'chưa đạt / not met';
      parts.push(
        `<line x1="${tx}" y1="${y + 33}" x2="${tx}" y2="${y + 63}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="4 2"/>`,
        `<text x="${barLeft + barWidth + 70}" y="${y + 53}" font-size="12" fill="#333333">${xml(`${row.target.comparator} ${row.target.value}% (${row.target.by.slice(0, 4)}): ${verdict}`)}</text>`,
      );
    }
  });
  const axisY = top + rows.length * rowHeight + 4;
  for (const tick of [0, 20, 40, 60, 80, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="${axisY + 14}" font-size="11" fill="#777777" text-anchor="middle">${tick}%</text>`,
    );
  }
  parts.push(
    `<text x="${left}" y="${axisY + 32}" font-size="11" fill="#555555">- - - chỉ tiêu / target</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

/** Draws Mermaid text as SVG in headless Chromium. */
async function drawMermaid(source: string): Promise<string> {
  const { chromium } = await import('playwright-core');
  const mermaidPath = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: readFileSync(mermaidPath, 'utf8') });
    const svg = await page.evaluate(async (text: string) => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
      mermaid.initialize({
        startOnLoad: false,
        theme: 'neutral',
        securityLevel: 'strict',
        htmlLabels: false,
        flowchart: { htmlLabels: false, useMaxWidth: true },
        fontFamily: 'Noto Sans, DejaVu Sans, Arial, sans-serif',
      });
      return (await mermaid.render('org-chart', text)).svg;
    }, source);
    return `${svg}\n`;
  } finally {
    await browser.close();
  }
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = orgChartSource();
  writeFileSync(`${IMAGES}org-chart-dak-nia.mmd`, source);
  writeFileSync(`${IMAGES}org-chart-dak-nia.svg`, await drawMermaid(source));
  writeFileSync(`${IMAGES}indicators-dak-nia.svg`, indicatorChart());
  process.stdout.write(`Wrote the pictures in ${IMAGES}\n`);
}
