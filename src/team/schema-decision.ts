// A decision about a team as data, in the parts Nghị định 30/2020 gives it.
import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { invalidSignature } from '../problems/catalogue/team.js';
import { addProblem } from '../problems/input.js';
import { TextSchema } from '../text/label.js';
import { DutiesTextSchema } from './schema-duties.js';

/**
 * A prefix of a signature block (Nghị định 30/2020, Phụ lục I), written with a final dot: `TM`
 * (thay mặt) on behalf of a collective, `KT` (ký thay) a deputy signing for the head, `Q`
 * (quyền) an acting head, `TL` (thừa lệnh) by order of the head, `TUQ` (thừa ủy quyền) by the
 * head's authorisation.
 *
 * @example
 * ```ts
 * import { SignaturePrefixSchema } from 'to-cong-nghe-so';
 *
 * SignaturePrefixSchema.options; // ['TM', 'KT', 'Q', 'TL', 'TUQ']
 * ```
 * @category Team
 */
export const SignaturePrefixSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['TM', 'KT', 'Q', 'TL', 'TUQ']),
);

/**
 * A signing authority prefix.
 *
 * @category Team
 */
export type SignaturePrefix = z.infer<typeof SignaturePrefixSchema>;

/**
 * One line of a signature block above the signer's title: a prefix and whom it refers to — the
 * collective after `TM.` ("Ủy ban nhân dân"), the head's title after `KT.`, `Q.`, `TL.` and
 * `TUQ.` ("Chủ tịch").
 *
 * @example
 * ```ts
 * import { SignatureAuthoritySchema } from 'to-cong-nghe-so';
 *
 * SignatureAuthoritySchema.parse({ prefix: 'KT', authority: 'Chủ tịch' }).prefix; // 'KT'
 * ```
 * @category Team
 */
export const SignatureAuthoritySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The prefix. */
      prefix: SignaturePrefixSchema,
      /** Whom it refers to, as the block writes it in capitals ("Ủy ban nhân dân", "Chủ tịch"). */
      authority: TextSchema,
    })
    .strict(),
);

/**
 * A line of a signature block above the title.
 *
 * @category Team
 */
export type SignatureAuthority = z.infer<typeof SignatureAuthoritySchema>;

/** The prefixes a signature block may have, outermost first (Nghị định 30/2020, Điều 13). */
const PREFIX_ORDERS = new Set(['', 'TM', 'TM KT', 'TM Q', 'KT', 'Q', 'TL', 'TL KT', 'TUQ']);

/**
 * The signature block of a decision (or a report): the authority lines, outermost first, the
 * signer's title and name. Every combination Nghị định 30/2020 allows:
 * - the head in person: `[]`, title "Chủ tịch";
 * - `TM.` for a collective: `[TM Ủy ban nhân dân]`, title "Chủ tịch";
 * - a deputy for the head: `[KT Chủ tịch]`, title "Phó Chủ tịch" — and for a collective, `[TM
 *   Ủy ban nhân dân, KT Chủ tịch]` ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
 * - an acting head: `[Q Chủ tịch]` or `[TM Ủy ban nhân dân, Q Chủ tịch]`, with no further title;
 * - by order: `[TL Chủ tịch]`, title "Chánh Văn phòng", or its deputy `[TL Chủ tịch, KT Chánh Văn
 *   phòng]`, title "Phó Chánh Văn phòng";
 * - by authorisation: `[TUQ Chủ tịch]`, title of the authorised officer (who may not pass it on).
 * Any other order is an `invalid_signature` problem when the block is read.
 *
 * @example
 * ```ts
 * import { SignatureSchema } from 'to-cong-nghe-so';
 *
 * SignatureSchema.parse({
 *   authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }, { prefix: 'KT', authority: 'Chủ tịch' }],
 *   title: 'Phó Chủ tịch',
 *   name: 'Quản Thị Ngọc',
 * }).authorities.length; // 2
 * SignatureSchema.safeParse({ authorities: [{ prefix: 'KT', authority: 'Chủ tịch' }], name: 'A' }).success;
 * // false
 * ```
 * @category Team
 */
export const SignatureSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The authority lines, outermost first; empty when the head signs in person. */
      authorities: z.array(SignatureAuthoritySchema).max(3).default([]),
      /** The signer's title ("Chủ tịch", "Phó Chủ tịch"); absent when an acting head signs (Q.). */
      title: TextSchema.optional(),
      /** The signer's full name. */
      name: TextSchema,
      /** Whether the signer is made up (a sample): printed with "(minh họa)". */
      illustrative: z.boolean().optional(),
    })
    .strict()
    .superRefine((signature, ctx) => {
      const prefixes = signature.authorities.map((line) => line.prefix);
      const fault = !PREFIX_ORDERS.has(prefixes.join(' '))
        ? 'order'
        : prefixes.at(-1) === 'Q'
          ? signature.title === undefined
            ? undefined
            : 'titleAfterActing'
          : signature.title === undefined
            ? 'titleMissing'
            : undefined;
      if (fault !== undefined) {
        addProblem(
          ctx,
          invalidSignature,
          { prefixes, fault },
          fault === 'order' ? ['authorities'] : ['title'],
        );
      }
    }),
);

/**
 * A signature block.
 *
 * @category Team
 */
export type Signature = z.infer<typeof SignatureSchema>;

/**
 * A signature block as a user writes it (fields with defaults may be left out).
 *
 * @category Team
 */
export interface SignatureInput extends z.input<typeof SignatureSchema> {}

/**
 * A recipient of a decision (nơi nhận). `forReport` marks the ones that receive it "for report"
 * (b/c): the higher bodies at the top of the reporting chain.
 *
 * @example
 * ```ts
 * import { RecipientSchema } from 'to-cong-nghe-so';
 *
 * RecipientSchema.parse({ name: 'UBND TP Gia Nghĩa', bodyId: 'gia-nghia-pc', forReport: true }).forReport; // true
 * ```
 * @category Team
 */
export const RecipientSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The recipient as the list writes it ("UBND TP Gia Nghĩa", "Như Điều 3"). */
      name: TextSchema,
      /** The body it is, when it is one of the team's bodies. */
      bodyId: TextSchema.optional(),
      /** Whether it receives the decision for report (b/c). */
      forReport: z.boolean().default(false),
    })
    .strict(),
);

/**
 * A recipient of a decision.
 *
 * @category Team
 */
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * An article of a decision. `generate` asks the renderer to write its clauses from the team:
 * `composition` (Article 1, from the seats) or `duties` (Article 2, from `duties` here, else the
 * team's template, else the reference text for the team's scope).
 *
 * @example
 * ```ts
 * import { ArticleSchema } from 'to-cong-nghe-so';
 *
 * ArticleSchema.parse({ number: 3, paragraphs: ['Quyết định này có hiệu lực thi hành kể từ ngày ký.'] }).generate; // undefined
 * ```
 * @category Team
 */
export const ArticleSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The article number (Điều 1, 2, 3 …). */
      number: z.number().int().positive(),
      /** The heading written after "Điều N.". */
      heading: TextSchema.optional(),
      /** The paragraphs of the article, in order (before any generated clauses). */
      paragraphs: z.array(TextSchema).default([]),
      /** Clauses the renderer writes from the team. */
      generate: z.enum(['composition', 'duties']).optional(),
      /** For `generate: 'duties'`: this decision's own Article 2 text, instead of the template's. */
      duties: DutiesTextSchema.optional(),
    })
    .strict(),
);

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
 *   signature: { authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }], title: 'Chủ tịch', name: 'Trần Đình Tuấn' },
 * }).number; // 23
 * ```
 * @category Team
 */
export const DecisionSchema = /* @__PURE__ */ lazySchema(() =>
  z
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
      /** The legal bases (căn cứ), in order, without "Căn cứ" and the final ";". */
      legalBases: z.array(TextSchema).default([]),
      /** Who proposed it (theo đề nghị của …), without the final ".". */
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
      /** A free note, e.g. "illustrative: not an official record". */
      note: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A decision.
 *
 * @category Team
 */
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * A decision as a user writes it (fields with defaults may be left out).
 *
 * @category Team
 */
export interface DecisionInput extends z.input<typeof DecisionSchema> {}
