import fc from 'fast-check';
import { args, nfdText } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** Text a commune writes: Vietnamese names in NFC or NFD, any string, very long ones. */
const text = fc.oneof(
  fc.constantFrom('Quản Thị Ngọc', 'Trần Đình Tuấn', 'Thôn 10', '', '   ', 'Ngọc'),
  nfdText,
  fc.string({ unit: 'grapheme' }),
  fc.constant('Đắk Nia '.repeat(100_000)),
);

/** The fuzz specs of the text module's exports. */
export const specs: Specs = {
  comparePersonNames: { args: args(text, text) },
  compareVietnamese: { args: args(text, text) },
  givenName: { args: args(text) },
  label: { args: args(text, text) },
  normalizeText: { args: args(text) },
};
