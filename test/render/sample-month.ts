import {
  consolidateReports,
  draftMemberReport,
  type Report,
  type ReportRecord,
  submitReport,
} from '../../src/index.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../../src/samples/index.js';

/** Runs the sample month up the chain and returns the book and the leader's report. */
export function sampleMonth(): { book: ReportRecord[]; leader: Report } {
  const team = dakNia2022Team();
  const month = dakNiaJanuary2025();
  const { period } = month;
  let book: ReportRecord[] = [];
  for (const member of month.members) {
    const draft = draftMemberReport(team, {
      ...member,
      period,
      activities: month.activities,
      values: month.values,
    })._unsafeUnwrap();
    book = submitReport(book, draft, { team })._unsafeUnwrap();
  }
  for (const deputy of month.deputies) {
    const draft = consolidateReports(book, team, { ...deputy, period })._unsafeUnwrap();
    book = submitReport(book, draft, { team })._unsafeUnwrap();
  }
  const draft = consolidateReports(book, team, { ...month.leader, period })._unsafeUnwrap();
  book = submitReport(book, draft, { team })._unsafeUnwrap();
  const leader = book.at(-1)?.report;
  if (!leader) throw new Error('no leader report');
  return { book, leader };
}
