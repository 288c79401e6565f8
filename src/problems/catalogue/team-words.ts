// Words the messages of the places, team and chain catalogues share. Not a catalogue: it declares
// no problem, so the registry does not list it.
import { dayVi, type NamedRef, named } from '../words.js';

/**
 * A date as each language writes it in a message: "27/7/2022" in Vietnamese, the ISO form
 * "2022-07-27" in English. Anything that is not a `YYYY-MM-DD` date is written as it is.
 */
export function dateWords(date: string, language: 'vi' | 'en'): string {
  return language === 'en' ? date : dayVi(date);
}

/** The longest id a message quotes; a longer one is cut with "…". */
const MAX_QUOTED_ID = 60;

/** An id the user wrote, in double quotes, cut to a length a message can quote. */
export function quoted(id: string): string {
  return `"${id.length > MAX_QUOTED_ID ? `${id.slice(0, MAX_QUOTED_ID - 1)}…` : id}"`;
}

/** A named thing followed by ": ", or nothing when it has neither id nor label. */
export function subjectWords(ref: NamedRef, language: 'vi' | 'en'): string {
  return ref.id === '' && ref.label[language] === '' ? '' : `${named(ref, language)}: `;
}

/**
 * Named things as a list: at most `shown` of them, then how many more; joined the way each
 * language joins them.
 */
export function namedList(
  refs: readonly NamedRef[],
  more: number,
  language: 'vi' | 'en',
  separator = ', ',
): string {
  const items = refs.map((ref) => named(ref, language));
  if (more > 0) items.push(language === 'vi' ? `và ${more} vị trí khác` : `and ${more} more`);
  return items.join(separator);
}

/** An example reference, for the catalogues' example parameters. */
export function exampleRef(id: string, vi: string, en: string): NamedRef {
  return { id, label: { vi, en } };
}
