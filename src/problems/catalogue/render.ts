// The problems of the render module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';
import { dayVi, type NamedRef, named, short } from '../words.js';

export const receiverNotBody = /* @__PURE__ */ defineProblem('receiver_not_body', 'error', () => ({
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
}));

export const noSigner = /* @__PURE__ */ defineProblem('no_signer', 'error', () => ({
  summary: {
    vi: 'Văn bản báo cáo không có người ký: báo cáo chưa ghi người gửi và vị trí gửi không có ai giữ vào ngày của văn bản.',
    en: 'The report document has nobody to sign it: the report names no sender and the sending seat had no holder on the document’s date.',
  },
  example: {
    seat: { id: 'leader/1', label: { vi: 'Tổ trưởng', en: 'Leader' } },
    on: '2025-02-20',
  },
  vi: (p: { seat: NamedRef; on: string }) =>
    `Ngày ${dayVi(p.on)}, ${named(p.seat, 'vi')} không có ai giữ: hãy ghi khối chữ ký (signature) cho văn bản.`,
  en: (p) =>
    `On ${p.on}, ${named(p.seat, 'en')} had no holder: give the document’s signature block (signature).`,
}));
