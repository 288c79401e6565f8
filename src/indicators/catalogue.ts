import { deepFreeze } from '../_internal/freeze.js';
import type { Label } from '../text/label.js';
import type { Indicator, Pillar, Quantity, Source, TimeAggregation } from './definition.js';
import type { Target } from './target.js';

const Q411: Source = {
  document:
    'Quyết định 411/QĐ-TTg ngày 31/3/2022 (Chiến lược quốc gia phát triển kinh tế số và xã hội số)',
  verified: true,
};
const Q749: Source = {
  document: 'Quyết định 749/QĐ-TTg ngày 03/6/2020 (Chương trình Chuyển đổi số quốc gia)',
  verified: true,
};
const Q766: Source = {
  document: 'Quyết định 766/QĐ-TTg ngày 23/6/2022 (Bộ chỉ số phục vụ người dân, doanh nghiệp)',
  verified: true,
};
const DA06: Source = {
  document: 'Quyết định 06/QĐ-TTg ngày 06/01/2022 (Đề án 06)',
  verified: true,
};
const DN2025: Source = {
  document: 'Chỉ đạo năm 2025 về hồ sơ trực tuyến (báo chí, Đà Nẵng 2025)',
  verified: true,
};
const GIA_LAI: Source = {
  document: 'Kế hoạch chuyển đổi số năm 2026 của tỉnh Gia Lai (chỉ tiêu > 5 tổ viên/100 dân)',
  verified: true,
};

function decision23(clause: string): Source {
  return {
    document: 'Quyết định 23/QĐ-UBND ngày 27/7/2022 của UBND xã Đắk Nia',
    clause,
    verified: true,
  };
}

/** A quantity of whole things: every built-in quantity counts people, households or files. */
function quantity(vi: string, en: string, aggregation: TimeAggregation): Quantity {
  return { name: { vi, en }, aggregation, integer: true };
}

interface Spec {
  readonly code: string;
  readonly pillar: Pillar;
  readonly name: Label;
  readonly description?: Label;
  readonly numerator: Quantity;
  readonly sources: readonly Source[];
}

function share(
  spec: Spec,
  denominator: Quantity,
  collectedAt: Indicator['collectedAt'] = 'village',
): Indicator {
  return {
    ...spec,
    sources: [...spec.sources],
    unit: 'percent',
    denominator,
    direction: 'up',
    numeratorMayExceedDenominator: false,
    collectedAt,
    periodKind: 'month',
  };
}

function count(spec: Spec, collectedAt: Indicator['collectedAt'] = 'village'): Indicator {
  return {
    ...spec,
    sources: [...spec.sources],
    unit: 'count',
    direction: 'up',
    numeratorMayExceedDenominator: false,
    collectedAt,
    periodKind: 'month',
  };
}

const HOUSEHOLDS = quantity('Số hộ gia đình', 'Households', 'last');
const ADULTS = quantity('Số người trưởng thành (từ 18 tuổi)', 'Adults (18 and over)', 'last');
const POPULATION = quantity('Số nhân khẩu', 'Residents', 'last');

function helped(
  code: string,
  pillar: Pillar,
  vi: string,
  en: string,
  clause = 'Điều 2.2.c',
): Indicator {
  return count({
    code,
    pillar,
    name: { vi, en },
    numerator: quantity(vi, en, 'sum'),
    sources: [decision23(clause)],
  });
}

/**
 * The built-in catalogue: the indicators of digital government, economy and society a commune
 * or village can measure (Quyết định 749/QĐ-TTg, 411/QĐ-TTg, 766/QĐ-TTg, Đề án 06) and the
 * measures the team itself produces under Decision 23/QĐ-UBND, Điều 2 (trainings, guidance,
 * installs helped per platform, e-commerce and e-payment registrations, online dossiers). Every
 * source is cited; extend or override it with {@link parseCatalogue}.
 *
 * Shares of people or households are stocks (`last` over time); counts of work done are flows
 * (`sum`). Indicators about the commune's own files are collected at the commune.
 *
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS } from 'to-cong-nghe-so';
 *
 * BUILT_IN_INDICATORS.find((i) => i.code === 'fibreHouseholds')?.denominator?.aggregation; // 'last'
 * ```
 * @category Indicators
 */
export const BUILT_IN_INDICATORS: readonly Indicator[] = deepFreeze([
  share(
    {
      code: 'fibreHouseholds',
      pillar: 'foundation',
      name: { vi: 'Tỷ lệ hộ gia đình có cáp quang', en: 'Households with fibre broadband' },
      numerator: quantity('Số hộ có cáp quang (FTTH)', 'Households with fibre (FTTH)', 'last'),
      sources: [Q749, Q411],
    },
    HOUSEHOLDS,
  ),
  share(
    {
      code: 'smartphoneAdults',
      pillar: 'digitalSociety',
      name: {
        vi: 'Tỷ lệ người trưởng thành có điện thoại thông minh',
        en: 'Adults with a smartphone',
      },
      numerator: quantity(
        'Số người trưởng thành có điện thoại thông minh',
        'Adults with a smartphone',
        'last',
      ),
      sources: [Q411],
    },
    ADULTS,
  ),
  share(
    {
      code: 'paymentAccounts',
      pillar: 'digitalEconomy',
      name: {
        vi: 'Tỷ lệ người từ 15 tuổi có tài khoản thanh toán',
        en: 'People 15+ with a payment account',
      },
      numerator: quantity(
        'Số người từ 15 tuổi có tài khoản thanh toán',
        'People 15+ with a payment account',
        'last',
      ),
      sources: [Q411],
    },
    quantity('Số người từ 15 tuổi', 'People aged 15 and over', 'last'),
  ),
  share(
    {
      code: 'digitalSignatureAdults',
      pillar: 'digitalSociety',
      name: { vi: 'Tỷ lệ người trưởng thành có chữ ký số', en: 'Adults with a digital signature' },
      numerator: quantity(
        'Số người trưởng thành có chữ ký số',
        'Adults with a digital signature',
        'last',
      ),
      sources: [Q411],
    },
    ADULTS,
  ),
  share(
    {
      code: 'basicDigitalSkills',
      pillar: 'digitalSociety',
      name: {
        vi: 'Tỷ lệ người trong độ tuổi lao động có kỹ năng số cơ bản',
        en: 'Working-age people with basic digital skills',
      },
      numerator: quantity(
        'Số người trong độ tuổi lao động được đào tạo kỹ năng số cơ bản',
        'Working-age people trained in basic digital skills',
        'last',
      ),
      sources: [Q411],
    },
    quantity('Số người trong độ tuổi lao động', 'Working-age population', 'last'),
  ),
  share(
    {
      code: 'healthRecords',
      pillar: 'digitalSociety',
      name: {
        vi: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử',
        en: 'People with an electronic health record',
      },
      numerator: quantity(
        'Số người có hồ sơ sức khỏe điện tử',
        'People with an electronic health record',
        'last',
      ),
      sources: [Q411],
    },
    POPULATION,
  ),
  share(
    {
      code: 'vneidLevel2',
      pillar: 'digitalGovernment',
      name: {
        vi: 'Tỷ lệ người dân có tài khoản định danh điện tử VNeID mức 2',
        en: 'People with a level-2 VNeID account',
      },
      description: {
        vi: 'Mẫu số là dân số đủ điều kiện theo cách xã xác định (ví dụ từ 14 tuổi).',
        en: 'The denominator is the eligible population as the commune defines it (e.g. aged 14 and over).',
      },
      numerator: quantity(
        'Số tài khoản VNeID mức 2 đã kích hoạt',
        'Activated level-2 VNeID accounts',
        'last',
      ),
      sources: [DA06],
    },
    quantity('Số người đủ điều kiện', 'Eligible population', 'last'),
  ),
  share(
    {
      code: 'digitalGroupHouseholds',
      pillar: 'digitalSociety',
      name: {
        vi: 'Tỷ lệ hộ tham gia nhóm chuyển đổi số của thôn',
        en: "Households in the village's digital group",
      },
      description: {
        vi: 'Nhóm Zalo, Facebook, Mocha… của thôn phủ đến tất cả hộ gia đình (Quyết định 23, Điều 2.2.c).',
        en: "The village's Zalo, Facebook, Mocha … group, meant to reach every household (Decision 23, Điều 2.2.c).",
      },
      numerator: quantity(
        'Số hộ trong nhóm (cuối kỳ)',
        'Households in the group (at period end)',
        'last',
      ),
      sources: [decision23('Điều 2.2.c')],
    },
    HOUSEHOLDS,
  ),
  share(
    {
      code: 'communeFilesOnline',
      pillar: 'digitalGovernment',
      name: {
        vi: 'Tỷ lệ hồ sơ công việc của xã được xử lý trên môi trường mạng',
        en: 'Commune work files processed online',
      },
      numerator: quantity(
        'Số hồ sơ công việc xử lý trên môi trường mạng',
        'Work files processed online',
        'sum',
      ),
      sources: [Q749],
    },
    quantity('Số hồ sơ công việc', 'Work files', 'sum'),
    'commune',
  ),
  share(
    {
      code: 'onlineDossiers',
      pillar: 'digitalGovernment',
      name: {
        vi: 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
        en: 'Public-service dossiers submitted online',
      },
      numerator: quantity('Số hồ sơ nộp trực tuyến', 'Dossiers submitted online', 'sum'),
      sources: [DN2025],
    },
    quantity('Số hồ sơ tiếp nhận', 'Dossiers received', 'sum'),
    'commune',
  ),
  share(
    {
      code: 'onlinePayments',
      pillar: 'digitalGovernment',
      name: {
        vi: 'Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính',
        en: 'Procedures paid online',
      },
      numerator: quantity('Số giao dịch thanh toán trực tuyến', 'Payments made online', 'sum'),
      sources: [Q766],
    },
    quantity('Số giao dịch có thanh toán', 'Payments made', 'sum'),
    'commune',
  ),
  share(
    {
      code: 'electronicResults',
      pillar: 'digitalGovernment',
      name: {
        vi: 'Tỷ lệ kết quả giải quyết thủ tục hành chính cấp điện tử',
        en: 'Results of procedures issued electronically',
      },
      numerator: quantity('Số kết quả cấp bản điện tử', 'Results issued electronically', 'sum'),
      sources: [Q766],
    },
    quantity('Số kết quả giải quyết', 'Results issued', 'sum'),
    'commune',
  ),
  {
    code: 'teamMembersPer100',
    pillar: 'foundation',
    name: {
      vi: 'Số tổ viên Tổ công nghệ số cộng đồng trên 100 dân',
      en: 'Team members per 100 residents',
    },
    description: {
      vi: 'Một kế hoạch cấp tỉnh (Gia Lai 2026) đặt chỉ tiêu trên 5; xã tự đặt chỉ tiêu của mình.',
      en: 'A provincial plan (Gia Lai 2026) sets more than 5; each commune sets its own target.',
    },
    unit: 'per100',
    numerator: quantity('Số tổ viên', 'Team members', 'last'),
    denominator: POPULATION,
    direction: 'up',
    numeratorMayExceedDenominator: false,
    collectedAt: 'village',
    periodKind: 'month',
    sources: [GIA_LAI],
  },
  count({
    code: 'eCommerceAccounts',
    pillar: 'digitalEconomy',
    name: {
      vi: 'Số hộ, doanh nghiệp có gian hàng trên sàn thương mại điện tử',
      en: 'Households and businesses on e-commerce platforms',
    },
    description: {
      vi: 'Ví dụ voso.vn, postmart.vn; tính đến cuối kỳ.',
      en: 'E.g. voso.vn, postmart.vn; at period end.',
    },
    numerator: quantity(
      'Số hộ, doanh nghiệp có gian hàng (cuối kỳ)',
      'Households and businesses with a shop (at period end)',
      'last',
    ),
    sources: [decision23('Điều 2.2.c')],
  }),
  helped(
    'memberTrainings',
    'foundation',
    'Số buổi tập huấn cho tổ viên',
    'Trainings held for members',
    'Điều 2.1',
  ),
  helped('guidanceSessions', 'foundation', 'Số buổi hướng dẫn người dân', 'Guidance sessions held'),
  helped('peopleGuided', 'foundation', 'Số lượt người dân được hướng dẫn', 'People guided'),
  helped(
    'vneidInstalls',
    'digitalGovernment',
    'Số lượt hỗ trợ cài đặt VNeID',
    'VNeID installs helped',
  ),
  helped(
    'healthBookInstalls',
    'digitalSociety',
    'Số lượt hỗ trợ cài đặt Sổ sức khỏe điện tử',
    'Electronic health book installs helped',
  ),
  helped(
    'publicServiceInstalls',
    'digitalGovernment',
    'Số lượt hỗ trợ cài đặt, đăng ký Cổng dịch vụ công',
    'Public-service portal installs and sign-ups helped',
  ),
  helped(
    'landInformationInstalls',
    'digitalGovernment',
    'Số lượt hỗ trợ tra cứu, cài đặt thông tin đất đai',
    'Land-information look-up installs helped',
  ),
  helped(
    'eCommerceInstalls',
    'digitalEconomy',
    'Số lượt hỗ trợ cài đặt ứng dụng thương mại điện tử',
    'E-commerce app installs helped',
  ),
  helped(
    'ePaymentInstalls',
    'digitalEconomy',
    'Số lượt hỗ trợ cài đặt ứng dụng thanh toán điện tử',
    'E-payment app installs helped',
  ),
  helped(
    'eCommerceRegistrations',
    'digitalEconomy',
    'Số hộ, doanh nghiệp được hỗ trợ đăng ký sàn thương mại điện tử',
    'E-commerce platform registrations helped',
  ),
  helped(
    'ePaymentRegistrations',
    'digitalEconomy',
    'Số tài khoản thanh toán điện tử được hỗ trợ mở',
    'E-payment accounts opened with help',
  ),
  helped(
    'onlineDossiersHelped',
    'digitalGovernment',
    'Số hồ sơ dịch vụ công trực tuyến được hỗ trợ nộp',
    'Online public-service dossiers submitted with help',
  ),
  helped(
    'groupsCreated',
    'foundation',
    'Số nhóm mạng xã hội được lập',
    'Social-network groups created',
  ),
  helped(
    'groupPosts',
    'foundation',
    'Số tin, bài, báo cáo đăng trong nhóm',
    'Posts and reports in the groups',
  ),
  {
    code: 'villagesAllHouseholdsInGroup',
    pillar: 'digitalSociety',
    name: {
      vi: 'Số thôn có 100% hộ tham gia nhóm chuyển đổi số',
      en: 'Villages with every household in the digital group',
    },
    unit: 'count',
    villagesMeeting: {
      indicator: 'digitalGroupHouseholds',
      threshold: { comparator: '≥', value: 100 },
    },
    direction: 'up',
    numeratorMayExceedDenominator: false,
    collectedAt: 'village',
    periodKind: 'month',
    sources: [decision23('Điều 2.2.c')],
  },
]);

function national(
  indicator: string,
  year: number,
  comparator: Target['comparator'],
  value: number,
  source: Source,
): Target {
  return { indicator, by: `${year}-12-31`, comparator, value, source };
}

/**
 * The national targets of the built-in indicators that the library's authors read in their
 * sources (Quyết định 749/QĐ-TTg and 411/QĐ-TTg, and the 2025 directive on online dossiers),
 * keeping the comparator of the text: "trên 80%" is `>` 80, "80%" is `≥` 80. Figures only
 * widely quoted are left out. Provinces, communes and villages add their own with
 * {@link parseTargets}; a more local target overrides a national one for the same date.
 *
 * @example
 * ```ts
 * import { BUILT_IN_TARGETS } from 'to-cong-nghe-so';
 *
 * const fibre = BUILT_IN_TARGETS.find((t) => t.indicator === 'fibreHouseholds');
 * [fibre?.by, fibre?.comparator, fibre?.value]; // ['2025-12-31', '>', 80]
 * ```
 * @category Indicators
 */
export const BUILT_IN_TARGETS: readonly Target[] = deepFreeze([
  national('fibreHouseholds', 2025, '>', 80, Q749),
  national('smartphoneAdults', 2025, '≥', 80, Q411),
  national('smartphoneAdults', 2030, '≥', 95, Q411),
  national('paymentAccounts', 2025, '≥', 80, Q411),
  national('digitalSignatureAdults', 2025, '>', 50, Q411),
  national('basicDigitalSkills', 2025, '>', 70, Q411),
  national('healthRecords', 2025, '≥', 90, Q411),
  national('communeFilesOnline', 2025, '≥', 60, Q749),
  national('onlineDossiers', 2025, '≥', 80, DN2025),
]);
