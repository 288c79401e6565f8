// The words the library writes things with: the generic nouns of places, the labels of roles and
// of kinds of body, and place names as Nghị định 30/2020 writes them. Data tables, deep-frozen;
// the places and team modules export them.
import type { PlaceKind, PlaceLevel } from '../places/place.js';
import type { BodyKind, Role } from '../team/schema.js';
import type { Label, Language } from '../text/label.js';
import { deepFreeze } from './freeze.js';

/** The generic noun of each kind of place, Vietnamese lower case as written before a name. */
export const KIND_NOUNS: Readonly<Record<PlaceKind, Label>> = deepFreeze({
  province: { vi: 'tỉnh', en: 'province' },
  centralCity: { vi: 'thành phố', en: 'city' },
  district: { vi: 'huyện', en: 'district' },
  urbanDistrict: { vi: 'quận', en: 'urban district' },
  town: { vi: 'thị xã', en: 'town' },
  provincialCity: { vi: 'thành phố', en: 'city' },
  commune: { vi: 'xã', en: 'commune' },
  ward: { vi: 'phường', en: 'ward' },
  township: { vi: 'thị trấn', en: 'township' },
  specialZone: { vi: 'đặc khu', en: 'special zone' },
  thon: { vi: 'thôn', en: 'village' },
  lang: { vi: 'làng', en: 'village (làng)' },
  ap: { vi: 'ấp', en: 'hamlet (ấp)' },
  ban: { vi: 'bản', en: 'village (bản)' },
  buon: { vi: 'buôn', en: 'village (buôn)' },
  bon: { vi: 'bon', en: 'bon (village)' },
  phum: { vi: 'phum', en: 'village (phum)' },
  soc: { vi: 'sóc', en: 'village (sóc)' },
  toDanPho: { vi: 'tổ dân phố', en: 'residential group' },
  khuPho: { vi: 'khu phố', en: 'quarter (khu phố)' },
  khoiPho: { vi: 'khối phố', en: 'quarter (khối phố)' },
  khom: { vi: 'khóm', en: 'quarter (khóm)' },
  tieuKhu: { vi: 'tiểu khu', en: 'sub-area (tiểu khu)' },
});

/** The level each kind of place belongs to. */
export const LEVEL_OF_KIND: Readonly<Record<PlaceKind, PlaceLevel>> = deepFreeze({
  province: 'province',
  centralCity: 'province',
  district: 'district',
  urbanDistrict: 'district',
  town: 'district',
  provincialCity: 'district',
  commune: 'commune',
  ward: 'commune',
  township: 'commune',
  specialZone: 'commune',
  thon: 'village',
  lang: 'village',
  ap: 'village',
  ban: 'village',
  buon: 'village',
  bon: 'village',
  phum: 'village',
  soc: 'village',
  toDanPho: 'village',
  khuPho: 'village',
  khoiPho: 'village',
  khom: 'village',
  tieuKhu: 'village',
});

/** The labels of the roles, as decisions write them. */
export const ROLE_LABELS: Readonly<Record<Role, Label>> = deepFreeze({
  leader: { vi: 'Tổ trưởng', en: 'Leader' },
  deputy: { vi: 'Tổ phó', en: 'Deputy' },
  member: { vi: 'Tổ viên', en: 'Member' },
});

/** The labels of the kinds of body, as a commune names them. */
export const BODY_KIND_LABELS: Readonly<Record<BodyKind, Label>> = deepFreeze({
  peoplesCommittee: { vi: 'Ủy ban nhân dân', en: "People's Committee" },
  peoplesCouncil: { vi: 'Hội đồng nhân dân', en: "People's Council" },
  partyCommittee: { vi: 'Đảng ủy', en: 'Party Committee' },
  steeringCommittee: {
    vi: 'Ban Chỉ đạo chuyển đổi số',
    en: 'Digital transformation steering committee',
  },
  officeStatistics: { vi: 'Văn phòng - Thống kê', en: 'Office–Statistics' },
  fatherlandFront: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  youthUnion: { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  womensUnion: { vi: 'Hội Liên hiệp phụ nữ', en: "Women's Union" },
  farmersAssociation: { vi: 'Hội Nông dân', en: "Farmers' Association" },
  veteransAssociation: { vi: 'Hội Cựu chiến binh', en: "Veterans' Association" },
  massOrganisation: { vi: 'Đoàn thể khác', en: 'Another mass organisation' },
  school: { vi: 'Trường học', en: 'School' },
  police: { vi: 'Công an', en: 'Police' },
  health: { vi: 'Trạm Y tế', en: 'Health station' },
  postOffice: { vi: 'Bưu điện', en: 'Post office' },
  telecom: { vi: 'Doanh nghiệp viễn thông', en: 'Telecom company' },
  cultureInformationDivision: {
    vi: 'Phòng Văn hóa - Thông tin',
    en: 'Culture and information division',
  },
  provincialDepartment: { vi: 'Sở', en: 'Provincial department' },
  other: { vi: 'Cơ quan, tổ chức khác', en: 'Another body' },
});

/** The first letter in upper case, the Vietnamese way. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * A place's name with its generic noun: "xã Đắk Nia", "bon Bu Sir"; the noun capitalised before
 * a number ("Phường 1", "Tổ dân phố 3"); in English "Đắk Nia commune", "Ward 1".
 */
export function placeNameOf(
  place: { readonly kind: PlaceKind; readonly name: string },
  language: Language,
): string {
  const noun = KIND_NOUNS[place.kind] ?? { vi: '', en: '' };
  const numbered = /^\d/u.test(place.name);
  if (language === 'en') {
    return numbered ? `${capitalise(noun.en)} ${place.name}` : `${place.name} ${noun.en}`;
  }
  return `${numbered ? capitalise(noun.vi) : noun.vi} ${place.name}`;
}

/** {@link placeNameOf} in both languages. */
export function placeLabelOf(place: { readonly kind: PlaceKind; readonly name: string }): Label {
  return { vi: placeNameOf(place, 'vi'), en: placeNameOf(place, 'en') };
}
