// Made-up names in samples: printed with a mark, so nobody reads an illustrative person as a real
// one. Every renderer that prints a person's name goes through here.
import type { Language } from '../text/label.js';

/** The mark printed after a made-up name, in each language. */
export const ILLUSTRATIVE_MARK: Readonly<Record<Language, string>> = Object.freeze({
  vi: '(minh họa)',
  en: '(illustrative)',
});

/** A name as printed: with the mark after it when the person is made up. */
export function illustrativeName(name: string, illustrative: boolean, language: Language): string {
  return illustrative ? `${name} ${ILLUSTRATIVE_MARK[language]}` : name;
}

/** A person's name as printed (see {@link illustrativeName}). */
export function personName(
  person: { readonly name: string; readonly illustrative?: boolean | undefined },
  language: Language,
): string {
  return illustrativeName(person.name, person.illustrative === true, language);
}
