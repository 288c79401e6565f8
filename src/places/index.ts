export {
  VILLAGE_HEAD_TITLES,
  type VillageHeadTitle,
  type VillageKind,
  villageHeadTitle,
} from './heads.js';
export {
  KIND_NOUNS,
  LEVEL_OF_KIND,
  type ParentLink,
  ParentLinkSchema,
  type Place,
  type PlaceCounts,
  PlaceCountsSchema,
  type PlaceKind,
  PlaceKindSchema,
  type PlaceLevel,
  PlaceLevelSchema,
  PlaceSchema,
} from './place.js';
export {
  ancestorsOf,
  childrenOf,
  countsOf,
  isPlaceActive,
  parentIdOf,
  placeLabel,
  placeName,
} from './query.js';
export { type PlaceProblem, type PlaceProblemCode, validatePlaces } from './validate.js';
