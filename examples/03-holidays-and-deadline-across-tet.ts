/**
 * Public holidays of 2025, and a deadline that crosses Tết: five working days from 20 January
 * 2025 skip the Tết holiday (25 January – 2 February), and a report due during Tết moves to the
 * next working day. Run: `npx tsx examples/03-holidays-and-deadline-across-tet.ts`.
 */
import {
  formatLunarDate,
  formatVietnameseDate,
  holidaysIn,
  isWorkingDay,
  taskDeadline,
  toLunarDate,
  weekdayName,
  workingDaysBetween,
} from 'to-cong-nghe-so';

console.log('Ngày nghỉ năm 2025 / public holidays in 2025:');
for (const holiday of holidaysIn(2025)) {
  console.log(`  ${holiday.date} ${weekdayName(holiday.date).padEnd(9)} ${holiday.name.vi}`);
}

const given = '2025-01-20';
const due = taskDeadline(given, { amount: 5, unit: 'workingDay' });
console.log(`\nGiao ngày / given on ${formatVietnameseDate(given)}, hạn 5 ngày làm việc:`);
console.log(`  → ${formatVietnameseDate(due)} (${weekdayName(due)})`);
console.log(`  working days from ${given} to ${due}: ${workingDaysBetween(given, due)}`);
console.log(`  29/1/2025 is a working day: ${isWorkingDay('2025-01-29')}`);
console.log(
  `  29/1/2025 âm lịch / lunar: ${toLunarDate('2025-01-29').map(formatLunarDate).unwrapOr('?')}`,
);
console.log(
  `Hạn ghi 28/1 (trong Tết) / due on 28 January, during Tết → ${taskDeadline(given, '2025-01-28')}`,
);
