export {
  DUTIES,
  type DutiesOfOptions,
  type DutiesOfTeamOptions,
  type DutiesProblem,
  type DutiesProblemCode,
  type Duty,
  dutiesOf,
  dutiesOfTeam,
} from './catalogue.js';
