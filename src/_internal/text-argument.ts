// The entry check of an id or name argument: text, compared the way the library stores text
// (Unicode NFC, trimmed), so that an id typed on a keyboard that decomposes accents still matches.
import { InvalidArgumentError } from '../problems/argument.js';

/**
 * Checks that an argument is non-empty text and returns it in NFC, trimmed.
 *
 * @throws {@link InvalidArgumentError} otherwise.
 */
export function checkText(value: unknown, argument: string): string {
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : '';
  if (text === '') {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một mã hoặc tên (chuỗi ký tự khác rỗng)', en: 'an id or name (non-empty text)' },
      value,
    );
  }
  return text;
}
