// The problems of the indicators module. Each is declared with defineProblem and raised with raise().
import type { Label } from '../../text/label.js';
import { defineProblem } from '../problem.js';
import { dayVi, joinList, type NamedRef, named } from '../words.js';

/** A level of place, as the messages name it. */
type LevelName = 'province' | 'district' | 'commune' | 'village';
/** A kind of period, as the messages name it. */
type KindName = 'month' | 'quarter' | 'half' | 'year' | 'week';
/** A quantity of a data value. */
type QuantityName = 'numerator' | 'denominator';

const LEVELS: Record<LevelName, Label> = {
  province: { vi: 'cấp tỉnh', en: 'province level' },
  district: { vi: 'cấp huyện', en: 'district level' },
  commune: {
    vi: 'cấp xã (xã, phường, đặc khu)',
    en: 'commune level (commune, ward, special zone)',
  },
  village: {
    vi: 'cấp thôn (thôn, bon, tổ dân phố …)',
    en: 'village level (thôn, bon, tổ dân phố …)',
  },
};

const KINDS: Record<KindName, Label> = {
  month: { vi: 'tháng, dạng 2026-10', en: 'month, written 2026-10' },
  quarter: { vi: 'quý, dạng 2026-Q4', en: 'quarter, written 2026-Q4' },
  half: { vi: '6 tháng, dạng 2026-H2', en: 'half year, written 2026-H2' },
  year: { vi: 'năm, dạng 2026', en: 'year, written 2026' },
  week: { vi: 'tuần, dạng 2026-W48', en: 'week, written 2026-W48' },
};

const QUANTITIES: Record<QuantityName, Label> = {
  numerator: { vi: 'Tử số', en: 'The numerator' },
  denominator: { vi: 'Mẫu số', en: 'The denominator' },
};

const fibre: NamedRef = {
  id: 'fibreHouseholds',
  label: {
    vi: 'Tỷ lệ hộ gia đình có cáp quang',
    en: 'Households with fibre broadband',
  },
};
const thon1: NamedRef = { id: 'thon-1', label: { vi: 'thôn 1', en: '1 village' } };
const october: Label = { vi: 'tháng 10 năm 2026', en: 'October 2026' };

function bound(value: number | null, infinity: string): string {
  return value === null ? infinity : String(value);
}

// ——— Data values ———————————————————————————————————————————————————————————————————————

export const unknownIndicator = /* @__PURE__ */ defineProblem('unknown_indicator', 'error', () => ({
  summary: {
    vi: 'Một mã chỉ số không có trong danh mục chỉ số.',
    en: 'An indicator code that is not in the catalogue.',
  },
  example: { indicatorId: 'fibreHousehold' },
  vi: (p: { indicatorId: string }) =>
    `Không có chỉ số "${p.indicatorId}" trong danh mục chỉ số: cần mã một chỉ số của danh mục.`,
  en: (p) =>
    `Indicator "${p.indicatorId}" is not in the catalogue: the code of one of its indicators is needed.`,
}));

export const derivedIndicator = /* @__PURE__ */ defineProblem('derived_indicator', 'error', () => ({
  summary: {
    vi: 'Số liệu nhập cho một chỉ số được tính từ số liệu các thôn (số thôn đạt …).',
    en: 'A value reported for an indicator computed from the villages’ values (villages meeting …).',
  },
  example: {
    indicator: {
      id: 'villagesAllHouseholdsInGroup',
      label: {
        vi: 'Số thôn có mọi hộ trong nhóm',
        en: 'Villages with every household in the group',
      },
    },
  },
  vi: (p: { indicator: NamedRef }) =>
    `${named(p.indicator, 'vi')} được tính từ số liệu các thôn, không nhập trực tiếp.`,
  en: (p) => `${named(p.indicator, 'en')} is computed from the villages’ values, not reported.`,
}));

export const wrongPlaceLevel = /* @__PURE__ */ defineProblem('wrong_place_level', 'error', () => ({
  summary: {
    vi: 'Số liệu của một chỉ số báo cáo ở cấp thôn lại nhập cho xã (hoặc ngược lại).',
    en: 'A value of an indicator reported per village entered for a commune (or the reverse).',
  },
  example: {
    indicator: fibre,
    place: { id: 'dak-nia', label: { vi: 'xã Đắk Nia', en: 'Đắk Nia commune' } },
    expected: 'village' as LevelName,
    level: 'commune' as LevelName,
  },
  vi: (p: { indicator: NamedRef; place: NamedRef; expected: LevelName; level: LevelName }) =>
    `${named(p.indicator, 'vi')} được báo cáo ở ${LEVELS[p.expected].vi}, nhưng ${named(p.place, 'vi')} thuộc ${LEVELS[p.level].vi}.`,
  en: (p) =>
    `${named(p.indicator, 'en')} is reported at ${LEVELS[p.expected].en}, but ${named(p.place, 'en')} is at ${LEVELS[p.level].en}.`,
}));

export const placeInactive = /* @__PURE__ */ defineProblem('place_inactive', 'error', () => ({
  summary: {
    vi: 'Số liệu của một địa bàn cho một kỳ mà địa bàn chưa có hoặc đã không còn.',
    en: 'A value of a place for a period in which the place did not exist.',
  },
  example: { place: thon1, period: '2026-10', periodLabel: october },
  vi: (p: { place: NamedRef; period: string; periodLabel: Label }) =>
    `${named(p.place, 'vi')} không tồn tại trong ${p.periodLabel.vi} (${p.period}): cần số liệu của kỳ địa bàn còn tồn tại.`,
  en: (p) =>
    `${named(p.place, 'en')} did not exist in ${p.periodLabel.en} (${p.period}): a period in which it existed is needed.`,
}));

export const wrongPeriodKind = /* @__PURE__ */ defineProblem('wrong_period_kind', 'error', () => ({
  summary: {
    vi: 'Kỳ của số liệu không đúng loại kỳ của chỉ số (quý cho chỉ số báo cáo theo tháng …).',
    en: 'A period of another kind than the indicator’s (a quarter for a monthly indicator …).',
  },
  example: { indicator: fibre, expected: 'month' as KindName, period: '2026-Q4' },
  vi: (p: { indicator: NamedRef; expected: KindName; period: string }) =>
    `${named(p.indicator, 'vi')} được báo cáo theo ${KINDS[p.expected].vi}; nhận được "${p.period}".`,
  en: (p) =>
    `${named(p.indicator, 'en')} is reported per ${KINDS[p.expected].en}; got "${p.period}".`,
}));

export const negativeQuantity = /* @__PURE__ */ defineProblem('negative_quantity', 'error', () => ({
  summary: { vi: 'Tử số hoặc mẫu số âm.', en: 'A negative numerator or denominator.' },
  example: { indicator: fibre, quantity: 'numerator' as QuantityName, value: -5 },
  vi: (p: { indicator: NamedRef; quantity: QuantityName; value: number }) =>
    `${QUANTITIES[p.quantity].vi} của ${named(p.indicator, 'vi')} phải là số không âm, nhận được ${p.value}.`,
  en: (p) =>
    `${QUANTITIES[p.quantity].en} of ${named(p.indicator, 'en')} must not be negative, got ${p.value}.`,
}));

export const notInteger = /* @__PURE__ */ defineProblem('not_integer', 'error', () => ({
  summary: {
    vi: 'Số lẻ ở một đại lượng đếm (hộ, người, hồ sơ).',
    en: 'A fraction in a quantity that counts whole things (households, people, dossiers).',
  },
  example: { indicator: fibre, quantity: 'numerator' as QuantityName, value: 90.5 },
  vi: (p: { indicator: NamedRef; quantity: QuantityName; value: number }) =>
    `${QUANTITIES[p.quantity].vi} của ${named(p.indicator, 'vi')} đếm số nguyên (hộ, người, hồ sơ), nhận được ${p.value}.`,
  en: (p) =>
    `${QUANTITIES[p.quantity].en} of ${named(p.indicator, 'en')} counts whole things, got ${p.value}.`,
}));

export const missingDenominator = /* @__PURE__ */ defineProblem(
  'missing_denominator',
  'error',
  () => ({
    summary: {
      vi: 'Thiếu mẫu số cho một chỉ số tỷ lệ.',
      en: 'A ratio indicator’s value without a denominator.',
    },
    example: { indicator: fibre },
    vi: (p: { indicator: NamedRef }) =>
      `${named(p.indicator, 'vi')} là tỷ lệ: cần cả tử số và mẫu số.`,
    en: (p) => `${named(p.indicator, 'en')} is a ratio: a numerator and a denominator are needed.`,
  }),
);

export const unexpectedDenominator = /* @__PURE__ */ defineProblem(
  'unexpected_denominator',
  'error',
  () => ({
    summary: {
      vi: 'Có mẫu số cho một chỉ số đếm (số tuyệt đối).',
      en: 'A denominator for an indicator that counts (an absolute number).',
    },
    example: {
      indicator: {
        id: 'peopleGuided',
        label: { vi: 'Số lượt người dân được hướng dẫn', en: 'People guided' },
      },
    },
    vi: (p: { indicator: NamedRef }) =>
      `${named(p.indicator, 'vi')} là số tuyệt đối: chỉ cần tử số, không có mẫu số.`,
    en: (p) =>
      `${named(p.indicator, 'en')} is an absolute number: it takes a numerator and no denominator.`,
  }),
);

export const numeratorAboveDenominator = /* @__PURE__ */ defineProblem(
  'numerator_above_denominator',
  'error',
  () => ({
    summary: {
      vi: 'Tử số lớn hơn mẫu số ở một chỉ số là phần của tổng thể.',
      en: 'A numerator above its denominator for a share of a whole.',
    },
    example: { indicator: fibre, numerator: 250, denominator: 200 },
    vi: (p: { indicator: NamedRef; numerator: number; denominator: number }) =>
      `Tử số ${p.numerator} của ${named(p.indicator, 'vi')} lớn hơn mẫu số ${p.denominator}: tử số phải không quá mẫu số.`,
    en: (p) =>
      `The numerator ${p.numerator} of ${named(p.indicator, 'en')} is above the denominator ${p.denominator}: it must not exceed it.`,
  }),
);

export const outOfBounds = /* @__PURE__ */ defineProblem('out_of_bounds', 'error', () => ({
  summary: {
    vi: 'Giá trị của chỉ số nằm ngoài khoảng hợp lệ của chỉ số.',
    en: 'An indicator’s value outside the indicator’s valid bounds.',
  },
  example: { indicator: fibre, value: 120, min: 0 as number | null, max: 100 as number | null },
  vi: (p: { indicator: NamedRef; value: number; min: number | null; max: number | null }) =>
    `Giá trị ${p.value} của ${named(p.indicator, 'vi')} nằm ngoài khoảng cho phép [${bound(p.min, '-∞')}; ${bound(p.max, '+∞')}].`,
  en: (p) =>
    `The value ${p.value} of ${named(p.indicator, 'en')} is outside its bounds [${bound(p.min, '-∞')}, ${bound(p.max, '+∞')}].`,
}));

/** Where the value a duplicate repeats comes from. */
type DuplicateSource = 'held' | 'input';

export const duplicateValue = /* @__PURE__ */ defineProblem('duplicate_value', 'error', () => ({
  summary: {
    vi: 'Hai số liệu cho cùng chỉ số, địa bàn và kỳ (trừ khi yêu cầu ghi đè).',
    en: 'Two values for the same indicator, place and period (unless replacing is asked).',
  },
  example: {
    indicator: fibre,
    place: thon1,
    period: '2026-10',
    periodLabel: october,
    source: 'input' as DuplicateSource,
  },
  vi: (p: {
    indicator: NamedRef;
    place: NamedRef;
    period: string;
    periodLabel: Label;
    source: DuplicateSource;
  }) =>
    `${p.source === 'held' ? 'Đã lưu' : 'Đã có ở trên'} số liệu ${named(p.indicator, 'vi')} của ${named(p.place, 'vi')} ${p.periodLabel.vi}: mỗi chỉ số, địa bàn và kỳ chỉ một số liệu (dùng tùy chọn "replace" để ghi đè).`,
  en: (p) =>
    `A value of ${named(p.indicator, 'en')} for ${named(p.place, 'en')} in ${p.periodLabel.en} is ${p.source === 'held' ? 'already held' : 'already above'}: one value per indicator, place and period (ask to "replace" to overwrite).`,
}));

export const futurePeriod = /* @__PURE__ */ defineProblem('future_period', 'error', () => ({
  summary: {
    vi: 'Số liệu cho một kỳ chưa bắt đầu vào ngày xét (khi có tùy chọn "asOf").',
    en: 'A value for a period that has not begun by the date considered (with the "asOf" option).',
  },
  example: {
    period: '2026-11',
    periodLabel: { vi: 'tháng 11 năm 2026', en: 'November 2026' },
    start: '2026-11-01',
    asOf: '2026-10-15',
  },
  vi: (p: { period: string; periodLabel: Label; start: string; asOf: string }) =>
    `Kỳ ${p.periodLabel.vi} (${p.period}) bắt đầu ngày ${dayVi(p.start)}, chưa đến vào ngày ${dayVi(p.asOf)}: chỉ nhận số liệu của kỳ đã bắt đầu.`,
  en: (p) =>
    `${p.periodLabel.en} (${p.period}) begins on ${p.start}, after ${p.asOf}: values are taken only for periods that have begun.`,
}));

// ——— Catalogues and indicator definitions ———————————————————————————————————————————————

export const invalidIndicatorCode = /* @__PURE__ */ defineProblem(
  'invalid_indicator_code',
  'error',
  () => ({
    summary: {
      vi: 'Một mã chỉ số không viết liền theo kiểu "fibreHouseholds".',
      en: 'An indicator code not written in one word like "fibreHouseholds".',
    },
    example: { input: '"Book clubs"' },
    vi: (p: { input: string }) =>
      `Mã chỉ số ${p.input} không hợp lệ: cần một từ viết liền, bắt đầu bằng chữ thường, chỉ gồm chữ cái không dấu và chữ số (ví dụ "bookClubs").`,
    en: (p) =>
      `Indicator code ${p.input} is not valid: one word is needed, starting with a lower-case letter, of unaccented letters and digits only (e.g. "bookClubs").`,
  }),
);

/** What is inconsistent in an indicator definition. */
type IndicatorFault =
  | 'derivedWithQuantities'
  | 'noNumerator'
  | 'ratioWithoutDenominator'
  | 'absoluteWithDenominator';

const INDICATOR_FAULTS: Record<IndicatorFault, (unit: string) => Label> = {
  derivedWithQuantities: () => ({
    vi: 'chỉ số đếm số thôn đạt ("villagesMeeting") không có tử số, mẫu số riêng',
    en: 'an indicator counting villages ("villagesMeeting") has no numerator or denominator of its own',
  }),
  noNumerator: () => ({
    vi: 'chỉ số đo trực tiếp cần tử số ("numerator")',
    en: 'a measured indicator needs a numerator ("numerator")',
  }),
  ratioWithoutDenominator: (unit) => ({
    vi: `đơn vị "${unit}" là tỷ lệ nên cần mẫu số ("denominator")`,
    en: `unit "${unit}" is a ratio, so a denominator ("denominator") is needed`,
  }),
  absoluteWithDenominator: (unit) => ({
    vi: `đơn vị "${unit}" là số tuyệt đối nên không có mẫu số`,
    en: `unit "${unit}" is an absolute number, so it takes no denominator`,
  }),
};

export const inconsistentIndicator = /* @__PURE__ */ defineProblem(
  'inconsistent_indicator',
  'error',
  () => ({
    summary: {
      vi: 'Định nghĩa chỉ số có tử số, mẫu số không khớp với đơn vị hoặc với cách tính.',
      en: 'An indicator definition whose numerator and denominator do not match its unit or kind.',
    },
    example: {
      indicatorId: 'bookClubs',
      fault: 'ratioWithoutDenominator' as IndicatorFault,
      unit: 'percent',
    },
    vi: (p: { indicatorId: string; fault: IndicatorFault; unit: string }) =>
      `Chỉ số "${p.indicatorId}": ${INDICATOR_FAULTS[p.fault](p.unit).vi}.`,
    en: (p) => `Indicator "${p.indicatorId}": ${INDICATOR_FAULTS[p.fault](p.unit).en}.`,
  }),
);

export const duplicateIndicator = /* @__PURE__ */ defineProblem(
  'duplicate_indicator',
  'error',
  () => ({
    summary: {
      vi: 'Hai chỉ số cùng mã trong một danh mục.',
      en: 'Two indicators with the same code in one catalogue.',
    },
    example: { indicatorId: 'bookClubs', first: 0 },
    vi: (p: { indicatorId: string; first: number }) =>
      `Mã chỉ số "${p.indicatorId}" đã dùng cho chỉ số thứ ${p.first + 1}: mỗi mã chỉ dùng một lần.`,
    en: (p) =>
      `Indicator code "${p.indicatorId}" is already used by indicator ${p.first + 1}: each code once.`,
  }),
);

/** Why a derived indicator's base cannot be used. */
type BaseFault = 'unknown' | 'derived';

export const unknownBaseIndicator = /* @__PURE__ */ defineProblem(
  'unknown_base_indicator',
  'error',
  () => ({
    summary: {
      vi: 'Chỉ số "số thôn đạt" dựa trên một chỉ số không có hoặc không đo trực tiếp.',
      en: 'A "villages meeting" indicator based on an indicator that is missing or not measured.',
    },
    example: { indicatorId: 'fibreHousehold', fault: 'unknown' as BaseFault },
    vi: (p: { indicatorId: string; fault: BaseFault }) =>
      p.fault === 'unknown'
        ? `Không có chỉ số "${p.indicatorId}" trong danh mục: cần mã một chỉ số đo trực tiếp.`
        : `Chỉ số "${p.indicatorId}" cũng được tính từ các thôn: cần mã một chỉ số đo trực tiếp.`,
    en: (p) =>
      p.fault === 'unknown'
        ? `Indicator "${p.indicatorId}" is not in the catalogue: the code of a measured indicator is needed.`
        : `Indicator "${p.indicatorId}" is itself computed from villages: the code of a measured indicator is needed.`,
  }),
);

// ——— CSV files ————————————————————————————————————————————————————————————————————————

/** What went wrong in the CSV syntax of a line. */
type CsvSyntaxFault = 'unclosedQuote' | 'strayQuote';

export const csvSyntax = /* @__PURE__ */ defineProblem('csv_syntax', 'error', () => ({
  summary: {
    vi: 'Một dòng của tệp CSV sai cú pháp (dấu ngoặc kép không đóng hoặc đặt sai chỗ).',
    en: 'A line of a CSV file with broken syntax (a quote never closed or out of place).',
  },
  example: { line: 6, fault: 'unclosedQuote' as CsvSyntaxFault },
  vi: (p: { line: number; fault: CsvSyntaxFault }) =>
    p.fault === 'unclosedQuote'
      ? `Dòng ${p.line}: một ô mở dấu ngoặc kép mà không đóng; cần đóng ngoặc kép ở cuối ô.`
      : `Dòng ${p.line}: dấu ngoặc kép đặt sai chỗ; trong ô có ngoặc kép, viết hai dấu ("") và đặt cả ô trong ngoặc kép.`,
  en: (p) =>
    p.fault === 'unclosedQuote'
      ? `Line ${p.line}: a cell opens a quote and never closes it; close it at the end of the cell.`
      : `Line ${p.line}: a quote is out of place; inside a quoted cell, write quotes twice ("").`,
}));

export const wrongFieldCount = /* @__PURE__ */ defineProblem('wrong_field_count', 'error', () => ({
  summary: {
    vi: 'Một dòng CSV có nhiều hoặc ít ô hơn số cột của dòng tiêu đề (thường do số thập phân có dấu phẩy).',
    en: 'A CSV line with more or fewer cells than the header has columns (often a decimal comma).',
  },
  example: { line: 3, expected: 5, received: 6, extra: '"5"', decimal: '"12,5"' as string | null },
  vi: (p: {
    line: number;
    expected: number;
    received: number;
    extra: string;
    decimal: string | null;
  }) =>
    `Dòng ${p.line} có ${p.received} ô nhưng dòng tiêu đề có ${p.expected} cột${p.received > p.expected ? ` (ô thừa: ${p.extra})` : ''}.${
      p.decimal === null
        ? ''
        : ` Nếu ${p.decimal} là số thập phân: trong tệp dùng dấu phẩy, viết dấu chấm (12.5), hoặc lưu tệp với dấu chấm phẩy.`
    }`,
  en: (p) =>
    `Line ${p.line} has ${p.received} cells but the header has ${p.expected} columns${p.received > p.expected ? ` (extra: ${p.extra})` : ''}.${
      p.decimal === null
        ? ''
        : ` If ${p.decimal} is a decimal: in a comma-separated file, write a point (12.5), or save the file with semicolons.`
    }`,
}));

/** Which CSV layout a header belongs to. */
type CsvLayout = 'long' | 'entrySheet';

export const missingColumn = /* @__PURE__ */ defineProblem('missing_column', 'error', () => ({
  summary: {
    vi: 'Dòng tiêu đề của tệp CSV thiếu một cột bắt buộc.',
    en: 'The header of a CSV file lacks a required column.',
  },
  example: { line: 1, column: 'quantity', position: null as number | null },
  vi: (p: { line: number; column: string; position: number | null }) =>
    p.position === null
      ? `Dòng ${p.line}: thiếu cột "${p.column}" trong dòng tiêu đề.`
      : `Dòng ${p.line}: cột thứ ${p.position} của dòng tiêu đề phải là "${p.column}".`,
  en: (p) =>
    p.position === null
      ? `Line ${p.line}: the header has no column "${p.column}".`
      : `Line ${p.line}: column ${p.position} of the header must be "${p.column}".`,
}));

export const unknownColumn = /* @__PURE__ */ defineProblem('unknown_column', 'error', () => ({
  summary: {
    vi: 'Dòng tiêu đề của tệp CSV có một cột không thuộc định dạng.',
    en: 'The header of a CSV file has a column the layout does not have.',
  },
  example: {
    line: 1,
    column: 'colour',
    layout: 'long' as CsvLayout,
    columns: ['indicator', 'place', 'period', 'quantity', 'value', 'reportedBy', 'reportedAt'],
  },
  vi: (p: { line: number; column: string; layout: CsvLayout; columns: readonly string[] }) =>
    p.layout === 'long'
      ? `Dòng ${p.line}: cột "${p.column}" không thuộc định dạng dài; các cột là ${joinList(
          p.columns.map((c) => `"${c}"`),
          'vi',
        )}.`
      : `Dòng ${p.line}: cột "${p.column}" phải có dạng "mã.numerator (tên)" hoặc "mã.denominator (tên)".`,
  en: (p) =>
    p.layout === 'long'
      ? `Line ${p.line}: column "${p.column}" is not part of the long layout; its columns are ${joinList(
          p.columns.map((c) => `"${c}"`),
          'en',
        )}.`
      : `Line ${p.line}: column "${p.column}" must read "code.numerator (name)" or "code.denominator (name)".`,
}));

export const duplicateColumn = /* @__PURE__ */ defineProblem('duplicate_column', 'error', () => ({
  summary: {
    vi: 'Dòng tiêu đề của tệp CSV có hai cột cùng tên.',
    en: 'The header of a CSV file names one column twice.',
  },
  example: { line: 1, column: 'value', first: 5, position: 6 },
  vi: (p: { line: number; column: string; first: number; position: number }) =>
    `Dòng ${p.line}: cột "${p.column}" có hai lần (cột thứ ${p.first} và thứ ${p.position}); mỗi cột chỉ một lần.`,
  en: (p) =>
    `Line ${p.line}: column "${p.column}" appears twice (columns ${p.first} and ${p.position}); each column once.`,
}));

/** What a cell should hold, as messages say it. */
type CellExpectation = 'indicator' | 'place' | 'period' | 'quantity' | 'numerator';

const EXPECTED_CELLS: Record<CellExpectation, Label> = {
  indicator: {
    vi: 'mã một chỉ số của danh mục (ví dụ "fibreHouseholds")',
    en: 'the code of an indicator of the catalogue (e.g. "fibreHouseholds")',
  },
  place: {
    vi: 'mã một địa bàn trong danh sách địa bàn (ví dụ "thon-1")',
    en: 'the id of a place in the list of places (e.g. "thon-1")',
  },
  period: {
    vi: 'kỳ dạng 2026-10 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng) hoặc 2026 (năm)',
    en: 'a period written 2026-10 (month), 2026-Q4 (quarter), 2026-H2 (half) or 2026 (year)',
  },
  quantity: {
    vi: '"numerator" (tử số) hoặc "denominator" (mẫu số)',
    en: '"numerator" or "denominator"',
  },
  numerator: {
    vi: 'tử số, vì ô mẫu số của cùng chỉ số đã điền',
    en: 'the numerator, as the denominator of the same indicator is filled',
  },
};

export const emptyCell = /* @__PURE__ */ defineProblem('empty_cell', 'error', () => ({
  summary: {
    vi: 'Một ô bắt buộc của tệp CSV để trống.',
    en: 'A required cell of a CSV file is empty.',
  },
  example: { line: 3, column: 'place', expected: 'place' as CellExpectation },
  vi: (p: { line: number; column: string; expected: CellExpectation }) =>
    `Dòng ${p.line}, cột "${p.column}": ô trống; cần ${EXPECTED_CELLS[p.expected].vi}.`,
  en: (p) =>
    `Line ${p.line}, column "${p.column}": the cell is empty; expected ${EXPECTED_CELLS[p.expected].en}.`,
}));

export const invalidQuantity = /* @__PURE__ */ defineProblem('invalid_quantity', 'error', () => ({
  summary: {
    vi: 'Ô "quantity" của tệp CSV dạng dài không phải "numerator" hay "denominator".',
    en: 'A "quantity" cell of a long CSV file that is neither "numerator" nor "denominator".',
  },
  example: { line: 4, column: 'quantity', cell: '"total"' },
  vi: (p: { line: number; column: string; cell: string }) =>
    `Dòng ${p.line}, cột "${p.column}": ${p.cell} không hợp lệ; cần ${EXPECTED_CELLS.quantity.vi}.`,
  en: (p) =>
    `Line ${p.line}, column "${p.column}": ${p.cell} is not valid; expected ${EXPECTED_CELLS.quantity.en}.`,
}));

/** The column separator of a CSV file. */
type Delimiter = ',' | ';';

const NUMBER_FORMS: Record<Delimiter, Label> = {
  ',': {
    vi: 'một số, dấu thập phân là dấu chấm trong tệp dùng dấu phẩy (ví dụ 12, 12.5 hoặc 1,234.5)',
    en: 'a number with a decimal point in a comma-separated file (e.g. 12, 12.5 or 1,234.5)',
  },
  ';': {
    vi: 'một số, dấu thập phân là dấu phẩy trong tệp dùng dấu chấm phẩy; dấu chấm chỉ tách hàng nghìn (ví dụ 12,5 hoặc 1.234)',
    en: 'a number with a decimal comma in a semicolon-separated file; points only group thousands (e.g. 12,5 or 1.234)',
  },
};

export const invalidNumber = /* @__PURE__ */ defineProblem('invalid_number', 'error', () => ({
  summary: {
    vi: 'Một ô số của tệp CSV không đọc được thành số.',
    en: 'A number cell of a CSV file that does not read as a number.',
  },
  example: { line: 5, column: 'value', cell: '"mười"', delimiter: ';' as Delimiter },
  vi: (p: { line: number; column: string; cell: string; delimiter: Delimiter }) =>
    `Dòng ${p.line}, cột "${p.column}": ${p.cell} không phải số; cần ${NUMBER_FORMS[p.delimiter].vi}.`,
  en: (p) =>
    `Line ${p.line}, column "${p.column}": ${p.cell} is not a number; expected ${NUMBER_FORMS[p.delimiter].en}.`,
}));

export const duplicateQuantity = /* @__PURE__ */ defineProblem(
  'duplicate_quantity',
  'error',
  () => ({
    summary: {
      vi: 'Tệp CSV dạng dài có hai dòng cùng tử số (hoặc mẫu số) của một chỉ số, địa bàn và kỳ.',
      en: 'A long CSV file with two lines for the same quantity of one indicator, place and period.',
    },
    example: {
      line: 3,
      column: 'quantity',
      quantity: 'numerator' as QuantityName,
      indicator: fibre,
      place: thon1,
      periodLabel: october,
      first: 2,
    },
    vi: (p: {
      line: number;
      column: string;
      quantity: QuantityName;
      indicator: NamedRef;
      place: NamedRef;
      periodLabel: Label;
      first: number;
    }) =>
      `Dòng ${p.line}, cột "${p.column}": ${QUANTITIES[p.quantity].vi.toLowerCase()} ${named(p.indicator, 'vi')} của ${named(p.place, 'vi')} ${p.periodLabel.vi} đã có ở dòng ${p.first}; mỗi đại lượng chỉ một dòng.`,
    en: (p) =>
      `Line ${p.line}, column "${p.column}": ${QUANTITIES[p.quantity].en.toLowerCase()} of ${named(p.indicator, 'en')} for ${named(p.place, 'en')} in ${p.periodLabel.en} is already on line ${p.first}; one line per quantity.`,
  }),
);

export const missingQuantity = /* @__PURE__ */ defineProblem('missing_quantity', 'error', () => ({
  summary: {
    vi: 'Tệp CSV dạng dài có dòng mẫu số mà không có dòng tử số của cùng chỉ số, địa bàn và kỳ.',
    en: 'A long CSV file with a denominator line but no numerator line for its indicator, place and period.',
  },
  example: {
    line: 3,
    column: 'quantity',
    indicator: fibre,
    place: thon1,
    periodLabel: october,
  },
  vi: (p: {
    line: number;
    column: string;
    indicator: NamedRef;
    place: NamedRef;
    periodLabel: Label;
  }) =>
    `Dòng ${p.line}, cột "${p.column}": có mẫu số ${named(p.indicator, 'vi')} của ${named(p.place, 'vi')} ${p.periodLabel.vi} nhưng không có dòng tử số; cần thêm một dòng "numerator".`,
  en: (p) =>
    `Line ${p.line}, column "${p.column}": there is a denominator of ${named(p.indicator, 'en')} for ${named(p.place, 'en')} in ${p.periodLabel.en} but no numerator line; expected a "numerator" line too.`,
}));

// ——— DHIS2 ————————————————————————————————————————————————————————————————————————————————

/**
 * Why a DHIS2 period id cannot be read: a DHIS2 period type the library does not track (days,
 * bi-months, bi-weeks, weeks starting on another day than Monday, six months from April, financial
 * years), or no valid DHIS2 period at all.
 *
 * @category Indicators
 */
export type Dhis2PeriodFault = 'otherType' | 'invalid';

/**
 * The parameters of an `invalid_dhis2_period` problem.
 *
 * @category Indicators
 */
export type InvalidDhis2PeriodParams = {
  /** An excerpt of what was given. */
  readonly input: string;
  /** What is wrong with it. */
  readonly fault: Dhis2PeriodFault;
};

const DHIS2_PERIODS: Label = {
  vi: 'tháng 202610, quý 2026Q4, 6 tháng 2026S2, năm 2026 hoặc tuần ISO 2026W5, trong các năm 1900–2100',
  en: 'a month 202610, a quarter 2026Q4, six months 2026S2, a year 2026 or an ISO week 2026W5, within 1900–2100',
};

export const invalidDhis2Period = /* @__PURE__ */ defineProblem(
  'invalid_dhis2_period',
  'error',
  () => ({
    summary: {
      vi: 'Một mã kỳ DHIS2 không đọc được, hoặc thuộc loại kỳ thư viện không theo dõi (ngày, hai tháng, năm tài chính …).',
      en: 'A DHIS2 period id that cannot be read, or of a period type the library does not track (days, bi-months, financial years …).',
    },
    example: { input: '"2026AprilS1"', fault: 'otherType' } as InvalidDhis2PeriodParams,
    vi: (p: InvalidDhis2PeriodParams) =>
      p.fault === 'otherType'
        ? `Kỳ DHIS2 ${p.input} thuộc loại kỳ thư viện không theo dõi; cần ${DHIS2_PERIODS.vi}.`
        : `Kỳ DHIS2 ${p.input} không hợp lệ; cần ${DHIS2_PERIODS.vi}.`,
    en: (p) =>
      p.fault === 'otherType'
        ? `DHIS2 period ${p.input} is of a type the library does not track; expected ${DHIS2_PERIODS.en}.`
        : `DHIS2 period ${p.input} is not valid; expected ${DHIS2_PERIODS.en}.`,
  }),
);

export const unknownDataElement = /* @__PURE__ */ defineProblem(
  'unknown_data_element',
  'error',
  () => ({
    summary: {
      vi: 'Một phần tử dữ liệu DHIS2 không ứng với tử số hay mẫu số của chỉ số nào.',
      en: 'A DHIS2 data element that stands for no indicator’s numerator or denominator.',
    },
    example: { dataElement: '"Ab12Cd34Ef5"', categoryOptionCombo: null as string | null },
    vi: (p: { dataElement: string; categoryOptionCombo: string | null }) =>
      `Phần tử dữ liệu DHIS2 ${p.dataElement}${p.categoryOptionCombo === null ? '' : ` (tổ hợp "${p.categoryOptionCombo}")`} không ứng với chỉ số nào: cần khai báo nó trong bảng "dataElements" hoặc dùng mã dạng "fibreHouseholds.numerator".`,
    en: (p) =>
      `DHIS2 data element ${p.dataElement}${p.categoryOptionCombo === null ? '' : ` (combination "${p.categoryOptionCombo}")`} stands for no indicator: map it in "dataElements" or use a code such as "fibreHouseholds.numerator".`,
  }),
);

export const missingNumerator = /* @__PURE__ */ defineProblem('missing_numerator', 'error', () => ({
  summary: {
    vi: 'Có mẫu số mà không có tử số của cùng chỉ số, địa bàn và kỳ.',
    en: 'A denominator without the numerator of the same indicator, place and period.',
  },
  example: { indicator: fibre, place: thon1, periodLabel: october },
  vi: (p: { indicator: NamedRef; place: NamedRef; periodLabel: Label }) =>
    `Có mẫu số ${named(p.indicator, 'vi')} của ${named(p.place, 'vi')} ${p.periodLabel.vi} nhưng không có tử số; cần cả tử số.`,
  en: (p) =>
    `There is a denominator of ${named(p.indicator, 'en')} for ${named(p.place, 'en')} in ${p.periodLabel.en} but no numerator; the numerator is needed too.`,
}));

export const duplicateDhis2Value = /* @__PURE__ */ defineProblem(
  'duplicate_dhis2_value',
  'error',
  () => ({
    summary: {
      vi: 'Hai giá trị DHIS2 cho cùng một tử số hay mẫu số của một chỉ số, địa bàn và kỳ.',
      en: 'Two DHIS2 values for the same numerator or denominator of one indicator, place and period.',
    },
    example: {
      indicator: fibre,
      place: thon1,
      periodLabel: october,
      quantity: 'numerator' as QuantityName,
      first: 0,
    },
    vi: (p: {
      indicator: NamedRef;
      place: NamedRef;
      periodLabel: Label;
      quantity: QuantityName;
      first: number;
    }) =>
      `${p.quantity === 'numerator' ? 'Tử số' : 'Mẫu số'} ${named(p.indicator, 'vi')} của ${named(p.place, 'vi')} ${p.periodLabel.vi} đã có ở giá trị thứ ${p.first + 1}; mỗi tử số, mẫu số chỉ một giá trị.`,
    en: (p) =>
      `The ${p.quantity} of ${named(p.indicator, 'en')} for ${named(p.place, 'en')} in ${p.periodLabel.en} is already value ${p.first + 1}; one value per numerator or denominator.`,
  }),
);
