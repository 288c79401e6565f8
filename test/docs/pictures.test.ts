/**
 * The guides' pictures are drawn from the library's current output: the Mermaid text of the
 * Đắk Nia org chart (from which `npm run docs:pictures` draws the SVG) and the indicators chart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGES, indicatorChart, orgChartSource } from '../../scripts/generate-pictures.js';

const read = (name: string) => readFileSync(`${IMAGES}${name}`, 'utf8');

describe('the pictures of the guides (npm run docs:pictures)', () => {
  it('the org chart is drawn from the Mermaid the library renders today', () => {
    expect(read('org-chart-dak-nia.mmd')).toBe(orgChartSource());
    const svg = read('org-chart-dak-nia.svg');
    expect(svg.startsWith('<svg')).toBe(true);
    // Mermaid writes each word of a label apart.
    for (const word of ['Quản', 'Ngọc', 'Điểu', 'Nghĩa', 'b/c']) {
      expect(svg).toContain(word);
    }
  });

  it('the indicators chart shows the sample month against the targets', () => {
    const svg = indicatorChart();
    expect(read('indicators-dak-nia.svg')).toBe(svg);
    expect(svg).toContain('chưa đạt / not met');
  });

  it('both are shown in the guides', () => {
    const guides = ['team', 'indicators'].map((name) =>
      readFileSync(new URL(`../../docs/${name}.md`, import.meta.url), 'utf8'),
    );
    expect(guides[0]?.match(/\(images\/org-chart-dak-nia\.svg\)/gu)).toHaveLength(2);
    expect(guides[1]?.match(/\(images\/indicators-dak-nia\.svg\)/gu)).toHaveLength(2);
  });
});
