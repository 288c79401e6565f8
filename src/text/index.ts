export { comparePersonNames, compareVietnamese, givenName } from './collation.js';
export {
  type Label,
  LabelSchema,
  type Language,
  label,
  normalizeText,
  TextSchema,
} from './label.js';
