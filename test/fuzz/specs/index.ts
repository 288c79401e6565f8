import type { Specs } from '../spec.js';
import { specs as calendar } from './calendar.js';
import { specs as chain } from './chain.js';
import { specs as duties } from './duties.js';
import { specs as indicators } from './indicators.js';
import { specs as places } from './places.js';
import { specs as problems } from './problems.js';
import { specs as render } from './render.js';
import { specs as reports } from './reports.js';
import { specs as team } from './team.js';
import { specs as text } from './text.js';
import { specs as work } from './work.js';

/** The fuzz specs of every module, by module. */
export const SPEC_MODULES: Readonly<Record<string, Specs>> = {
  calendar,
  chain,
  duties,
  indicators,
  places,
  problems,
  render,
  reports,
  team,
  text,
  work,
};

/** The fuzz specs of every export: all modules, or those named in `FUZZ_ONLY` (comma-separated). */
export const SPECS: Specs = Object.assign(
  {},
  ...Object.entries(SPEC_MODULES)
    .filter(
      ([module]) => !process.env.FUZZ_ONLY || process.env.FUZZ_ONLY.split(',').includes(module),
    )
    .map(([, specs]) => specs),
);
