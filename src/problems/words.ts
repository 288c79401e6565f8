import type { Label, Language } from '../text/label.js';
import type { ProblemPath } from './problem.js';

/** @internal The longest excerpt of a user's input a message quotes. */
export const MAX_EXCERPT = 60;

/**
 * @internal A short, printable excerpt of any JavaScript value, for messages: strings in double
 * quotes, at most {@link MAX_EXCERPT} characters with "…" when cut. Never throws, whatever the
 * value (BigInt, symbols, null-prototype objects, cycles, getters that throw, 10 MB strings), and
 * never reads more of the value than it shows.
 */
export function excerpt(value: unknown, max = MAX_EXCERPT): string {
  let out = '';
  const seen = new Set<unknown>();
  const write = (text: string): boolean => {
    out += text;
    return out.length <= max;
  };
  const visit = (item: unknown, depth: number): boolean => {
    switch (typeof item) {
      case 'string':
        return write(JSON.stringify(item.length > max ? item.slice(0, max + 1) : item));
      case 'number':
      case 'boolean':
        return write(String(item));
      case 'bigint':
        return write(`${item}n`);
      case 'undefined':
        return write('undefined');
      case 'symbol':
        return write('Symbol()');
      case 'function':
        return write('function');
      default:
        break;
    }
    if (item === null) return write('null');
    if (seen.has(item) || depth > 3) return write('…');
    seen.add(item);
    try {
      if (Array.isArray(item)) {
        if (!write('[')) return false;
        for (let i = 0; i < item.length; i += 1) {
          if (i > 0 && !write(',')) return false;
          if (!visit(item[i], depth + 1)) return false;
        }
        return write(']');
      }
      if (!write('{')) return false;
      let first = true;
      for (const key in item as object) {
        if (!Object.hasOwn(item as object, key)) continue;
        if (!first && !write(',')) return false;
        first = false;
        if (!write(`${JSON.stringify(key.slice(0, max))}:`)) return false;
        if (!visit((item as Record<string, unknown>)[key], depth + 1)) return false;
      }
      return write('}');
    } catch {
      return write('…');
    }
  };
  visit(value, 0);
  return out.length <= max ? out : `${out.slice(0, max)}…`;
}

/**
 * @internal A path as people read it: `appointments.leader[1]`, `seats[3].filling`; the whole
 * input when empty.
 */
export function fieldName(path: ProblemPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key.slice(0, MAX_EXCERPT))}]`;
  }
  return out.length <= MAX_EXCERPT * 2 ? out : `…${out.slice(-MAX_EXCERPT * 2)}`;
}

/** @internal "field "x"" or "the whole input", in a language. */
export function fieldPhrase(field: string, language: Language): string {
  if (field === '') return language === 'vi' ? 'Dữ liệu' : 'The input';
  return language === 'vi' ? `Trường "${field}"` : `Field "${field}"`;
}

/**
 * A thing the user knows by name, quoted in a message by its label with its id in parentheses:
 * "Tổ phó — Bí thư Đoàn phường (deputies/dgn-youth)".
 *
 * @category Problems
 */
export interface NamedRef {
  /** The id, as written in the user's file. */
  readonly id: string;
  /** What people call it; empty texts when the library knows no name for it. */
  readonly label: Label;
}

/** @internal A named thing in a message: its label, then its id in parentheses. */
export function named(ref: NamedRef, language: Language): string {
  const text = ref.label[language];
  if (text === '' || text === ref.id) return `"${ref.id}"`;
  return `${text} (${ref.id})`;
}

/** @internal A list of texts joined the way each language joins them. */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/** @internal An id as a message quotes it: at most 60 characters, then "…". */
export function short(id: string | undefined): string {
  const text = id ?? '';
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}

/** @internal A `YYYY-MM-DD` day as Vietnamese writes it: `14/2/2025`; other text unchanged. */
export function dayVi(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  return match ? `${Number(match[3])}/${Number(match[2])}/${match[1]}` : date;
}

/** @internal A whole number with its thousands grouped: `1.000.000` in Vietnamese, `1,000,000` in English. */
export function grouped(value: number, separator: string): string {
  if (!Number.isSafeInteger(value)) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}
