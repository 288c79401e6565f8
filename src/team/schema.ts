import { z } from 'zod';
import { IsoDateSchema } from '../calendar/date.js';
import { PlaceSchema } from '../places/place.js';
import { LabelSchema, TextSchema } from '../text/label.js';

/**
 * The version of the team file format this library reads and writes.
 *
 * @category Team
 */
export const TEAM_SCHEMA_VERSION = 1;

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
export const RoleSchema = z.enum(['leader', 'deputy', 'member']);

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
export const BodyKindSchema = z.enum([
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
]);

/**
 * A kind of body.
 *
 * @category Team
 */
export type BodyKind = z.infer<typeof BodyKindSchema>;

const dated = {
  /** The first day (included); open when absent. */
  from: IsoDateSchema.optional(),
  /** The last day (included); open when absent. */
  to: IsoDateSchema.optional(),
};

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
 * });
 * ```
 * @category Team
 */
export const BodySchema = z
  .object({
    /** A stable id, unique among the team's bodies. */
    id: TextSchema,
    /** The kind of body. */
    kind: BodyKindSchema,
    /** Its full name. */
    name: LabelSchema,
    /** A short name, as recipients lists write it ("UBND TP Gia Nghĩa"). */
    shortName: LabelSchema.optional(),
    /** The place the body belongs to (a commune, a district, a province). */
    placeId: TextSchema,
    /** The body it is part of (a division of a People's Committee). */
    parentId: TextSchema.optional(),
    ...dated,
    /** A free note, e.g. "illustrative". */
    note: TextSchema.optional(),
  })
  .strict();

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
 * });
 * ```
 * @category Team
 */
export const OfficeSchema = z
  .object({
    /** A stable id, unique among the team's offices. */
    id: TextSchema,
    /** The body the office belongs to. */
    bodyId: TextSchema,
    /** The title of the post, as a decision writes it. */
    title: LabelSchema,
    /** Whether this is the head of its body (chủ tịch, bí thư, trưởng). */
    head: z.boolean().default(false),
    ...dated,
  })
  .strict();

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
 * PersonSchema.parse({ id: 'quan-thi-ngoc', name: 'Quản Thị Ngọc', gender: 'female' });
 * ```
 * @category Team
 */
export const PersonSchema = z
  .object({
    /** A stable id, unique among the team's people. */
    id: TextSchema,
    /** The full name, family name first. */
    name: TextSchema,
    /** Gives the honorific a decision uses: `female` → "Bà", `male` → "Ông". */
    gender: z.enum(['female', 'male']).optional(),
    /** The bodies the person belongs to (e.g. the Youth Union), by id. */
    memberOf: z.array(TextSchema).default([]),
    /** A free note, e.g. "illustrative: not named in the decision". */
    note: TextSchema.optional(),
  })
  .strict();

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
 * OfficeHoldingSchema.parse({ officeId: 'farmers-chair', personId: 'p1', from: '2021-06-01' });
 * ```
 * @category Team
 */
export const OfficeHoldingSchema = z
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
  .strict();

/**
 * A holding of an office.
 *
 * @category Team
 */
export type OfficeHolding = z.infer<typeof OfficeHoldingSchema>;

/**
 * How a seat is filled:
 * - `exOfficio`: by whoever holds the office `officeId` (the holder changes with the office);
 * - `delegate`: by the officer the unit `unitId` (a school, the police …) delegates;
 * - `villageHead`: by the head of the village `villageId`;
 * - `named`: by a person appointed by name.
 * The holders of the last three come from the team's seat holdings.
 *
 * @example
 * ```ts
 * import { SeatFillingSchema } from 'to-cong-nghe-so';
 *
 * SeatFillingSchema.parse({ kind: 'exOfficio', officeId: 'farmers-chair' });
 * ```
 * @category Team
 */
export const SeatFillingSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** Filled by whoever holds an office. */
      kind: z.literal('exOfficio'),
      /** The office. */
      officeId: TextSchema,
    })
    .strict(),
  z
    .object({
      /** Filled by the officer a unit delegates. */
      kind: z.literal('delegate'),
      /** The delegating unit (a body). */
      unitId: TextSchema,
    })
    .strict(),
  z
    .object({
      /** Filled by the head of a village. */
      kind: z.literal('villageHead'),
      /** The village (a place). */
      villageId: TextSchema,
    })
    .strict(),
  z
    .object({
      /** Filled by a person appointed by name. */
      kind: z.literal('named'),
    })
    .strict(),
]);

/**
 * How a seat is filled.
 *
 * @category Team
 */
export type SeatFilling = z.infer<typeof SeatFillingSchema>;

/**
 * A seat: a place on the team with a role and the way it is filled. Seats carry effective
 * dates and the decisions that created and ended them, so history is kept.
 *
 * @example
 * ```ts
 * import { SeatSchema } from 'to-cong-nghe-so';
 *
 * SeatSchema.parse({
 *   id: 'leader',
 *   role: 'leader',
 *   filling: { kind: 'named' },
 *   titles: [{ vi: 'Phó Trưởng ban Thường trực', en: 'Standing Deputy Head of the steering committee' }],
 * });
 * ```
 * @category Team
 */
export const SeatSchema = z
  .object({
    /** A stable id, unique among the team's seats. */
    id: TextSchema,
    /** The role. */
    role: RoleSchema,
    /** How the seat is filled. */
    filling: SeatFillingSchema,
    /** Extra titles the seat carries (e.g. Standing Deputy Head of the steering committee). */
    titles: z.array(LabelSchema).default([]),
    /** The template rule the seat comes from. */
    ruleId: TextSchema.optional(),
    ...dated,
    /** The decision that created the seat. */
    decisionId: TextSchema.optional(),
    /** The decision that ended the seat. */
    endDecisionId: TextSchema.optional(),
  })
  .strict();

/**
 * A seat on the team.
 *
 * @category Team
 */
export type Seat = z.infer<typeof SeatSchema>;

/**
 * A person's holding of a seat that is not ex officio (named, delegate, village head).
 *
 * @example
 * ```ts
 * import { SeatHoldingSchema } from 'to-cong-nghe-so';
 *
 * SeatHoldingSchema.parse({ seatId: 'leader', personId: 'quan-thi-ngoc', from: '2022-07-27', decisionId: '23-QD-UBND-2022' });
 * ```
 * @category Team
 */
export const SeatHoldingSchema = z
  .object({
    /** The seat held. */
    seatId: TextSchema,
    /** The holder. */
    personId: TextSchema,
    /** The first day held. */
    from: IsoDateSchema,
    /** The last day held (included); open when absent. */
    to: IsoDateSchema.optional(),
    /** The team decision that made it so. */
    decisionId: TextSchema.optional(),
    /** Another act that made it so (a unit's letter, a village election …). */
    source: TextSchema.optional(),
  })
  .strict();

/**
 * A holding of a seat.
 *
 * @category Team
 */
export type SeatHolding = z.infer<typeof SeatHoldingSchema>;

/**
 * The leader's assignment of a seat to a supervisor: "the head of bon Bu Sir reports to the
 * Youth Union deputy". Seats without one report to the leader.
 *
 * @example
 * ```ts
 * import { SupervisionSchema } from 'to-cong-nghe-so';
 *
 * SupervisionSchema.parse({ seatId: 'village-heads/bon-bu-sir', supervisorSeatId: 'deputies/youth-union' });
 * ```
 * @category Team
 */
export const SupervisionSchema = z
  .object({
    /** The supervised seat. */
    seatId: TextSchema,
    /** The seat it reports to. */
    supervisorSeatId: TextSchema,
    ...dated,
  })
  .strict();

/**
 * An assignment of a seat to its supervisor.
 *
 * @category Team
 */
export type Supervision = z.infer<typeof SupervisionSchema>;

/**
 * The authority under which a decision is signed (Nghị định 30/2020, Phụ lục I), written with a
 * final dot in the signature block: `TM` on behalf of a collective, `KT` signing for the head,
 * `Q` acting head, `TL` and `TUQ` by delegation.
 *
 * @example
 * ```ts
 * import { SignaturePrefixSchema } from 'to-cong-nghe-so';
 *
 * SignaturePrefixSchema.options; // ['TM', 'KT', 'Q', 'TL', 'TUQ']
 * ```
 * @category Team
 */
export const SignaturePrefixSchema = z.enum(['TM', 'KT', 'Q', 'TL', 'TUQ']);

/**
 * A signing authority prefix.
 *
 * @category Team
 */
export type SignaturePrefix = z.infer<typeof SignaturePrefixSchema>;

/**
 * The signature block of a decision.
 *
 * @example
 * ```ts
 * import { SignatureSchema } from 'to-cong-nghe-so';
 *
 * SignatureSchema.parse({ prefix: 'TM', authority: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Trần Đình Tuấn' });
 * ```
 * @category Team
 */
export const SignatureSchema = z
  .object({
    /** The authority prefix (TM, KT, Q, TL, TUQ); absent when the head signs in person. */
    prefix: SignaturePrefixSchema.optional(),
    /** Whom the prefix refers to ("Ủy ban nhân dân" after TM., "Chủ tịch" after KT.). */
    authority: TextSchema.optional(),
    /** The signer's title ("Chủ tịch", "Phó Chủ tịch"). */
    title: TextSchema,
    /** The signer's full name. */
    name: TextSchema,
  })
  .strict();

/**
 * A signature block.
 *
 * @category Team
 */
export type Signature = z.infer<typeof SignatureSchema>;

/**
 * A recipient of a decision (nơi nhận). `forReport` marks the ones that receive it "for report"
 * (b/c): the higher bodies at the top of the reporting chain.
 *
 * @example
 * ```ts
 * import { RecipientSchema } from 'to-cong-nghe-so';
 *
 * RecipientSchema.parse({ name: 'UBND TP Gia Nghĩa', bodyId: 'gia-nghia-pc', forReport: true });
 * ```
 * @category Team
 */
export const RecipientSchema = z
  .object({
    /** The recipient as the list writes it ("UBND TP Gia Nghĩa", "Như Điều 3"). */
    name: TextSchema,
    /** The body it is, when it is one of the team's bodies. */
    bodyId: TextSchema.optional(),
    /** Whether it receives the decision for report (b/c). */
    forReport: z.boolean().default(false),
  })
  .strict();

/**
 * A recipient of a decision.
 *
 * @category Team
 */
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * An article of a decision. `generate` asks the renderer to write its clauses from the team:
 * `composition` (Article 1, from the seats) or `duties` (Article 2, from the duty catalogue).
 *
 * @example
 * ```ts
 * import { ArticleSchema } from 'to-cong-nghe-so';
 *
 * ArticleSchema.parse({ number: 3, paragraphs: ['Quyết định này có hiệu lực thi hành kể từ ngày ký.'] });
 * ```
 * @category Team
 */
export const ArticleSchema = z
  .object({
    /** The article number (Điều 1, 2, 3 …). */
    number: z.number().int().positive(),
    /** The heading written after "Điều N.". */
    heading: TextSchema.optional(),
    /** The paragraphs of the article, in order (before any generated clauses). */
    paragraphs: z.array(TextSchema).default([]),
    /** Clauses the renderer writes from the team. */
    generate: z.enum(['composition', 'duties']).optional(),
  })
  .strict();

/**
 * An article of a decision.
 *
 * @category Team
 */
export type Article = z.infer<typeof ArticleSchema>;

/**
 * A decision as data: the founding decision of a team, or a later one that amends or dissolves
 * it. Amending decisions never rewrite history: the seats and holdings they change point to them.
 *
 * @example
 * ```ts
 * import { DecisionSchema } from 'to-cong-nghe-so';
 *
 * DecisionSchema.parse({
 *   id: '23-QD-UBND-2022',
 *   kind: 'founding',
 *   number: 23,
 *   symbol: 'QĐ-UBND',
 *   issuerId: 'dak-nia-pc',
 *   place: 'Đắk Nia',
 *   date: '2022-07-27',
 *   summary: 'Về việc thành lập Tổ công nghệ số cộng đồng xã Đắk Nia',
 *   signature: { prefix: 'TM', authority: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Trần Đình Tuấn' },
 * }).number; // 23
 * ```
 * @category Team
 */
export const DecisionSchema = z
  .object({
    /** A stable id, unique among the team's decisions. */
    id: TextSchema,
    /** What the decision does to the team. */
    kind: z.enum(['founding', 'amending', 'dissolving']),
    /** The number (số), e.g. 23. */
    number: z.number().int().positive(),
    /** The symbol (ký hiệu), e.g. "QĐ-UBND". */
    symbol: TextSchema,
    /** The issuing body. */
    issuerId: TextSchema,
    /** The place name written before the date ("Đắk Nia"). */
    place: TextSchema,
    /** The date of signing. */
    date: IsoDateSchema,
    /** The date it takes effect; the date of signing when absent. */
    effectiveFrom: IsoDateSchema.optional(),
    /** The summary line (trích yếu), "Về việc …". */
    summary: TextSchema,
    /** The legal bases (căn cứ), in order, without "Căn cứ" and the final punctuation. */
    legalBases: z.array(TextSchema).default([]),
    /** Who proposed it (theo đề nghị của …), without the final punctuation. */
    proposer: TextSchema.optional(),
    /** The articles. */
    articles: z.array(ArticleSchema).default([]),
    /** The recipients (nơi nhận), in order, before the archive line. */
    recipients: z.array(RecipientSchema).default([]),
    /** Who keeps the archive copy ("Lưu: VT, VP."), e.g. ["VP"]. */
    archive: z.array(TextSchema).default([]),
    /** The signature block. */
    signature: SignatureSchema,
    /** The decision this one amends. */
    amends: TextSchema.optional(),
  })
  .strict();

/**
 * A decision.
 *
 * @category Team
 */
export type Decision = z.infer<typeof DecisionSchema>;

const ruleBase = {
  /** A stable id, unique in the template. */
  id: TextSchema,
  /** The role of the seats the rule creates. */
  role: RoleSchema,
  /** How Article 1 words the rule in one line; one line per seat when absent. */
  line: LabelSchema.optional(),
  /** Extra titles given to the seats. */
  titles: z.array(LabelSchema).default([]),
};

/**
 * A composition rule of a template:
 * - `named`: between `min` and `max` seats appointed by name (bodies in
 *   `recommendedBodyKinds` are recommended, e.g. the Youth Union);
 * - `exOfficio`: one seat held by whoever holds the office `officeId`;
 * - `headOf`: one seat for the head of each body of the listed kinds, each kind required
 *   ("one deputy per listed mass organisation");
 * - `delegateOf`: one delegate per unit of the listed kinds ("one per school", "1 from police,
 *   1 from health"), each kind required;
 * - `villageHeads`: the head of every village of the team's area.
 *
 * @example
 * ```ts
 * import { RuleSchema } from 'to-cong-nghe-so';
 *
 * RuleSchema.parse({ id: 'schools', kind: 'delegateOf', role: 'member', unitKinds: ['school'] }).kind;
 * // 'delegateOf'
 * ```
 * @category Team
 */
export const RuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...ruleBase,
      /** Seats appointed by name. */
      kind: z.literal('named'),
      /** The fewest seats. */
      min: z.number().int().nonnegative().default(1),
      /** The most seats; no limit when absent. */
      max: z.number().int().positive().optional(),
      /** Kinds of body the holders are recommended to come from (a warning when none does). */
      recommendedBodyKinds: z.array(BodyKindSchema).default([]),
    })
    .strict(),
  z
    .object({
      ...ruleBase,
      /** One seat held ex officio. */
      kind: z.literal('exOfficio'),
      /** The office. */
      officeId: TextSchema,
    })
    .strict(),
  z
    .object({
      ...ruleBase,
      /** The head of each body of some kinds. */
      kind: z.literal('headOf'),
      /** The kinds of body; each must be present. */
      bodyKinds: z.array(BodyKindSchema).min(1),
    })
    .strict(),
  z
    .object({
      ...ruleBase,
      /** One delegate per unit of some kinds. */
      kind: z.literal('delegateOf'),
      /** The kinds of unit; each must be present. */
      unitKinds: z.array(BodyKindSchema).min(1),
    })
    .strict(),
  z
    .object({
      ...ruleBase,
      /** The head of every village of the team's area. */
      kind: z.literal('villageHeads'),
    })
    .strict(),
]);

/**
 * A composition rule.
 *
 * @category Team
 */
export type Rule = z.infer<typeof RuleSchema>;

/**
 * A template: composition rules as data, for a commune-level team (like Đắk Nia 2022) or a
 * village-level one (Công văn 793/BTTTT-THH). Communes write their own as JSON.
 *
 * @example
 * ```ts
 * import { TemplateSchema } from 'to-cong-nghe-so';
 *
 * TemplateSchema.parse({
 *   id: 'mini',
 *   name: { vi: 'Tổ tối thiểu', en: 'Minimal team' },
 *   scope: 'commune',
 *   rules: [{ id: 'leader', kind: 'named', role: 'leader', min: 1, max: 1 }],
 * }).oneSeatPerPerson; // true
 * ```
 * @category Team
 */
export const TemplateSchema = z
  .object({
    /** A stable id. */
    id: TextSchema,
    /** Its name. */
    name: LabelSchema,
    /** Whether it composes a team for a whole commune or for one village. */
    scope: z.enum(['commune', 'village']),
    /** Where the rules come from (a decision, an official letter). */
    source: TextSchema.optional(),
    /** Whether one person may hold only one seat at a time. */
    oneSeatPerPerson: z.boolean().default(true),
    /** The rules, in the order Article 1 lists them. */
    rules: z.array(RuleSchema).min(1),
  })
  .strict();

/**
 * A template.
 *
 * @category Team
 */
export type Template = z.infer<typeof TemplateSchema>;

/**
 * An effective-dated link from a team to the commune it serves: a team founded in xã Đắk Nia in
 * 2022 serves phường Đông Gia Nghĩa after the 2025 merger, and keeps its 2022 context.
 *
 * @category Team
 */
export const TeamCommuneSchema = z
  .object({
    /** The commune-level place. */
    placeId: TextSchema,
    ...dated,
  })
  .strict();

/**
 * A team's link to its commune.
 *
 * @category Team
 */
export type TeamCommune = z.infer<typeof TeamCommuneSchema>;

/**
 * The team file (`team.json`): everything a commune keeps about its Community Digital Technology
 * Team — its places, bodies, offices, people, seats and who held them when, the leader's
 * assignments, the decisions, and the template it follows.
 *
 * @category Team
 */
export const TeamSchema = z
  .object({
    /** The JSON Schema the file follows, for editors (e.g. "./schema/team.schema.json"). */
    $schema: z.string().optional(),
    /** The version of the file format; always 1 for now. */
    schemaVersion: z.literal(TEAM_SCHEMA_VERSION),
    /** A stable id. */
    id: TextSchema,
    /** The team's name ("Tổ công nghệ số cộng đồng xã Đắk Nia"). */
    name: LabelSchema,
    /** Whether it serves a whole commune or one village. */
    scope: z.enum(['commune', 'village']),
    /** The commune it serves, over time. */
    communes: z.array(TeamCommuneSchema).min(1),
    /** The village it serves, for a village-level team. */
    villageId: TextSchema.optional(),
    /** The day the team was founded. */
    from: IsoDateSchema,
    /** The last day of the team, when dissolved. */
    to: IsoDateSchema.optional(),
    /** The founding decision. */
    foundingDecisionId: TextSchema.optional(),
    /** The template the team follows, checked by validation. */
    template: TemplateSchema.optional(),
    /** The places: province, district (history), commune(s) and villages. */
    places: z.array(PlaceSchema).default([]),
    /** The bodies. */
    bodies: z.array(BodySchema).default([]),
    /** The offices. */
    offices: z.array(OfficeSchema).default([]),
    /** The people. */
    people: z.array(PersonSchema).default([]),
    /** Who held which office when. */
    officeHoldings: z.array(OfficeHoldingSchema).default([]),
    /** The seats, in the order Article 1 lists them. */
    seats: z.array(SeatSchema).default([]),
    /** Who held which seat (not ex officio) when. */
    seatHoldings: z.array(SeatHoldingSchema).default([]),
    /** The leader's assignments of seats to supervisors. */
    supervision: z.array(SupervisionSchema).default([]),
    /** The bodies the leader answers to (the commune People's Committee, the steering committee). */
    reportsTo: z.array(TextSchema).default([]),
    /** The decisions about the team, founding one first. */
    decisions: z.array(DecisionSchema).default([]),
    /** A free note. */
    note: TextSchema.optional(),
  })
  .strict();

/**
 * A team, as read from a team file.
 *
 * @category Team
 */
export type Team = z.infer<typeof TeamSchema>;

/**
 * The team file as a user may write it (fields with defaults may be left out).
 *
 * @category Team
 */
export type TeamInput = z.input<typeof TeamSchema>;

/**
 * A template as a user writes it (fields with defaults may be left out).
 *
 * @category Team
 */
export type TemplateInput = z.input<typeof TemplateSchema>;
