// The problems of the duties module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';
import { quoted } from './team-words.js';

/** The placeholders an Article 2 text may use, as the messages list them. */
const PLACEHOLDERS = ['{commune}', '{area}', '{villages}', '{reportsTo}'].map(quoted).join(', ');

export const unknownPlaceholder = /* @__PURE__ */ defineProblem(
  'unknown_placeholder',
  'error',
  () => ({
    summary: {
      vi: 'Văn bản Điều 2 (chế độ làm việc, nhiệm vụ) dùng một chỗ điền mà thư viện không biết.',
      en: 'An Article 2 text (working regime, duties) uses a placeholder the library does not know.',
    },
    example: { placeholder: '{xa}' },
    vi: (p: { placeholder: string }) =>
      `Không có chỗ điền ${quoted(p.placeholder)}; các chỗ điền: ${PLACEHOLDERS}.`,
    en: (p) =>
      `There is no placeholder ${quoted(p.placeholder)}; the placeholders are ${PLACEHOLDERS}.`,
  }),
);

export const duplicateDutyId = /* @__PURE__ */ defineProblem('duplicate_duty_id', 'error', () => ({
  summary: {
    vi: 'Hai nhiệm vụ trong văn bản Điều 2 có cùng một mã.',
    en: 'Two duties of an Article 2 text have the same id.',
  },
  example: { id: 'member.report' },
  vi: (p: { id: string }) =>
    `Mã nhiệm vụ ${quoted(p.id)} dùng cho hai nhiệm vụ: mỗi nhiệm vụ cần một mã riêng.`,
  en: (p) => `Duty id ${quoted(p.id)} is used by two duties: each needs its own id.`,
}));
