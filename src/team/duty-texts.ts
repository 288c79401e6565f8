// The Article 2 texts the library ships (data tables): Decision 23/QĐ-UBND of Đắk Nia (2022), a
// village-level team after Công văn 793/BTTTT-THH, and a commune or ward from 1 July 2025.
import { copyData } from '../_internal/copy.js';
import type { DutiesText, DutyItem } from './schema-duties.js';

const item = (
  id: string,
  vi: string,
  en: string,
  extra: Partial<Pick<DutyItem, 'pillar' | 'points'>> = {},
): DutyItem => ({ id, text: { vi, en }, points: extra.points ?? [], ...pillarOf(extra) });

function pillarOf(extra: Partial<Pick<DutyItem, 'pillar'>>): Pick<DutyItem, 'pillar'> {
  return extra.pillar === undefined ? {} : { pillar: extra.pillar };
}

const REGIME = { vi: 'Chế độ làm việc', en: 'Working regime' };
const DUTIES = { vi: 'Nhiệm vụ', en: 'Duties' };

/** The three propagation points of Điều 2.2.c of the Đắk Nia decision, one per pillar. */
function propagationPoints(): DutyItem['points'] {
  return [
    {
      id: 'member.propagate.policy',
      text: {
        vi: 'Các chủ trương, đường lối của Đảng, chính sách, pháp luật của nhà nước về chuyển đổi số đến các hộ gia đình, người dân trong các {villages}, cụm dân cư;',
        en: "the Party's guidelines and the State's policies and laws on digital transformation, to the households and residents of the {villages} and residential clusters;",
      },
    },
    {
      id: 'member.propagate.digital-government',
      pillar: 'digitalGovernment',
      text: {
        vi: 'Về chính quyền số: Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; sử dụng các dịch vụ số và tương tác với chính quyền qua các nền tảng số được đánh giá và lựa chọn.',
        en: 'digital government: guiding residents to use online public services, to use digital services and to interact with the authorities through the digital platforms assessed and selected.',
      },
    },
    {
      id: 'member.propagate.digital-economy',
      pillar: 'digitalEconomy',
      text: {
        vi: 'Về kinh tế số: Hướng dẫn doanh nghiệp, hộ kinh doanh, người dân trên địa bàn đăng ký tham gia các sàn thương mại điện tử như: “voso.vn”, “postmart”,... mở tài khoản thanh toán điện tử; hướng dẫn ứng dụng công nghệ số trong các hoạt động sản xuất, kinh doanh phù hợp điều kiện kinh tế - xã hội của địa phương.',
        en: 'digital economy: guiding enterprises, household businesses and residents to register on e-commerce platforms such as "voso.vn", "postmart", ...; to open electronic payment accounts; and to apply digital technology in production and business suited to local conditions.',
      },
    },
    {
      id: 'member.propagate.digital-society',
      pillar: 'digitalSociety',
      text: {
        vi: 'Về xã hội số: hướng dẫn người dân tiếp cận, cài đặt, sử dụng các dịch vụ số phục vụ cho các nhu cầu thiết yếu như: Y tế, giáo dục, chính sách xã hội,... thông qua các nền tảng số.',
        en: 'digital society: guiding residents to access, install and use digital services for essential needs such as health, education, social policy, ... through digital platforms.',
      },
    },
  ];
}

const PART_TIME = item(
  'team.part-time',
  'Tổ công nghệ số cộng đồng {area} làm việc theo chế độ kiêm nhiệm. Nhiệm vụ của các Tổ viên do Tổ trưởng phân công. Tổ công nghệ số cộng đồng được quản lý dựa trên các nền tảng số Việt Nam miễn phí và thông dụng như Facebook, Zalo, Mocha, ...',
  "The team works part-time, alongside its members' main posts. Members' tasks are assigned by the leader. The team is run on free, widely used Vietnamese digital platforms such as Facebook, Zalo, Mocha, ...",
);

const TRAINING = item(
  'team.training',
  'Thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn trực tiếp hoặc trực tuyến thường xuyên, nhiều lần để thành thạo các bước cài đặt, hướng dẫn sử dụng, hỗ trợ giải đáp thắc mắc về nền tảng số, công nghệ số để lan tỏa, hướng dẫn đến toàn dân.',
  'Members are trained, in person or online, regularly and repeatedly until fluent in installing, guiding the use of and answering questions about digital platforms and technologies, so as to spread them to all residents.',
);

const DEPUTY_DUTIES: readonly DutyItem[] = [
  item(
    'deputy.assist',
    'Giúp Tổ trưởng điều hành hoạt động của Tổ.',
    'Helps the leader direct the team.',
  ),
  item(
    'deputy.follow-up',
    'Trực tiếp theo dõi, đôn đốc các Tổ viên trong việc hướng dẫn, hỗ trợ, theo dõi, giám sát quá trình chuyển đổi số trên địa bàn {area}.',
    'Directly monitors and urges members in guiding, supporting, monitoring and supervising digital transformation in the {area}.',
  ),
  item(
    'deputy.report',
    'Định kỳ, đột xuất báo cáo kết quả chuyển đổi số trên địa bàn {area} cho Tổ trưởng và các cấp.',
    'Reports digital-transformation results in the {area}, periodically and ad hoc, to the leader and to higher levels.',
  ),
];

const MEMBER_REPORT = item(
  'member.report',
  'Định kỳ, thường xuyên tổng hợp báo cáo qua mạng xã hội (nhóm Facebook, Zalo, Mocha,...) kết quả thực hiện các chỉ tiêu, nhiệm vụ triển khai việc sử dụng nền tảng số, công nghệ số để chính quyền nắm bắt, chỉ đạo và xử lý kịp thời các đề xuất, vướng mắc của địa phương.',
  'Periodically and regularly compiles and reports, through the social-network groups (Facebook, Zalo, Mocha, ...), the results against the indicators and tasks on using digital platforms and technologies, so that the authorities can follow, direct and promptly handle local proposals and obstacles.',
);

const PROPAGATE = (): DutyItem =>
  item(
    'member.propagate',
    'Tuyên truyền, hướng dẫn người dân:',
    'Propagates and guides residents on:',
    {
      points: propagationPoints(),
    },
  );

/**
 * Article 2 of Decision 23/QĐ-UBND of Đắk Nia commune (27/7/2022), in its own words: the working
 * regime (2.1) and the duties of the leader, the deputies and the members (2.2.a–c). The
 * commune's name, its villages' nouns and the bodies the leader answers to are placeholders, so
 * the text reads right for a ward ("trên địa bàn phường") or a team without deputies; the
 * original's "trên địa bàn phường" in 2.2.a (a slip in a xã's decision) becomes `{area}`.
 */
export function dakNia2022Duties(): DutiesText {
  return copyData({
    source: 'Quyết định số 23/QĐ-UBND ngày 27/7/2022 của UBND xã Đắk Nia, Điều 2',
    clauses: [
      { kind: 'team', heading: { ...REGIME }, items: [PART_TIME, TRAINING] },
      {
        kind: 'roles',
        heading: { ...DUTIES },
        roles: {
          leader: [
            item(
              'leader.direct',
              'Điều hành hoạt động của Tổ, xây dựng kế hoạch, phân công nhiệm vụ và thời gian cụ thể cho các Tổ viên triển khai hướng dẫn, hỗ trợ, theo dõi, giám sát quá trình chuyển đổi số trên địa bàn {area}. Chịu trách nhiệm trước {reportsTo} về kết quả thực hiện nhiệm vụ phân công.',
              'Directs the team; builds the plan; assigns members tasks with concrete deadlines to guide, support, monitor and supervise digital transformation in the {area}. Accountable to {reportsTo} for the results of the assigned tasks.',
            ),
          ],
          deputy: [...DEPUTY_DUTIES],
          member: [
            item(
              'member.deploy',
              'Trực tiếp triển khai các nền tảng số, trực tiếp làm mẫu, bồi dưỡng, tập huấn, hướng dẫn lại cho cá nhân, hộ gia đình trong {villages} (cài ứng dụng số sức khỏe điện tử, ứng dụng PC-COVID, dịch vụ công, xem thông tin đất đai,...). Tạo nhóm mạng xã hội (lập nhóm Facebook, Zalo, Mocha, ...) chuyển đổi số gồm tất cả các hộ gia đình/người dân trong {villages} để hỗ trợ, tương tác, thông tin chuyển đổi số và hướng dẫn thường xuyên.',
              'Directly deploys digital platforms; demonstrates, trains and re-guides individuals and households in the {villages} (the electronic health book app, PC-COVID, online public services, land information, ...). Creates social-network groups (Facebook, Zalo, Mocha, ...) for digital transformation covering all households and residents of the {villages}, for support, interaction, information and regular guidance.',
            ),
            PROPAGATE(),
            MEMBER_REPORT,
          ],
        },
      },
    ],
  });
}

/**
 * Article 2 of a village-level team after Công văn 793/BTTTT-THH (05/3/2022): what the letter
 * asks of a team in each village, in the library's words (the letter gives no decision text).
 */
export function villageTeam793Duties(): DutiesText {
  return {
    source:
      'Công văn số 793/BTTTT-THH ngày 05/3/2022 của Bộ Thông tin và Truyền thông (lời văn của thư viện, không phải nguyên văn)',
    clauses: [
      {
        kind: 'team',
        heading: { ...REGIME },
        items: [
          item(
            'team.part-time',
            'Tổ công nghệ số cộng đồng {area} làm việc theo chế độ kiêm nhiệm; Tổ trưởng phân công nhiệm vụ cho các thành viên. Tổ được quản lý trên các nền tảng số Việt Nam miễn phí, thông dụng như Zalo, Mocha, Gapo, ...',
            'The team of the {area} works part-time; the leader assigns the members their tasks. The team is run on free, widely used Vietnamese platforms such as Zalo, Mocha, Gapo, ...',
          ),
          item(
            'team.training',
            'Thành viên Tổ được tập huấn trực tiếp hoặc trực tuyến, nhiều lần, để thành thạo việc cài đặt, hướng dẫn sử dụng các nền tảng số và hướng dẫn lại cho người dân.',
            'Members are trained, in person or online, repeatedly, until fluent in installing and guiding the use of digital platforms and in passing this on to residents.',
          ),
        ],
      },
      {
        kind: 'roles',
        heading: { ...DUTIES },
        roles: {
          leader: [
            item(
              'leader.direct',
              'Điều hành hoạt động của Tổ, phân công nhiệm vụ cho các thành viên; chịu trách nhiệm trước {reportsTo} về kết quả chuyển đổi số trên địa bàn {area}.',
              'Directs the team and assigns the members their tasks; accountable to {reportsTo} for the results of digital transformation in the {area}.',
            ),
          ],
          deputy: [
            item(
              'deputy.assist',
              'Giúp Tổ trưởng điều hành hoạt động của Tổ; theo dõi, đôn đốc các thành viên.',
              'Helps the leader direct the team; follows up on the members.',
            ),
          ],
          member: [
            item(
              'member.guide',
              'Đến từng hộ gia đình trong {area} hướng dẫn người dân cài đặt, sử dụng các nền tảng số:',
              'Visits every household of the {area} to guide residents in installing and using digital platforms:',
              {
                points: [
                  {
                    id: 'member.guide.digital-government',
                    pillar: 'digitalGovernment',
                    text: {
                      vi: 'dịch vụ công trực tuyến, tài khoản định danh điện tử;',
                      en: 'online public services and electronic identity accounts;',
                    },
                  },
                  {
                    id: 'member.guide.digital-economy',
                    pillar: 'digitalEconomy',
                    text: {
                      vi: 'thanh toán điện tử, sàn thương mại điện tử;',
                      en: 'electronic payment and e-commerce platforms;',
                    },
                  },
                  {
                    id: 'member.guide.digital-society',
                    pillar: 'digitalSociety',
                    text: {
                      vi: 'các dịch vụ số về y tế, giáo dục, an sinh xã hội.',
                      en: 'digital services for health, education and social security.',
                    },
                  },
                ],
              },
            ),
            item(
              'member.group',
              'Lập và duy trì nhóm mạng xã hội (Zalo, Mocha, ...) gồm các hộ gia đình trong {area} để thông tin, hỗ trợ thường xuyên.',
              'Sets up and keeps a social-network group (Zalo, Mocha, ...) of the households of the {area} for regular information and support.',
            ),
            item(
              'member.report',
              'Định kỳ báo cáo kết quả với Tổ trưởng.',
              'Reports results to the leader periodically.',
            ),
          ],
        },
      },
    ],
  };
}

/**
 * Article 2 for a commune, ward or special zone under two-level local government (from 1 July
 * 2025): the Đắk Nia 2022 text brought up to date — the apps of today instead of PC-COVID, and the
 * "Bình dân học vụ số" movement (Kế hoạch 01-KH/BCĐTW, 21/3/2025) — in the library's words.
 */
export function commune2025Duties(): DutiesText {
  const base = dakNia2022Duties();
  const [regime, roles] = base.clauses;
  if (regime === undefined || roles?.kind !== 'roles') return base;
  return copyData({
    source:
      'Lời văn của thư viện, theo Quyết định 23/QĐ-UBND xã Đắk Nia (2022), cập nhật cho chính quyền địa phương hai cấp từ 1/7/2025',
    clauses: [
      regime,
      {
        ...roles,
        roles: {
          ...roles.roles,
          member: [
            item(
              'member.deploy',
              'Trực tiếp triển khai các nền tảng số, trực tiếp làm mẫu, hướng dẫn cho cá nhân, hộ gia đình trong {villages} (ứng dụng định danh điện tử VNeID, Sổ sức khỏe điện tử, Cổng Dịch vụ công quốc gia, thanh toán không dùng tiền mặt, xem thông tin đất đai,...). Tạo nhóm mạng xã hội (Zalo, Facebook, Mocha, ...) gồm tất cả các hộ gia đình trong {villages} để hỗ trợ, tương tác, thông tin chuyển đổi số và hướng dẫn thường xuyên.',
              'Directly deploys digital platforms; demonstrates and guides individuals and households in the {villages} (the VNeID electronic identity app, the electronic health book, the National Public Service Portal, cashless payment, land information, ...). Creates social-network groups (Zalo, Facebook, Mocha, ...) covering all households of the {villages}, for support, interaction, information and regular guidance.',
            ),
            item(
              'member.digital-literacy',
              'Hướng dẫn người dân học tập, tự đánh giá kỹ năng số trên nền tảng "Bình dân học vụ số".',
              'Guides residents in learning and self-assessing digital skills on the "Bình dân học vụ số" platform.',
              { pillar: 'digitalSociety' },
            ),
            PROPAGATE(),
            MEMBER_REPORT,
          ],
        },
      },
    ],
  });
}
