// Data exchange with DHIS2, for provinces that run it: data value sets both ways, complete data
// set registrations, and DHIS2's period ids.
export {
  type ToDhis2CompleteDataSetRegistrationsOptions,
  type ToDhis2DataValueSetOptions,
  toDhis2CompleteDataSetRegistrations,
  toDhis2DataValueSet,
} from './dhis2/export.js';
export {
  type ParseDhis2DataValueSetOptions,
  type ParseDhis2DataValueSetProblem,
  parseDhis2DataValueSet,
} from './dhis2/import.js';
export type { Dhis2Element, Dhis2Mapping } from './dhis2/mapping.js';
export {
  type Dhis2PeriodFault,
  type InvalidDhis2PeriodParams,
  parseDhis2Period,
  toDhis2Period,
} from './dhis2/period.js';
export {
  type Dhis2CompleteRegistration,
  Dhis2CompleteRegistrationSchema,
  type Dhis2CompleteRegistrations,
  Dhis2CompleteRegistrationsSchema,
  type Dhis2DataValue,
  Dhis2DataValueSchema,
  type Dhis2DataValueSet,
  Dhis2DataValueSetSchema,
} from './dhis2/schema.js';
