// The problems of the team module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';
import { type NamedRef, named } from '../words.js';
import { dateWords, exampleRef, namedList, quoted } from './team-words.js';

/** The lists of a team file whose ids must be unique, as {@link duplicateId} names them. */
export type IdCollection =
  | 'bodies'
  | 'offices'
  | 'people'
  | 'seats'
  | 'decisions'
  | 'rules'
  | 'teams';

const COLLECTION_WORDS: Readonly<Record<IdCollection, { vi: string; en: string }>> = {
  bodies: { vi: 'hai cơ quan, tổ chức', en: 'two bodies' },
  offices: { vi: 'hai chức vụ', en: 'two offices' },
  people: { vi: 'hai người', en: 'two people' },
  seats: { vi: 'hai vị trí trong tổ', en: 'two seats' },
  decisions: { vi: 'hai quyết định', en: 'two decisions' },
  rules: { vi: 'hai quy tắc của mẫu', en: 'two rules of the template' },
  teams: { vi: 'hai tổ', en: 'two teams' },
};

/** The lists of a commune's lists file whose keys name a seat to create. */
export type SeatList = 'delegates' | 'villageHeads';

const SEAT = exampleRef(
  'deputies/dgn-youth',
  'Tổ phó — Bí thư Đoàn phường',
  'Deputy — Secretary of the ward Youth Union',
);
const LEADER = exampleRef(
  'leader/1',
  'Tổ trưởng — Phó Chủ tịch UBND xã',
  "Leader — Vice-chair of the commune People's Committee",
);
const VILLAGE = exampleRef('tdp-1', 'Tổ dân phố 1', 'Residential group 1');
const SCHOOL = exampleRef(
  'school-thcs',
  'Trường Trung học cơ sở Nguyễn Du',
  'Nguyễn Du Lower Secondary School',
);
const SCHOOLS_RULE = exampleRef(
  'schools',
  'Các trường học mỗi trường cử 01 cán bộ tham gia tổ',
  'One officer delegated by each school',
);
const MEMBERS_RULE = exampleRef(
  'members',
  'Tổ viên chỉ định theo tên',
  'Members appointed by name',
);
const YOUTH = exampleRef('youthUnion', 'Đoàn Thanh niên', 'Youth Union');
const DECISION = exampleRef('qd-41-2023', 'Quyết định số 41/QĐ-UBND', 'Decision 41/QĐ-UBND');
const DEPUTY = exampleRef('deputy', 'Tổ phó', 'Deputy');
const MEMBER = exampleRef('member', 'Tổ viên', 'Member');
const D = '2022-07-27';

function range(p: { min: number; max: number | null }, language: 'vi' | 'en'): string {
  if (p.max === null) return language === 'vi' ? `ít nhất ${p.min}` : `at least ${p.min}`;
  if (p.max === p.min) return `${p.min}`;
  return language === 'vi' ? `từ ${p.min} đến ${p.max}` : `${p.min} to ${p.max}`;
}

export const unknownSeat = /* @__PURE__ */ defineProblem('unknown_seat', 'error', () => ({
  summary: {
    vi: 'Một mã vị trí không có trong tổ (gõ sai, hoặc vị trí chưa được tạo).',
    en: 'A seat id the team does not have (a typo, or a seat not created yet).',
  },
  example: { seatId: 'deputies/youth' },
  vi: (p: { seatId: string }) => `Tổ không có vị trí ${quoted(p.seatId)}.`,
  en: (p) => `The team has no seat ${quoted(p.seatId)}.`,
}));

export const unknownPerson = /* @__PURE__ */ defineProblem('unknown_person', 'error', () => ({
  summary: {
    vi: 'Một mã người không có trong danh sách người của tổ.',
    en: 'A person id that is not in the team’s list of people.',
  },
  example: { personId: 'quan-thi-ngoc' },
  vi: (p: { personId: string }) => `Không có người ${quoted(p.personId)} trong danh sách người.`,
  en: (p) => `Person ${quoted(p.personId)} is not in the list of people.`,
}));

export const unknownBody = /* @__PURE__ */ defineProblem('unknown_body', 'error', () => ({
  summary: {
    vi: 'Một mã cơ quan, tổ chức không có trong danh sách cơ quan, tổ chức.',
    en: 'A body id that is not in the list of bodies.',
  },
  example: { bodyId: 'youth-union' },
  vi: (p: { bodyId: string }) =>
    `Không có cơ quan, tổ chức ${quoted(p.bodyId)} trong danh sách cơ quan, tổ chức.`,
  en: (p) => `Body ${quoted(p.bodyId)} is not in the list of bodies.`,
}));

export const unknownOffice = /* @__PURE__ */ defineProblem('unknown_office', 'error', () => ({
  summary: {
    vi: 'Một mã chức vụ không có trong danh sách chức vụ.',
    en: 'An office id that is not in the list of offices.',
  },
  example: { officeId: 'farmers-chair' },
  vi: (p: { officeId: string }) =>
    `Không có chức vụ ${quoted(p.officeId)} trong danh sách chức vụ.`,
  en: (p) => `Office ${quoted(p.officeId)} is not in the list of offices.`,
}));

export const unknownVillage = /* @__PURE__ */ defineProblem('unknown_village', 'error', () => ({
  summary: {
    vi: 'Một mã thôn (bon, tổ dân phố …) không phải thôn nào trong danh sách địa bàn.',
    en: 'A village id (thôn, bon, tổ dân phố …) that is no village of the list of places.',
  },
  example: { villageId: 'bon-bu-sir' },
  vi: (p: { villageId: string }) =>
    `Không có thôn, bon, tổ dân phố ${quoted(p.villageId)} trong danh sách địa bàn.`,
  en: (p) => `Village ${quoted(p.villageId)} is not among the villages of the list of places.`,
}));

export const unknownDecision = /* @__PURE__ */ defineProblem('unknown_decision', 'error', () => ({
  summary: {
    vi: 'Một mã quyết định không có trong danh sách quyết định của tổ.',
    en: 'A decision id that is not among the team’s decisions.',
  },
  example: { decisionId: '23-QD-UBND-2022' },
  vi: (p: { decisionId: string }) =>
    `Không có quyết định ${quoted(p.decisionId)} trong danh sách quyết định của tổ.`,
  en: (p) => `Decision ${quoted(p.decisionId)} is not among the team's decisions.`,
}));

export const unknownRule = /* @__PURE__ */ defineProblem('unknown_rule', 'error', () => ({
  summary: {
    vi: 'Danh sách người được chỉ định ghi một quy tắc mà mẫu không có (thường là gõ sai).',
    en: 'The appointments name a rule the template does not have (usually a typo).',
  },
  example: { ruleId: 'leaders', ruleIds: ['leader', 'members'] },
  vi: (p: { ruleId: string; ruleIds: readonly string[] }) =>
    `Mẫu không có quy tắc chỉ định theo tên ${quoted(p.ruleId)}${
      p.ruleIds.length === 0
        ? '.'
        : `; các quy tắc chỉ định theo tên: ${p.ruleIds.map(quoted).join(', ')}.`
    }`,
  en: (p) =>
    `The template has no rule of seats appointed by name ${quoted(p.ruleId)}${
      p.ruleIds.length === 0
        ? '.'
        : `; its rules of that kind: ${p.ruleIds.map(quoted).join(', ')}.`
    }`,
}));

export const duplicateId = /* @__PURE__ */ defineProblem('duplicate_id', 'error', () => ({
  summary: {
    vi: 'Hai mục cùng loại (vị trí, người, cơ quan, quyết định …) có cùng một mã.',
    en: 'Two items of one kind (seats, people, bodies, decisions …) have the same id.',
  },
  example: { id: 'leader/1', collection: 'seats' as IdCollection },
  vi: (p: { id: string; collection: IdCollection }) =>
    `Mã ${quoted(p.id)} dùng cho ${COLLECTION_WORDS[p.collection].vi}: mỗi mục cần một mã riêng.`,
  en: (p) =>
    `Id ${quoted(p.id)} is used by ${COLLECTION_WORDS[p.collection].en}: each needs its own id.`,
}));

export const entryWithoutSeat = /* @__PURE__ */ defineProblem(
  'entry_without_seat',
  'error',
  () => ({
    summary: {
      vi: 'Một dòng của danh sách cử người hoặc trưởng thôn không ứng với vị trí nào mẫu tạo ra, nên không được dùng.',
      en: 'An entry of the delegates or village heads lists matches no seat the template creates, so it is not used.',
    },
    example: { list: 'villageHeads' as SeatList, subject: VILLAGE, date: D },
    vi: (p: { list: SeatList; subject: NamedRef; date: string }) =>
      p.list === 'delegates'
        ? `${named(p.subject, 'vi')}: mẫu không có vị trí cán bộ do đơn vị này cử ngày ${dateWords(p.date, 'vi')} (mẫu không lấy loại đơn vị này, hoặc đơn vị ngoài địa bàn của tổ), nên dòng này không được dùng.`
        : `${named(p.subject, 'vi')} không thuộc địa bàn của tổ ngày ${dateWords(p.date, 'vi')} (hoặc mẫu không có vị trí người đứng đầu thôn), nên dòng này không được dùng.`,
    en: (p) =>
      p.list === 'delegates'
        ? `${named(p.subject, 'en')}: the template has no delegate seat for this body on ${p.date} (it asks no delegate of its kind, or the body is outside the team's area), so the entry is not used.`
        : `${named(p.subject, 'en')} is not in the team's area on ${p.date} (or the template has no village-head seat), so the entry is not used.`,
  }),
);

export const missingDate = /* @__PURE__ */ defineProblem('missing_date', 'error', () => ({
  summary: {
    vi: 'Danh sách không ghi ngày thành lập tổ, cũng không có quyết định thành lập.',
    en: 'The lists give neither the founding day nor the founding decision.',
  },
  example: {},
  vi: (_p: Record<string, never>) =>
    'Cần ngày thành lập tổ ("from") hoặc quyết định thành lập ("decision").',
  en: () => 'The founding day ("from") or the founding decision ("decision") is needed.',
}));

export const missingVillage = /* @__PURE__ */ defineProblem('missing_village', 'error', () => ({
  summary: {
    vi: 'Mẫu dành cho tổ cấp thôn nhưng danh sách không ghi thôn của tổ.',
    en: 'The template is for a village-level team but the lists name no village.',
  },
  example: {
    template: exampleRef('village-793-btttt-thh', 'Tổ cấp thôn', 'Village-level team'),
  },
  vi: (p: { template: NamedRef }) =>
    `Mẫu ${named(p.template, 'vi')} dành cho tổ cấp thôn: cần ghi thôn của tổ ("villageId").`,
  en: (p) =>
    `Template ${named(p.template, 'en')} is for a village-level team: the team's village ("villageId") is needed.`,
}));

export const noLeader = /* @__PURE__ */ defineProblem('no_leader', 'error', () => ({
  summary: {
    vi: 'Tổ không có Tổ trưởng vào ngày kiểm tra.',
    en: 'The team has no leader on the date checked.',
  },
  example: { date: D },
  vi: (p: { date: string }) => `Tổ chưa có Tổ trưởng ngày ${dateWords(p.date, 'vi')}.`,
  en: (p) => `The team has no leader on ${p.date}.`,
}));

export const multipleLeaders = /* @__PURE__ */ defineProblem('multiple_leaders', 'error', () => ({
  summary: {
    vi: 'Tổ có hơn một Tổ trưởng cùng lúc.',
    en: 'The team has more than one leader at once.',
  },
  example: { seat: LEADER, date: D },
  vi: (p: { seat: NamedRef; date: string }) =>
    `Tổ có hơn một Tổ trưởng ngày ${dateWords(p.date, 'vi')}: thêm ${named(p.seat, 'vi')}.`,
  en: (p) => `The team has more than one leader on ${p.date}: also ${named(p.seat, 'en')}.`,
}));

export const missingBodyKind = /* @__PURE__ */ defineProblem('missing_body_kind', 'error', () => ({
  summary: {
    vi: 'Mẫu cần người đứng đầu hoặc cán bộ được cử của một loại tổ chức mà địa bàn của tổ không có.',
    en: 'The template asks for the head or a delegate of a kind of body the team’s area does not have.',
  },
  example: { rule: SCHOOLS_RULE, bodyKind: YOUTH, date: D },
  vi: (p: { rule: NamedRef; bodyKind: NamedRef; date: string }) =>
    `${named(p.rule, 'vi')}: địa bàn của tổ không có ${p.bodyKind.label.vi} nào ngày ${dateWords(p.date, 'vi')}.`,
  en: (p) => `${named(p.rule, 'en')}: the team's area has no ${p.bodyKind.label.en} on ${p.date}.`,
}));

export const missingBodyHead = /* @__PURE__ */ defineProblem('missing_body_head', 'error', () => ({
  summary: {
    vi: 'Người đứng đầu một tổ chức mà mẫu yêu cầu (đoàn thể …) không có vị trí trong tổ.',
    en: 'The head of a body the template asks for (a mass organisation …) has no seat.',
  },
  example: {
    rule: exampleRef('deputies', 'Tổ phó: người đứng đầu tổ chức', 'Deputies: heads of bodies'),
    body: exampleRef('youth-union', 'Đoàn Thanh niên xã Đắk Nia', 'Đắk Nia commune Youth Union'),
    date: D,
  },
  vi: (p: { rule: NamedRef; body: NamedRef; date: string }) =>
    `Người đứng đầu ${named(p.body, 'vi')} chưa có vị trí trong tổ ngày ${dateWords(p.date, 'vi')}.`,
  en: (p) => `The head of ${named(p.body, 'en')} has no seat on the team on ${p.date}.`,
}));

export const missingOfficeSeat = /* @__PURE__ */ defineProblem(
  'missing_office_seat',
  'error',
  () => ({
    summary: {
      vi: 'Vị trí theo chức vụ mà mẫu yêu cầu không có trong tổ.',
      en: 'An ex-officio seat the template asks for is missing.',
    },
    example: {
      rule: exampleRef(
        'office-statistics-it',
        'Công chức Văn phòng – Thống kê phụ trách công nghệ thông tin',
        'The Office–Statistics civil servant in charge of information technology',
      ),
      office: exampleRef(
        'office-statistics-it',
        'Công chức Văn phòng - Thống kê phụ trách công nghệ thông tin',
        'Office–Statistics civil servant in charge of information technology',
      ),
    },
    vi: (p: { rule: NamedRef; office: NamedRef }) =>
      `Thiếu vị trí theo chức vụ ${named(p.office, 'vi')} mà mẫu yêu cầu.`,
    en: (p) => `The ex-officio seat of ${named(p.office, 'en')} the template asks for is missing.`,
  }),
);

export const missingDelegate = /* @__PURE__ */ defineProblem('missing_delegate', 'error', () => ({
  summary: {
    vi: 'Một đơn vị mà mẫu yêu cầu cử người (trường học, công an, y tế …) chưa có vị trí trong tổ.',
    en: 'A unit the template asks to delegate someone (a school, the police …) has no seat.',
  },
  example: { rule: SCHOOLS_RULE, body: SCHOOL, date: D },
  vi: (p: { rule: NamedRef; body: NamedRef; date: string }) =>
    `${named(p.body, 'vi')} chưa cử cán bộ tham gia tổ ngày ${dateWords(p.date, 'vi')}.`,
  en: (p) => `${named(p.body, 'en')} has no delegate on the team on ${p.date}.`,
}));

export const duplicateDelegate = /* @__PURE__ */ defineProblem(
  'duplicate_delegate',
  'error',
  () => ({
    summary: {
      vi: 'Một đơn vị có hơn một vị trí cán bộ được cử.',
      en: 'A unit has more than one delegate seat.',
    },
    example: {
      body: SCHOOL,
      seat: exampleRef('schools/extra', 'Tổ viên — Trường Trung học cơ sở Nguyễn Du', 'Member'),
    },
    vi: (p: { body: NamedRef; seat: NamedRef }) =>
      `${named(p.body, 'vi')} có hơn một vị trí cán bộ được cử: thêm ${named(p.seat, 'vi')}.`,
    en: (p) =>
      `${named(p.body, 'en')} has more than one delegate seat: also ${named(p.seat, 'en')}.`,
  }),
);

export const missingVillageHead = /* @__PURE__ */ defineProblem(
  'missing_village_head',
  'error',
  () => ({
    summary: {
      vi: 'Người đứng đầu một thôn, tổ dân phố của địa bàn chưa có vị trí trong tổ.',
      en: 'The head of a village of the area has no seat on the team.',
    },
    example: { village: VILLAGE, date: D },
    vi: (p: { village: NamedRef; date: string }) =>
      `Người đứng đầu ${named(p.village, 'vi')} chưa có vị trí trong tổ ngày ${dateWords(p.date, 'vi')}.`,
    en: (p) => `The head of ${named(p.village, 'en')} has no seat on the team on ${p.date}.`,
  }),
);

export const duplicateVillageHead = /* @__PURE__ */ defineProblem(
  'duplicate_village_head',
  'error',
  () => ({
    summary: {
      vi: 'Một thôn, tổ dân phố có hơn một vị trí người đứng đầu.',
      en: 'A village has more than one village-head seat.',
    },
    example: {
      village: VILLAGE,
      seat: exampleRef(
        'village-heads/again',
        'Tổ viên — Tổ dân phố 1',
        'Member — Residential group 1',
      ),
    },
    vi: (p: { village: NamedRef; seat: NamedRef }) =>
      `${named(p.village, 'vi')} có hơn một vị trí người đứng đầu: thêm ${named(p.seat, 'vi')}.`,
    en: (p) =>
      `${named(p.village, 'en')} has more than one village-head seat: also ${named(p.seat, 'en')}.`,
  }),
);

export const ruleCount = /* @__PURE__ */ defineProblem('rule_count', 'error', () => ({
  summary: {
    vi: 'Số vị trí chỉ định theo tên nằm ngoài số mẫu cho phép.',
    en: 'The number of seats appointed by name is outside what the template allows.',
  },
  example: { rule: MEMBERS_RULE, min: 2, max: null as number | null, count: 1 },
  vi: (p: { rule: NamedRef; min: number; max: number | null; count: number }) =>
    `${named(p.rule, 'vi')}: cần ${range(p, 'vi')} vị trí, hiện có ${p.count}.`,
  en: (p) => `${named(p.rule, 'en')}: ${range(p, 'en')} seats are needed, the team has ${p.count}.`,
}));

export const roleMismatch = /* @__PURE__ */ defineProblem('role_mismatch', 'error', () => ({
  summary: {
    vi: 'Một vị trí có vai trò khác vai trò quy tắc của mẫu yêu cầu.',
    en: 'A seat has another role than the one its template rule requires.',
  },
  example: {
    seat: exampleRef(
      'deputies/youth-union',
      'Tổ viên — Bí thư Đoàn Thanh niên xã',
      'Member — Secretary of the commune Youth Union',
    ),
    rule: exampleRef('deputies', 'Tổ phó: người đứng đầu tổ chức', 'Deputies: heads of bodies'),
    expected: DEPUTY,
    actual: MEMBER,
  },
  vi: (p: { seat: NamedRef; rule: NamedRef; expected: NamedRef; actual: NamedRef }) =>
    `${named(p.seat, 'vi')} phải là ${p.expected.label.vi} theo quy tắc ${named(p.rule, 'vi')}, không phải ${p.actual.label.vi}.`,
  en: (p) =>
    `${named(p.seat, 'en')} must be a ${p.expected.label.en.toLowerCase()} under ${named(p.rule, 'en')}, not a ${p.actual.label.en.toLowerCase()}.`,
}));

export const overlappingHoldings = /* @__PURE__ */ defineProblem(
  'overlapping_holdings',
  'error',
  () => ({
    summary: {
      vi: 'Một vị trí hoặc một chức vụ có hai người giữ trong cùng thời gian.',
      en: 'A seat or an office has two holders at the same time.',
    },
    example: { subject: LEADER, start: '2023-01-01' },
    vi: (p: { subject: NamedRef; start: string }) =>
      `${named(p.subject, 'vi')} có hai người giữ trong cùng thời gian (từ ${dateWords(p.start, 'vi')}).`,
    en: (p) => `${named(p.subject, 'en')} has two holders at the same time (from ${p.start}).`,
  }),
);

export const personInTwoSeats = /* @__PURE__ */ defineProblem(
  'person_in_two_seats',
  'error',
  () => ({
    summary: {
      vi: 'Một người giữ nhiều vị trí cùng lúc trong khi mẫu tổ không cho phép.',
      en: 'One person holds several seats at once where the template forbids it.',
    },
    example: {
      person: exampleRef('quan-thi-ngoc', 'Quản Thị Ngọc', 'Quản Thị Ngọc'),
      seats: [LEADER, SEAT],
      more: 0,
      date: D,
    },
    vi: (p: { person: NamedRef; seats: readonly NamedRef[]; more: number; date: string }) =>
      `${named(p.person, 'vi')} giữ ${p.seats.length + p.more} vị trí cùng lúc ngày ${dateWords(p.date, 'vi')}, mẫu tổ không cho phép: ${namedList(p.seats, p.more, 'vi', '; ')}.`,
    en: (p) =>
      `${named(p.person, 'en')} holds ${p.seats.length + p.more} seats at once on ${p.date}; the template forbids it: ${namedList(p.seats, p.more, 'en', '; ')}.`,
  }),
);

export const vacantSeat = /* @__PURE__ */ defineProblem('vacant_seat', 'warning', () => ({
  summary: {
    vi: 'Một vị trí không có người giữ vào ngày kiểm tra.',
    en: 'A seat held by nobody on the date checked.',
  },
  example: { seat: LEADER, date: D },
  vi: (p: { seat: NamedRef; date: string }) =>
    `${named(p.seat, 'vi')} không có người giữ ngày ${dateWords(p.date, 'vi')}.`,
  en: (p) => `${named(p.seat, 'en')} is held by nobody on ${p.date}.`,
}));

export const recommendationUnmet = /* @__PURE__ */ defineProblem(
  'recommendation_unmet',
  'warning',
  () => ({
    summary: {
      vi: 'Không ai giữ các vị trí của một quy tắc thuộc loại tổ chức mà mẫu khuyến nghị.',
      en: 'Nobody in the seats of a rule belongs to the kind of body the template recommends.',
    },
    example: { rule: MEMBERS_RULE, bodyKinds: [YOUTH] },
    vi: (p: { rule: NamedRef; bodyKinds: readonly NamedRef[] }) =>
      `${named(p.rule, 'vi')}: nên có thành viên thuộc ${p.bodyKinds.map((k) => k.label.vi).join(' hoặc ')}.`,
    en: (p) =>
      `${named(p.rule, 'en')}: a member from the ${p.bodyKinds.map((k) => k.label.en).join(' or ')} is recommended.`,
  }),
);

export const teamNotActive = /* @__PURE__ */ defineProblem('team_not_active', 'warning', () => ({
  summary: {
    vi: 'Tổ chưa thành lập hoặc đã giải thể vào ngày kiểm tra: chỉ dữ liệu được kiểm tra.',
    en: 'The team was not founded yet or was dissolved on the date checked: only the data is checked.',
  },
  example: { date: '2022-01-01', start: D, end: null as string | null },
  vi: (p: { date: string; start: string; end: string | null }) =>
    `Tổ không hoạt động ngày ${dateWords(p.date, 'vi')} (tổ hoạt động từ ${dateWords(p.start, 'vi')}${p.end === null ? '' : ` đến ${dateWords(p.end, 'vi')}`}): chỉ kiểm tra dữ liệu, không kiểm tra thành phần.`,
  en: (p) =>
    `The team did not exist on ${p.date} (it existed from ${p.start}${p.end === null ? '' : ` to ${p.end}`}): only the data was checked, not the composition.`,
}));

export const communeInactive = /* @__PURE__ */ defineProblem('commune_inactive', 'warning', () => ({
  summary: {
    vi: 'Xã, phường của tổ không còn tồn tại vào ngày kiểm tra (đã sáp nhập?).',
    en: 'The team’s commune no longer existed on the date checked (merged?).',
  },
  example: { commune: exampleRef('dak-nia', 'xã Đắk Nia', 'Đắk Nia commune'), date: '2025-07-01' },
  vi: (p: { commune: NamedRef; date: string }) =>
    `${named(p.commune, 'vi')} của tổ không còn tồn tại ngày ${dateWords(p.date, 'vi')} (đã sáp nhập?): cần quyết định kiện toàn tổ.`,
  en: (p) =>
    `The team's ${named(p.commune, 'en')} no longer existed on ${p.date} (merged?): an amending decision is needed.`,
}));

export const exOfficioSeat = /* @__PURE__ */ defineProblem('ex_officio_seat', 'error', () => ({
  summary: {
    vi: 'Quyết định thay người giữ một vị trí theo chức vụ: cần ghi người giữ chức vụ mới.',
    en: 'A decision replaces the holder of an ex-officio seat: record the new office holder instead.',
  },
  example: { seat: SEAT },
  vi: (p: { seat: NamedRef }) =>
    `${named(p.seat, 'vi')} là vị trí theo chức vụ: hãy ghi người giữ chức vụ mới thay vì thay người giữ vị trí.`,
  en: (p) => `${named(p.seat, 'en')} is ex officio: record the new holder of its office instead.`,
}));

export const seatNotActive = /* @__PURE__ */ defineProblem('seat_not_active', 'error', () => ({
  summary: {
    vi: 'Quyết định thay người hoặc kết thúc một vị trí không còn (hoặc chưa có) vào ngày quyết định có hiệu lực.',
    en: 'A decision replaces the holder of, or ends, a seat that is not in force on the day it takes effect.',
  },
  example: { seat: SEAT, date: '2024-01-01', end: '2022-12-31' as string | null },
  vi: (p: { seat: NamedRef; date: string; end: string | null }) =>
    `${named(p.seat, 'vi')} không còn (hoặc chưa có) trong tổ ngày ${dateWords(p.date, 'vi')}${p.end === null ? '' : ` (đã kết thúc ngày ${dateWords(p.end, 'vi')})`}.`,
  en: (p) =>
    `${named(p.seat, 'en')} is not in force on ${p.date}${p.end === null ? '' : ` (it ended on ${p.end})`}.`,
}));

export const effectiveBeforeSigned = /* @__PURE__ */ defineProblem(
  'effective_before_signed',
  'warning',
  () => ({
    summary: {
      vi: 'Một quyết định có hiệu lực trước ngày ký (thường gặp khi ký muộn; kiểm tra lại ngày).',
      en: 'A decision takes effect before it was signed (common when signed late; check the dates).',
    },
    example: { decision: DECISION, date: '2023-09-01', effectiveFrom: '2023-08-01' },
    vi: (p: { decision: NamedRef; date: string; effectiveFrom: string }) =>
      `${named(p.decision, 'vi')} có hiệu lực từ ${dateWords(p.effectiveFrom, 'vi')}, trước ngày ký ${dateWords(p.date, 'vi')}.`,
    en: (p) =>
      `${named(p.decision, 'en')} takes effect on ${p.effectiveFrom}, before it was signed on ${p.date}.`,
  }),
);

export const decisionBeforeTeam = /* @__PURE__ */ defineProblem(
  'decision_before_team',
  'error',
  () => ({
    summary: {
      vi: 'Quyết định kiện toàn có hiệu lực không sau ngày thành lập tổ.',
      en: 'An amending decision takes effect no later than the day the team was founded.',
    },
    example: { decision: DECISION, effectiveFrom: '2022-07-01', teamFrom: D },
    vi: (p: { decision: NamedRef; effectiveFrom: string; teamFrom: string }) =>
      `${named(p.decision, 'vi')} có hiệu lực ngày ${dateWords(p.effectiveFrom, 'vi')}, không sau ngày thành lập tổ ${dateWords(p.teamFrom, 'vi')}.`,
    en: (p) =>
      `${named(p.decision, 'en')} takes effect on ${p.effectiveFrom}, not after the team was founded on ${p.teamFrom}.`,
  }),
);

/** Why a signature block breaks the rules of Nghị định 30/2020, as {@link invalidSignature} says. */
export type SignatureFault = 'order' | 'titleMissing' | 'titleAfterActing';

const PREFIX_RULE = {
  vi: '"TM." (thay mặt tập thể) đứng đầu, sau đó nhiều nhất một trong "KT.", "Q.", "TL.", "TUQ." ("TM." chỉ đi cùng "KT." hoặc "Q."; sau "TL." có thể có "KT.")',
  en: '"TM." (on behalf of a collective) first, then at most one of "KT.", "Q.", "TL.", "TUQ." ("TM." goes only with "KT." or "Q."; "TL." may be followed by "KT.")',
};

function prefixWords(prefixes: readonly string[]): string {
  return prefixes.length === 0 ? '""' : `"${prefixes.map((p) => `${p}.`).join(' / ')}"`;
}

export const invalidSignature = /* @__PURE__ */ defineProblem('invalid_signature', 'error', () => ({
  summary: {
    vi: 'Khối chữ ký không theo Nghị định 30/2020: thứ tự các chữ viết tắt TM., KT., Q., TL., TUQ., hoặc chức vụ của người ký.',
    en: 'A signature block breaks Nghị định 30/2020: the order of the TM., KT., Q., TL., TUQ. prefixes, or the signer’s title.',
  },
  example: { prefixes: ['KT', 'TM'], fault: 'order' as SignatureFault },
  vi: (p: { prefixes: readonly string[]; fault: SignatureFault }) => {
    switch (p.fault) {
      case 'order':
        return `Khối chữ ký ${prefixWords(p.prefixes)} không đúng thứ tự: ${PREFIX_RULE.vi}.`;
      case 'titleMissing':
        return `Khối chữ ký ${prefixWords(p.prefixes)} thiếu chức vụ của người ký ("title"), ví dụ "Phó Chủ tịch".`;
      default:
        return `Khối chữ ký ${prefixWords(p.prefixes)}: người được giao quyền ký với dòng "Q. …", không ghi thêm chức vụ ("title").`;
    }
  },
  en: (p) => {
    switch (p.fault) {
      case 'order':
        return `Signature block ${prefixWords(p.prefixes)} is out of order: ${PREFIX_RULE.en}.`;
      case 'titleMissing':
        return `Signature block ${prefixWords(p.prefixes)} lacks the signer's title ("title"), e.g. "Phó Chủ tịch".`;
      default:
        return `Signature block ${prefixWords(p.prefixes)}: an acting head signs under the "Q. …" line, with no further title ("title").`;
    }
  },
}));

export const vacantLeader = /* @__PURE__ */ defineProblem('vacant_leader', 'error', () => ({
  summary: {
    vi: 'Vị trí Tổ trưởng không có người giữ (ví dụ thôn chưa có trưởng thôn): tổ không có Tổ trưởng.',
    en: 'Nobody holds the leader’s seat (e.g. the village has no head): the team has no leader.',
  },
  example: {
    seat: exampleRef('leader/thon-tan-lap', 'Tổ trưởng — thôn Tân Lập', 'Leader — Tân Lập village'),
    date: D,
  },
  vi: (p: { seat: NamedRef; date: string }) =>
    `${named(p.seat, 'vi')} không có người giữ ngày ${dateWords(p.date, 'vi')}: tổ không có Tổ trưởng.`,
  en: (p) => `${named(p.seat, 'en')} is held by nobody on ${p.date}: the team has no leader.`,
}));

export const villageOutsideArea = /* @__PURE__ */ defineProblem(
  'village_outside_area',
  'error',
  () => ({
    summary: {
      vi: 'Một vị trí người đứng đầu thôn vẫn còn trong khi thôn không còn thuộc địa bàn của tổ (đã chuyển sang xã khác, đã giải thể).',
      en: 'A village-head seat is still in force while its village is no longer in the team’s area (moved to another commune, dissolved).',
    },
    example: {
      seat: exampleRef('village-heads/thon-3', 'Tổ viên — thôn 3', 'Member — Village 3'),
      village: exampleRef('thon-3', 'thôn 3', 'Village 3'),
      date: '2024-07-01',
    },
    vi: (p: { seat: NamedRef; village: NamedRef; date: string }) =>
      `${named(p.seat, 'vi')} còn trong tổ nhưng ${named(p.village, 'vi')} không thuộc địa bàn của tổ ngày ${dateWords(p.date, 'vi')}: cần quyết định kết thúc vị trí này.`,
    en: (p) =>
      `${named(p.seat, 'en')} is still on the team but ${named(p.village, 'en')} is not in the team's area on ${p.date}: a decision ending the seat is needed.`,
  }),
);

export const seatNotInForce = /* @__PURE__ */ defineProblem('seat_not_in_force', 'error', () => ({
  summary: {
    vi: 'Hỏi về một vị trí vào ngày nó chưa có (trước ngày bắt đầu) hoặc đã kết thúc.',
    en: 'A seat is asked about on a day before it began or after it ended.',
  },
  example: {
    seat: SEAT,
    date: '2022-01-01',
    start: '2022-07-27' as string | null,
    end: null as string | null,
  },
  vi: (p: { seat: NamedRef; date: string; start: string | null; end: string | null }) =>
    p.start !== null && p.date < p.start
      ? `${named(p.seat, 'vi')} chưa có trong tổ ngày ${dateWords(p.date, 'vi')}: vị trí có từ ngày ${dateWords(p.start, 'vi')}.`
      : `${named(p.seat, 'vi')} không còn trong tổ ngày ${dateWords(p.date, 'vi')}${p.end === null ? '' : `: vị trí đã kết thúc ngày ${dateWords(p.end, 'vi')}`}.`,
  en: (p) =>
    p.start !== null && p.date < p.start
      ? `${named(p.seat, 'en')} does not exist yet on ${p.date}: the seat begins on ${p.start}.`
      : `${named(p.seat, 'en')} is no longer on the team on ${p.date}${p.end === null ? '' : `: the seat ended on ${p.end}`}.`,
}));

/** What a decision ends or moves, as {@link recordNotActive} and {@link stillHasSeat} name it. */
export type RecordKind = 'body' | 'office' | 'person' | 'place';

const RECORD_WORDS: Readonly<Record<RecordKind, { vi: string; en: string }>> = {
  body: { vi: 'Cơ quan, tổ chức', en: 'Body' },
  office: { vi: 'Chức vụ', en: 'Office' },
  person: { vi: 'Người', en: 'Person' },
  place: { vi: 'Địa bàn', en: 'Place' },
};

export const recordNotActive = /* @__PURE__ */ defineProblem('record_not_active', 'error', () => ({
  summary: {
    vi: 'Quyết định kết thúc hoặc chuyển một cơ quan, chức vụ, địa bàn không còn (hoặc chưa có) vào ngày có hiệu lực.',
    en: 'A decision ends or moves a body, office or place not in force on the day it takes effect.',
  },
  example: {
    kind: 'body' as RecordKind,
    subject: SCHOOL,
    date: '2025-07-01',
    end: '2025-06-30' as string | null,
  },
  vi: (p: { kind: RecordKind; subject: NamedRef; date: string; end: string | null }) =>
    `${RECORD_WORDS[p.kind].vi} ${named(p.subject, 'vi')} không còn (hoặc chưa có) ngày ${dateWords(p.date, 'vi')}${p.end === null ? '' : ` (đã kết thúc ngày ${dateWords(p.end, 'vi')})`}.`,
  en: (p) =>
    `${RECORD_WORDS[p.kind].en} ${named(p.subject, 'en')} is not in force on ${p.date}${p.end === null ? '' : ` (it ended on ${p.end})`}.`,
}));

export const stillHasSeat = /* @__PURE__ */ defineProblem('still_has_seat', 'error', () => ({
  summary: {
    vi: 'Quyết định kết thúc một cơ quan, chức vụ, thôn hoặc cho một người thôi khi một vị trí của tổ vẫn cần đến.',
    en: 'A decision ends a body, office or village, or lets a person go, that a seat still needs.',
  },
  example: { kind: 'body' as RecordKind, subject: SCHOOL, seat: SEAT, date: '2025-07-01' },
  vi: (p: { kind: RecordKind; subject: NamedRef; seat: NamedRef; date: string }) =>
    `${RECORD_WORDS[p.kind].vi} ${named(p.subject, 'vi')} kết thúc nhưng ${named(p.seat, 'vi')} vẫn cần đến ngày ${dateWords(p.date, 'vi')}: cần kết thúc vị trí hoặc thay người giữ trong cùng quyết định.`,
  en: (p) =>
    `${RECORD_WORDS[p.kind].en} ${named(p.subject, 'en')} ends but ${named(p.seat, 'en')} still needs it on ${p.date}: end the seat or replace its holder in the same decision.`,
}));

export const seatNotCarried = /* @__PURE__ */ defineProblem('seat_not_carried', 'warning', () => ({
  summary: {
    vi: 'Khi sáp nhập, một vị trí của tổ cũ không chuyển sang tổ mới: thôn, đơn vị hoặc chức vụ của nó không thuộc xã mới.',
    en: 'In a merger, a seat of an old team is not carried over: its village, unit or office is not part of the new commune.',
  },
  example: {
    seat: exampleRef(
      'police-health/hb-police',
      'Tổ viên — Công an xã Hòa Bình',
      'Member — Hòa Bình commune police',
    ),
    team: exampleRef(
      'to-cnscd-hoa-binh',
      'Tổ công nghệ số cộng đồng xã Hòa Bình',
      'Hòa Bình commune team',
    ),
    date: '2025-07-01',
  },
  vi: (p: { seat: NamedRef; team: NamedRef; date: string }) =>
    `${named(p.seat, 'vi')} của ${named(p.team, 'vi')} không được chuyển sang tổ mới từ ngày ${dateWords(p.date, 'vi')}: thôn, đơn vị hoặc chức vụ của vị trí không thuộc xã mới.`,
  en: (p) =>
    `${named(p.seat, 'en')} of ${named(p.team, 'en')} is not carried into the new team from ${p.date}: its village, unit or office is not part of the new commune.`,
}));

export const duplicateOffice = /* @__PURE__ */ defineProblem('duplicate_office', 'warning', () => ({
  summary: {
    vi: 'Sau sáp nhập, tổ mới có hai vị trí theo cùng một chức vụ (của hai xã cũ).',
    en: 'After a merger, the new team has two seats for one office (one from each old commune).',
  },
  example: {
    office: exampleRef(
      'it-officer',
      'Công chức Văn phòng - Thống kê phụ trách chuyển đổi số',
      'Office–Statistics civil servant in charge of digital transformation',
    ),
    seat: exampleRef('it-officer@to-cnscd-hoa-thuan', 'Tổ viên', 'Member'),
  },
  vi: (p: { office: NamedRef; seat: NamedRef }) =>
    `Chức vụ ${named(p.office, 'vi')} có hơn một vị trí trong tổ mới: thêm ${named(p.seat, 'vi')}.`,
  en: (p) =>
    `Office ${named(p.office, 'en')} has more than one seat on the new team: also ${named(p.seat, 'en')}.`,
}));
