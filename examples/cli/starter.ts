/**
 * The first lists of a commune for `tcns init`: from a few answers (the commune's name and kind,
 * its province, villages, schools, the leader and named members), the places, bodies, offices
 * and people a template's rules need, so that `composeTeam` can build the team. Seats nobody was
 * named for are left vacant, for the commune to fill in `team.json`.
 *
 * The library has no such builder yet (nor names for kinds of bodies), so this small one lives
 * here, apart from the rest of the CLI.
 */
import {
  type IsoDate,
  KIND_NOUNS,
  LEVEL_OF_KIND,
  type TeamListsInput,
  type Template,
} from './library.js';
import type { Words } from './text.js';

/** What `tcns init` asked. */
export interface StarterAnswers {
  readonly template: Template;
  readonly communeName: string;
  readonly communeKind: 'commune' | 'ward' | 'specialZone';
  readonly provinceName?: string;
  readonly villages: readonly string[];
  readonly schools: readonly string[];
  readonly leader?: string;
  readonly members: readonly string[];
  readonly from: IsoDate;
}

/** Names of kinds of bodies and of their heads, as a commune writes them. */
const BODY_NAMES: Readonly<Record<string, { name: Words; head?: Words }>> = {
  youthUnion: {
    name: { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
    head: { vi: 'Bí thư Đoàn Thanh niên', en: 'Secretary of the Youth Union' },
  },
  womensUnion: {
    name: { vi: 'Hội Liên hiệp phụ nữ', en: "Women's Union" },
    head: { vi: 'Chủ tịch Hội Liên hiệp phụ nữ', en: "Chair of the Women's Union" },
  },
  farmersAssociation: {
    name: { vi: 'Hội Nông dân', en: "Farmers' Association" },
    head: { vi: 'Chủ tịch Hội Nông dân', en: "Chair of the Farmers' Association" },
  },
  veteransAssociation: {
    name: { vi: 'Hội Cựu chiến binh', en: "Veterans' Association" },
    head: { vi: 'Chủ tịch Hội Cựu chiến binh', en: "Chair of the Veterans' Association" },
  },
  fatherlandFront: {
    name: { vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam', en: 'Fatherland Front Committee' },
    head: { vi: 'Chủ tịch Ủy ban Mặt trận Tổ quốc', en: 'Chair of the Fatherland Front Committee' },
  },
  police: { name: { vi: 'Công an', en: 'police' } },
  health: { name: { vi: 'Trạm Y tế', en: 'health station' } },
  postOffice: { name: { vi: 'Bưu điện', en: 'post office' } },
  telecom: { name: { vi: 'Viễn thông', en: 'telecom' } },
};

/** An id from a Vietnamese name: "thôn Nam Rạ" → `thon-nam-ra`. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** The kinds of village (thôn, bản, tổ dân phố …), as the library ranks the kinds of place. */
const VILLAGE_KINDS = (Object.keys(LEVEL_OF_KIND) as (keyof typeof LEVEL_OF_KIND)[]).filter(
  (kind) => LEVEL_OF_KIND[kind] === 'village',
);

/** A village as typed ("thôn Nam Rạ", "Tổ dân phố 3") → its kind and name. */
function village(text: string, communeKind: StarterAnswers['communeKind']) {
  const typed = text.normalize('NFC').trim();
  const lower = typed.toLocaleLowerCase('vi');
  const kinds = [...VILLAGE_KINDS].sort(
    (a, b) => KIND_NOUNS[b].vi.length - KIND_NOUNS[a].vi.length,
  );
  for (const kind of kinds) {
    const noun = KIND_NOUNS[kind].vi;
    if (lower.startsWith(`${noun} `)) {
      return { kind, name: typed.slice(noun.length).trim() };
    }
  }
  return { kind: communeKind === 'ward' ? ('toDanPho' as const) : ('thon' as const), name: typed };
}

/** Splits a comma-separated answer into trimmed, non-empty items. */
export function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,;\n]/u)
    .map((item) => item.normalize('NFC').trim())
    .filter((item) => item !== '');
}

/** The lists `composeTeam` builds the team from. */
export function starterLists(answers: StarterAnswers): TeamListsInput {
  const { template, communeName, communeKind, from } = answers;
  const communeId = slug(`${KIND_NOUNS[communeKind].vi} ${communeName}`);
  const nounVi = KIND_NOUNS[communeKind].vi;
  const nounEn = KIND_NOUNS[communeKind].en;
  const named = (words: Words): Words => ({
    vi: `${words.vi} ${nounVi} ${communeName}`,
    en: `${communeName} ${nounEn} ${words.en}`,
  });
  const provinceId = answers.provinceName ? slug(`tinh ${answers.provinceName}`) : undefined;
  const places: NonNullable<TeamListsInput['places']> = [];
  if (provinceId && answers.provinceName) {
    places.push({
      id: provinceId,
      level: 'province',
      kind: 'province',
      name: answers.provinceName,
    });
  }
  places.push({
    id: communeId,
    level: 'commune',
    kind: communeKind,
    name: communeName,
    parents: provinceId ? [{ parentId: provinceId }] : [],
  });
  const villageIds: string[] = [];
  for (const text of answers.villages) {
    const { kind, name } = village(text, communeKind);
    const id = slug(`${KIND_NOUNS[kind].vi} ${name}`);
    if (villageIds.includes(id)) continue;
    villageIds.push(id);
    places.push({ id, level: 'village', kind, name, parents: [{ parentId: communeId }] });
  }
  const bodies: NonNullable<TeamListsInput['bodies']> = [
    {
      id: `${communeId}-pc`,
      kind: 'peoplesCommittee',
      name: named({ vi: 'Ủy ban nhân dân', en: "People's Committee" }),
      shortName: { vi: `UBND ${nounVi}`, en: `${nounEn} People's Committee` },
      placeId: communeId,
    },
    {
      id: `${communeId}-steering`,
      kind: 'steeringCommittee',
      name: named({
        vi: 'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
        en: 'steering committee for science, technology, innovation and digital transformation',
      }),
      placeId: communeId,
    },
    {
      id: `${communeId}-office`,
      kind: 'officeStatistics',
      name: named({ vi: 'Văn phòng - Thống kê', en: 'Office–Statistics' }),
      placeId: communeId,
    },
  ];
  const offices: NonNullable<TeamListsInput['offices']> = [];
  const addBody = (kind: string, id: string, name: Words, head?: Words) => {
    bodies.push({ id, kind: kind as never, name, placeId: communeId });
    if (head) offices.push({ id: `${id}-head`, bodyId: id, title: named(head), head: true });
  };
  const people: NonNullable<TeamListsInput['people']> = [];
  const person = (name: string) => {
    const id = slug(name) || `person-${people.length + 1}`;
    const unique = people.some((p) => p.id === id) ? `${id}-${people.length + 1}` : id;
    people.push({ id: unique, name: name.normalize('NFC').trim() });
    return unique;
  };
  const appointments: Record<string, string[]> = {};
  const villageHeads: Record<string, string> = {};
  const leaderId = answers.leader ? person(answers.leader) : undefined;
  const memberIds = answers.members.map(person);
  for (const rule of template.rules) {
    switch (rule.kind) {
      case 'headOf':
        for (const kind of rule.bodyKinds) {
          const names = BODY_NAMES[kind] ?? { name: { vi: kind, en: kind } };
          addBody(kind, `${communeId}-${slug(kind)}`, named(names.name), names.head ?? names.name);
        }
        break;
      case 'delegateOf':
        for (const kind of rule.bodyKinds) {
          if (kind === 'school') {
            for (const school of answers.schools) {
              addBody(kind, `school-${slug(school)}`, { vi: school, en: school });
            }
          } else {
            const names = BODY_NAMES[kind] ?? { name: { vi: kind, en: kind } };
            addBody(kind, `${communeId}-${slug(kind)}`, named(names.name));
          }
        }
        break;
      case 'exOfficio':
        offices.push({
          id: rule.officeId,
          bodyId: `${communeId}-office`,
          title: rule.line ?? { vi: rule.officeId, en: rule.officeId },
          head: false,
        });
        break;
      case 'named':
        if (rule.role === 'leader' && leaderId) appointments[rule.id] = [leaderId];
        else if (rule.role === 'member' && memberIds.length > 0) appointments[rule.id] = memberIds;
        break;
      case 'villageHeads':
        if (rule.role === 'leader' && leaderId && villageIds[0]) {
          villageHeads[villageIds[0]] = leaderId;
        }
        break;
    }
  }
  return {
    id: slug(
      `to cong nghe so ${template.scope === 'village' ? (villageIds[0] ?? communeId) : communeId}`,
    ),
    communeId,
    ...(template.scope === 'village' && villageIds[0] ? { villageId: villageIds[0] } : {}),
    from,
    places,
    bodies,
    offices,
    people,
    appointments,
    villageHeads,
  };
}
