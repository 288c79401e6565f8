import { checkDocument } from '../_internal/arguments.js';
import { illustrativeName } from '../_internal/illustrative.js';
import { type Signature, SignatureSchema } from './schema-decision.js';

const SIGNATURE_ARGUMENT = {
  vi: 'một khối chữ ký (Signature)',
  en: 'a signature block (Signature)',
};

/**
 * A signature block as printed.
 *
 * @category Team
 */
export interface SignatureLines {
  /** The lines above the signature, in capitals: authority lines, then the title. */
  readonly lines: string[];
  /** The line below the signature: the signer's name ("(minh họa)" after a made-up one). */
  readonly name: string;
}

/**
 * The signature block of a decision or a report, as Nghị định 30/2020 prints it
 * for a signature block: the authority lines and the title in capitals ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), then the signer's name (with "(minh họa)" after a made-up one).
 *
 * @param signature - The signature block (read with {@link SignatureSchema}).
 * @returns `lines`, the lines above the signature, and `name`, the line below it.
 * @throws {@link InvalidArgumentError} when `signature` is not a {@link Signature} (an order of
 *   prefixes Nghị định 30/2020 does not allow, a missing title …).
 * @example
 * ```ts
 * import { signatureLines } from 'to-cong-nghe-so';
 *
 * signatureLines({
 *   authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }, { prefix: 'KT', authority: 'Chủ tịch' }],
 *   title: 'Phó Chủ tịch',
 *   name: 'Quản Thị Ngọc',
 * });
 * // { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Quản Thị Ngọc' }
 * ```
 * @category Team
 */
export function signatureLines(signature: Signature): SignatureLines {
  const checked = checkDocument(SignatureSchema, signature, 'signature', SIGNATURE_ARGUMENT);
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  return {
    lines: [
      ...checked.authorities.map((line) => `${line.prefix}. ${upper(line.authority)}`),
      ...(checked.title === undefined ? [] : [upper(checked.title)]),
    ],
    name: illustrativeName(checked.name, checked.illustrative === true, 'vi'),
  };
}
