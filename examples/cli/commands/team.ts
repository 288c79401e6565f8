/**
 * `tcns team …`: validate, show, chain, duties, org-chart, decision.
 */
import { join } from 'node:path';
import type { Handler } from '../context.js';
import {
  chainOf,
  communeOf,
  compositionOf,
  describeSeat,
  dutiesOf,
  type IsoDate,
  messageOf,
  parseTeam,
  placeName,
  ROLE_LABELS,
  renderDecision,
  renderOrgChart,
  type Seat,
  subordinatesOf,
  type Team,
  validateTeam,
} from '../library.js';
import { documentOutcome, heading, holderName, seatLine, VACANT } from '../output.js';
import { CliError, count, failure, type Words } from '../text.js';
import { asOf, FILES, jsonProblems, loadTeam, parseDate, readText } from '../workspace.js';

export const validate: Handler = async (context) => {
  const file = context.args[0];
  const path = file === undefined ? join(context.dir(), FILES.team) : context.resolvePath(file);
  const shown = context.showPath(path);
  const text = await readText(context, path);
  const parsed = parseTeam(text);
  if (parsed.isErr()) {
    const problems = await jsonProblems(text, shown, parsed.error);
    return {
      problems,
      exitCode: 1,
      data: { file: shown, valid: false },
      text: `${context.paint('red', '✗')} ${context.t({
        vi: `${shown}: không đọc được tệp tổ — ${problems.length} lỗi.`,
        en: `${shown}: not a readable team file — ${count(problems.length, 'error')}.`,
      })}\n`,
    };
  }
  const given = context.string('as-of');
  const options = given === undefined ? {} : { asOf: parseDate(given, '--as-of') };
  const checked = validateTeam(parsed.value, options);
  const found = checked.isErr() ? checked.error : checked.value.warnings;
  const errors = found.filter((p) => p.severity === 'error');
  const warnings = found.filter((p) => p.severity !== 'error');
  const problems = [
    ...(await jsonProblems(text, shown, errors, 'error')),
    ...(await jsonProblems(text, shown, warnings, 'warning')),
  ];
  const invalid = problems.some((p) => p.severity === 'error');
  const counts: Words = {
    vi: `${problems.filter((p) => p.severity === 'error').length} lỗi, ${problems.filter((p) => p.severity === 'warning').length} cảnh báo`,
    en: `${count(problems.filter((p) => p.severity === 'error').length, 'error')}, ${count(problems.filter((p) => p.severity === 'warning').length, 'warning')}`,
  };
  const line = invalid
    ? `${context.paint('red', '✗')} ${shown}: ${context.t({ vi: 'không hợp lệ', en: 'invalid' })} — ${context.t(counts)}.`
    : `${context.paint('green', '✓')} ${shown}: ${context.t({ vi: 'hợp lệ', en: 'valid' })} (${context.t({ vi: `${parsed.value.seats.length} vị trí`, en: count(parsed.value.seats.length, 'seat') })}) — ${context.t(counts)}.`;
  return {
    text: `${line}\n`,
    problems,
    exitCode: invalid ? 1 : 0,
    data: { file: shown, valid: !invalid, seats: parsed.value.seats.length },
  };
};

function communeLine(team: Team, date: IsoDate, lang: 'vi' | 'en'): string {
  const commune = communeOf(team, date);
  return commune ? placeName(commune, lang) : '';
}

export const show: Handler = async (context) => {
  const { team } = await loadTeam(context);
  const date = asOf(context);
  const entries = compositionOf(team, date);
  const lines = [
    heading(context, team.name),
    context.t({
      vi: `${communeLine(team, date, 'vi')} — ngày ${date}: ${entries.length} vị trí`,
      en: `${communeLine(team, date, 'en')} — on ${date}: ${entries.length} seats`,
    }),
    '',
  ];
  if (entries.length === 0) {
    lines.push(
      context.t({
        vi: 'Tổ không hoạt động vào ngày này.',
        en: 'The team was not active on this date.',
      }),
    );
  }
  const width = Math.max(0, ...entries.map((e) => ROLE_LABELS[e.seat.role][context.lang].length));
  for (const { seat, holder } of entries) {
    const role = ROLE_LABELS[seat.role][context.lang].padEnd(width);
    const name = holder?.name ?? context.t(VACANT);
    lines.push(`  ${role}  ${name} — ${describeSeat(team, seat, date)[context.lang]}`);
  }
  return {
    text: `${lines.join('\n')}\n`,
    data: {
      team: team.id,
      asOf: date,
      seats: entries.map(({ seat, holder }) => ({
        seat: seat.id,
        role: seat.role,
        holder: holder ? { id: holder.id, name: holder.name } : null,
        description: describeSeat(team, seat, date),
      })),
    },
  };
};

function unknownSeat(seat: string): CliError {
  return failure('unknown_seat', {
    vi: `Tổ không có vị trí "${seat}". Xem các mã vị trí bằng: tcns team chain --json`,
    en: `The team has no seat "${seat}". List the seat ids with: tcns team chain --json`,
  });
}

export const chain: Handler = async (context) => {
  const { team } = await loadTeam(context);
  const date = asOf(context);
  const seatId = context.string('seat');
  if (seatId !== undefined) {
    const found = chainOf(team, seatId, { asOf: date });
    if (found.isErr()) {
      if (found.error.code === 'unknown_seat') throw unknownSeat(seatId);
      throw new CliError([
        { code: found.error.code, severity: 'error', message: messageOf(found.error) },
      ]);
    }
    const steps = found.value.seats.map((seat) =>
      seatLine(team, seat, holderName(team, seat, date, context), date, context),
    );
    const bodies = found.value.bodies.map((body) => body.name[context.lang]);
    const lines = [
      heading(context, { vi: `Chuỗi báo cáo ngày ${date}`, en: `Reporting chain on ${date}` }),
      ...[...steps, ...bodies].map((step, i) => `${'  '.repeat(i)}${i === 0 ? '' : '→ '}${step}`),
    ];
    if (found.value.forReport.length > 0) {
      lines.push(
        `${context.t({ vi: 'Báo cáo (b/c)', en: 'For report' })}: ${found.value.forReport.map((r) => r.name).join('; ')}`,
      );
    }
    return {
      text: `${lines.join('\n')}\n`,
      data: {
        asOf: date,
        seats: found.value.seats.map((s) => s.id),
        bodies: found.value.bodies.map((b) => b.id),
        forReport: found.value.forReport.map((r) => r.name),
      },
    };
  }
  const leader = compositionOf(team, date).find((e) => e.seat.role === 'leader')?.seat;
  if (!leader) {
    throw failure('no_leader', {
      vi: `Ngày ${date} tổ không có Tổ trưởng.`,
      en: `On ${date} the team has no leader.`,
    });
  }
  const lines = [
    heading(context, { vi: `Chuỗi báo cáo ngày ${date}`, en: `Reporting chain on ${date}` }),
  ];
  interface Node {
    seat: string;
    holder: string;
    reports: Node[];
  }
  const walk = (seat: Seat, depth: number): Node => {
    const holder = holderName(team, seat, date, context);
    lines.push(
      `${'  '.repeat(depth)}${depth === 0 ? '' : '└ '}${seatLine(team, seat, holder, date, context)}`,
    );
    const below = subordinatesOf(team, seat.id, { asOf: date }).unwrapOr([]);
    return { seat: seat.id, holder, reports: below.map((s) => walk(s, depth + 1)) };
  };
  const tree = walk(leader, 0);
  const bodies = chainOf(team, leader.id, { asOf: date })
    .map((c) => c.bodies.map((b) => b.name[context.lang]))
    .unwrapOr([]);
  if (bodies.length > 0) lines.push(`→ ${bodies.join('; ')}`);
  return { text: `${lines.join('\n')}\n`, data: { asOf: date, chain: tree } };
};

export const duties: Handler = async (context) => {
  const { team } = await loadTeam(context);
  const seatId = context.string('seat');
  let seats: Seat[];
  if (seatId !== undefined) {
    const seat = team.seats.find((s) => s.id === seatId);
    if (!seat) throw unknownSeat(seatId);
    seats = [seat];
  } else {
    seats = (['leader', 'deputy', 'member'] as const).flatMap((role) => {
      const seat = team.seats.find((s) => s.role === role);
      return seat ? [seat] : [];
    });
  }
  const lines: string[] = [];
  const data: Record<string, unknown>[] = [];
  for (const seat of seats) {
    const list = dutiesOf(team, seat.id).unwrapOr([]);
    const title =
      seatId === undefined
        ? ROLE_LABELS[seat.role][context.lang]
        : seatLine(
            team,
            seat,
            holderName(team, seat, seat.from ?? team.from, context),
            seat.from ?? team.from,
            context,
          );
    lines.push(heading(context, { vi: title, en: title }));
    for (const duty of list) {
      lines.push(
        `  ${duty.parentId ? '    + ' : ''}${context.paint('dim', duty.clause)} ${duty.text[context.lang]}`,
      );
    }
    lines.push('');
    data.push({
      seat: seatId === undefined ? undefined : seat.id,
      role: seat.role,
      duties: list.map((d) => ({ id: d.id, clause: d.clause, text: d.text, parentId: d.parentId })),
    });
  }
  return { text: `${lines.join('\n')}`, data };
};

export const orgChart: Handler = async (context) => {
  const { team } = await loadTeam(context);
  const date = asOf(context);
  const chart = renderOrgChart(team, { asOf: date, language: context.lang });
  return documentOutcome(context, chart.endsWith('\n') ? chart : `${chart}\n`, { asOf: date });
};

export const decision: Handler = async (context) => {
  const { team } = await loadTeam(context);
  const wanted = context.string('decision') ?? team.foundingDecisionId;
  const found =
    wanted === undefined ? team.decisions[0] : team.decisions.find((d) => d.id === wanted);
  if (!found) {
    throw failure('no_decision', {
      vi:
        wanted === undefined
          ? 'Tệp tổ chưa có quyết định nào ("decisions").'
          : `Tệp tổ không có quyết định "${wanted}".`,
      en:
        wanted === undefined
          ? 'The team file has no decision ("decisions").'
          : `The team file has no decision "${wanted}".`,
    });
  }
  const rendered = renderDecision(team, found);
  if (rendered.isErr()) {
    throw new CliError([
      { code: rendered.error.code, severity: 'error', message: messageOf(rendered.error) },
    ]);
  }
  const text = context.string('format') === 'md' ? rendered.value.markdown : rendered.value.text;
  return documentOutcome(context, text.endsWith('\n') ? text : `${text}\n`, {
    decision: found.id,
  });
};
