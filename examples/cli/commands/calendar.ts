/**
 * `tcns calendar …`: holidays, period, deadline, lunar.
 */
import { badValue, type Handler } from '../context.js';
import {
  dataWindow,
  dayCanChi,
  deadlineAfter,
  formatLunarDate,
  formatPeriod,
  holidaysIn,
  MONTHLY_REPORTING_SCHEDULE,
  makeUpDaysIn,
  messageOf,
  monthCanChi,
  periodLabel,
  periodRange,
  reportDueDate,
  toLunarDate,
  weekdayName,
  yearCanChi,
} from '../library.js';
import { heading } from '../output.js';
import { CliError, pad, usage } from '../text.js';
import { parseDate, parsePeriodArg } from '../workspace.js';

export const holidays: Handler = async (context) => {
  const text = context.args[0] ?? '';
  const year = Number(text);
  if (!/^\d{4}$/u.test(text) || year < 1900 || year > 2100) {
    badValue('YEAR', text, { vi: 'năm từ 1900 đến 2100', en: 'a year from 1900 to 2100' });
  }
  const days = holidaysIn(year);
  const makeUp = makeUpDaysIn(year);
  const line = (date: string, what: string) =>
    `  ${date}  ${pad(weekdayName(date as never, context.lang), 9)}  ${what}`;
  const lines = [
    heading(context, { vi: `Ngày nghỉ năm ${year}`, en: `Days off in ${year}` }),
    ...days.map((d) => {
      const kind =
        d.kind === 'compensating'
          ? context.t({ vi: ' (nghỉ bù)', en: ' (compensating day)' })
          : d.kind === 'scheduled'
            ? context.t({ vi: ' (theo lịch nghỉ chính thức)', en: ' (official schedule)' })
            : '';
      return line(d.date, `${d.name[context.lang]}${kind}`);
    }),
  ];
  if (makeUp.length > 0) {
    lines.push(
      '',
      heading(context, { vi: 'Ngày làm bù', en: 'Make-up working days' }),
      ...makeUp.map((m) =>
        line(m.date, context.t({ vi: `làm bù cho ${m.replaces}`, en: `worked for ${m.replaces}` })),
      ),
    );
  }
  return {
    text: `${lines.join('\n')}\n`,
    data: { year, holidays: days, makeUpDays: makeUp },
  };
};

export const period: Handler = async (context) => {
  const parsed = parsePeriodArg(context.args[0] ?? '');
  const policy = context.string('policy') === 'decree09' ? 'decree09' : 'calendar';
  const range = periodRange(parsed);
  const window = dataWindow(parsed, policy);
  const rules = MONTHLY_REPORTING_SCHEDULE.filter((rule) => rule.periodKind === parsed.kind);
  const dues = rules.map((rule) => ({
    rule: rule.id,
    name: rule.name,
    due: reportDueDate(parsed, rule.due, { policy }),
  }));
  const lines = [
    heading(context, {
      vi: `Kỳ ${formatPeriod(parsed)}: ${periodLabel(parsed).vi}`,
      en: `Period ${formatPeriod(parsed)}: ${periodLabel(parsed).en}`,
    }),
    `  ${context.t({ vi: 'Từ ngày', en: 'From' })} ${range.start} ${context.t({ vi: 'đến ngày', en: 'to' })} ${range.end}`,
    `  ${context.t({ vi: 'Số liệu', en: 'Data' })} (${policy}): ${window.start} → ${window.end}`,
  ];
  if (dues.length > 0) {
    lines.push(
      `  ${context.t({ vi: 'Hạn nộp (lịch báo cáo tháng mẫu)', en: 'Due dates (the example monthly schedule)' })}:`,
    );
    for (const due of dues) lines.push(`    ${due.due}  ${due.name[context.lang]}`);
  }
  return {
    text: `${lines.join('\n')}\n`,
    data: {
      period: formatPeriod(parsed),
      label: periodLabel(parsed),
      range,
      policy,
      dataWindow: window,
      due: dues,
    },
  };
};

const UNITS = [
  ['working-days', 'workingDay'],
  ['days', 'day'],
  ['weeks', 'week'],
  ['months', 'month'],
  ['years', 'year'],
] as const;

export const deadline: Handler = async (context) => {
  const start = parseDate(context.args[0] ?? '', 'DATE');
  const given = UNITS.filter(([option]) => context.string(option) !== undefined);
  const [chosen] = given;
  if (!chosen || given.length > 1) {
    throw usage('invalid_option', {
      vi: 'Cần đúng một trong --working-days, --days, --weeks, --months, --years.',
      en: 'Give exactly one of --working-days, --days, --weeks, --months, --years.',
    });
  }
  const [option, unit] = chosen;
  const text = context.string(option) ?? '';
  if (!/^\d{1,5}$/u.test(text)) {
    badValue(`--${option}`, text, { vi: 'số nguyên không âm', en: 'a whole number, 0 or more' });
  }
  const amount = Number(text);
  const end = deadlineAfter(start, { amount, unit });
  return {
    text: `${end}  ${weekdayName(end, context.lang)}\n`,
    data: { start, amount, unit, deadline: end },
  };
};

export const lunar: Handler = async (context) => {
  const date = parseDate(context.args[0] ?? '', 'DATE');
  const converted = toLunarDate(date);
  if (converted.isErr()) {
    throw new CliError(
      [{ code: converted.error.code, severity: 'error', message: messageOf(converted.error) }],
      2,
    );
  }
  const lunarDate = converted.value;
  const names = {
    day: dayCanChi(date).name,
    month: monthCanChi(lunarDate.year, lunarDate.month).name,
    year: yearCanChi(lunarDate.year).name,
  };
  const leap = lunarDate.leap ? context.t({ vi: ' (nhuận)', en: ' (leap)' }) : '';
  const lines = [
    `${date} (${weekdayName(date, context.lang)}) → ${formatLunarDate(lunarDate)}`,
    context.t({
      vi: `  Âm lịch: ${lunarDate.day}/${lunarDate.month}${leap}/${lunarDate.year} — ngày ${names.day.vi}, tháng ${names.month.vi}, năm ${names.year.vi}`,
      en: `  Lunar: ${lunarDate.day}/${lunarDate.month}${leap}/${lunarDate.year} — day ${names.day.en}, month ${names.month.en}, year ${names.year.en}`,
    }),
  ];
  return {
    text: `${lines.join('\n')}\n`,
    data: { date, lunar: lunarDate, text: formatLunarDate(lunarDate), canChi: names },
  };
};
