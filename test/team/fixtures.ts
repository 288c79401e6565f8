import type { z } from 'zod';
import { type Decision, DecisionSchema, type TeamListsInput } from '../../src/index.js';

/**
 * A later decision of Đắk Nia's People's Committee amending the founding decision of the
 * sample team, for tests that change seats or holders; `overrides` changes any field.
 */
export function amendingDecision(
  id: string,
  date: string,
  overrides: Partial<z.input<typeof DecisionSchema>> = {},
): Decision {
  return DecisionSchema.parse({
    id,
    kind: 'amending',
    number: 5,
    symbol: 'QĐ-UBND',
    issuerId: 'dak-nia-pc',
    place: 'Đắk Nia',
    date,
    amends: '23-QD-UBND-2022',
    summary: 'Về việc kiện toàn Tổ công nghệ số cộng đồng xã Đắk Nia',
    signature: {
      authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }],
      title: 'Chủ tịch',
      name: 'Trần Đình Tuấn',
    },
    ...overrides,
  });
}

const person = (id: string, name: string, memberOf: string[] = []) => ({ id, name, memberOf });

/** A village-level team (793/BTTTT-THH) for thôn Tân Lập, xã Quảng Tín. */
export const villageLists: TeamListsInput = {
  id: 'tan-lap',
  communeId: 'quang-tin',
  villageId: 'thon-tan-lap',
  from: '2022-04-01',
  places: [
    { id: 'lam-dong', level: 'province', kind: 'province', name: 'Lâm Đồng' },
    {
      id: 'quang-tin',
      level: 'commune',
      kind: 'commune',
      name: 'Quảng Tín',
      parents: [{ parentId: 'lam-dong' }],
    },
    {
      id: 'thon-tan-lap',
      level: 'village',
      kind: 'thon',
      name: 'Tân Lập',
      parents: [{ parentId: 'quang-tin' }],
      counts: [{ from: '2022-01-01', households: 150 }],
    },
  ],
  bodies: [
    {
      id: 'qt-pc',
      kind: 'peoplesCommittee',
      name: { vi: 'Ủy ban nhân dân xã Quảng Tín', en: "Quảng Tín commune People's Committee" },
      placeId: 'quang-tin',
    },
    {
      id: 'qt-youth',
      kind: 'youthUnion',
      name: { vi: 'Chi đoàn thôn Tân Lập', en: 'Tân Lập Youth Union cell' },
      placeId: 'thon-tan-lap',
    },
  ],
  people: [
    person('head', 'Nguyễn Văn Tâm'),
    person('m1', 'Trần Thị Hạnh', ['qt-youth']),
    person('m2', 'Lê Văn Phúc'),
  ],
  appointments: { members: ['m1', 'm2'] },
  villageHeads: { 'thon-tan-lap': 'head' },
};

const body = (id: string, kind: string, vi: string, en: string) => ({
  id,
  kind,
  name: { vi, en },
  placeId: 'p1',
});

/** A ward-level team built with the commune template, over two tổ dân phố. */
export const wardLists: TeamListsInput = {
  id: 'phuong-1',
  communeId: 'p1',
  from: '2023-03-01',
  places: [
    { id: 'bl', level: 'district', kind: 'provincialCity', name: 'Bảo Lộc' },
    { id: 'p1', level: 'commune', kind: 'ward', name: '1', parents: [{ parentId: 'bl' }] },
    { id: 'tdp-1', level: 'village', kind: 'toDanPho', name: '1', parents: [{ parentId: 'p1' }] },
    { id: 'tdp-2', level: 'village', kind: 'toDanPho', name: '2', parents: [{ parentId: 'p1' }] },
  ],
  bodies: [
    body('pc', 'peoplesCommittee', 'Ủy ban nhân dân Phường 1', "Ward 1 People's Committee"),
    body(
      'sc',
      'steeringCommittee',
      'Ban Chỉ đạo chuyển đổi số Phường 1',
      'Ward 1 steering committee',
    ),
    body('office', 'officeStatistics', 'Văn phòng - Thống kê Phường 1', 'Ward 1 Office–Statistics'),
    body('youth', 'youthUnion', 'Đoàn Thanh niên Phường 1', 'Ward 1 Youth Union'),
    body('women', 'womensUnion', 'Hội Liên hiệp phụ nữ Phường 1', "Ward 1 Women's Union"),
    body('farmers', 'farmersAssociation', 'Hội Nông dân Phường 1', "Ward 1 Farmers' Association"),
    body(
      'veterans',
      'veteransAssociation',
      'Hội Cựu chiến binh Phường 1',
      "Ward 1 Veterans' Association",
    ),
    body('school', 'school', 'Trường Tiểu học Phường 1', 'Ward 1 Primary School'),
    body('police', 'police', 'Công an Phường 1', 'Ward 1 police'),
    body('health', 'health', 'Trạm Y tế Phường 1', 'Ward 1 health station'),
  ] as TeamListsInput['bodies'],
  offices: [
    { id: 'vice', bodyId: 'pc', title: { vi: 'Phó Chủ tịch UBND phường', en: 'Vice-chair' } },
    { id: 'y', bodyId: 'youth', title: { vi: 'Bí thư Đoàn phường', en: 'Secretary' }, head: true },
    {
      id: 'w',
      bodyId: 'women',
      title: { vi: 'Chủ tịch Hội LHPN phường', en: 'Chair' },
      head: true,
    },
    {
      id: 'f',
      bodyId: 'farmers',
      title: { vi: 'Chủ tịch Hội ND phường', en: 'Chair' },
      head: true,
    },
    {
      id: 'v',
      bodyId: 'veterans',
      title: { vi: 'Chủ tịch Hội CCB phường', en: 'Chair' },
      head: true,
    },
    {
      id: 'office-statistics-it',
      bodyId: 'office',
      title: { vi: 'Công chức phụ trách CNTT', en: 'IT civil servant' },
    },
  ],
  people: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((id) =>
    person(id, `Người ${id.toUpperCase()}`),
  ),
  officeHoldings: [
    { officeId: 'vice', personId: 'a', from: '2021-01-01' },
    { officeId: 'y', personId: 'b', from: '2021-01-01' },
    { officeId: 'w', personId: 'c', from: '2021-01-01' },
    { officeId: 'f', personId: 'd', from: '2021-01-01' },
    { officeId: 'v', personId: 'e', from: '2021-01-01' },
    { officeId: 'office-statistics-it', personId: 'f', from: '2021-01-01' },
  ],
  appointments: { leader: ['a'] },
  delegates: { school: 'g', police: 'h', health: 'i' },
  villageHeads: { 'tdp-1': 'j', 'tdp-2': 'k' },
};
