/**
 * The command table of `tcns`: every command, its arguments, options and examples, in both
 * languages. `--help` is generated from it, and the arguments are checked against it before a
 * command runs. A command's code is loaded only when it runs (`load`), so that `--help` and
 * `--version` load almost nothing.
 */
import type { Handler } from './context.js';
import type { Words } from './text.js';

/** An option of a command. */
export interface OptionSpec {
  /** A string value or a flag. */
  readonly type: 'string' | 'boolean';
  /** A one-letter alias. */
  readonly short?: string;
  /** The name of the value in the help, e.g. `DATE`. */
  readonly value?: string;
  /** What it does. */
  readonly description: Words;
  /** The values it accepts, when they are few. */
  readonly choices?: readonly string[];
}

/** A positional argument of a command. */
export interface ArgSpec {
  /** Its name in the help. */
  readonly name: string;
  /** What it is. */
  readonly description: Words;
  /** Whether it must be given. */
  readonly required?: boolean;
  /** Whether it takes one or more values. */
  readonly variadic?: boolean;
}

/** One command. */
export interface CommandSpec {
  /** The words that name it: `['team', 'validate']`. */
  readonly path: readonly string[];
  /** One line. */
  readonly summary: Words;
  /** More, for its own help. */
  readonly description?: Words;
  /** Its positional arguments. */
  readonly args?: readonly ArgSpec[];
  /** Its options (the global ones are added). */
  readonly options?: Readonly<Record<string, OptionSpec>>;
  /** Examples for the help. */
  readonly examples: readonly { readonly command: string; readonly description: Words }[];
  /** Loads the code that runs it. */
  readonly load: () => Promise<Handler>;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', description: { vi: 'In hướng dẫn', en: 'Print help' } },
  version: {
    type: 'boolean',
    short: 'v',
    description: { vi: 'In phiên bản', en: 'Print the version' },
  },
  json: {
    type: 'boolean',
    description: {
      vi: 'In một tài liệu JSON ra stdout, không kèm lời',
      en: 'Print one JSON document on stdout, no prose',
    },
  },
  lang: {
    type: 'string',
    value: 'vi|en',
    choices: ['vi', 'en'],
    description: {
      vi: 'Ngôn ngữ (mặc định vi, hoặc biến môi trường TCNS_LANG)',
      en: 'Language (default vi, or the TCNS_LANG environment variable)',
    },
  },
};

const DIR: OptionSpec = {
  type: 'string',
  short: 'C',
  value: 'DIR',
  description: {
    vi: 'Thư mục làm việc của xã (mặc định: thư mục hiện tại)',
    en: "The commune's workspace folder (default: the current folder)",
  },
};

const AS_OF: OptionSpec = {
  type: 'string',
  value: 'DATE',
  description: {
    vi: 'Ngày xem (YYYY-MM-DD; mặc định: hôm nay theo giờ Việt Nam)',
    en: 'The date to look at (YYYY-MM-DD; default: today in Vietnam)',
  },
};

const SEAT: OptionSpec = {
  type: 'string',
  value: 'SEAT',
  description: {
    vi: 'Mã vị trí, ví dụ village-heads/bon-bu-sir',
    en: 'A seat id, e.g. village-heads/bon-bu-sir',
  },
};

const OUT: OptionSpec = {
  type: 'string',
  short: 'o',
  value: 'FILE',
  description: {
    vi: 'Ghi ra tệp này (mặc định: in ra stdout)',
    en: 'Write to this file (default: print on stdout)',
  },
};

const PERIOD_ARG: ArgSpec = {
  name: 'PERIOD',
  required: true,
  description: {
    vi: 'Kỳ: 2026-10, 2026-Q4, 2026-H2, 2026',
    en: 'Period: 2026-10, 2026-Q4, 2026-H2, 2026',
  },
};

const team = () => import('./commands/team.js');
const calendar = () => import('./commands/calendar.js');
const data = () => import('./commands/data.js');
const report = () => import('./commands/report.js');

/** The namespaces (nouns), in the order the help lists them. */
export const NOUNS: readonly { readonly name: string; readonly summary: Words }[] = [
  {
    name: 'team',
    summary: {
      vi: 'Tổ: kiểm tra, thành phần, chuỗi báo cáo, nhiệm vụ, quyết định',
      en: 'The team: validation, composition, chain, duties, decision',
    },
  },
  {
    name: 'calendar',
    summary: {
      vi: 'Lịch: ngày lễ, kỳ báo cáo, thời hạn, âm lịch',
      en: 'Calendar: holidays, periods, deadlines, lunar dates',
    },
  },
  {
    name: 'data',
    summary: {
      vi: 'Số liệu thôn: phiếu nhập, nhập, xuất',
      en: 'Village data: entry sheets, import, export',
    },
  },
  {
    name: 'report',
    summary: {
      vi: 'Báo cáo tháng: lập, tin nhắn nhóm, tình hình nộp, văn bản',
      en: "The month's reports: build, group message, status, document",
    },
  },
  {
    name: 'tasks',
    summary: {
      vi: 'Việc được giao: quá hạn, sắp đến hạn',
      en: 'Assigned tasks: overdue and due soon',
    },
  },
];

/** Every command. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    path: ['init'],
    summary: {
      vi: 'Tạo thư mục làm việc cho một xã, phường',
      en: 'Create a workspace for a commune or ward',
    },
    description: {
      vi: 'Hỏi (trên terminal) hoặc đọc từ tùy chọn: xã/phường, mẫu tổ, thôn, trường học, người; ghi team.json (có $schema) và README.md. --yes nhận mọi giá trị mặc định: không có --commune thì là ví dụ có sẵn của mẫu (xã Đắk Nia 2022).',
      en: "Asks (on a terminal) or reads from options: commune or ward, team template, villages, schools, people; writes team.json (with its $schema) and README.md. --yes takes every default: without --commune, the template's bundled example (Đắk Nia 2022).",
    },
    args: [
      {
        name: 'FOLDER',
        description: {
          vi: 'Thư mục (mặc định: thư mục hiện tại)',
          en: 'Folder (default: the current one)',
        },
      },
    ],
    options: {
      yes: {
        type: 'boolean',
        short: 'y',
        description: {
          vi: 'Không hỏi, dùng giá trị mặc định',
          en: 'Ask nothing, take the defaults',
        },
      },
      template: {
        type: 'string',
        value: 'ID',
        description: {
          vi: 'Mẫu tổ (xem danh sách trong phần hỏi, mặc định dak-nia-2022)',
          en: 'Team template (see the list when asked; default dak-nia-2022)',
        },
      },
      commune: {
        type: 'string',
        value: 'NAME',
        description: {
          vi: 'Tên xã, phường, ví dụ "Đắk Nia"',
          en: 'Name of the commune or ward, e.g. "Đắk Nia"',
        },
      },
      kind: {
        type: 'string',
        value: 'KIND',
        choices: ['commune', 'ward', 'specialZone'],
        description: {
          vi: 'xã (commune), phường (ward), đặc khu (specialZone)',
          en: 'commune, ward or specialZone',
        },
      },
      province: {
        type: 'string',
        value: 'NAME',
        description: { vi: 'Tên tỉnh, thành phố', en: 'Name of the province' },
      },
      villages: {
        type: 'string',
        value: 'LIST',
        description: {
          vi: 'Thôn, tổ dân phố, cách nhau bởi dấu phẩy: "thôn Nam Rạ, bon Bu Sir"',
          en: 'Villages, comma-separated: "thôn Nam Rạ, bon Bu Sir"',
        },
      },
      schools: {
        type: 'string',
        value: 'LIST',
        description: { vi: 'Trường học, cách nhau bởi dấu phẩy', en: 'Schools, comma-separated' },
      },
      leader: {
        type: 'string',
        value: 'NAME',
        description: { vi: 'Họ tên Tổ trưởng', en: "The leader's full name" },
      },
      members: {
        type: 'string',
        value: 'LIST',
        description: {
          vi: 'Tổ viên được cử đích danh, cách nhau bởi dấu phẩy',
          en: 'Members appointed by name, comma-separated',
        },
      },
      from: {
        type: 'string',
        value: 'DATE',
        description: {
          vi: 'Ngày thành lập (mặc định: hôm nay)',
          en: 'Founding day (default: today)',
        },
      },
      force: {
        type: 'boolean',
        description: { vi: 'Ghi đè team.json đã có', en: 'Overwrite an existing team.json' },
      },
    },
    examples: [
      { command: 'tcns init', description: { vi: 'hỏi từng bước', en: 'asks step by step' } },
      {
        command: 'tcns init xa-dak-nia --yes',
        description: { vi: 'ví dụ xã Đắk Nia', en: 'the Đắk Nia example' },
      },
      {
        command:
          'tcns init --yes --commune "Nam Đà" --province "Lâm Đồng" --villages "thôn 1, thôn 2" --leader "Nguyễn Văn A"',
        description: { vi: 'xã của bạn, không hỏi', en: 'your commune, without questions' },
      },
    ],
    load: async () => (await import('./commands/init.js')).init,
  },
  {
    path: ['demo'],
    summary: {
      vi: 'Chạy thử trên xã mẫu Đắk Nia trong một thư mục tạm',
      en: 'Try it on the Đắk Nia sample in a temporary folder',
    },
    description: {
      vi: 'Tạo thư mục tạm với tổ và số liệu tháng 1/2025 (minh họa) của xã Đắk Nia, rồi in: thành phần tổ, chuỗi báo cáo, báo cáo tháng, tình hình nộp và tin nhắn nhóm.',
      en: "Creates a temporary workspace with the Đắk Nia team and its January 2025 data (illustrative), then prints: the team, the reporting chain, the month's report, the reporting status and the group message.",
    },
    options: {
      keep: {
        type: 'boolean',
        description: { vi: 'Giữ lại thư mục tạm', en: 'Keep the temporary folder' },
      },
    },
    examples: [
      {
        command: 'npx to-cong-nghe-so demo',
        description: { vi: 'không cần cài đặt', en: 'nothing to install' },
      },
      {
        command: 'tcns demo --lang en --keep',
        description: { vi: 'tiếng Anh, giữ thư mục', en: 'in English, keeping the folder' },
      },
    ],
    load: async () => (await import('./commands/demo.js')).demo,
  },
  {
    path: ['team', 'validate'],
    summary: {
      vi: 'Kiểm tra tệp tổ, chỉ ra từng lỗi theo dòng:cột',
      en: 'Check a team file, every problem at its line:column',
    },
    args: [
      {
        name: 'FILE',
        description: { vi: 'Tệp tổ (mặc định team.json)', en: 'Team file (default team.json)' },
      },
    ],
    options: {
      dir: DIR,
      'as-of': {
        ...AS_OF,
        description: {
          vi: 'Ngày kiểm tra thành phần (mặc định: ngày thành lập tổ)',
          en: 'The date the composition is checked on (default: the founding day)',
        },
      },
    },
    examples: [
      {
        command: 'tcns team validate',
        description: { vi: 'kiểm tra team.json', en: 'checks team.json' },
      },
      {
        command: 'tcns team validate to-cns.json --as-of 2026-01-01 --lang en',
        description: {
          vi: 'tệp khác, ngày khác, tiếng Anh',
          en: 'another file and date, in English',
        },
      },
    ],
    load: async () => (await team()).validate,
  },
  {
    path: ['team', 'show'],
    summary: { vi: 'Thành phần tổ vào một ngày', en: 'The team on a date' },
    options: { dir: DIR, 'as-of': AS_OF },
    examples: [
      {
        command: 'tcns team show --as-of 2022-07-27',
        description: { vi: 'ngày ký quyết định', en: 'on the day of the decision' },
      },
    ],
    load: async () => (await team()).show,
  },
  {
    path: ['team', 'chain'],
    summary: {
      vi: 'Chuỗi báo cáo: ai báo cáo cho ai',
      en: 'The reporting chain: who reports to whom',
    },
    options: { dir: DIR, 'as-of': AS_OF, seat: SEAT },
    examples: [
      { command: 'tcns team chain', description: { vi: 'cả tổ', en: 'the whole team' } },
      {
        command: 'tcns team chain --seat village-heads/bon-bu-sir',
        description: {
          vi: 'từ một vị trí lên UBND',
          en: "from one seat up to the People's Committee",
        },
      },
    ],
    load: async () => (await team()).chain,
  },
  {
    path: ['team', 'duties'],
    summary: {
      vi: 'Nhiệm vụ của từng vai trò, theo điều khoản',
      en: 'Duties of each role, by clause',
    },
    options: { dir: DIR, seat: SEAT },
    examples: [
      {
        command: 'tcns team duties --seat deputies/farmers',
        description: { vi: 'nhiệm vụ của một Tổ phó', en: "a deputy's duties" },
      },
    ],
    load: async () => (await team()).duties,
  },
  {
    path: ['team', 'org-chart'],
    summary: { vi: 'Sơ đồ tổ chức (Mermaid)', en: 'Organisation chart (Mermaid)' },
    options: { dir: DIR, 'as-of': AS_OF, out: OUT },
    examples: [
      {
        command: 'tcns team org-chart -o so-do.mmd',
        description: { vi: 'ghi ra tệp', en: 'write to a file' },
      },
    ],
    load: async () => (await team()).orgChart,
  },
  {
    path: ['team', 'decision'],
    summary: {
      vi: 'In lại quyết định thành lập (thể thức Nghị định 30/2020)',
      en: 'The founding decision (layout of Decree 30/2020)',
    },
    options: {
      dir: DIR,
      format: {
        type: 'string',
        value: 'text|md',
        choices: ['text', 'md'],
        description: {
          vi: 'Văn bản thường hoặc Markdown (mặc định text)',
          en: 'Plain text or Markdown (default text)',
        },
      },
      decision: {
        type: 'string',
        value: 'ID',
        description: {
          vi: 'Mã quyết định (mặc định: quyết định thành lập)',
          en: 'Decision id (default: the founding one)',
        },
      },
      out: OUT,
    },
    examples: [
      {
        command: 'tcns team decision --format md -o quyet-dinh.md',
        description: { vi: 'Markdown ra tệp', en: 'Markdown to a file' },
      },
    ],
    load: async () => (await team()).decision,
  },
  {
    path: ['calendar', 'holidays'],
    summary: {
      vi: 'Ngày nghỉ lễ, Tết và ngày làm bù của một năm',
      en: 'Public holidays and make-up days of a year',
    },
    args: [
      {
        name: 'YEAR',
        required: true,
        description: { vi: 'Năm, ví dụ 2027', en: 'Year, e.g. 2027' },
      },
    ],
    examples: [
      {
        command: 'tcns calendar holidays 2027',
        description: { vi: 'lịch nghỉ năm 2027', en: 'days off in 2027' },
      },
    ],
    load: async () => (await calendar()).holidays,
  },
  {
    path: ['calendar', 'period'],
    summary: {
      vi: 'Một kỳ báo cáo: khoảng ngày, thời gian chốt số liệu, hạn nộp',
      en: 'A reporting period: dates, data window, due dates',
    },
    args: [PERIOD_ARG],
    options: {
      policy: {
        type: 'string',
        value: 'calendar|decree09',
        choices: ['calendar', 'decree09'],
        description: {
          vi: 'Cách chốt số liệu (mặc định calendar; decree09: Nghị định 09/2019)',
          en: 'Data window (default calendar; decree09: Decree 09/2019)',
        },
      },
    },
    examples: [
      {
        command: 'tcns calendar period 2026-10 --policy decree09',
        description: { vi: 'chốt số liệu 15/9–14/10', en: 'data from 15/9 to 14/10' },
      },
    ],
    load: async () => (await calendar()).period,
  },
  {
    path: ['calendar', 'deadline'],
    summary: {
      vi: 'Hạn cuối tính theo Bộ luật Dân sự và ngày làm việc',
      en: 'A deadline under the Civil Code and working days',
    },
    args: [
      {
        name: 'DATE',
        required: true,
        description: { vi: 'Ngày bắt đầu (không tính)', en: 'Start day (not counted)' },
      },
    ],
    options: {
      'working-days': {
        type: 'string',
        value: 'N',
        description: { vi: 'Số ngày làm việc', en: 'Working days' },
      },
      days: { type: 'string', value: 'N', description: { vi: 'Số ngày', en: 'Days' } },
      weeks: { type: 'string', value: 'N', description: { vi: 'Số tuần', en: 'Weeks' } },
      months: { type: 'string', value: 'N', description: { vi: 'Số tháng', en: 'Months' } },
      years: { type: 'string', value: 'N', description: { vi: 'Số năm', en: 'Years' } },
    },
    examples: [
      {
        command: 'tcns calendar deadline 2026-02-10 --working-days 5',
        description: { vi: 'qua Tết', en: 'across Tết' },
      },
      {
        command: 'tcns calendar deadline 2026-01-31 --months 1',
        description: { vi: 'hạn một tháng', en: 'one month' },
      },
    ],
    load: async () => (await calendar()).deadline,
  },
  {
    path: ['calendar', 'lunar'],
    summary: { vi: 'Ngày âm lịch của một ngày dương lịch', en: 'The lunar date of a date' },
    args: [
      {
        name: 'DATE',
        required: true,
        description: { vi: 'Ngày dương lịch YYYY-MM-DD', en: 'Solar date YYYY-MM-DD' },
      },
    ],
    examples: [
      {
        command: 'tcns calendar lunar 2026-04-26',
        description: { vi: 'Giỗ Tổ Hùng Vương 2026', en: 'Hùng Kings day 2026' },
      },
    ],
    load: async () => (await calendar()).lunar,
  },
  {
    path: ['data', 'sheet'],
    summary: {
      vi: 'Phiếu nhập số liệu cho trưởng thôn (CSV mở bằng Excel)',
      en: 'Entry sheets for village heads (CSV for Excel)',
    },
    args: [PERIOD_ARG],
    options: {
      dir: DIR,
      village: {
        type: 'string',
        value: 'ID',
        description: { vi: 'Chỉ một thôn', en: 'One village only' },
      },
      each: {
        type: 'boolean',
        description: {
          vi: 'Mỗi thôn một tệp, trong thư mục --out (mặc định sheets/KỲ)',
          en: 'One file per village, in the --out folder (default sheets/PERIOD)',
        },
      },
      delimiter: {
        type: 'string',
        value: ',|;',
        choices: [',', ';'],
        description: { vi: 'Dấu phân cách cột (mặc định ,)', en: 'Column separator (default ,)' },
      },
      out: OUT,
    },
    examples: [
      {
        command: 'tcns data sheet 2026-10 -o phieu-thang-10.csv',
        description: { vi: 'một tệp cho cả xã', en: 'one file for the commune' },
      },
      {
        command: 'tcns data sheet 2026-10 --each',
        description: { vi: 'mỗi thôn một tệp', en: 'one file per village' },
      },
    ],
    load: async () => (await data()).sheet,
  },
  {
    path: ['data', 'import'],
    summary: {
      vi: 'Nhập phiếu đã điền: kiểm tra hết, có lỗi thì không ghi gì',
      en: 'Import filled sheets: checks everything, writes nothing on any error',
    },
    args: [
      {
        name: 'FILE',
        required: true,
        variadic: true,
        description: {
          vi: 'Tệp CSV (phiếu nhập hoặc dạng dài)',
          en: 'CSV files (entry sheets or the long format)',
        },
      },
    ],
    options: {
      dir: DIR,
      replace: {
        type: 'boolean',
        description: {
          vi: 'Thay số liệu cũ cùng chỉ số, thôn, kỳ',
          en: 'Replace earlier values of the same indicator, village and period',
        },
      },
      'reported-at': {
        type: 'string',
        value: 'TIME',
        description: {
          vi: 'Thời điểm nhận (ISO 8601; mặc định: bây giờ)',
          en: 'When received (ISO 8601; default: now)',
        },
      },
    },
    examples: [
      {
        command: 'tcns data import sheets/2026-10/*.csv',
        description: { vi: 'nhập mọi phiếu của tháng', en: "import the month's sheets" },
      },
      {
        command: 'tcns data import thon-1.csv --replace',
        description: { vi: 'nhập bản sửa', en: 'import a correction' },
      },
    ],
    load: async () => (await data()).importFiles,
  },
  {
    path: ['data', 'export'],
    summary: { vi: 'Xuất số liệu: CSV hoặc DHIS2', en: 'Export the data: CSV or DHIS2' },
    options: {
      dir: DIR,
      format: {
        type: 'string',
        value: 'csv|dhis2',
        choices: ['csv', 'dhis2'],
        description: { vi: 'Định dạng (mặc định csv)', en: 'Format (default csv)' },
      },
      period: {
        type: 'string',
        value: 'PERIOD',
        description: { vi: 'Chỉ một kỳ', en: 'One period only' },
      },
      out: OUT,
    },
    examples: [
      {
        command: 'tcns data export --format dhis2 --period 2026-10 -o dhis2.json',
        description: { vi: 'dataValueSet cho DHIS2', en: 'a DHIS2 dataValueSet' },
      },
    ],
    load: async () => (await data()).exportValues,
  },
  {
    path: ['report', 'build'],
    summary: {
      vi: 'Lập báo cáo tháng theo chuỗi: thôn → Tổ phó → Tổ trưởng',
      en: "Build the month's reports up the chain: villages → deputies → leader",
    },
    description: {
      vi: 'Báo cáo của mỗi trưởng thôn lấy từ số liệu đã nhập (ngày nộp là ngày nhận phiếu) và hoạt động; Tổ phó và Tổ trưởng tổng hợp vào ngày --as-of. Ghi reports/KỲ.json và in báo cáo của cấp --level.',
      en: "Each village head's report comes from the imported data (submitted when the sheet was received) and activities; the deputies and the leader consolidate on --as-of. Writes reports/PERIOD.json and prints the reports of --level.",
    },
    args: [PERIOD_ARG],
    options: {
      dir: DIR,
      'as-of': AS_OF,
      level: {
        type: 'string',
        value: 'leader|deputy|member',
        choices: ['leader', 'deputy', 'member'],
        description: {
          vi: 'Cấp cần in (mặc định leader)',
          en: 'The level to print (default leader)',
        },
      },
      format: {
        type: 'string',
        value: 'md|csv',
        choices: ['md', 'csv'],
        description: { vi: 'Markdown hoặc CSV (mặc định md)', en: 'Markdown or CSV (default md)' },
      },
    },
    examples: [
      {
        command: 'tcns report build 2026-10',
        description: { vi: 'báo cáo của Tổ trưởng', en: "the leader's report" },
      },
      {
        command: 'tcns report build 2026-10 --level deputy --format csv',
        description: { vi: 'số liệu của các Tổ phó', en: "the deputies' figures" },
      },
    ],
    load: async () => (await report()).build,
  },
  {
    path: ['report', 'message'],
    summary: {
      vi: 'Tin nhắn nhóm Zalo/Facebook/Mocha, sẵn để dán',
      en: 'The group message for Zalo/Facebook/Mocha, ready to paste',
    },
    args: [PERIOD_ARG],
    options: {
      dir: DIR,
      'as-of': AS_OF,
      seat: {
        ...SEAT,
        description: {
          vi: 'Báo cáo của vị trí này (mặc định: Tổ trưởng)',
          en: "This seat's report (default: the leader's)",
        },
      },
      platform: {
        type: 'string',
        value: 'zalo|facebook|mocha',
        choices: ['zalo', 'facebook', 'mocha'],
        description: { vi: 'Nền tảng (mặc định zalo)', en: 'Platform (default zalo)' },
      },
    },
    examples: [
      {
        command: 'tcns report message 2026-10 --platform facebook',
        description: { vi: 'tin cho Facebook', en: 'for Facebook' },
      },
    ],
    load: async () => (await report()).message,
  },
  {
    path: ['report', 'status'],
    summary: {
      vi: 'Tình hình nộp báo cáo: đủ, đúng hạn, còn thiếu',
      en: 'Reporting status: completeness, timeliness, missing',
    },
    args: [PERIOD_ARG],
    options: { dir: DIR, 'as-of': AS_OF },
    examples: [
      {
        command: 'tcns report status 2026-10',
        description: { vi: 'ai chưa nộp', en: 'who has not reported' },
      },
    ],
    load: async () => (await report()).status,
  },
  {
    path: ['report', 'document'],
    summary: {
      vi: 'Báo cáo gửi UBND xã (thể thức Nghị định 30/2020)',
      en: "The report to the People's Committee (Decree 30/2020 layout)",
    },
    args: [PERIOD_ARG],
    options: {
      dir: DIR,
      'as-of': AS_OF,
      number: {
        type: 'string',
        value: 'N',
        description: { vi: 'Số văn bản (mặc định 1)', en: 'Document number (default 1)' },
      },
      format: {
        type: 'string',
        value: 'text|md',
        choices: ['text', 'md'],
        description: {
          vi: 'Văn bản thường hoặc Markdown (mặc định text)',
          en: 'Plain text or Markdown (default text)',
        },
      },
      out: OUT,
    },
    examples: [
      {
        command: 'tcns report document 2026-10 --number 12 -o bao-cao.txt',
        description: { vi: 'Số: 12/BC-TCNS', en: 'No. 12/BC-TCNS' },
      },
    ],
    load: async () => (await report()).document,
  },
  {
    path: ['tasks', 'overdue'],
    summary: {
      vi: 'Việc quá hạn và sắp đến hạn, theo người đôn đốc',
      en: 'Overdue and soon-due tasks, by who follows up',
    },
    options: { dir: DIR, 'as-of': AS_OF },
    examples: [
      {
        command: 'tcns tasks overdue --as-of 2025-01-20',
        description: { vi: 'đọc plan.json', en: 'reads plan.json' },
      },
    ],
    load: async () => (await import('./commands/tasks.js')).overdue,
  },
];
