import { copyData } from '../_internal/copy.js';
import { buildTeam } from './build.js';
import type { TeamLists } from './lists.js';
import type { Person, Team } from './schema.js';
import { dakNia2022Template } from './templates.js';

const ILLUSTRATIVE =
  'Minh họa, không có trong Quyết định 23/QĐ-UBND / illustrative, not in Decision 23/QĐ-UBND';
const FROM_DECISION =
  'Quyết định 23/QĐ-UBND ngày 27/7/2022 (chức vụ tại ngày ký / office held on the day of signing)';
const DECISION_ID = '23-QD-UBND-2022';

function illustrative(
  id: string,
  name: string,
  gender: 'female' | 'male',
  memberOf: string[] = [],
): Person {
  return { id, name, gender, memberOf, note: ILLUSTRATIVE };
}

const VILLAGES: [
  id: string,
  kind: 'thon' | 'bon',
  name: string,
  households: number,
  population: number,
  head: Person,
][] = [
  ['bon-bu-sir', 'bon', 'Bu Sir', 212, 874, illustrative('y-bri', 'Điểu Bri', 'male')],
  ['bon-n-jrieng', 'bon', "N'Jriêng", 186, 802, illustrative('thi-h-len', "Thị H'Len", 'female')],
  [
    'bon-phai-kol-pru-dang',
    'bon',
    'Phai Kol Pru Đăng',
    143,
    611,
    illustrative('dieu-k-ray', "Điểu K'Ray", 'male'),
  ],
  [
    'thon-nam-ra',
    'thon',
    'Nam Rạ',
    265,
    1032,
    illustrative('nguyen-van-hai', 'Nguyễn Văn Hải', 'male'),
  ],
  ['thon-nam-da', 'thon', 'Nam Đà', 231, 927, illustrative('le-thi-thu', 'Lê Thị Thu', 'female')],
  [
    'thon-cay-xoai',
    'thon',
    'Cây Xoài',
    198,
    765,
    illustrative('pham-van-duc', 'Phạm Văn Đức', 'male'),
  ],
];

const DAK_NIA_2022_LISTS: TeamLists = {
  id: 'to-cong-nghe-so-dak-nia',
  communeId: 'dak-nia',
  decision: {
    id: DECISION_ID,
    kind: 'founding',
    number: 23,
    symbol: 'QĐ-UBND',
    issuerId: 'dak-nia-pc',
    place: 'Đắk Nia',
    date: '2022-07-27',
    summary: 'Về việc thành lập Tổ công nghệ số cộng đồng xã Đắk Nia',
    legalBases: [
      'Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức Chính quyền địa phương ngày 22/11/2019',
      'Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ về việc phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
      'Quyết định số 570/QĐ-UBND ngày 21 tháng 3 năm 2022 của UBND tỉnh Đắk Nông ban hành Kế hoạch triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 01/11/2021 của Tỉnh ủy về Chuyển đổi số tỉnh Đắk Nông đến năm 2025, định hướng đến năm 2030',
      'Quyết định số 602/QĐ-UBND ngày 13 tháng 5 năm 2022 của UBND thành phố Gia Nghĩa ban hành Kế hoạch triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 01/11/2021 của Tỉnh ủy về Chuyển đổi số tỉnh Đắk Nông đến năm 2025, định hướng đến năm 2030',
      'Kế hoạch số 37-KH/ĐU, ngày 02 tháng 7 năm 2022 của Đảng ủy xã Đắk Nia về việc triển khai thực hiện Kế hoạch số 45-KH/ThU, ngày 20/01/2022 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 09-NQ/TU, ngày 01/11/2021 của Tỉnh ủy Đắk Nông về chuyển đổi số tỉnh Đắk Nông đến năm 2025 và định hướng đến năm 2030',
      'Kế hoạch số 61/KH-UBND, ngày 26 tháng 7 năm 2022 của Ủy ban nhân dân xã Đắk Nia về triển khai Nghị quyết số 09-NQ/TU, ngày 01/11/2021 của Tỉnh ủy Đắk Nông về chuyển đổi số tỉnh Đắk Nông đến năm 2025 và định hướng đến năm 2030',
    ],
    proposer: 'công chức Văn phòng - Thống kê',
    articles: [
      {
        number: 1,
        paragraphs: [
          'Thành lập Tổ công nghệ số cộng đồng xã Đắk Nia (sau đây gọi tắt là Tổ công nghệ số) để hướng dẫn, hỗ trợ, kiểm tra, theo dõi, đôn đốc, báo cáo tiến độ Chuyển đổi số trên địa bàn xã, gồm các ông (bà) có tên sau:',
        ],
        generate: 'composition',
      },
      {
        number: 2,
        heading: 'Chế độ làm việc và nhiệm vụ của Tổ công nghệ số:',
        paragraphs: [],
        generate: 'duties',
      },
      {
        number: 3,
        paragraphs: [
          'Quyết định này có hiệu lực thi hành kể từ ngày ký.',
          'Văn phòng - Thống kê, các ban ngành đoàn thể, đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
        ],
      },
    ],
    recipients: [
      { name: 'UBND TP Gia Nghĩa', bodyId: 'gia-nghia-pc', forReport: true },
      { name: 'Phòng VH TT TP', bodyId: 'gia-nghia-culture', forReport: true },
      { name: 'TT Đảng ủy xã', bodyId: 'dak-nia-party', forReport: true },
      { name: 'TT HĐND xã', bodyId: 'dak-nia-council', forReport: true },
      { name: 'Như Điều 3', forReport: false },
    ],
    archive: ['VP'],
    signature: {
      authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }],
      title: 'Chủ tịch',
      name: 'Trần Đình Tuấn',
    },
  },
  places: [
    {
      id: 'dak-nong',
      level: 'province',
      kind: 'province',
      name: 'Đắk Nông',
      code: '67',
      to: '2025-06-30',
      parents: [],
      counts: [],
    },
    {
      id: 'lam-dong',
      level: 'province',
      kind: 'province',
      name: 'Lâm Đồng',
      code: '68',
      parents: [],
      counts: [],
    },
    {
      id: 'gia-nghia',
      level: 'district',
      kind: 'provincialCity',
      name: 'Gia Nghĩa',
      to: '2025-06-30',
      parents: [{ parentId: 'dak-nong' }],
      counts: [],
    },
    {
      id: 'dak-nia',
      level: 'commune',
      kind: 'commune',
      name: 'Đắk Nia',
      to: '2025-06-30',
      parents: [{ parentId: 'gia-nghia' }],
      counts: [],
    },
    {
      id: 'dong-gia-nghia',
      level: 'commune',
      kind: 'ward',
      name: 'Đông Gia Nghĩa',
      code: '24617',
      from: '2025-07-01',
      parents: [{ parentId: 'lam-dong' }],
      counts: [],
    },
    ...VILLAGES.map(([id, kind, name, households, population]) => ({
      id,
      level: 'village' as const,
      kind,
      name,
      parents: [
        { parentId: 'dak-nia', to: '2025-06-30' as const },
        { parentId: 'dong-gia-nghia', from: '2025-07-01' as const },
      ],
      counts: [{ from: '2022-01-01' as const, households, population }],
      note: ILLUSTRATIVE,
    })),
  ],
  bodies: [
    {
      id: 'dak-nia-pc',
      kind: 'peoplesCommittee',
      name: { vi: 'Ủy ban nhân dân xã Đắk Nia', en: "Đắk Nia commune People's Committee" },
      shortName: { vi: 'UBND xã', en: "commune People's Committee" },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'dak-nia-steering',
      kind: 'steeringCommittee',
      name: {
        vi: 'Ban Chỉ đạo chuyển đổi số xã Đắk Nia',
        en: 'Đắk Nia commune digital transformation steering committee',
      },
      shortName: { vi: 'Ban chỉ đạo chuyển đổi số xã', en: 'commune steering committee' },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'dak-nia-council',
      kind: 'peoplesCouncil',
      name: { vi: 'Hội đồng nhân dân xã Đắk Nia', en: "Đắk Nia commune People's Council" },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'dak-nia-party',
      kind: 'partyCommittee',
      name: { vi: 'Đảng ủy xã Đắk Nia', en: 'Đắk Nia commune Party Committee' },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'dak-nia-office',
      kind: 'officeStatistics',
      name: { vi: 'Văn phòng - Thống kê xã Đắk Nia', en: 'Đắk Nia commune Office–Statistics' },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'youth-union',
      kind: 'youthUnion',
      name: { vi: 'Đoàn Thanh niên xã Đắk Nia', en: 'Đắk Nia commune Youth Union' },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'womens-union',
      kind: 'womensUnion',
      name: { vi: 'Hội Liên hiệp phụ nữ xã Đắk Nia', en: "Đắk Nia commune Women's Union" },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'farmers',
      kind: 'farmersAssociation',
      name: { vi: 'Hội Nông dân xã Đắk Nia', en: "Đắk Nia commune Farmers' Association" },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'veterans',
      kind: 'veteransAssociation',
      name: { vi: 'Hội Cựu chiến binh xã Đắk Nia', en: "Đắk Nia commune Veterans' Association" },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'school-mam-non',
      kind: 'school',
      name: { vi: 'Trường Mầm non Hoa Ban', en: 'Hoa Ban Kindergarten' },
      placeId: 'dak-nia',
      note: ILLUSTRATIVE,
    },
    {
      id: 'school-tieu-hoc',
      kind: 'school',
      name: { vi: 'Trường Tiểu học Lê Lợi', en: 'Lê Lợi Primary School' },
      placeId: 'dak-nia',
      note: ILLUSTRATIVE,
    },
    {
      id: 'school-thcs',
      kind: 'school',
      name: { vi: 'Trường Trung học cơ sở Nguyễn Du', en: 'Nguyễn Du Lower Secondary School' },
      placeId: 'dak-nia',
      note: ILLUSTRATIVE,
    },
    {
      id: 'police',
      kind: 'police',
      name: { vi: 'Công an xã Đắk Nia', en: 'Đắk Nia commune police' },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'health',
      kind: 'health',
      name: { vi: 'Trạm Y tế xã Đắk Nia', en: 'Đắk Nia commune health station' },
      placeId: 'dak-nia',
      to: '2025-06-30',
    },
    {
      id: 'gia-nghia-pc',
      kind: 'peoplesCommittee',
      name: { vi: 'Ủy ban nhân dân thành phố Gia Nghĩa', en: "Gia Nghĩa City People's Committee" },
      shortName: { vi: 'UBND TP Gia Nghĩa', en: "Gia Nghĩa City People's Committee" },
      placeId: 'gia-nghia',
      to: '2025-06-30',
    },
    {
      id: 'gia-nghia-culture',
      kind: 'cultureInformationDivision',
      name: {
        vi: 'Phòng Văn hóa và Thông tin thành phố Gia Nghĩa',
        en: 'Gia Nghĩa City Culture and Information Division',
      },
      shortName: { vi: 'Phòng VH TT TP', en: 'City Culture and Information Division' },
      placeId: 'gia-nghia',
      parentId: 'gia-nghia-pc',
      to: '2025-06-30',
    },
  ],
  offices: [
    {
      id: 'pc-chair',
      bodyId: 'dak-nia-pc',
      title: { vi: 'Chủ tịch UBND xã', en: "Chair of the commune People's Committee" },
      head: true,
    },
    {
      id: 'pc-vice-chair',
      bodyId: 'dak-nia-pc',
      title: { vi: 'Phó Chủ tịch UBND xã', en: "Vice-chair of the commune People's Committee" },
      head: false,
    },
    {
      id: 'youth-secretary',
      bodyId: 'youth-union',
      title: { vi: 'Bí thư Đoàn Thanh niên xã', en: 'Secretary of the commune Youth Union' },
      head: true,
    },
    {
      id: 'womens-chair',
      bodyId: 'womens-union',
      title: { vi: 'Chủ tịch Hội Liên hiệp phụ nữ xã', en: "Chair of the commune Women's Union" },
      head: true,
    },
    {
      id: 'farmers-chair',
      bodyId: 'farmers',
      title: { vi: 'Chủ tịch Hội Nông dân xã', en: "Chair of the commune Farmers' Association" },
      head: true,
    },
    {
      id: 'veterans-chair',
      bodyId: 'veterans',
      title: {
        vi: 'Chủ tịch Hội Cựu Chiến binh xã',
        en: "Chair of the commune Veterans' Association",
      },
      head: true,
    },
    {
      id: 'office-statistics-it',
      bodyId: 'dak-nia-office',
      title: {
        vi: 'Công chức Văn phòng - Thống kê phụ trách công nghệ thông tin',
        en: 'Office–Statistics civil servant in charge of information technology',
      },
      head: false,
    },
  ],
  people: [
    { id: 'quan-thi-ngoc', name: 'Quản Thị Ngọc', gender: 'female', memberOf: [] },
    { id: 'tran-dinh-tuan', name: 'Trần Đình Tuấn', gender: 'male', memberOf: [] },
    illustrative('ho-van-nam', 'Hồ Văn Nam', 'male', ['youth-union']),
    illustrative('dang-thi-mai', 'Đặng Thị Mai', 'female'),
    illustrative('vu-van-binh', 'Vũ Văn Bình', 'male'),
    illustrative('ngo-van-son', 'Ngô Văn Sơn', 'male'),
    illustrative('bui-thi-lan', 'Bùi Thị Lan', 'female'),
    illustrative('do-thi-hoa', 'Đỗ Thị Hoa', 'female'),
    illustrative('trinh-van-long', 'Trịnh Văn Long', 'male'),
    illustrative('mai-thi-huong', 'Mai Thị Hương', 'female'),
    illustrative('dinh-van-quang', 'Đinh Văn Quang', 'male'),
    illustrative('luu-thi-yen', 'Lưu Thị Yến', 'female'),
    ...VILLAGES.map(([, , , , , head]) => head),
  ],
  officeHoldings: [
    { officeId: 'pc-chair', personId: 'tran-dinh-tuan', from: '2022-07-27', source: FROM_DECISION },
    {
      officeId: 'pc-vice-chair',
      personId: 'quan-thi-ngoc',
      from: '2022-07-27',
      source: FROM_DECISION,
    },
    { officeId: 'youth-secretary', personId: 'ho-van-nam', from: '2022-01-01', to: '2025-06-30' },
    { officeId: 'womens-chair', personId: 'dang-thi-mai', from: '2021-01-01', to: '2025-06-30' },
    { officeId: 'farmers-chair', personId: 'vu-van-binh', from: '2021-01-01', to: '2025-06-30' },
    { officeId: 'veterans-chair', personId: 'ngo-van-son', from: '2021-01-01', to: '2025-06-30' },
    {
      officeId: 'office-statistics-it',
      personId: 'bui-thi-lan',
      from: '2020-01-01',
      to: '2025-06-30',
    },
  ],
  appointments: { leader: ['quan-thi-ngoc'] },
  delegates: {
    'school-mam-non': 'do-thi-hoa',
    'school-tieu-hoc': 'trinh-van-long',
    'school-thcs': 'mai-thi-huong',
    police: 'dinh-van-quang',
    health: 'luu-thi-yen',
  },
  villageHeads: Object.fromEntries(VILLAGES.map(([id, , , , , head]) => [id, head.id])),
  // The leader's assignment of members to deputies, as proposeSupervision suggests it.
  supervision: (
    [
      ['office-statistics-it', 'youth-union'],
      ['schools/school-mam-non', 'womens-union'],
      ['schools/school-tieu-hoc', 'farmers'],
      ['schools/school-thcs', 'veterans'],
      ['police-health/police', 'youth-union'],
      ['police-health/health', 'womens-union'],
      ['village-heads/bon-bu-sir', 'farmers'],
      ['village-heads/thon-cay-xoai', 'veterans'],
      ['village-heads/bon-n-jrieng', 'veterans'],
      ['village-heads/thon-nam-da', 'womens-union'],
      ['village-heads/thon-nam-ra', 'youth-union'],
      ['village-heads/bon-phai-kol-pru-dang', 'farmers'],
    ] as const
  ).map(([seatId, deputy]) => ({
    seatId,
    supervisorSeatId: `deputies/${deputy}`,
    from: '2022-07-27' as const,
  })),
};

/**
 * The lists of Đắk Nia commune in 2022 that {@link to-cong-nghe-so!composeTeam} turns into the
 * team of Decision 23/QĐ-UBND with {@link to-cong-nghe-so!dakNia2022Template}: the places (with
 * the 2025 merger into phường Đông Gia Nghĩa, Lâm Đồng, code 24617), bodies, offices, people, the
 * leader's assignments and the decision itself. Ms Quản Thị Ngọc and Mr Trần Đình Tuấn are named in the decision; the
 * villages, schools, counts and other people are illustrative and say so in their `note`. A new
 * object each call: change it freely.
 *
 * @returns The lists (the content of `examples/dak-nia-2022/lists.json`).
 * @example
 * ```ts
 * import { dakNia2022Lists } from 'to-cong-nghe-so/samples';
 *
 * dakNia2022Lists().decision?.number; // 23
 * ```
 * @category Team
 */
export function dakNia2022Lists(): TeamLists {
  return copyData(DAK_NIA_2022_LISTS);
}

/**
 * The team of Decision 23/QĐ-UBND of Đắk Nia commune (27/7/2022), built from
 * {@link dakNia2022Lists} with {@link to-cong-nghe-so!dakNia2022Template}: the bundled sample,
 * the same as `examples/dak-nia-2022/team.json`. A new object each call.
 *
 * @returns The team.
 * @example
 * ```ts
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * dakNia2022Team().name.vi; // 'Tổ công nghệ số cộng đồng xã Đắk Nia'
 * ```
 * @category Team
 */
export function dakNia2022Team(): Team {
  return buildTeam(dakNia2022Template(), dakNia2022Lists(), '2022-07-27').team;
}
