/**
 * The scale benchmark (`npm run bench:scale`): every module's operations at the sizes a province
 * reaches — 5,000 seats, 10,000 tasks, 100,000 CSV rows — each timed against a quarter of its size
 * in the same run, so the ratios show how cost grows (n log n gives about ×4.5, n² ×16).
 * `npm run bench:scale -- team work` runs only the named parts.
 */
import { benchCalendar } from './scale/calendar.js';
import { benchIndicatorsScale } from './scale/indicators.js';
import { benchTeam } from './scale/team.js';
import { benchWorkScale } from './scale/work.js';

const PARTS: Record<string, () => void> = {
  calendar: benchCalendar,
  team: () => benchTeam(),
  indicators: () => benchIndicatorsScale(),
  work: benchWorkScale,
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(PARTS)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  run();
}
