export { DUTIES, type Duty, dutiesOf } from './catalogue.js';
