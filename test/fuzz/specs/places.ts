import { anyArgs } from '../arbitraries.js';
import type { Specs } from '../spec.js';

/** The fuzz specs of the places module's exports. */
export const specs: Specs = {
  ancestorsOf: { args: anyArgs(3) },
  childrenOf: { args: anyArgs(3) },
  countsOf: { args: anyArgs(2) },
  isPlaceActive: { args: anyArgs(2) },
  parentIdOf: { args: anyArgs(2) },
  placeLabel: { args: anyArgs(1) },
  placeName: { args: anyArgs(1) },
  validatePlaces: { args: anyArgs(1) },
};
