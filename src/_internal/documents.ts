// What the document arguments of the team functions must be, for the messages of
// InvalidArgumentError.
import type { Label } from '../text/label.js';

/** A team argument. */
export const TEAM_ARGUMENT: Label = Object.freeze({
  vi: 'một tổ (Team, đọc bằng parseTeam hoặc tạo bằng composeTeam)',
  en: 'a team (Team, read with parseTeam or built with composeTeam)',
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
