// What the document arguments of the team functions must be, for the messages of
// InvalidArgumentError.
import type { Label } from '../text/label.js';

/** A team argument. */
export const TEAM_ARGUMENT: Label = Object.freeze({
  vi: 'một tổ đọc từ tệp tổ, hoặc dựng từ mẫu và danh sách của xã',
  en: 'a team read from a team file, or built from a template and lists',
});

/** A decision argument. */
export const DECISION_ARGUMENT: Label = Object.freeze({
  vi: 'một quyết định (Decision)',
  en: 'a decision (Decision)',
});

/** A seat argument. */
export const SEAT_ARGUMENT: Label = Object.freeze({
  vi: 'một vị trí của tổ (Seat)',
  en: 'a seat of the team (Seat)',
});
