// The problems of the render module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';

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
      : `Báo cáo gửi tới "${p.receiverId}", không phải một cơ quan của tổ: văn bản chỉ viết cho báo cáo gửi cơ quan (UBND xã …).`,
  en: (p) =>
    p.receiverId === undefined
      ? 'The report has no receiver: the document is written only for a report sent to one of the team’s bodies.'
      : `The report is sent to "${p.receiverId}", not to one of the team’s bodies: the document is written only for a report to a body (the People’s Committee …).`,
});
