/**
 * Checks that the messages of a problem read as a commune reads them: Vietnamese in `vi`, English
 * in `en`, no raw enum value or generated id without its label, at most 300 characters.
 */
import type { Label } from '../../src/index.js';

/** English words that must not appear in a Vietnamese message (outside quotes and ids). */
const ENGLISH = new Set(
  `the is are was be must should not no invalid missing unknown field value got expected of and or
  with for to has have this that which there it its seat team leader deputy member village commune
  report task period date plan target indicator place body office person rule error warning line
  column row file format type number text list object empty required allowed one more than less at
  least most before after`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Vietnamese words that must not appear in an English message. */
const VIETNAMESE = new Set(
  'không của được phải những các trong với này chưa đã hoặc nhận thiếu trường là có cho'.split(' '),
);

/** Parameters that hold what the user wrote, quoted verbatim by messages. */
const VERBATIM = new Set(['field', 'received', 'input', 'id', 'value', 'key', 'column', 'allowed']);

/** The strings of a problem's parameters that quote the user's input. */
function verbatimTexts(params: unknown, key = ''): string[] {
  if (typeof params === 'string') {
    return VERBATIM.has(key) || key.endsWith('Id') || key.endsWith('Ids') ? [params] : [];
  }
  if (Array.isArray(params)) return params.flatMap((item) => verbatimTexts(item, key));
  if (typeof params !== 'object' || params === null) return [];
  // A label from the user's data (a school's name) may be Vietnamese in both languages.
  if ('vi' in params && 'en' in params && key !== 'expected') {
    return [String(params.vi), String(params.en)];
  }
  return Object.entries(params).flatMap(([k, v]) => verbatimTexts(v, k));
}

/**
 * The message without what it may quote verbatim: the user's own text from the parameters,
 * "…" quotes, `…` code, and ids in parentheses.
 */
function withoutQuotes(text: string, verbatim: readonly string[] = []): string {
  let rest = text;
  for (const quoted of [...verbatim].sort((a, b) => b.length - a.length)) {
    if (quoted.length === 0) continue;
    rest = rest.split(`"${quoted}"`).join(' ');
    // Bare, only text with letters: the user's `"` or `,` must not take every quote mark with it.
    if (/\p{L}/u.test(quoted)) rest = rest.split(quoted).join(' ');
  }
  return rest
    .replace(/"[^"]*"/gu, ' ')
    .replace(/“[^”]*”/gu, ' ')
    .replace(/`[^`]*`/gu, ' ')
    .replace(/\([^()\s]*\)/gu, ' ');
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
}

/** What is wrong with a problem's messages; empty when nothing is. */
export function messageFaults(problem: {
  readonly message: Label;
  readonly params?: unknown;
}): string[] {
  const faults: string[] = [];
  const { vi, en } = problem.message;
  const verbatim = verbatimTexts(problem.params);
  for (const [lang, text] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    if (text.trim() === '') faults.push(`${lang} is empty`);
    if (text.length > 300) faults.push(`${lang} is ${text.length} characters long`);
    const bare = withoutQuotes(text, verbatim);
    const camel = bare.match(/\b[a-z]+[A-Z][A-Za-z]*\b/gu);
    if (camel) faults.push(`${lang} shows raw names ${camel.join(', ')}`);
    const ids = bare.match(/\b[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*\b/gu);
    if (ids) faults.push(`${lang} shows ids ${ids.join(', ')} without a label`);
  }
  const english = words(withoutQuotes(vi, verbatim)).filter((w) => ENGLISH.has(w));
  if (english.length > 0) faults.push(`vi has English words: ${english.join(', ')}`);
  const vietnamese = words(withoutQuotes(en, verbatim)).filter((w) => VIETNAMESE.has(w));
  if (vietnamese.length > 0) faults.push(`en has Vietnamese words: ${vietnamese.join(', ')}`);
  return faults;
}
