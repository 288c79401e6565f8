import type { Period } from '../calendar/period.js';
import type { DataValue } from '../indicators/value.js';
import type { Activity } from '../work/activity-schema.js';

/**
 * What a seat writes and when it submits, in the sample month.
 *
 * @category Reports
 */
export interface SampleSubmission {
  /** The seat. */
  readonly seat: string;
  /** When it submits (ISO 8601, Vietnam time). */
  readonly submittedAt: string;
  /** Results, one per line. */
  readonly results: readonly string[];
  /** Obstacles. */
  readonly obstacles: readonly string[];
  /** Proposals. */
  readonly proposals: readonly string[];
}

/**
 * A month of the team's work, for examples and tests.
 *
 * @category Reports
 */
export interface SampleMonth {
  /** Says that the data is illustrative. */
  readonly note: string;
  /** The month. */
  readonly period: Period;
  /** The activities recorded in the villages. */
  readonly activities: readonly Activity[];
  /** The values measured in the villages. */
  readonly values: readonly DataValue[];
  /** The village heads who report, and when (one does not report; one reports late). */
  readonly members: readonly SampleSubmission[];
  /** The deputies' consolidated reports. */
  readonly deputies: readonly SampleSubmission[];
  /** The leader's report to the People's Committee. */
  readonly leader: SampleSubmission;
}

const NOTE =
  'Số liệu minh họa, không phải số liệu thật của xã Đắk Nia / illustrative data, not real figures of Đắk Nia';

type Row = [village: string, date: string, extra: Record<string, unknown>];

const ROWS: Row[] = [
  [
    'bon-bu-sir',
    '2025-01-06',
    { kind: 'group', platform: 'zalo', name: 'Bon Bu Sir chuyển đổi số', households: 150 },
  ],
  [
    'bon-bu-sir',
    '2025-01-09',
    { kind: 'guidance', topic: 'Kích hoạt tài khoản VNeID mức 2', people: 35, households: 28 },
  ],
  ['bon-bu-sir', '2025-01-09', { kind: 'help', platform: 'vneid', count: 18 }],
  ['bon-bu-sir', '2025-01-16', { kind: 'help', platform: 'healthBook', count: 12 }],
  [
    'thon-cay-xoai',
    '2025-01-07',
    { kind: 'group', platform: 'zalo', name: 'Thôn Cây Xoài số', households: 170 },
  ],
  [
    'thon-cay-xoai',
    '2025-01-10',
    { kind: 'guidance', topic: 'Thanh toán không dùng tiền mặt', people: 40, households: 30 },
  ],
  ['thon-cay-xoai', '2025-01-10', { kind: 'help', platform: 'ePaymentAccount', count: 15 }],
  ['thon-cay-xoai', '2025-01-10', { kind: 'help', platform: 'ePayment', count: 20 }],
  [
    'bon-n-jrieng',
    '2025-01-08',
    { kind: 'group', platform: 'facebook', name: "Bon N'Jriêng", households: 110 },
  ],
  [
    'bon-n-jrieng',
    '2025-01-14',
    { kind: 'guidance', topic: 'Nộp hồ sơ dịch vụ công trực tuyến', people: 25, households: 20 },
  ],
  ['bon-n-jrieng', '2025-01-14', { kind: 'help', platform: 'publicService', count: 10 }],
  ['bon-n-jrieng', '2025-01-14', { kind: 'help', platform: 'onlineDossier', count: 6 }],
  [
    'thon-nam-da',
    '2025-01-06',
    { kind: 'group', platform: 'zalo', name: 'Thôn Nam Đà', households: 215 },
  ],
  [
    'thon-nam-da',
    '2025-01-08',
    { kind: 'guidance', topic: 'Cài đặt Sổ sức khỏe điện tử', people: 45, households: 38 },
  ],
  ['thon-nam-da', '2025-01-08', { kind: 'help', platform: 'healthBook', count: 22 }],
  [
    'thon-nam-da',
    '2025-01-21',
    { kind: 'guidance', topic: 'Kích hoạt tài khoản VNeID mức 2', people: 30, households: 25 },
  ],
  ['thon-nam-da', '2025-01-21', { kind: 'help', platform: 'vneid', count: 15 }],
  [
    'thon-nam-ra',
    '2025-01-07',
    { kind: 'group', platform: 'zalo', name: 'Thôn Nam Rạ chuyển đổi số', households: 240 },
  ],
  [
    'thon-nam-ra',
    '2025-01-10',
    {
      kind: 'training',
      form: 'online',
      topic: 'Hướng dẫn cài đặt VNeID mức 2 và Sổ sức khỏe điện tử',
      attendees: [
        'village-heads/bon-bu-sir',
        'village-heads/thon-cay-xoai',
        'village-heads/bon-n-jrieng',
        'village-heads/thon-nam-da',
        'village-heads/thon-nam-ra',
        'village-heads/bon-phai-kol-pru-dang',
        'office-statistics-it',
      ],
    },
  ],
  [
    'thon-nam-ra',
    '2025-01-15',
    {
      kind: 'guidance',
      topic: 'Đăng ký bán hàng trên sàn thương mại điện tử',
      people: 38,
      households: 30,
    },
  ],
  ['thon-nam-ra', '2025-01-15', { kind: 'help', platform: 'eCommerceRegistration', count: 8 }],
  ['thon-nam-ra', '2025-01-15', { kind: 'help', platform: 'eCommerce', count: 12 }],
  ['thon-nam-ra', '2025-01-22', { kind: 'help', platform: 'vneid', count: 20 }],
  [
    'bon-phai-kol-pru-dang',
    '2025-01-13',
    { kind: 'guidance', topic: 'Kích hoạt tài khoản VNeID mức 2', people: 20, households: 15 },
  ],
  ['bon-phai-kol-pru-dang', '2025-01-13', { kind: 'help', platform: 'vneid', count: 9 }],
];

const MEASURED: [
  village: string,
  fibre: [number, number],
  phones: [number, number],
  accounts: [number, number],
][] = [
  ['bon-bu-sir', [150, 212], [430, 570], [300, 610]],
  ['thon-cay-xoai', [160, 198], [420, 500], [350, 540]],
  ['bon-n-jrieng', [120, 186], [380, 520], [260, 560]],
  ['thon-nam-da', [200, 231], [520, 600], [450, 650]],
  ['thon-nam-ra', [230, 265], [600, 680], [520, 720]],
  ['bon-phai-kol-pru-dang', [80, 143], [260, 400], [150, 430]],
];

function submission(
  seat: string,
  submittedAt: string,
  text: { results?: string[]; obstacles?: string[]; proposals?: string[] } = {},
): SampleSubmission {
  return {
    seat,
    submittedAt,
    results: text.results ?? [],
    obstacles: text.obstacles ?? [],
    proposals: text.proposals ?? [],
  };
}

/** What the seats write and when they submit, in the sample month. */
function submissions(
  head: (village: string) => string,
): Pick<SampleMonth, 'members' | 'deputies' | 'leader'> {
  return {
    members: [
      submission(head('thon-nam-da'), '2025-02-12T09:15:00+07:00', {
        results: ['Nhóm Zalo của thôn đã có 215/231 hộ tham gia.'],
      }),
      submission(head('bon-n-jrieng'), '2025-02-13T16:00:00+07:00', {
        results: ['Hướng dẫn 6 hộ nộp hồ sơ dịch vụ công trực tuyến lần đầu.'],
        obstacles: ['Một số hộ đồng bào chưa quen đọc tiếng Việt trên ứng dụng.'],
        proposals: ["Đề nghị có tài liệu hướng dẫn bằng tiếng M'nông."],
      }),
      submission(head('bon-bu-sir'), '2025-02-14T08:30:00+07:00', {
        results: ['Nhóm Zalo "Bon Bu Sir chuyển đổi số" đã có 150/212 hộ tham gia.'],
        obstacles: ['Sóng điện thoại yếu ở cuối bon, khó hướng dẫn cài đặt.'],
        proposals: ['Đề nghị nhà mạng lắp thêm trạm phát sóng.'],
      }),
      submission(head('thon-nam-ra'), '2025-02-17T10:00:00+07:00', {
        results: ['8 hộ đăng ký bán nông sản trên sàn thương mại điện tử.'],
        proposals: ['Đề nghị tổ chức thêm buổi tập huấn trực tiếp sau Tết.'],
      }),
      submission(head('thon-cay-xoai'), '2025-02-18T07:45:00+07:00', {
        results: ['15 người dân được hỗ trợ mở tài khoản thanh toán điện tử.'],
        obstacles: ['Nhiều người cao tuổi chưa có điện thoại thông minh.'],
      }),
    ],
    deputies: [
      submission('deputies/womens-union', '2025-02-17T15:00:00+07:00', {
        results: ['Chi hội Phụ nữ thôn Nam Đà hướng dẫn chị em cài đặt Sổ sức khỏe điện tử.'],
      }),
      submission('deputies/youth-union', '2025-02-18T08:00:00+07:00'),
      submission('deputies/farmers', '2025-02-18T09:00:00+07:00', {
        results: ['Vận động hội viên nông dân bon Bu Sir tham gia nhóm Zalo của bon.'],
      }),
      submission('deputies/veterans', '2025-02-18T10:00:00+07:00'),
    ],
    leader: submission('leader/1', '2025-02-20T14:00:00+07:00', {
      results: ['Tổ chức 01 buổi tập huấn trực tuyến cho tổ viên về VNeID mức 2.'],
      obstacles: [
        'Kỳ nghỉ Tết Nguyên đán (25/1–2/2/2025) làm giảm thời gian hướng dẫn tại thôn, bon.',
      ],
      proposals: ['Đề nghị UBND xã bố trí kinh phí in tài liệu hướng dẫn.'],
    }),
  };
}

/**
 * A sample month (January 2025, with Tết from 25/1 to 2/2) of the Đắk Nia team of
 * {@link dakNia2022Team}, illustrative: every village's activities and measured values, the
 * village heads' submissions — Bon Phai Kol Pru Đăng does not report and Thôn Cây Xoài reports a
 * day late — the deputies' and the leader's. The same data is in
 * `examples/dak-nia-2022/month-2025-01.json`.
 *
 * @returns The sample month.
 * @example
 * ```ts
 * import { dakNiaJanuary2025 } from 'to-cong-nghe-so/samples';
 *
 * const month = dakNiaJanuary2025();
 * month.members.length; // 5
 * month.activities.length; // 25
 * ```
 * @category Reports
 */
export function dakNiaJanuary2025(): SampleMonth {
  const head = (village: string) => `village-heads/${village}`;
  const activities = ROWS.map(
    ([village, date, extra], i) =>
      ({
        id: `2025-01-${String(i + 1).padStart(2, '0')}`,
        date,
        by: head(village),
        village,
        ...extra,
      }) as Activity,
  );
  const values: DataValue[] = MEASURED.flatMap(([village, fibre, phones, accounts]) =>
    (
      [
        ['fibreHouseholds', fibre],
        ['smartphoneAdults', phones],
        ['paymentAccounts', accounts],
      ] as const
    ).map(([indicator, [numerator, denominator]]) => ({
      indicator,
      place: village,
      period: '2025-01',
      numerator,
      denominator,
      reportedBy: head(village),
    })),
  );
  return {
    note: NOTE,
    period: { kind: 'month', year: 2025, index: 1 },
    activities,
    values,
    ...submissions(head),
  };
}
