// The problems of the reports module. Each is declared with defineProblem and raised with raise().
import type { Label } from '../../text/label.js';
import { defineProblem } from '../problem.js';
import { dayVi, grouped, type NamedRef, named, short } from '../words.js';

const village: NamedRef = {
  id: 'village-heads/bon-bu-sir',
  label: { vi: 'Tổ viên — bon Bu Sir', en: 'Member — Bu Sir bon (village)' },
};
const deputy: NamedRef = {
  id: 'deputies/farmers',
  label: {
    vi: 'Tổ phó — Chủ tịch Hội Nông dân xã',
    en: "Deputy — Chair of the commune Farmers' Association",
  },
};
const january: NamedRef = {
  id: '2025-01',
  label: { vi: 'tháng 1 năm 2025', en: 'January 2025' },
};

export const missingPeriod = /* @__PURE__ */ defineProblem('missing_period', 'error', () => ({
  summary: {
    vi: 'Một báo cáo định kỳ không ghi kỳ báo cáo.',
    en: 'A periodic report does not give its period.',
  },
  example: {},
  vi: (_: Record<string, never>) =>
    'Báo cáo định kỳ phải ghi kỳ báo cáo, ví dụ 2025-01 (tháng 1 năm 2025).',
  en: () => 'A periodic report must give its period, e.g. 2025-01 (January 2025).',
}));

export const missingRequest = /* @__PURE__ */ defineProblem('missing_request', 'error', () => ({
  summary: {
    vi: 'Một báo cáo đột xuất không ghi yêu cầu mà nó trả lời.',
    en: 'An ad-hoc report does not give the request it answers.',
  },
  example: {},
  vi: (_: Record<string, never>) =>
    'Báo cáo đột xuất phải ghi yêu cầu mà nó trả lời: mã, nội dung, ngày yêu cầu và hạn trả lời.',
  en: () =>
    'An ad-hoc report must give the request it answers: its id, what was asked, when, and by when.',
}));

export const dueBeforeRequest = /* @__PURE__ */ defineProblem(
  'due_before_request',
  'error',
  () => ({
    summary: {
      vi: 'Hạn trả lời của một yêu cầu báo cáo đột xuất sớm hơn ngày yêu cầu.',
      en: 'The due date of an ad-hoc request is earlier than the day it was made.',
    },
    example: { requestedOn: '2025-03-10', due: '2025-03-01' },
    vi: (p: { requestedOn: string; due: string }) =>
      `Hạn trả lời ${dayVi(p.due)} sớm hơn ngày yêu cầu ${dayVi(p.requestedOn)}.`,
    en: (p) => `The due date ${p.due} is earlier than the day of the request, ${p.requestedOn}.`,
  }),
);

export const notHolder = /* @__PURE__ */ defineProblem('not_holder', 'error', () => ({
  summary: {
    vi: 'Người gửi báo cáo không giữ vị trí gửi vào ngày gửi (hoặc vị trí không có ai giữ).',
    en: 'The sender of a report did not hold the sending seat on the day it was sent (or nobody did).',
  },
  example: {
    seat: village,
    on: '2025-02-14',
    holder: { id: 'y-bri', label: { vi: 'Điểu Bri', en: 'Điểu Bri' } },
    claimed: 'thi-h-len',
  } as { seat: NamedRef; on: string; holder?: NamedRef; claimed?: string },
  vi: (p: { seat: NamedRef; on: string; holder?: NamedRef; claimed?: string }) =>
    p.holder === undefined
      ? `Ngày ${dayVi(p.on)}, ${named(p.seat, 'vi')} không có ai giữ: không ai gửi báo cáo thay vị trí này được.`
      : `Ngày ${dayVi(p.on)}, ${named(p.seat, 'vi')} do ${named(p.holder, 'vi')} giữ${p.claimed === undefined ? '' : `, không phải "${short(p.claimed)}"`}.`,
  en: (p) =>
    p.holder === undefined
      ? `On ${p.on}, ${named(p.seat, 'en')} was held by nobody: no one can report for it.`
      : `On ${p.on}, ${named(p.seat, 'en')} was held by ${named(p.holder, 'en')}${p.claimed === undefined ? '' : `, not by "${short(p.claimed)}"`}.`,
}));

export const unknownReceiver = /* @__PURE__ */ defineProblem('unknown_receiver', 'error', () => ({
  summary: {
    vi: 'Nơi nhận của một báo cáo không phải vị trí hay cơ quan nào của tổ.',
    en: 'The receiver of a report is neither a seat nor a body of the team.',
  },
  example: { receiverId: 'dak-nia-ubnd' },
  vi: (p: { receiverId: string }) =>
    `Không có nơi nhận "${short(p.receiverId)}": nơi nhận phải là một vị trí hoặc cơ quan của tổ.`,
  en: (p) =>
    `There is no receiver "${short(p.receiverId)}": it must be a seat or a body of the team.`,
}));

export const noReceiver = /* @__PURE__ */ defineProblem('no_receiver', 'error', () => ({
  summary: {
    vi: 'Không xác định được nơi nhận báo cáo: vị trí gửi không có cấp trên, hoặc tổ không báo cáo cơ quan nào.',
    en: 'A report has nowhere to go: the sending seat has no supervisor, or the team reports to no body.',
  },
  example: { seat: deputy, on: '2025-02-18' },
  vi: (p: { seat: NamedRef; on: string }) =>
    `Ngày ${dayVi(p.on)}, ${named(p.seat, 'vi')} không có nơi nhận báo cáo: ghi nơi nhận, hoặc bổ sung chuỗi báo cáo của tổ.`,
  en: (p) =>
    `On ${p.on}, ${named(p.seat, 'en')} has no one to report to: give the receiver, or complete the team’s reporting chain.`,
}));

export const periodNotOpen = /* @__PURE__ */ defineProblem('period_not_open', 'error', () => ({
  summary: {
    vi: 'Báo cáo được gửi trước khi kỳ báo cáo bắt đầu.',
    en: 'A report is sent before its period begins.',
  },
  example: { period: january, start: '2025-01-01', on: '2024-12-30' },
  vi: (p: { period: NamedRef; start: string; on: string }) =>
    `Kỳ ${named(p.period, 'vi')} bắt đầu ngày ${dayVi(p.start)}, chưa thể báo cáo ngày ${dayVi(p.on)}.`,
  en: (p) =>
    `The period ${named(p.period, 'en')} begins on ${p.start}; it cannot be reported on ${p.on}.`,
}));

export const beforeRequest = /* @__PURE__ */ defineProblem('before_request', 'error', () => ({
  summary: {
    vi: 'Báo cáo đột xuất được gửi trước ngày có yêu cầu mà nó trả lời.',
    en: 'An ad-hoc report is sent before the day of the request it answers.',
  },
  example: { requestId: 'vneid-2026-03', requestedOn: '2026-03-02', on: '2026-03-01' },
  vi: (p: { requestId: string; requestedOn: string; on: string }) =>
    `Yêu cầu "${short(p.requestId)}" có từ ngày ${dayVi(p.requestedOn)}, chưa thể trả lời ngày ${dayVi(p.on)}.`,
  en: (p) =>
    `Request "${short(p.requestId)}" was made on ${p.requestedOn}; it cannot be answered on ${p.on}.`,
}));

export const valueOutsidePeriod = /* @__PURE__ */ defineProblem(
  'value_outside_period',
  'error',
  () => ({
    summary: {
      vi: 'Một số liệu trong báo cáo thuộc kỳ khác kỳ của báo cáo.',
      en: 'A value in a report belongs to another period than the report’s.',
    },
    example: {
      valuePeriod: { id: '2024-12', label: { vi: 'tháng 12 năm 2024', en: 'December 2024' } },
      period: january,
    },
    vi: (p: { valuePeriod: NamedRef; period: NamedRef }) =>
      `Số liệu kỳ ${named(p.valuePeriod, 'vi')} không thuộc báo cáo kỳ ${named(p.period, 'vi')}.`,
    en: (p) =>
      `A value for ${named(p.valuePeriod, 'en')} does not belong in a report for ${named(p.period, 'en')}.`,
  }),
);

export const duplicateReport = /* @__PURE__ */ defineProblem('duplicate_report', 'error', () => ({
  summary: {
    vi: 'Mã của một báo cáo đã được dùng cho một báo cáo khác (của vị trí khác, hoặc kỳ khác) trong sổ.',
    en: 'A report’s id is already used by another report (of another seat or period) in the book.',
  },
  example: { reportId: 'bc-2025-01' },
  vi: (p: { reportId: string }) =>
    `Mã báo cáo "${short(p.reportId)}" đã dùng cho một báo cáo khác trong sổ: mỗi báo cáo cần một mã riêng.`,
  en: (p) =>
    `Report id "${short(p.reportId)}" is already used by another report in the book: each report needs its own id.`,
}));

export const unknownReport = /* @__PURE__ */ defineProblem('unknown_report', 'error', () => ({
  summary: {
    vi: 'Không có báo cáo mang mã này trong sổ (hoặc đó là một phiên bản cũ đã được thay).',
    en: 'No report in the book has this id (or it is an earlier version that was replaced).',
  },
  example: { reportId: 'bc-2025-01' },
  vi: (p: { reportId: string }) => `Không có báo cáo "${short(p.reportId)}" trong sổ báo cáo.`,
  en: (p) => `There is no report "${short(p.reportId)}" in the book.`,
}));

export const notReceiver = /* @__PURE__ */ defineProblem('not_receiver', 'error', () => ({
  summary: {
    vi: 'Một vị trí hay cơ quan không phải nơi nhận, cũng không phải Tổ trưởng, lại duyệt báo cáo.',
    en: 'A seat or body that is neither the receiver nor the leader reviews a report.',
  },
  example: {
    reportId: 'bc-2025-01',
    receiver: deputy,
    by: village,
    leader: { id: 'leader/1', label: { vi: 'Tổ trưởng', en: 'Leader' } },
  } as { reportId: string; receiver: NamedRef; by: NamedRef; leader?: NamedRef },
  vi: (p: { reportId: string; receiver: NamedRef; by: NamedRef; leader?: NamedRef }) =>
    `Chỉ nơi nhận, ${named(p.receiver, 'vi')}${p.leader === undefined ? '' : `, và ${named(p.leader, 'vi')}`} mới được duyệt báo cáo "${short(p.reportId)}"; ${named(p.by, 'vi')} thì không.`,
  en: (p) =>
    `Only the receiver, ${named(p.receiver, 'en')}${p.leader === undefined ? ',' : `, and ${named(p.leader, 'en')}`} may review report "${short(p.reportId)}"; ${named(p.by, 'en')} may not.`,
}));

export const missingComment = /* @__PURE__ */ defineProblem('missing_comment', 'error', () => ({
  summary: {
    vi: 'Trả lại một báo cáo mà không nêu lý do.',
    en: 'A report is returned without a comment saying why.',
  },
  example: { reportId: 'bc-2025-01' },
  vi: (p: { reportId: string }) =>
    `Trả lại báo cáo "${short(p.reportId)}" phải nêu lý do, để người gửi biết cần sửa gì.`,
  en: (p) =>
    `Returning report "${short(p.reportId)}" needs a comment, so that the sender knows what to correct.`,
}));

export const reportLocked = /* @__PURE__ */ defineProblem('report_locked', 'error', () => ({
  summary: {
    vi: 'Báo cáo đã được chấp nhận nên đã khóa: không gửi lại, không duyệt lại được.',
    en: 'A report has been accepted and is locked: it cannot be resubmitted or reviewed again.',
  },
  example: { reportId: 'bc-2025-01' } as { reportId?: string },
  vi: (p: { reportId?: string }) =>
    `Báo cáo${p.reportId === undefined ? '' : ` "${short(p.reportId)}"`} đã được chấp nhận và khóa: không thể thay đổi.`,
  en: (p) =>
    `Report${p.reportId === undefined ? '' : ` "${short(p.reportId)}"`} has been accepted and is locked: it cannot change.`,
}));

export const invalidApproval = /* @__PURE__ */ defineProblem('invalid_approval', 'error', () => ({
  summary: {
    vi: 'Chấp nhận hoặc trả lại một báo cáo đã bị trả lại mà chưa được gửi lại.',
    en: 'A report that was returned is accepted or returned again before it is resubmitted.',
  },
  example: {
    reportId: 'bc-2025-01',
    action: 'accept',
    actionLabel: { vi: 'chấp nhận', en: 'accept' },
  } as { reportId?: string; action: string; actionLabel: Label },
  vi: (p: { reportId?: string; action: string; actionLabel: Label }) =>
    `Báo cáo${p.reportId === undefined ? '' : ` "${short(p.reportId)}"`} đã bị trả lại: người gửi phải gửi lại trước khi nơi nhận ${p.actionLabel.vi}.`,
  en: (p) =>
    `Report${p.reportId === undefined ? '' : ` "${short(p.reportId)}"`} was returned: the sender must resubmit it before the receiver can ${p.actionLabel.en} it.`,
}));

export const dueTooLate = /* @__PURE__ */ defineProblem('due_too_late', 'error', () => ({
  summary: {
    vi: 'Một quy định của lịch báo cáo cho hạn nộp quá xa sau cuối kỳ (quá 5 năm).',
    en: 'A rule of a reporting schedule sets a due date too long after the period’s end (over 5 years).',
  },
  example: { days: 500_000_000, maximum: 1830 },
  vi: (p: { days: number; maximum: number }) =>
    `Hạn nộp ${grouped(p.days, '.')} ngày sau cuối kỳ là quá xa: tối đa ${grouped(p.maximum, '.')} ngày.`,
  en: (p) =>
    `A due date ${grouped(p.days, ',')} days after the period’s end is too far: at most ${grouped(p.maximum, ',')}.`,
}));
