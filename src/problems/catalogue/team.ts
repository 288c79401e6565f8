// The problems of the team module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';

export const unknownSeat = defineProblem({
  code: 'unknown_seat',
  severity: 'error',
  summary: {
    vi: 'Một mã vị trí không có trong tổ (gõ sai, hoặc vị trí chưa được tạo).',
    en: 'A seat id the team does not have (a typo, or a seat not created yet).',
  },
  example: { seatId: 'deputies/youth' },
  vi: (p: { seatId: string }) => `Tổ không có vị trí "${p.seatId}".`,
  en: (p) => `The team has no seat "${p.seatId}".`,
});

export const unknownPerson = defineProblem({
  code: 'unknown_person',
  severity: 'error',
  summary: {
    vi: 'Một mã người không có trong danh sách người của tổ.',
    en: 'A person id that is not in the team’s list of people.',
  },
  example: { personId: 'quan-thi-ngoc' },
  vi: (p: { personId: string }) => `Không có người "${p.personId}" trong danh sách người.`,
  en: (p) => `Person "${p.personId}" is not in the list of people.`,
});
