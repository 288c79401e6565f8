export { type AmendProblem, type AmendProblemCode, amendTeam } from './amend.js';
export { type TeamChange, type TeamChangeInput, TeamChangeSchema } from './changes.js';
export {
  type ComposeProblem,
  type ComposeProblemCode,
  type ComposeTeamOptions,
  composeTeam,
} from './compose.js';
export { MAX_TEAM_FILE_LENGTH, parseTeam, serializeTeam } from './file.js';
export { BODY_KIND_LABELS, ROLE_LABELS } from './labels.js';
export { type TeamLists, type TeamListsInput, TeamListsSchema } from './lists.js';
export {
  type CompositionEntry,
  communeOf,
  compositionOf,
  describeSeat,
  holderOf,
  seatsOf,
  type TeamQueryProblem,
  type TeamQueryProblemCode,
  villagesOf,
} from './query.js';
export { dakNia2022Lists, dakNia2022Team } from './sample.js';
export {
  type Article,
  ArticleSchema,
  type Body,
  type BodyKind,
  BodyKindSchema,
  BodySchema,
  type Decision,
  type DecisionInput,
  DecisionSchema,
  type Office,
  type OfficeHolding,
  OfficeHoldingSchema,
  OfficeSchema,
  type Person,
  PersonSchema,
  type Recipient,
  RecipientSchema,
  type Role,
  RoleSchema,
  type Rule,
  RuleSchema,
  type Seat,
  type SeatFilling,
  SeatFillingSchema,
  type SeatHolding,
  SeatHoldingSchema,
  SeatSchema,
  type Signature,
  type SignaturePrefix,
  SignaturePrefixSchema,
  SignatureSchema,
  type Supervision,
  SupervisionSchema,
  TEAM_SCHEMA_VERSION,
  type Team,
  type TeamCommune,
  TeamCommuneSchema,
  type TeamInput,
  TeamSchema,
  type Template,
  type TemplateInput,
  TemplateSchema,
} from './schema.js';
export { dakNia2022Template, villageTeam793Template } from './templates.js';
export {
  type TeamProblem,
  type TeamProblemCode,
  type ValidateTeamOptions,
  type ValidTeam,
  validateTeam,
} from './validate.js';
