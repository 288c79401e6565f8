/**
 * `to-cong-nghe-so/indicators` — indicators, targets, figures rolled up from villages to the commune,
 * and DHIS2 exchange. Also exported by `to-cong-nghe-so` itself. The CSV readers and writers
 * (entry sheets, long CSV) are in `to-cong-nghe-so/csv`.
 *
 * @module to-cong-nghe-so/indicators
 */
export { BUILT_IN_INDICATORS, BUILT_IN_TARGETS } from './catalogue.js';
export {
  type Catalogue,
  type Comparator,
  ComparatorSchema,
  type Indicator,
  type IndicatorInput,
  IndicatorSchema,
  meetsThreshold,
  type Pillar,
  PillarSchema,
  type Quantity,
  type QuantityName,
  QuantitySchema,
  type Source,
  SourceSchema,
  type Threshold,
  ThresholdSchema,
  type TimeAggregation,
  TimeAggregationSchema,
  UNIT_SCALE,
  type Unit,
  UnitSchema,
} from './definition.js';
export {
  type Dhis2CompleteRegistration,
  Dhis2CompleteRegistrationSchema,
  type Dhis2CompleteRegistrations,
  Dhis2CompleteRegistrationsSchema,
  type Dhis2DataValue,
  Dhis2DataValueSchema,
  type Dhis2DataValueSet,
  Dhis2DataValueSetSchema,
  type Dhis2Element,
  type Dhis2Mapping,
  type Dhis2PeriodFault,
  type InvalidDhis2PeriodParams,
  type ParseDhis2DataValueSetOptions,
  type ParseDhis2DataValueSetProblem,
  parseDhis2DataValueSet,
  parseDhis2Period,
  type ToDhis2CompleteDataSetRegistrationsOptions,
  type ToDhis2DataValueSetOptions,
  toDhis2CompleteDataSetRegistrations,
  toDhis2DataValueSet,
  toDhis2Period,
} from './dhis2.js';
export {
  type CatalogueProblem,
  type CatalogueProblemCode,
  type ParseCatalogueProblem,
  parseCatalogue,
} from './parse-catalogue.js';
export {
  type ParseTargetsOptions,
  type ParseTargetsProblem,
  parseTargets,
} from './parse-targets.js';
export {
  assessProgress,
  type Progress,
  type ProgressInput,
  type ProgressStatus,
} from './progress.js';
export {
  type Completeness,
  type CreateDataValueIndexerOptions,
  createDataValueIndexer,
  type DataValueColumns,
  type DataValueIndex,
  type DataValueIndexer,
  type IndexDataValueColumnsOptions,
  type IndexDataValuesOptions,
  type IndicatorResult,
  indexDataValueColumns,
  indexDataValues,
  type RollUpIndexOptions,
  type RollUpOptions,
  rollUp,
  rollUpIndex,
} from './rollup.js';
export { selectTarget } from './select-target.js';
export { type Target, type TargetInput, TargetSchema } from './target.js';
export {
  type DataValue,
  type DataValueProblem,
  type DataValueProblemCode,
  DataValueSchema,
  type ParseDataValuesOptions,
  type ParseDataValuesProblem,
  parseDataValues,
} from './value.js';
