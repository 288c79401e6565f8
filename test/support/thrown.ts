import { InvalidArgumentError } from '../../src/index.js';

/** The InvalidArgumentError a call throws; fails the test when it throws nothing or another error. */
export function thrown(call: () => unknown): InvalidArgumentError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('did not throw');
}
