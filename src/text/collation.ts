import { normalizeText } from './label.js';

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/**
 * Compares two strings the Vietnamese way (`Intl.Collator('vi')`, numbers in numeric order),
 * after NFC normalisation. Use it as an `Array.prototype.sort` comparator.
 *
 * @param a - The first string.
 * @param b - The second string.
 * @returns A negative number, zero or a positive number.
 * @example
 * ```ts
 * import { compareVietnamese } from 'to-cong-nghe-so';
 *
 * ['Thôn 10', 'Bon Ol Bu Tung', 'Thôn 2'].sort(compareVietnamese);
 * // ['Bon Ol Bu Tung', 'Thôn 2', 'Thôn 10']
 * ```
 * @category Text
 */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(normalizeText(a), normalizeText(b));
}

/**
 * The given name of a Vietnamese full name: its last word ("Ngọc" in "Quản Thị Ngọc").
 *
 * @param fullName - A full name, family name first.
 * @returns The last word, or the whole trimmed name when it has one word.
 * @example
 * ```ts
 * import { givenName } from 'to-cong-nghe-so';
 *
 * givenName('Trần Đình Tuấn'); // 'Tuấn'
 * ```
 * @category Text
 */
export function givenName(fullName: string): string {
  const words = normalizeText(fullName).trim().split(/\s+/u);
  return words.at(-1) ?? '';
}

/**
 * Compares two Vietnamese personal names as Vietnamese lists sort them: by given name (the last
 * word) first, then by the full name.
 *
 * @param a - The first full name.
 * @param b - The second full name.
 * @returns A negative number, zero or a positive number.
 * @example
 * ```ts
 * import { comparePersonNames } from 'to-cong-nghe-so';
 *
 * ['Trần Đình Tuấn', 'Quản Thị Ngọc', 'Lê Văn An'].sort(comparePersonNames);
 * // ['Lê Văn An', 'Quản Thị Ngọc', 'Trần Đình Tuấn']
 * ```
 * @category Text
 */
export function comparePersonNames(a: string, b: string): number {
  return compareVietnamese(givenName(a), givenName(b)) || compareVietnamese(a, b);
}
