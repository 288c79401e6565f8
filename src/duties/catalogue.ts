import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument } from '../_internal/arguments.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { dutyText } from '../_internal/duty-text.js';
import { deepFreeze } from '../_internal/freeze.js';
import { checkId } from '../_internal/ids.js';
import { teamIndex } from '../_internal/team-index.js';
import type { Pillar } from '../indicators/definition.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { raise } from '../problems/problem.js';
import type { TeamQueryProblem } from '../team/query.js';
import { type Role, type Team, TeamSchema } from '../team/schema.js';
import type { Label } from '../text/label.js';

/**
 * A duty of the catalogue: what a role must do, in the words of the decision, with the clause
 * it comes from. In `text`, `{commune}` stands for the generic noun of the team's commune (xã,
 * phường …) and `{villages}` for those of its villages (thôn, bon …).
 *
 * @category Duties
 */
export interface Duty {
  /** A stable id, e.g. `member.propagate.digital-economy`. */
  readonly id: string;
  /** The roles that have the duty. */
  readonly roles: readonly Role[];
  /** The clause it comes from, e.g. `Điều 2.2.c`. */
  readonly clause: string;
  /** The text, Vietnamese (the decision's words) and English. */
  readonly text: Label;
  /**
   * The pillar of digital transformation it serves, where it has one: the same
   * {@link Pillar} the indicators use (`digitalGovernment`, `digitalEconomy`, `digitalSociety`;
   * `foundation` for the team's own work).
   */
  readonly pillar?: Pillar;
  /** The duty it is a point of (the "+" items of Điều 2.2.c). */
  readonly parentId?: string;
}

const ALL: readonly Role[] = ['leader', 'deputy', 'member'];

/**
 * The duties of Decision 23/QĐ-UBND of Đắk Nia commune, Article 2: the working regime of the
 * whole team (Điều 2.1, its first and second bullets) and the duties of the leader (2.2.a), the deputies (2.2.b) and the
 * members (2.2.c), in the decision's order. The original's "địa bàn phường" in 2.2.a is
 * corrected to the team's own commune noun. Deep-frozen.
 *
 * @example
 * ```ts
 * import { DUTIES } from 'to-cong-nghe-so';
 *
 * DUTIES.filter((d) => d.pillar !== undefined).map((d) => d.id);
 * // ['member.propagate.digital-government', 'member.propagate.digital-economy', 'member.propagate.digital-society']
 * ```
 * @category Duties
 */
export const DUTIES: readonly Duty[] = deepFreeze<Duty[]>([
  {
    id: 'team.part-time',
    roles: ALL,
    clause: 'Điều 2.1',
    text: {
      vi: 'Tổ công nghệ số cộng đồng {commune} làm việc theo chế độ kiêm nhiệm. Nhiệm vụ của các Tổ viên do Tổ trưởng phân công. Tổ công nghệ số cộng đồng được quản lý dựa trên các nền tảng số Việt Nam miễn phí và thông dụng như Facebook, Zalo, Mocha, ...',
      en: "The team works part-time, alongside its members' main posts. Members' tasks are assigned by the leader. The team is run on free, widely used Vietnamese digital platforms such as Facebook, Zalo, Mocha, ...",
    },
  },
  {
    id: 'team.training',
    roles: ALL,
    clause: 'Điều 2.1',
    text: {
      vi: 'Thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn trực tiếp hoặc trực tuyến thường xuyên, nhiều lần để thành thạo các bước cài đặt, hướng dẫn sử dụng, hỗ trợ giải đáp thắc mắc về nền tảng số, công nghệ số để lan tỏa, hướng dẫn đến toàn dân.',
      en: 'Members are trained, in person or online, regularly and repeatedly until fluent in installing, guiding the use of and answering questions about digital platforms and technologies, so as to spread them to all residents.',
    },
  },
  {
    id: 'leader.direct',
    roles: ['leader'],
    clause: 'Điều 2.2.a',
    text: {
      vi: 'Điều hành hoạt động của Tổ, xây dựng kế hoạch, phân công nhiệm vụ và thời gian cụ thể cho các Tổ viên triển khai hướng dẫn, hỗ trợ, theo dõi, giám sát quá trình chuyển đổi số trên địa bàn {commune}. Chịu trách nhiệm trước UBND {commune}, Ban chỉ đạo chuyển đổi số {commune} về kết quả thực hiện nhiệm vụ phân công.',
      en: "Directs the team; builds the plan; assigns members tasks with concrete deadlines to guide, support, monitor and supervise digital transformation in the {commune}. Accountable to the {commune} People's Committee and the {commune} digital transformation steering committee for the results of the assigned tasks.",
    },
  },
  {
    id: 'deputy.assist',
    roles: ['deputy'],
    clause: 'Điều 2.2.b',
    text: {
      vi: 'Giúp Tổ trưởng điều hành hoạt động của Tổ.',
      en: 'Helps the leader direct the team.',
    },
  },
  {
    id: 'deputy.follow-up',
    roles: ['deputy'],
    clause: 'Điều 2.2.b',
    text: {
      vi: 'Trực tiếp theo dõi, đôn đốc các Tổ viên trong việc hướng dẫn, hỗ trợ, theo dõi, giám sát quá trình chuyển đổi số trên địa bàn {commune}.',
      en: 'Directly monitors and urges members in guiding, supporting, monitoring and supervising digital transformation in the {commune}.',
    },
  },
  {
    id: 'deputy.report',
    roles: ['deputy'],
    clause: 'Điều 2.2.b',
    text: {
      vi: 'Định kỳ, đột xuất báo cáo kết quả chuyển đổi số trên địa bàn {commune} cho Tổ trưởng và các cấp.',
      en: 'Reports digital-transformation results in the {commune}, periodically and ad hoc, to the leader and to higher levels.',
    },
  },
  {
    id: 'member.deploy',
    roles: ['member'],
    clause: 'Điều 2.2.c',
    text: {
      vi: 'Trực tiếp triển khai các nền tảng số, trực tiếp làm mẫu, bồi dưỡng, tập huấn, hướng dẫn lại cho cá nhân, hộ gia đình trong {villages} (cài ứng dụng số sức khỏe điện tử, ứng dụng PC-COVID, dịch vụ công, xem thông tin đất đai,...). Tạo nhóm mạng xã hội (lập nhóm Facebook, Zalo, Mocha, ...) chuyển đổi số gồm tất cả các hộ gia đình/người dân trong {villages} để hỗ trợ, tương tác, thông tin chuyển đổi số và hướng dẫn thường xuyên.',
      en: 'Directly deploys digital platforms; demonstrates, trains and re-guides individuals and households in the {villages} (the electronic health book app, PC-COVID, online public services, land information, ...). Creates social-network groups (Facebook, Zalo, Mocha, ...) for digital transformation covering all households and residents of the {villages}, for support, interaction, information and regular guidance.',
    },
  },
  {
    id: 'member.propagate',
    roles: ['member'],
    clause: 'Điều 2.2.c',
    text: {
      vi: 'Tuyên truyền, hướng dẫn người dân:',
      en: 'Propagates and guides residents on:',
    },
  },
  {
    id: 'member.propagate.policy',
    roles: ['member'],
    clause: 'Điều 2.2.c',
    parentId: 'member.propagate',
    text: {
      vi: 'Các chủ trương, đường lối của Đảng, chính sách, pháp luật của nhà nước về chuyển đổi số đến các hộ gia đình, người dân trong các {villages}, cụm dân cư;',
      en: "the Party's guidelines and the State's policies and laws on digital transformation, to the households and residents of the {villages} and residential clusters;",
    },
  },
  {
    id: 'member.propagate.digital-government',
    roles: ['member'],
    clause: 'Điều 2.2.c',
    parentId: 'member.propagate',
    pillar: 'digitalGovernment',
    text: {
      vi: 'Về chính quyền số: Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; sử dụng các dịch vụ số và tương tác với chính quyền qua các nền tảng số được đánh giá và lựa chọn.',
      en: 'digital government: guiding residents to use online public services, to use digital services and to interact with the authorities through the digital platforms assessed and selected.',
    },
  },
  {
    id: 'member.propagate.digital-economy',
    roles: ['member'],
    clause: 'Điều 2.2.c',
    parentId: 'member.propagate',
    pillar: 'digitalEconomy',
    text: {
      vi: 'Về kinh tế số: Hướng dẫn doanh nghiệp, hộ kinh doanh, người dân trên địa bàn đăng ký tham gia các sàn thương mại điện tử như: “voso.vn”, “postmart”,... mở tài khoản thanh toán điện tử; hướng dẫn ứng dụng công nghệ số trong các hoạt động sản xuất, kinh doanh phù hợp điều kiện kinh tế - xã hội của địa phương.',
      en: 'digital economy: guiding enterprises, household businesses and residents to register on e-commerce platforms such as "voso.vn", "postmart", ...; to open electronic payment accounts; and to apply digital technology in production and business suited to local conditions.',
    },
  },
  {
    id: 'member.propagate.digital-society',
    roles: ['member'],
    clause: 'Điều 2.2.c',
    parentId: 'member.propagate',
    pillar: 'digitalSociety',
    text: {
      vi: 'Về xã hội số: hướng dẫn người dân tiếp cận, cài đặt, sử dụng các dịch vụ số phục vụ cho các nhu cầu thiết yếu như: Y tế, giáo dục, chính sách xã hội,... thông qua các nền tảng số.',
      en: 'digital society: guiding residents to access, install and use digital services for essential needs such as health, education, social policy, ... through digital platforms.',
    },
  },
  {
    id: 'member.report',
    roles: ['member'],
    clause: 'Điều 2.2.c',
    text: {
      vi: 'Định kỳ, thường xuyên tổng hợp báo cáo qua mạng xã hội (nhóm Facebook, Zalo, Mocha,...) kết quả thực hiện các chỉ tiêu, nhiệm vụ triển khai việc sử dụng nền tảng số, công nghệ số để chính quyền nắm bắt, chỉ đạo và xử lý kịp thời các đề xuất, vướng mắc của địa phương.',
      en: 'Periodically and regularly compiles and reports, through the social-network groups (Facebook, Zalo, Mocha, ...), the results against the indicators and tasks on using digital platforms and technologies, so that the authorities can follow, direct and promptly handle local proposals and obstacles.',
    },
  },
]);

/**
 * The duties of a seat's role, with the team's commune and village nouns filled in ("trên địa
 * bàn xã", "trong thôn, bon"; "phường" and "tổ dân phố" for a ward), on the day the seat began.
 *
 * @param team - The team.
 * @param seatId - The seat (compared in Unicode NFC).
 * @returns `ok(duties)` in the catalogue's order, an `unknown_seat` error, or `invalid_argument`
 *   when `team` is not a {@link Team} or `seatId` is not text.
 * @example
 * ```ts
 * import { dakNia2022Team, dutiesOf } from 'to-cong-nghe-so';
 *
 * const duties = dutiesOf(dakNia2022Team(), 'leader/1')._unsafeUnwrap();
 * duties.map((d) => d.clause); // ['Điều 2.1', 'Điều 2.1', 'Điều 2.2.a']
 * duties[2]?.text.vi.includes('trên địa bàn xã'); // true
 * ```
 * @category Duties
 */
export function dutiesOf(team: Team, seatId: string): Result<Duty[], TeamQueryProblem> {
  const checked = argumentsOrErr(() => ({
    document: checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT),
    id: checkId(seatId, 'seatId'),
  }));
  if (checked.isErr()) return err(checked.error);
  const { document, id } = checked.value;
  const seat = teamIndex(document).seatById.get(id);
  if (!seat) return err(raise(unknownSeat, ['seatId'], { seatId: id }));
  const asOf = seat.from ?? document.from;
  return ok(
    DUTIES.filter((duty) => duty.roles.includes(seat.role)).map((duty) => ({
      ...duty,
      roles: [...duty.roles],
      text: dutyText(duty, document, asOf),
    })),
  );
}
