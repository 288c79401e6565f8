import { commune2025Duties, dakNia2022Duties, villageTeam793Duties } from './duty-texts.js';
import type { Template } from './schema.js';

/**
 * The template of Decision 23/QĐ-UBND of Đắk Nia commune (27/7/2022), Article 1, as a
 * template: the leader appointed by name (the commune People's Committee vice-chair, also
 * Standing Deputy Head of the steering committee); the heads of the Youth Union, Women's Union,
 * Farmers' Association and Veterans' Association as deputies; as members the Office–Statistics
 * IT civil servant (the office with id `office-statistics-it` in the commune's lists), one
 * delegate per school, one from the police and one from the health station, and the head of
 * every village; and its Article 2 (`duties`). The `line`s are the decision's own words, quoted
 * as printed — "Công chức Văn phòng – Thông kê" is the decision's own typo for "Thống kê" (the
 * proposer's line of the same decision spells it right), kept so the text stays the decision's.
 * A new object each call: change it freely to write your own template.
 *
 * @returns The template.
 * @example
 * ```ts
 * import { dakNia2022Template } from 'to-cong-nghe-so';
 *
 * dakNia2022Template().rules.map((r) => r.id);
 * // ['leader', 'deputies', 'office-statistics-it', 'schools', 'police-health', 'village-heads']
 * ```
 * @category Team
 */
export function dakNia2022Template(): Template {
  return {
    id: 'dak-nia-2022',
    name: {
      vi: 'Tổ công nghệ số cộng đồng cấp xã (Quyết định 23/QĐ-UBND xã Đắk Nia, 2022)',
      en: 'Commune-level community digital technology team (Decision 23/QĐ-UBND, Đắk Nia, 2022)',
    },
    scope: 'commune',
    source: 'Quyết định số 23/QĐ-UBND ngày 27/7/2022 của UBND xã Đắk Nia, Điều 1',
    oneSeatPerPerson: true,
    rules: [
      {
        id: 'leader',
        role: 'leader',
        titles: [
          {
            vi: 'Phó Trưởng ban Thường trực',
            en: 'Standing Deputy Head of the commune digital transformation steering committee',
          },
        ],
        kind: 'named',
        min: 1,
        max: 1,
        recommendedBodyKinds: [],
      },
      {
        id: 'deputies',
        role: 'deputy',
        titles: [],
        kind: 'headOf',
        bodyKinds: ['youthUnion', 'womensUnion', 'farmersAssociation', 'veteransAssociation'],
      },
      {
        id: 'office-statistics-it',
        role: 'member',
        line: {
          vi: 'Công chức Văn phòng – Thông kê phụ trách công nghệ thông tin',
          en: 'The Office–Statistics civil servant in charge of information technology',
        },
        titles: [],
        kind: 'exOfficio',
        officeId: 'office-statistics-it',
      },
      {
        id: 'schools',
        role: 'member',
        line: {
          vi: 'Các trường học mỗi trường cử 01 cán bộ tham gia tổ',
          en: 'One officer delegated by each school',
        },
        titles: [],
        kind: 'delegateOf',
        bodyKinds: ['school'],
      },
      {
        id: 'police-health',
        role: 'member',
        line: {
          vi: 'Công an, y tế cử 01 cán bộ tham gia tổ',
          en: 'One officer delegated by the police and one by the health service',
        },
        titles: [],
        kind: 'delegateOf',
        bodyKinds: ['police', 'health'],
      },
      { id: 'village-heads', role: 'member', titles: [], kind: 'villageHeads' },
    ],
    duties: dakNia2022Duties(),
  };
}

/**
 * A village-level team after Công văn 793/BTTTT-THH (05/3/2022) of the Ministry of Information
 * and Communications: one team per village (thôn, bản, tổ dân phố …), led by the village head,
 * with at most one deputy and at least 2 members appointed by name, Youth Union members
 * recommended; its Article 2 says what the letter asks of such a team, in the library's words.
 * The village must have a head: a team whose village has none has no leader and is not valid.
 * A new object each call.
 *
 * @returns The template.
 * @example
 * ```ts
 * import { villageTeam793Template } from 'to-cong-nghe-so';
 *
 * villageTeam793Template().scope; // 'village'
 * ```
 * @category Team
 */
export function villageTeam793Template(): Template {
  return {
    id: 'village-793-btttt-thh',
    name: {
      vi: 'Tổ công nghệ số cộng đồng cấp thôn (Công văn 793/BTTTT-THH)',
      en: 'Village-level community digital technology team (Letter 793/BTTTT-THH)',
    },
    scope: 'village',
    source: 'Công văn số 793/BTTTT-THH ngày 05/3/2022 của Bộ Thông tin và Truyền thông',
    oneSeatPerPerson: true,
    rules: [
      { id: 'leader', role: 'leader', titles: [], kind: 'villageHeads' },
      {
        id: 'deputy',
        role: 'deputy',
        titles: [],
        kind: 'named',
        min: 0,
        max: 1,
        recommendedBodyKinds: [],
      },
      {
        id: 'members',
        role: 'member',
        titles: [],
        kind: 'named',
        min: 2,
        recommendedBodyKinds: ['youthUnion'],
      },
    ],
    duties: villageTeam793Duties(),
  };
}

/**
 * A template for a commune, ward or special zone under two-level local government (from 1 July
 * 2025, Nghị quyết 202/2025/QH15): the team reports to the commune's People's Committee and its
 * "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", which report
 * to the province (the decision sends it "for report" to the provincial bodies the commune
 * lists). The leader is appointed by name (a People's Committee vice-chair), 1 to 4 deputies by
 * name (the Youth Union recommended), and as members the civil servant in charge of digital
 * transformation (the office with id `digital-transformation-officer` in the commune's lists),
 * one delegate per school, one from the police and one from the health station, and the head of
 * every village or residential group. Article 2 is the Đắk Nia 2022 text brought up to date
 * (VNeID, "Bình dân học vụ số"). Without `line`s, Article 1 prints each seat from the commune's
 * own data. A new object each call.
 *
 * @returns The template.
 * @example
 * ```ts
 * import { commune2025Template } from 'to-cong-nghe-so';
 *
 * commune2025Template().rules.map((r) => r.id);
 * // ['leader', 'deputies', 'digital-transformation-officer', 'schools', 'police-health', 'village-heads']
 * ```
 * @category Team
 */
export function commune2025Template(): Template {
  return {
    id: 'commune-2025',
    name: {
      vi: 'Tổ công nghệ số cộng đồng cấp xã (chính quyền địa phương hai cấp, từ 1/7/2025)',
      en: 'Commune-level community digital technology team (two-level local government, from 1 July 2025)',
    },
    scope: 'commune',
    source:
      'Mẫu của thư viện cho xã, phường, đặc khu từ 1/7/2025 (Nghị quyết 202/2025/QH15), theo Quyết định 23/QĐ-UBND xã Đắk Nia (2022)',
    oneSeatPerPerson: true,
    rules: [
      {
        id: 'leader',
        role: 'leader',
        titles: [],
        kind: 'named',
        min: 1,
        max: 1,
        recommendedBodyKinds: [],
      },
      {
        id: 'deputies',
        role: 'deputy',
        titles: [],
        kind: 'named',
        min: 1,
        max: 4,
        recommendedBodyKinds: ['youthUnion'],
      },
      {
        id: 'digital-transformation-officer',
        role: 'member',
        titles: [],
        kind: 'exOfficio',
        officeId: 'digital-transformation-officer',
      },
      { id: 'schools', role: 'member', titles: [], kind: 'delegateOf', bodyKinds: ['school'] },
      {
        id: 'police-health',
        role: 'member',
        titles: [],
        kind: 'delegateOf',
        bodyKinds: ['police', 'health'],
      },
      { id: 'village-heads', role: 'member', titles: [], kind: 'villageHeads' },
    ],
    duties: commune2025Duties(),
  };
}
