export { BUILT_IN_INDICATORS, BUILT_IN_TARGETS } from './catalogue.js';
export {
  type CsvCell,
  type CsvCellProblem,
  type CsvDelimiter,
  type CsvProblem,
  type CsvProblemCode,
  type CsvWriteOptions,
  type EntrySheetOptions,
  entrySheet,
  LONG_CSV_COLUMNS,
  type ParseEntrySheetOptions,
  type ParseLongCsvOptions,
  parseEntrySheet,
  parseLongCsv,
  type ToLongCsvOptions,
  toLongCsv,
} from './csv.js';
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
  type Dhis2DataValue,
  type Dhis2DataValueSet,
  type ToDhis2DataValueSetOptions,
  toDhis2DataValueSet,
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
  type DataValueIndex,
  type IndexDataValuesOptions,
  type IndicatorResult,
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
