// The problems of the render module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';

/** An id as a message quotes it: at most 60 characters, then "…". */
function short(id: string | undefined): string {
  const text = id ?? '';
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}

export const receiverNotBody = defineProblem({
  code: 'receiver_not_body',
  severity: 'error',
  summary: {
    vi: 'Văn bản báo cáo gửi UBND chỉ viết được cho một báo cáo gửi tới một cơ quan của tổ (UBND xã, Ban chỉ đạo …).',
    en: 'The report document for the People’s Committee is written only for a report sent to one of the team’s bodies (the People’s Committee, the steering committee …).',
  },
  example: { receiverId: 'deputies/farmers' } as { receiverId?: string },
  vi: (p: { receiverId?: string }) =>
    p.receiverId === undefined
      ? 'Báo cáo chưa có nơi nhận: văn bản chỉ viết cho báo cáo gửi tới một cơ quan của tổ.'
      : `Báo cáo gửi tới "${short(p.receiverId)}", không phải một cơ quan của tổ: văn bản chỉ viết cho báo cáo gửi cơ quan (UBND xã …).`,
  en: (p) =>
    p.receiverId === undefined
      ? 'The report has no receiver: the document is written only for a report sent to one of the team’s bodies.'
      : `The report is sent to "${short(p.receiverId)}", not to one of the team’s bodies: the document is written only for a report to a body (the People’s Committee …).`,
});
