import { checkText, normalizeText } from './label.js';

let collator: Intl.Collator | undefined;

/** The Vietnamese collator, built on first use (building one at load would cost every import). */
function vietnameseCollator(): Intl.Collator {
  collator ??= new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
  return collator;
}

/**
 * Compares two strings the Vietnamese way (`Intl.Collator('vi')`, numbers in numeric order),
 * after NFC normalisation, so that text typed decomposed (NFD) sorts as its composed form. Use it
 * as an `Array.prototype.sort` comparator.
 *
 * @param a - The first string.
 * @param b - The second string.
 * @returns A negative number, zero or a positive number.
 * @throws {@link InvalidArgumentError} when `a` or `b` is not a string.
 * @example
 * ```ts
 * import { compareVietnamese } from 'to-cong-nghe-so';
 *
 * ['Thôn 10', 'Bon Ol Bu Tung', 'Thôn 2'].sort(compareVietnamese);
 * // ['Bon Ol Bu Tung', 'Thôn 2', 'Thôn 10']
 * compareVietnamese('Đắk Nia'.normalize('NFD'), 'Đắk Nia'); // 0
 * ```
 * @category Text
 */
export function compareVietnamese(a: string, b: string): number {
  const first = normalizeText(checkText(a, 'a'));
  const second = normalizeText(checkText(b, 'b'));
  return vietnameseCollator().compare(first, second);
}

/**
 * The given name of a Vietnamese full name: its last word ("Ngọc" in "Quản Thị Ngọc").
 *
 * @param fullName - A full name, family name first.
 * @returns The last word in NFC, or `''` for a name of spaces only.
 * @throws {@link InvalidArgumentError} when `fullName` is not a string.
 * @example
 * ```ts
 * import { givenName } from 'to-cong-nghe-so';
 *
 * givenName('Trần Đình Tuấn'); // 'Tuấn'
 * givenName('  Quản Thị   Ngọc '); // 'Ngọc'
 * ```
 * @category Text
 */
export function givenName(fullName: string): string {
  const words = normalizeText(checkText(fullName, 'fullName')).trim().split(/\s+/u);
  return words.at(-1) ?? '';
}

/**
 * Compares two Vietnamese personal names as Vietnamese lists sort them: by given name (the last
 * word) first, then by the full name.
 *
 * @param a - The first full name.
 * @param b - The second full name.
 * @returns A negative number, zero or a positive number.
 * @throws {@link InvalidArgumentError} when `a` or `b` is not a string.
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
  const first = checkText(a, 'a');
  const second = checkText(b, 'b');
  return compareVietnamese(givenName(first), givenName(second)) || compareVietnamese(first, second);
}
