// A decision about a team as data, in the parts Nghị định 30/2020 gives it.
import { z } from 'zod';
import { IsoDateSchema } from '../calendar/date.js';
import { TextSchema } from '../text/label.js';

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
 * SignatureSchema.parse({ prefix: 'TM', authority: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Trần Đình Tuấn' }).prefix; // 'TM'
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
 * RecipientSchema.parse({ name: 'UBND TP Gia Nghĩa', bodyId: 'gia-nghia-pc', forReport: true }).forReport; // true
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
 * ArticleSchema.parse({ number: 3, paragraphs: ['Quyết định này có hiệu lực thi hành kể từ ngày ký.'] }).generate; // undefined
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

/**
 * A decision as a user writes it (fields with defaults may be left out).
 *
 * @category Team
 */
export type DecisionInput = z.input<typeof DecisionSchema>;
