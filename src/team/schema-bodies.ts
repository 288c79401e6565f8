// The people and organisations around a team: roles, bodies, offices, people and who held which
// office when.
import * as z from 'zod';
import { lazyFields, lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { LabelSchema, TextSchema } from '../text/label.js';

/**
 * The role of a seat on the team: `leader` (Tổ trưởng), `deputy` (Tổ phó) or `member` (Tổ viên).
 *
 * @example
 * ```ts
 * import { RoleSchema } from 'to-cong-nghe-so';
 *
 * RoleSchema.options; // ['leader', 'deputy', 'member']
 * ```
 * @category Team
 */
export const RoleSchema = /* @__PURE__ */ lazySchema(() => z.enum(['leader', 'deputy', 'member']));

/**
 * A role on the team.
 *
 * @category Team
 */
export type Role = z.infer<typeof RoleSchema>;

/**
 * The kinds of body the library knows, with the Vietnamese word each stands for:
 * - commune authorities: `peoplesCommittee` (Ủy ban nhân dân), `peoplesCouncil` (Hội đồng nhân
 *   dân), `partyCommittee` (Đảng ủy), `steeringCommittee` (Ban chỉ đạo chuyển đổi số),
 *   `officeStatistics` (Văn phòng - Thống kê);
 * - mass organisations: `fatherlandFront` (Mặt trận Tổ quốc), `youthUnion` (Đoàn Thanh niên),
 *   `womensUnion` (Hội Liên hiệp phụ nữ), `farmersAssociation` (Hội Nông dân),
 *   `veteransAssociation` (Hội Cựu chiến binh), `massOrganisation` (another one);
 * - delegating units: `school`, `police` (công an), `health` (trạm y tế), `postOffice` (bưu
 *   điện), `telecom` (doanh nghiệp viễn thông);
 * - higher bodies: `cultureInformationDivision` (phòng Văn hóa - Thông tin),
 *   `provincialDepartment` (sở);
 * - `other`.
 *
 * @example
 * ```ts
 * import { BodyKindSchema } from 'to-cong-nghe-so';
 *
 * BodyKindSchema.parse('youthUnion'); // 'youthUnion'
 * ```
 * @category Team
 */
export const BodyKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'peoplesCommittee',
    'peoplesCouncil',
    'partyCommittee',
    'steeringCommittee',
    'officeStatistics',
    'fatherlandFront',
    'youthUnion',
    'womensUnion',
    'farmersAssociation',
    'veteransAssociation',
    'massOrganisation',
    'school',
    'police',
    'health',
    'postOffice',
    'telecom',
    'cultureInformationDivision',
    'provincialDepartment',
    'other',
  ]),
);

/**
 * A kind of body.
 *
 * @category Team
 */
export type BodyKind = z.infer<typeof BodyKindSchema>;

const dated = /* @__PURE__ */ lazyFields(() => ({
  /** The first day (included); open when absent. */
  from: IsoDateSchema.optional(),
  /** The last day (included); open when absent. */
  to: IsoDateSchema.optional(),
}));

/**
 * A move of a body to another place from a date: a school that outlives its commune belongs to
 * the new ward from the day of the merger.
 *
 * @example
 * ```ts
 * import { BodyMoveSchema } from 'to-cong-nghe-so';
 *
 * BodyMoveSchema.parse({ placeId: 'dong-gia-nghia', from: '2025-07-01' }).placeId; // 'dong-gia-nghia'
 * ```
 * @category Team
 */
export const BodyMoveSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The place the body belongs to from `from` on. */
      placeId: TextSchema,
      /** The first day at that place. */
      from: IsoDateSchema,
      /** The act that moved it (a merger resolution, a decision). */
      source: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A move of a body.
 *
 * @category Team
 */
export type BodyMove = z.infer<typeof BodyMoveSchema>;

/**
 * A body: an authority, a mass organisation, a delegating unit (a school, the police, the
 * health station …) or a higher body (the city People's Committee, its culture–information
 * division, a provincial department).
 *
 * @example
 * ```ts
 * import { BodySchema } from 'to-cong-nghe-so';
 *
 * BodySchema.parse({
 *   id: 'youth-union',
 *   kind: 'youthUnion',
 *   name: { vi: 'Đoàn Thanh niên xã Đắk Nia', en: 'Đắk Nia commune Youth Union' },
 *   placeId: 'dak-nia',
 * }).kind; // 'youthUnion'
 * ```
 * @category Team
 */
export const BodySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, unique among the team's bodies. */
      id: TextSchema,
      /** The kind of body. */
      kind: BodyKindSchema,
      /** Its full name. */
      name: LabelSchema,
      /** A short name, as recipients lists write it ("UBND TP Gia Nghĩa"). */
      shortName: LabelSchema.optional(),
      /** The place the body belongs to (a commune, a district, a province) at first. */
      placeId: TextSchema,
      /** Where it belongs later: each move holds from its date to the next one, in date order. */
      moves: z.array(BodyMoveSchema).optional(),
      /** The body it is part of (a division of a People's Committee). */
      parentId: TextSchema.optional(),
      ...dated(),
      /** A free note, e.g. "illustrative". */
      note: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A body (authority, mass organisation, delegating unit or higher body).
 *
 * @category Team
 */
export type Body = z.infer<typeof BodySchema>;

/**
 * An office: a post in a body that someone holds outside the team, such as "Chủ tịch Hội Nông
 * dân xã". An ex-officio seat is filled by whoever holds its office.
 *
 * @example
 * ```ts
 * import { OfficeSchema } from 'to-cong-nghe-so';
 *
 * OfficeSchema.parse({
 *   id: 'farmers-chair',
 *   bodyId: 'farmers',
 *   title: { vi: 'Chủ tịch Hội Nông dân xã', en: "Chair of the commune Farmers' Association" },
 *   head: true,
 * }).bodyId; // 'farmers'
 * ```
 * @category Team
 */
export const OfficeSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, unique among the team's offices. */
      id: TextSchema,
      /** The body the office belongs to. */
      bodyId: TextSchema,
      /** The title of the post, as a decision writes it. */
      title: LabelSchema,
      /** Whether this is the head of its body (chủ tịch, bí thư, trưởng). */
      head: z.boolean().default(false),
      ...dated(),
    })
    .strict(),
);

/**
 * An office (a post in a body).
 *
 * @category Team
 */
export type Office = z.infer<typeof OfficeSchema>;

/**
 * A person who holds offices or seats.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'to-cong-nghe-so';
 *
 * PersonSchema.parse({ id: 'quan-thi-ngoc', name: 'Quản Thị Ngọc', gender: 'female' }).memberOf; // []
 * ```
 * @category Team
 */
export const PersonSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, unique among the team's people. */
      id: TextSchema,
      /** The full name, family name first. */
      name: TextSchema,
      /** Gives the honorific a decision uses: `female` → "Bà", `male` → "Ông". */
      gender: z.enum(['female', 'male']).optional(),
      /** The bodies the person belongs to (e.g. the Youth Union), by id. */
      memberOf: z.array(TextSchema).default([]),
      /** Whether the person is made up (a sample): renderers print "(minh họa)" after the name. */
      illustrative: z.boolean().optional(),
      /** A free note, e.g. "illustrative: not named in the decision". */
      note: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A person.
 *
 * @category Team
 */
export type Person = z.infer<typeof PersonSchema>;

/**
 * A person's holding of an office from one date to another, with the decision or act that made
 * it so.
 *
 * @example
 * ```ts
 * import { OfficeHoldingSchema } from 'to-cong-nghe-so';
 *
 * OfficeHoldingSchema.parse({ officeId: 'farmers-chair', personId: 'p1', from: '2021-06-01' }).to; // undefined
 * ```
 * @category Team
 */
export const OfficeHoldingSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The office held. */
      officeId: TextSchema,
      /** The holder. */
      personId: TextSchema,
      /** The first day held. */
      from: IsoDateSchema,
      /** The last day held (included); open when absent. */
      to: IsoDateSchema.optional(),
      /** The act that made it so, when it is not one of the team's decisions (an election …). */
      source: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A holding of an office.
 *
 * @category Team
 */
export type OfficeHolding = z.infer<typeof OfficeHoldingSchema>;
