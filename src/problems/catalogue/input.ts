// Problems with the shape of an input document, found before any domain rule is checked.
import type { Label } from '../../text/label.js';
import { defineProblem } from '../problem.js';
import { fieldPhrase } from '../words.js';

/** What a value should have been, as {@link invalidType} names it. */
export type ValueKind =
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'list'
  | 'object'
  | 'null'
  | 'other';

const KIND_WORDS: Record<ValueKind, Label> = {
  text: { vi: 'văn bản', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  list: { vi: 'một danh sách [ … ]', en: 'a list [ … ]' },
  object: { vi: 'một đối tượng { … }', en: 'an object { … }' },
  null: { vi: 'null', en: 'null' },
  other: { vi: 'giá trị khác', en: 'another value' },
};

/** What a size limit counts. */
export type SizeSubject = 'number' | 'text' | 'list';

/** The predicate of a size limit: "phải có ít nhất 2 mục", "must be 31 or less". */
function bound(
  language: 'vi' | 'en',
  side: 'min' | 'max',
  p: { limit: number; subject: SizeSubject; inclusive: boolean },
): string {
  const n = p.limit;
  const most = side === 'min' ? 0 : 1;
  if (language === 'vi') {
    if (p.subject === 'text') return `phải có ${['ít nhất', 'nhiều nhất'][most]} ${n} ký tự`;
    if (p.subject === 'list') return `phải có ${['ít nhất', 'nhiều nhất'][most]} ${n} mục`;
    if (side === 'min') return p.inclusive ? `phải từ ${n} trở lên` : `phải lớn hơn ${n}`;
    return p.inclusive ? `không được quá ${n}` : `phải nhỏ hơn ${n}`;
  }
  const plural = n === 1 ? '' : 's';
  if (p.subject === 'text')
    return `must have ${['at least', 'at most'][most]} ${n} character${plural}`;
  if (p.subject === 'list') return `must have ${['at least', 'at most'][most]} ${n} item${plural}`;
  if (side === 'min') return p.inclusive ? `must be ${n} or more` : `must be more than ${n}`;
  return p.inclusive ? `must be ${n} or less` : `must be less than ${n}`;
}

const example = { field: 'seats[3].role' };

export const invalidJson = /* @__PURE__ */ defineProblem('invalid_json', 'error', () => ({
  summary: {
    vi: 'Nội dung tệp không phải JSON hợp lệ (thiếu dấu phẩy, ngoặc, nháy …).',
    en: 'The text is not valid JSON (a missing comma, bracket, quote …).',
  },
  example: { line: 3, column: 14 },
  vi: (p: { line: number; column: number }) =>
    `Nội dung không phải JSON hợp lệ: lỗi ở dòng ${p.line}, cột ${p.column}.`,
  en: (p) => `The text is not valid JSON: error at line ${p.line}, column ${p.column}.`,
}));

export const invalidType = /* @__PURE__ */ defineProblem('invalid_type', 'error', () => ({
  summary: {
    vi: 'Một trường có kiểu sai (văn bản thay cho số, đối tượng thay cho danh sách …).',
    en: 'A field has the wrong type (text for a number, an object for a list …).',
  },
  example: { ...example, expected: 'text' as ValueKind, received: '12' },
  vi: (p: { field: string; expected: ValueKind; received: string }) =>
    `${fieldPhrase(p.field, 'vi')} phải là ${KIND_WORDS[p.expected].vi}, nhận được ${p.received}.`,
  en: (p) =>
    `${fieldPhrase(p.field, 'en')} must be ${KIND_WORDS[p.expected].en}, got ${p.received}.`,
}));

export const missingField = /* @__PURE__ */ defineProblem('missing_field', 'error', () => ({
  summary: { vi: 'Thiếu một trường bắt buộc.', en: 'A required field is missing.' },
  example,
  vi: (p: { field: string }) => `Thiếu trường bắt buộc "${p.field}".`,
  en: (p) => `Required field "${p.field}" is missing.`,
}));

export const unknownField = /* @__PURE__ */ defineProblem('unknown_field', 'error', () => ({
  summary: {
    vi: 'Một trường không thuộc mẫu dữ liệu (thường do gõ sai tên trường).',
    en: 'A field the format does not have (often a misspelt name).',
  },
  example: { field: 'appointments.leaders' },
  vi: (p: { field: string }) =>
    `Không có trường "${p.field}" trong mẫu dữ liệu: kiểm tra lại tên trường.`,
  en: (p) => `There is no field "${p.field}" in this format: check the name.`,
}));

export const duplicateKey = /* @__PURE__ */ defineProblem('duplicate_key', 'error', () => ({
  summary: {
    vi: 'Hai khóa trong cùng đối tượng giống nhau sau khi chuẩn hóa Unicode (NFC).',
    en: 'Two keys of one object are the same once normalised to Unicode NFC.',
  },
  example: { field: 'villageHeads["Bu Sir"]' },
  vi: (p: { field: string }) =>
    `Khóa "${p.field}" xuất hiện hai lần (khác nhau chỉ ở cách gõ dấu tiếng Việt).`,
  en: (p) => `Key "${p.field}" appears twice (differing only in how the accents were typed).`,
}));

export const tooSmall = /* @__PURE__ */ defineProblem('too_small', 'error', () => ({
  summary: {
    vi: 'Một số quá nhỏ, một văn bản quá ngắn hoặc một danh sách quá ít mục.',
    en: 'A number too small, a text too short or a list with too few items.',
  },
  example: { field: 'rules', limit: 1, subject: 'list' as SizeSubject, inclusive: true },
  vi: (p: { field: string; limit: number; subject: SizeSubject; inclusive: boolean }) =>
    `${fieldPhrase(p.field, 'vi')} ${bound('vi', 'min', p)}.`,
  en: (p) => `${fieldPhrase(p.field, 'en')} ${bound('en', 'min', p)}.`,
}));

export const tooBig = /* @__PURE__ */ defineProblem('too_big', 'error', () => ({
  summary: {
    vi: 'Một số quá lớn, một văn bản quá dài hoặc một danh sách quá nhiều mục.',
    en: 'A number too big, a text too long or a list with too many items.',
  },
  example: { field: 'days', limit: 31, subject: 'number' as SizeSubject, inclusive: true },
  vi: (p: { field: string; limit: number; subject: SizeSubject; inclusive: boolean }) =>
    `${fieldPhrase(p.field, 'vi')} ${bound('vi', 'max', p)}.`,
  en: (p) => `${fieldPhrase(p.field, 'en')} ${bound('en', 'max', p)}.`,
}));

export const invalidFormat = /* @__PURE__ */ defineProblem('invalid_format', 'error', () => ({
  summary: {
    vi: 'Một văn bản không đúng dạng quy định (mã, thư điện tử, thời điểm …).',
    en: 'A text not in the required form (an id, an email, a timestamp …).',
  },
  example: {
    field: 'rules[0].id',
    expected: {
      vi: 'chữ thường, chữ số và dấu gạch ngang',
      en: 'lower-case letters, digits and hyphens',
    },
    received: '"Quy tắc 1"',
  },
  vi: (p: { field: string; expected: Label; received: string }) =>
    `${fieldPhrase(p.field, 'vi')} phải có dạng ${p.expected.vi}, nhận được ${p.received}.`,
  en: (p) => `${fieldPhrase(p.field, 'en')} must be ${p.expected.en}, got ${p.received}.`,
}));

/** How many allowed values a message lists before it counts the rest. */
const LISTED_VALUES = 8;

/**
 * The allowed values, in full up to {@link LISTED_VALUES}, else the first ones and how many more:
 * a long list would push what was received out of the message.
 */
function allowedList(allowed: readonly string[], language: 'vi' | 'en'): string {
  if (allowed.length <= LISTED_VALUES) return allowed.join(', ');
  const more = allowed.length - (LISTED_VALUES - 1);
  const rest = language === 'vi' ? `và ${more} giá trị khác` : `or ${more} other values`;
  return `${allowed.slice(0, LISTED_VALUES - 1).join(', ')} ${rest}`;
}

export const invalidValue = /* @__PURE__ */ defineProblem('invalid_value', 'error', () => ({
  summary: {
    vi: 'Một trường nhận giá trị ngoài danh sách cho phép.',
    en: 'A field has a value outside the allowed list.',
  },
  example: {
    field: 'seats[3].role',
    allowed: ['"leader"', '"deputy"', '"member"'],
    received: '"boss"',
  },
  vi: (p: { field: string; allowed: readonly string[]; received: string }) =>
    `${fieldPhrase(p.field, 'vi')} phải là một trong ${allowedList(p.allowed, 'vi')}; nhận được ${p.received}.`,
  en: (p) =>
    `${fieldPhrase(p.field, 'en')} must be one of ${allowedList(p.allowed, 'en')}; got ${p.received}.`,
}));

export const invalidInput = /* @__PURE__ */ defineProblem('invalid_input', 'error', () => ({
  summary: {
    vi: 'Một giá trị không hợp với bất kỳ dạng nào được chấp nhận.',
    en: 'A value that matches none of the accepted forms.',
  },
  example: { field: 'seats[3].filling', received: '{"kind":"x"}' },
  vi: (p: { field: string; received: string }) =>
    `${fieldPhrase(p.field, 'vi')} không hợp lệ${p.received === '' ? '' : `: ${p.received}`}.`,
  en: (p) =>
    `${fieldPhrase(p.field, 'en')} is not valid${p.received === '' ? '' : `: ${p.received}`}.`,
}));

export const tooDeep = /* @__PURE__ */ defineProblem('too_deep', 'error', () => ({
  summary: {
    vi: 'Dữ liệu lồng nhau quá sâu (hoặc tự tham chiếu), không thể là một tệp của thư viện.',
    en: 'Data nested too deep (or referring to itself): no file of the library looks like that.',
  },
  example: { field: 'places[0]', maxDepth: 64 },
  vi: (p: { field: string; maxDepth: number }) =>
    `${fieldPhrase(p.field, 'vi')} lồng nhau quá ${p.maxDepth} cấp hoặc tự tham chiếu.`,
  en: (p) =>
    `${fieldPhrase(p.field, 'en')} is nested more than ${p.maxDepth} levels deep or refers to itself.`,
}));

export const unreadableInput = /* @__PURE__ */ defineProblem('unreadable_input', 'error', () => ({
  summary: {
    vi: 'Không đọc được một giá trị (đối tượng đặc biệt, không phải dữ liệu thuần).',
    en: 'A value could not be read (a special object, not plain data).',
  },
  example,
  vi: (p: { field: string }) =>
    `${fieldPhrase(p.field, 'vi')} không đọc được: cần dữ liệu thuần như JSON.`,
  en: (p) => `${fieldPhrase(p.field, 'en')} cannot be read: plain data, as in JSON, is needed.`,
}));

export const inputTooLarge = /* @__PURE__ */ defineProblem('input_too_large', 'error', () => ({
  summary: {
    vi: 'Dữ liệu vượt giới hạn kích thước thư viện đọc.',
    en: 'The input is larger than the library reads.',
  },
  example: { size: 6_000_000, maximum: 5_000_000 },
  vi: (p: { size: number; maximum: number }) =>
    `Dữ liệu quá lớn: ${p.size} ký tự, tối đa ${p.maximum}.`,
  en: (p) => `The input is too large: ${p.size} characters, at most ${p.maximum}.`,
}));

export const tooManyProblems = /* @__PURE__ */ defineProblem('too_many_problems', 'error', () => ({
  summary: {
    vi: 'Có quá nhiều lỗi: chỉ liệt kê những lỗi đầu.',
    en: 'Too many problems: only the first ones are listed.',
  },
  example: { shown: 100, more: 42 },
  vi: (p: { shown: number; more: number }) =>
    `… và ${p.more} vấn đề khác (chỉ liệt kê ${p.shown}).`,
  en: (p) => `… and ${p.more} more problems (only ${p.shown} listed).`,
}));

export const invalidArgument = /* @__PURE__ */ defineProblem('invalid_argument', 'error', () => ({
  summary: {
    vi: 'Một hàm nhận đối số sai kiểu hoặc ngoài miền (lỗi lập trình, được ném ra dưới dạng TypeError).',
    en: 'A function was given an argument of the wrong type or out of range (a programming error, thrown as a TypeError).',
  },
  example: {
    argument: 'date',
    expected: { vi: 'ngày dạng YYYY-MM-DD', en: 'a YYYY-MM-DD date' },
    received: '"24/02/2026"',
  },
  vi: (p: { argument: string; expected: Label; received: string }) =>
    `Đối số "${p.argument}" phải là ${p.expected.vi}, nhận được ${p.received}.`,
  en: (p) => `Argument "${p.argument}" must be ${p.expected.en}, got ${p.received}.`,
}));
