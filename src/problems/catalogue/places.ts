// The problems of the places module. Each is declared with defineProblem and raised with raise().
import type { Label } from '../../text/label.js';
import { defineProblem } from '../problem.js';
import { type NamedRef, named } from '../words.js';
import { dateWords, exampleRef, quoted, subjectWords } from './team-words.js';

/** A level of administrative geography, as the messages name it. */
export type LevelWord = 'province' | 'district' | 'commune' | 'village';

const LEVEL_WORDS: Readonly<Record<LevelWord, Label>> = {
  province: { vi: 'cấp tỉnh', en: 'province level' },
  district: { vi: 'cấp huyện', en: 'district level' },
  commune: { vi: 'cấp xã', en: 'commune level' },
  village: { vi: 'cấp thôn', en: 'village level' },
};

const BU_SIR = exampleRef('bon-bu-sir', 'bon Bu Sir', 'Bu Sir bon (village)');
const DAK_NIA = exampleRef('dak-nia', 'xã Đắk Nia', 'Đắk Nia commune');

export const unknownPlace = /* @__PURE__ */ defineProblem('unknown_place', 'error', () => ({
  summary: {
    vi: 'Một mã địa bàn (tỉnh, xã, thôn …) không có trong danh sách địa bàn.',
    en: 'A place id (province, commune, village …) that is not in the list of places.',
  },
  example: { placeId: 'bon-bu-sir' },
  vi: (p: { placeId: string }) => `Không có địa bàn ${quoted(p.placeId)} trong danh sách địa bàn.`,
  en: (p) => `Place ${quoted(p.placeId)} is not in the list of places.`,
}));

export const duplicatePlace = /* @__PURE__ */ defineProblem('duplicate_place', 'error', () => ({
  summary: {
    vi: 'Hai địa bàn trong danh sách có cùng một mã.',
    en: 'Two places of the list have the same id.',
  },
  example: { placeId: 'bon-bu-sir' },
  vi: (p: { placeId: string }) =>
    `Mã địa bàn ${quoted(p.placeId)} dùng cho hai địa bàn: mỗi địa bàn cần một mã riêng.`,
  en: (p) => `Place id ${quoted(p.placeId)} is used by two places: each place needs its own id.`,
}));

export const unknownParent = /* @__PURE__ */ defineProblem('unknown_parent', 'error', () => ({
  summary: {
    vi: 'Địa bàn cấp trên của một địa bàn không có trong danh sách địa bàn.',
    en: 'The parent of a place is not in the list of places.',
  },
  example: { place: BU_SIR, parentId: 'dak-nia' },
  vi: (p: { place: NamedRef; parentId: string }) =>
    `${named(p.place, 'vi')}: không có địa bàn cấp trên ${quoted(p.parentId)} trong danh sách địa bàn.`,
  en: (p) =>
    `${named(p.place, 'en')}: its parent ${quoted(p.parentId)} is not in the list of places.`,
}));

export const parentLevel = /* @__PURE__ */ defineProblem('parent_level', 'error', () => ({
  summary: {
    vi: 'Một địa bàn trực thuộc địa bàn cùng cấp hoặc cấp dưới (một xã dưới một thôn …).',
    en: 'A place under a place of the same or a lower level (a commune under a village …).',
  },
  example: {
    place: DAK_NIA,
    level: 'commune' as LevelWord,
    parent: BU_SIR,
    parentLevel: 'village' as LevelWord,
  },
  vi: (p: { place: NamedRef; level: LevelWord; parent: NamedRef; parentLevel: LevelWord }) =>
    `${named(p.place, 'vi')} thuộc ${LEVEL_WORDS[p.level].vi}, không thể trực thuộc ${named(p.parent, 'vi')} thuộc ${LEVEL_WORDS[p.parentLevel].vi}.`,
  en: (p) =>
    `${named(p.place, 'en')} is at ${LEVEL_WORDS[p.level].en} and cannot be under ${named(p.parent, 'en')}, at ${LEVEL_WORDS[p.parentLevel].en}.`,
}));

export const overlappingParents = /* @__PURE__ */ defineProblem(
  'overlapping_parents',
  'error',
  () => ({
    summary: {
      vi: 'Một địa bàn có hai địa bàn cấp trên trong cùng một thời gian.',
      en: 'A place has two parents at the same time.',
    },
    example: { place: BU_SIR, parentId: 'dong-gia-nghia' },
    vi: (p: { place: NamedRef; parentId: string }) =>
      `${named(p.place, 'vi')}: thời gian trực thuộc ${quoted(p.parentId)} chồng lên thời gian trực thuộc một địa bàn cấp trên khác.`,
    en: (p) =>
      `${named(p.place, 'en')}: its time under ${quoted(p.parentId)} overlaps its time under another parent.`,
  }),
);

export const datesOutOfOrder = /* @__PURE__ */ defineProblem('dates_out_of_order', 'error', () => ({
  summary: {
    vi: 'Một bản ghi có ngày kết thúc trước ngày bắt đầu.',
    en: 'A record ends before it starts.',
  },
  example: { subject: DAK_NIA, start: '2025-07-01', end: '2025-06-30' },
  vi: (p: { subject: NamedRef; start: string; end: string }) =>
    `${subjectWords(p.subject, 'vi')}ngày kết thúc ${dateWords(p.end, 'vi')} trước ngày bắt đầu ${dateWords(p.start, 'vi')}.`,
  en: (p) =>
    `${subjectWords(p.subject, 'en')}the end date ${p.end} is before the start date ${p.start}.`,
}));

export const kindLevelMismatch = /* @__PURE__ */ defineProblem(
  'kind_level_mismatch',
  'error',
  () => ({
    summary: {
      vi: 'Loại của một địa bàn (xã, phường, thôn, tổ dân phố …) không thuộc cấp đã ghi.',
      en: 'The kind of a place (commune, ward, village, residential group …) is not of its level.',
    },
    example: {
      place: BU_SIR,
      kind: 'bon',
      kindNoun: { vi: 'bon', en: 'bon (village)' } as Label,
      level: 'commune' as LevelWord,
    },
    vi: (p: { place: NamedRef; kind: string; kindNoun: Label; level: LevelWord }) =>
      `${named(p.place, 'vi')}: loại "${p.kindNoun.vi}" (${p.kind}) không phải đơn vị ${LEVEL_WORDS[p.level].vi}.`,
    en: (p) =>
      `${named(p.place, 'en')}: the kind "${p.kindNoun.en}" (${p.kind}) is not at ${LEVEL_WORDS[p.level].en}.`,
  }),
);

export const duplicateCounts = /* @__PURE__ */ defineProblem('duplicate_counts', 'error', () => ({
  summary: {
    vi: 'Một địa bàn có hai bản số hộ, nhân khẩu bắt đầu cùng một ngày.',
    en: 'A place has two records of counts starting on the same day.',
  },
  example: { place: BU_SIR, date: '2022-01-01' },
  vi: (p: { place: NamedRef; date: string }) =>
    `${named(p.place, 'vi')}: có hai bản số liệu cùng bắt đầu ngày ${dateWords(p.date, 'vi')}.`,
  en: (p) => `${named(p.place, 'en')}: two records of counts start on ${p.date}.`,
}));
