// The problems of the chain module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';
import { type NamedRef, named } from '../words.js';
import { dateWords, exampleRef, namedList } from './team-words.js';

const LEADER = exampleRef(
  'leader/1',
  'Tổ trưởng — Phó Chủ tịch UBND xã',
  "Leader — Vice-chair of the commune People's Committee",
);
const FARMERS = exampleRef(
  'deputies/farmers',
  'Tổ phó — Chủ tịch Hội Nông dân xã',
  "Deputy — Chair of the commune Farmers' Association",
);
const BU_SIR = exampleRef(
  'village-heads/bon-bu-sir',
  'Tổ viên — bon Bu Sir',
  'Member — Bu Sir bon',
);
const D = '2022-07-27';

export const chainCycle = /* @__PURE__ */ defineProblem('chain_cycle', 'error', () => ({
  summary: {
    vi: 'Phân công người phụ trách tạo thành vòng lặp: chuỗi báo cáo không bao giờ lên tới Tổ trưởng.',
    en: 'The supervision assignments go round in a cycle: the chain never reaches the leader.',
  },
  example: { seats: [LEADER, FARMERS], more: 0 },
  vi: (p: { seats: readonly NamedRef[]; more: number }) =>
    `Chuỗi báo cáo bị lặp vòng: ${namedList(p.seats, p.more, 'vi', ' → ')} → quay lại vị trí đầu.`,
  en: (p) =>
    `The reporting chain goes round in a cycle: ${namedList(p.seats, p.more, 'en', ' → ')} → back to the first.`,
}));

export const chainNotReachingLeader = /* @__PURE__ */ defineProblem(
  'chain_not_reaching_leader',
  'error',
  () => ({
    summary: {
      vi: 'Chuỗi báo cáo của một vị trí không lên tới Tổ trưởng (tổ không có Tổ trưởng, hoặc phân công tới vị trí không có).',
      en: 'The reporting chain of a seat does not reach a leader (the team has none, or an assignment names a seat that does not exist).',
    },
    example: { seat: BU_SIR, date: D },
    vi: (p: { seat: NamedRef; date: string }) =>
      `Chuỗi báo cáo của ${named(p.seat, 'vi')} không lên tới Tổ trưởng ngày ${dateWords(p.date, 'vi')}.`,
    en: (p) =>
      `The reporting chain of ${named(p.seat, 'en')} does not reach a leader on ${p.date}.`,
  }),
);

export const chainNotReachingCommittee = /* @__PURE__ */ defineProblem(
  'chain_not_reaching_committee',
  'error',
  () => ({
    summary: {
      vi: 'Tổ trưởng không chịu trách nhiệm trước Ủy ban nhân dân nào còn hoạt động.',
      en: 'The leader answers to no People’s Committee in force.',
    },
    example: { date: D },
    vi: (p: { date: string }) =>
      `Chuỗi báo cáo không lên tới Ủy ban nhân dân ngày ${dateWords(p.date, 'vi')}: danh sách cơ quan Tổ trưởng chịu trách nhiệm trước ("reportsTo") không có Ủy ban nhân dân còn hoạt động.`,
    en: (p) =>
      `The reporting chain does not reach a People's Committee on ${p.date}: the bodies the leader answers to ("reportsTo") include none in force.`,
  }),
);

export const supervisorInactive = /* @__PURE__ */ defineProblem(
  'supervisor_inactive',
  'error',
  () => ({
    summary: {
      vi: 'Một dòng phân công còn hiệu lực trỏ tới vị trí không còn (hoặc chưa có).',
      en: 'A supervision row in force points at a seat that is not in force.',
    },
    example: { seat: BU_SIR, supervisor: FARMERS, date: '2024-04-01' },
    vi: (p: { seat: NamedRef; supervisor: NamedRef; date: string }) =>
      `${named(p.seat, 'vi')} được phân công cho ${named(p.supervisor, 'vi')}, vị trí này không còn (hoặc chưa có) ngày ${dateWords(p.date, 'vi')}: cần phân công lại.`,
    en: (p) =>
      `${named(p.seat, 'en')} is assigned to ${named(p.supervisor, 'en')}, which is not in force on ${p.date}: assign it again.`,
  }),
);

export const overlappingSupervision = /* @__PURE__ */ defineProblem(
  'overlapping_supervision',
  'error',
  () => ({
    summary: {
      vi: 'Một vị trí được phân công cho hai người phụ trách trong cùng thời gian.',
      en: 'A seat is assigned to two supervisors at the same time.',
    },
    example: { seat: BU_SIR, start: '2024-01-01' },
    vi: (p: { seat: NamedRef; start: string }) =>
      `${named(p.seat, 'vi')} được phân công cho hai người phụ trách trong cùng thời gian (từ ${dateWords(p.start, 'vi')}).`,
    en: (p) =>
      `${named(p.seat, 'en')} is assigned to two supervisors at the same time (from ${p.start}).`,
  }),
);

export const noSupervisor = /* @__PURE__ */ defineProblem('no_supervisor', 'warning', () => ({
  summary: {
    vi: 'Một Tổ viên chưa được phân công cho Tổ phó nào (báo cáo trực tiếp Tổ trưởng).',
    en: 'A member assigned to no deputy (they report straight to the leader).',
  },
  example: { seat: BU_SIR },
  vi: (p: { seat: NamedRef }) =>
    `${named(p.seat, 'vi')} chưa được phân công cho Tổ phó nào: báo cáo trực tiếp Tổ trưởng.`,
  en: (p) => `${named(p.seat, 'en')} is not assigned to a deputy: it reports to the leader.`,
}));
