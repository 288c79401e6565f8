/**
 * A month's village figures rolled up to the commune and compared with the targets: the sample
 * month of Đắk Nia (January 2025, illustrative figures). Run:
 * `npx tsx examples/04-village-data-rolled-up.ts`.
 */
import {
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  meetsThreshold,
  periodLabel,
  rollUp,
} from 'to-cong-nghe-so';
import { dakNia2022Team, dakNiaJanuary2025 } from 'to-cong-nghe-so/samples';

const team = dakNia2022Team();
const month = dakNiaJanuary2025();
const results = rollUp(month.values, {
  catalogue: BUILT_IN_INDICATORS,
  places: team.places,
  period: month.period,
  targets: BUILT_IN_TARGETS,
});
const byCode = new Map(BUILT_IN_INDICATORS.map((indicator) => [indicator.code, indicator]));
const commune = results.filter(
  (result) => result.level === 'commune' && result.completeness.reported > 0,
);
console.log(`Xã Đắk Nia, ${periodLabel(month.period).vi} (số liệu minh họa / illustrative)`);
const number = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
for (const result of commune) {
  const { target, value } = result;
  const indicator = byCode.get(result.indicator);
  if (value === null || indicator === undefined) continue;
  const percent = (x: number) => (indicator.unit === 'percent' ? `${number(x)}%` : number(x));
  const verdict =
    target === null
      ? 'không có chỉ tiêu / no target'
      : `chỉ tiêu / target ${target.comparator} ${percent(target.value)} trước / by ${target.by}: ` +
        (meetsThreshold(value, target) ? 'đạt / met' : 'chưa đạt / not met');
  const villages = `${result.completeness.reported}/${result.completeness.expected} thôn, bon`;
  console.log(`- ${indicator.name.vi}`);
  console.log(`    ${percent(value)} (${villages}) — ${verdict}`);
}
