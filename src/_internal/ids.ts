// Entry checks of the ids a function is asked about (a seat id, a place id …): text, compared in
// Unicode NFC like every id the library reads.
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';

const ID_ARGUMENT: Label = { vi: 'một mã (văn bản)', en: 'an id (text)' };

/**
 * Checks an id argument and returns it in NFC, so that an id typed with decomposed accents finds
 * the same thing as the one the library stored.
 *
 * @throws {@link InvalidArgumentError} when it is not a string.
 */
export function checkId(value: unknown, argument: string): string {
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, ID_ARGUMENT, value);
  return value.normalize('NFC');
}
