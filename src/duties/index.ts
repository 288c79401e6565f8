export { DUTIES, type Duty, type DutyPillar, dutiesOf } from './catalogue.js';
