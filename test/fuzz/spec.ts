import type fc from 'fast-check';

/** How the fuzz suite calls one exported function (or class constructor). */
export interface FunctionSpec {
  /** Argument lists to call it with: valid values mixed with hostile ones. */
  readonly args: fc.Arbitrary<unknown[]>;
  /**
   * `reader`: it reads outside data and must never throw, whatever it gets. `typed` (default):
   * it takes typed values and may throw only the documented `InvalidArgumentError`.
   */
  readonly contract?: 'reader' | 'typed';
  /** Calls per run (default: the suite's setting). */
  readonly runs?: number;
}

/** The specs of one module's exports, by export name. */
export type Specs = Readonly<Record<string, FunctionSpec>>;
