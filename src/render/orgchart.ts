import { checkDocument, checkOneOf, checkOptions } from '../_internal/arguments.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { ROLE_LABELS } from '../_internal/names.js';
import { committeesOf, forReportOf, supervisorOf } from '../_internal/supervision.js';
import { activeSeats, holderOfSeat, teamIndex } from '../_internal/team-index.js';
import { describeSeatIn } from '../_internal/team-names.js';
import { type Team, TeamSchema } from '../team/schema.js';
import type { Language } from '../text/label.js';
import { mermaidLabel } from './escape.js';

/**
 * Options of {@link renderOrgChart}.
 *
 * @category Render
 */
export interface OrgChartOptions {
  /** The date of the chart; the team's founding day when absent. */
  readonly asOf?: IsoDate;
  /** The language of the labels: `vi` (default) or `en`. */
  readonly language?: Language;
}

/** A quoted Mermaid label of lines, each escaped by {@link mermaidLabel}, joined by `<br/>`. */
function quote(...lines: string[]): string {
  return `"${lines.map(mermaidLabel).join('<br/>')}"`;
}

/**
 * Draws the reporting chain of a team on a date as a Mermaid flowchart, for docs and
 * dashboards: every seat with its role, what it stands for and its holder's name, an arrow from
 * each seat to its supervisor, from the leader to the bodies it answers to, and dotted arrows
 * on to the recipients "for report".
 *
 * @param team - The team.
 * @param options - `asOf` (the founding day by default) and `language`.
 * @returns The Mermaid source, starting `flowchart BT`. Costs O(n) in the size of the team.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team}, `options.asOf` not a
 *   supported date or `options.language` not `vi` or `en`.
 * @example
 * ```ts
 * import { renderOrgChart } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const chart = renderOrgChart(dakNia2022Team(), { asOf: '2022-07-27' });
 * chart.split('\n')[0]; // 'flowchart BT'
 * chart.includes('Quản Thị Ngọc'); // true
 * ```
 * @category Render
 */
export function renderOrgChart(team: Team, options: OrgChartOptions = {}): string {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  const given = checkOptions(options, 'options');
  const asOf = given.asOf === undefined ? document.from : checkDate(given.asOf, 'options.asOf');
  const language = checkOneOf(given.language ?? 'vi', 'options.language', ['vi', 'en'] as const);
  return chart(document, asOf, language);
}

function chart(team: Team, asOf: IsoDate, language: Language): string {
  const bodies = teamIndex(team).bodyById;
  const seats = activeSeats(team, asOf);
  const seatNode = new Map(seats.map((seat, i) => [seat.id, `s${i + 1}`]));
  const vacant = language === 'vi' ? '(chưa có người)' : '(vacant)';
  const lines = ['flowchart BT'];
  for (const seat of seats) {
    const holder = holderOfSeat(team, seat, asOf);
    const description = describeSeatIn(team, seat, asOf)[language];
    const title = [ROLE_LABELS[seat.role][language], description].filter(Boolean).join(': ');
    lines.push(`  ${seatNode.get(seat.id)}[${quote(title, holder?.name ?? vacant)}]`);
  }
  const committees = committeesOf(team, asOf);
  committees.forEach((body, i) => {
    lines.push(`  b${i + 1}[[${quote((body.shortName ?? body.name)[language])}]]`);
  });
  const recipients = forReportOf(team, asOf);
  recipients.forEach((recipient, i) => {
    const body = recipient.bodyId === undefined ? undefined : bodies.get(recipient.bodyId);
    const name = language === 'en' && body ? body.name.en : recipient.name;
    lines.push(`  r${i + 1}[${quote(name)}]`);
  });
  for (const seat of seats) {
    const supervisor = supervisorOf(team, seat, asOf);
    const from = seatNode.get(seat.id);
    const to = supervisor && seatNode.get(supervisor.id);
    if (to) lines.push(`  ${from} --> ${to}`);
    else if (seat.role === 'leader') {
      committees.forEach((_, i) => {
        lines.push(`  ${from} --> b${i + 1}`);
      });
    }
  }
  if (committees.length > 0) {
    recipients.forEach((_, i) => {
      lines.push(`  b1 -.->|b/c| r${i + 1}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
