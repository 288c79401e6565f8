import type { Template } from './schema.js';

/**
 * The template of Decision 23/QĐ-UBND of Đắk Nia commune (27/7/2022), Article 1, as a
 * template: the leader appointed by name (the commune People's Committee vice-chair, also
 * Standing Deputy Head of the steering committee); the heads of the Youth Union, Women's Union,
 * Farmers' Association and Veterans' Association as deputies; as members the Office–Statistics
 * IT civil servant (the office with id `office-statistics-it` in the commune's lists), one
 * delegate per school, one from the police and one from the health station, and the head of
 * every village. The `line`s are the decision's own words. A new object each call: change it
 * freely to write your own template.
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
  };
}

/**
 * A village-level team after Công văn 793/BTTTT-THH (05/3/2022) of the Ministry of Information
 * and Communications: one team per village (thôn, bản, tổ dân phố …), led by the village head,
 * with at most one deputy and at least 2 members appointed by name, Youth Union members
 * recommended. A new object each call.
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
  };
}
