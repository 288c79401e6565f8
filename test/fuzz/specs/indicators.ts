import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the indicators module's exports. */
export const specs: Specs = {
  assessProgress: { args: anyArgs(1) },
  entrySheet: { args: anyArgs(1) },
  indexDataValues: { args: anyArgs(2) },
  meetsThreshold: { args: anyArgs(2) },
  parseCatalogue: { args: anyArgs(1) },
  parseDataValues: { args: anyArgs(2) },
  parseEntrySheet: { args: anyArgs(2) },
  parseLongCsv: { args: anyArgs(2) },
  parseTargets: { args: anyArgs(1) },
  rollUp: { args: anyArgs(2) },
  rollUpIndex: { args: anyArgs(2) },
  selectTarget: { args: anyArgs(4) },
  toDhis2DataValueSet: { args: anyArgs(1) },
  toLongCsv: { args: anyArgs(1) },
};
