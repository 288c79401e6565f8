import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { InvalidArgumentError } from '../problems/argument.js';

/** What a text argument must be. */
const TEXT_ARGUMENT = { vi: 'một chuỗi văn bản', en: 'a string' };

/**
 * @internal Checks a string argument.
 *
 * @throws {@link InvalidArgumentError} when it is not a string.
 */
export function checkText(value: unknown, argument: string): string {
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, TEXT_ARGUMENT, value);
  return value;
}

/**
 * Normalises text to Unicode NFC, the form the library stores and compares.
 *
 * Vietnamese typed on some keyboards or exported by some systems arrives decomposed (NFD):
 * "Đắk Nia" then has more code points than it shows, and compares unequal to itself.
 *
 * @param text - Any string.
 * @returns The same text in NFC.
 * @throws {@link InvalidArgumentError} when `text` is not a string.
 * @example
 * ```ts
 * import { normalizeText } from 'to-cong-nghe-so';
 *
 * normalizeText('Đắk Nia'.normalize('NFD')) === 'Đắk Nia'; // true
 * ```
 * @category Text
 */
export function normalizeText(text: string): string {
  return checkText(text, 'text').normalize('NFC');
}

/**
 * A non-empty, trimmed string normalised to NFC on the way in.
 *
 * @example
 * ```ts
 * import { TextSchema } from 'to-cong-nghe-so';
 *
 * TextSchema.parse('  Bon Bu Sir  '); // 'Bon Bu Sir'
 * ```
 * @category Text
 */
export const TextSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .transform((value) => normalizeText(value).trim())
    .pipe(z.string().min(1)),
);

/**
 * A bilingual text: Vietnamese first, English second. Every label and message in the library
 * has this shape.
 *
 * @example
 * ```ts
 * import { LabelSchema } from 'to-cong-nghe-so';
 *
 * LabelSchema.parse({ vi: ' Tổ trưởng ', en: 'Leader' }); // { vi: 'Tổ trưởng', en: 'Leader' }
 * ```
 * @category Text
 */
export const LabelSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The Vietnamese text (authoritative). */
      vi: TextSchema,
      /** The English text. */
      en: TextSchema,
    })
    .strict(),
);

/**
 * A bilingual text `{ vi, en }`.
 *
 * @category Text
 */
export type Label = z.infer<typeof LabelSchema>;

/**
 * A language the library writes in.
 *
 * @category Text
 */
export type Language = keyof Label;

/**
 * Builds a {@link Label}, normalising both texts to NFC.
 *
 * @param vi - The Vietnamese text.
 * @param en - The English text.
 * @returns The label.
 * @throws {@link InvalidArgumentError} when `vi` or `en` is not a string.
 * @example
 * ```ts
 * import { label } from 'to-cong-nghe-so';
 *
 * label('Tổ phó', 'Deputy'); // { vi: 'Tổ phó', en: 'Deputy' }
 * ```
 * @category Text
 */
export function label(vi: string, en: string): Label {
  return { vi: checkText(vi, 'vi').normalize('NFC'), en: checkText(en, 'en').normalize('NFC') };
}
