import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { LEVEL_OF_KIND as LEVELS, KIND_NOUNS as NOUNS } from '../_internal/names.js';
import { IsoDateSchema } from '../calendar/date.js';
import { type Label, TextSchema } from '../text/label.js';

/**
 * The levels of Vietnamese administrative geography the library knows. `district` was
 * abolished on 1 July 2025 (Nghị quyết 202/2025/QH15) and is kept for history; `village`
 * (thôn, bon, tổ dân phố …) is a self-governing community below the commune, not a level of
 * government.
 *
 * @example
 * ```ts
 * import { PlaceLevelSchema } from 'to-cong-nghe-so';
 *
 * PlaceLevelSchema.options; // ['province', 'district', 'commune', 'village']
 * ```
 * @category Places
 */
export const PlaceLevelSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['province', 'district', 'commune', 'village']),
);

/**
 * A level of administrative geography.
 *
 * @category Places
 */
export type PlaceLevel = z.infer<typeof PlaceLevelSchema>;

/**
 * The kinds of place at each level, with the Vietnamese word each stands for:
 * - province: `province` (tỉnh), `centralCity` (thành phố trực thuộc trung ương);
 * - district: `district` (huyện), `urbanDistrict` (quận), `town` (thị xã), `provincialCity`
 *   (thành phố thuộc tỉnh);
 * - commune: `commune` (xã), `ward` (phường), `township` (thị trấn, before 1/7/2025),
 *   `specialZone` (đặc khu);
 * - village (Thông tư 04/2012/TT-BNV): `thon`, `lang`, `ap`, `ban`, `buon`, `bon`, `phum`,
 *   `soc` under a xã; `toDanPho`, `khuPho`, `khoiPho`, `khom`, `tieuKhu` under a phường.
 *
 * @example
 * ```ts
 * import { PlaceKindSchema } from 'to-cong-nghe-so';
 *
 * PlaceKindSchema.parse('bon'); // 'bon'
 * ```
 * @category Places
 */
export const PlaceKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'province',
    'centralCity',
    'district',
    'urbanDistrict',
    'town',
    'provincialCity',
    'commune',
    'ward',
    'township',
    'specialZone',
    'thon',
    'lang',
    'ap',
    'ban',
    'buon',
    'bon',
    'phum',
    'soc',
    'toDanPho',
    'khuPho',
    'khoiPho',
    'khom',
    'tieuKhu',
  ]),
);

/**
 * A kind of place (tỉnh, xã, phường, thôn, bon, tổ dân phố …).
 *
 * @category Places
 */
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/**
 * An effective-dated link from a place to its parent: "Đắk Nia was under Gia Nghĩa city until
 * 30/6/2025". `from` and `to` are both included; a missing end is open.
 *
 * @example
 * ```ts
 * import { ParentLinkSchema } from 'to-cong-nghe-so';
 *
 * ParentLinkSchema.parse({ parentId: 'gia-nghia', to: '2025-06-30' }).from; // undefined
 * ```
 * @category Places
 */
export const ParentLinkSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The id of the parent place. */
      parentId: TextSchema,
      /** The first day of the link; open when absent. */
      from: IsoDateSchema.optional(),
      /** The last day of the link (included); open when absent. */
      to: IsoDateSchema.optional(),
      /** The act that made the link (e.g. "Nghị quyết 1671/NQ-UBTVQH15"). */
      source: TextSchema.optional(),
    })
    .strict(),
);

/**
 * An effective-dated link from a place to its parent.
 *
 * @category Places
 */
export type ParentLink = z.infer<typeof ParentLinkSchema>;

/**
 * Counts of a place (households, residents …) known from a date on, until the next record.
 *
 * @example
 * ```ts
 * import { PlaceCountsSchema } from 'to-cong-nghe-so';
 *
 * PlaceCountsSchema.parse({ from: '2022-01-01', households: 212, population: 874 }).households; // 212
 * ```
 * @category Places
 */
export const PlaceCountsSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The date from which these counts hold. */
      from: IsoDateSchema,
      /** Number of households (hộ gia đình). */
      households: z.number().int().nonnegative().optional(),
      /** Number of residents (nhân khẩu). */
      population: z.number().int().nonnegative().optional(),
      /** Number of adults (18 and over). */
      adults: z.number().int().nonnegative().optional(),
      /** Where the counts come from. */
      source: TextSchema.optional(),
    })
    .strict(),
);

/**
 * Counts of a place from a date on.
 *
 * @category Places
 */
export type PlaceCounts = z.infer<typeof PlaceCountsSchema>;

/**
 * A place: a province, district (historical), commune or village, with its official code where
 * it has one, the dates it existed, its effective-dated parents and counts.
 *
 * @example
 * ```ts
 * import { PlaceSchema } from 'to-cong-nghe-so';
 *
 * PlaceSchema.parse({
 *   id: 'dak-nia',
 *   level: 'commune',
 *   kind: 'commune',
 *   name: 'Đắk Nia',
 *   to: '2025-06-30',
 *   parents: [{ parentId: 'gia-nghia', to: '2025-06-30' }],
 * }).counts; // []
 * ```
 * @category Places
 */
export const PlaceSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, unique in a document (e.g. `dak-nia`, `bon-bu-sir`, `24617`). */
      id: TextSchema,
      /** The level. */
      level: PlaceLevelSchema,
      /** The kind, which gives the generic noun (xã, phường, thôn, bon …). */
      kind: PlaceKindSchema,
      /** The proper name without the generic noun: "Đắk Nia", "1", "Bu Sir". */
      name: TextSchema,
      /** The official code (2 digits for a province, 5 for a commune, QĐ 19/2025/QĐ-TTg). */
      code: z
        .string()
        .regex(/^\d{2,7}$/u)
        .optional(),
      /** The first day the place existed; open when absent. */
      from: IsoDateSchema.optional(),
      /** The last day the place existed (included), e.g. the eve of a merger; open when absent. */
      to: IsoDateSchema.optional(),
      /** Its parents over time, in any order; periods must not overlap. */
      parents: z.array(ParentLinkSchema).default([]),
      /** Its counts over time. */
      counts: z.array(PlaceCountsSchema).default([]),
      /** A free note, e.g. "illustrative: not an official record". */
      note: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A place (province, district, commune or village).
 *
 * @category Places
 */
export type Place = z.infer<typeof PlaceSchema>;

/**
 * The levels each kind belongs to. Deep-frozen.
 *
 * @example
 * ```ts
 * import { LEVEL_OF_KIND } from 'to-cong-nghe-so';
 *
 * LEVEL_OF_KIND.toDanPho; // 'village'
 * ```
 * @category Places
 */
export const LEVEL_OF_KIND: Readonly<Record<PlaceKind, PlaceLevel>> = LEVELS;

/**
 * The generic noun of each kind, in Vietnamese (lower case, as Nghị định 30/2020 writes it
 * before a proper name) and in English. Deep-frozen.
 *
 * @example
 * ```ts
 * import { KIND_NOUNS } from 'to-cong-nghe-so';
 *
 * KIND_NOUNS.bon; // { vi: 'bon', en: 'bon (village)' }
 * KIND_NOUNS.toDanPho.vi; // 'tổ dân phố'
 * ```
 * @category Places
 */
export const KIND_NOUNS: Readonly<Record<PlaceKind, Label>> = NOUNS;
