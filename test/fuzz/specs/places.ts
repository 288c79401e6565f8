import fc from 'fast-check';
import { dakNia2022Lists } from '../../../src/samples/index.js';
import { args, nfdText, recentDate } from '../arbitraries.js';
import type { Specs } from '../spec.js';

const known = dakNia2022Lists().places;

/** Places: the sample's, and hand-made ones with odd links. */
const place = fc.oneof(
  fc.constantFrom(...known),
  fc.record({
    id: fc.constantFrom('a', 'b', 'constructor'),
    level: fc.constantFrom('province', 'commune', 'village'),
    kind: fc.constantFrom('thon', 'ward', 'toDanPho', 'province'),
    name: fc.oneof(fc.constantFrom('1', 'Bu Sir', 'x'.repeat(200)), nfdText),
    parents: fc.array(
      fc.record(
        { parentId: fc.constantFrom('a', 'b', 'dak-nia'), from: recentDate, to: recentDate },
        { requiredKeys: ['parentId'] },
      ),
      { maxLength: 4 },
    ),
    counts: fc.array(fc.record({ from: recentDate, households: fc.nat(500) }), { maxLength: 3 }),
  }),
);

/** Lists of places. */
const places = fc.oneof(fc.constant(known), fc.array(place, { maxLength: 8 }));

/** Place ids, known and not. */
const placeId = fc.oneof(
  fc.constantFrom(...known.map((p) => p.id)),
  fc.constantFrom('a', 'nowhere', 'constructor'),
  nfdText,
);

/** The fuzz specs of the places module's exports. */
export const specs: Specs = {
  ancestorsOf: { args: args(places, placeId, recentDate) },
  childrenOf: { args: args(places, placeId, recentDate) },
  countsOf: { args: args(place, recentDate) },
  isPlaceActive: { args: args(place, recentDate) },
  parentIdOf: { args: args(place, recentDate) },
  placeLabel: { args: args(place) },
  placeName: { args: args(place, fc.constantFrom('vi', 'en', 'fr')) },
  villageHeadTitle: { args: args(place, fc.constantFrom('vi', 'en', 'fr')) },
  validatePlaces: { args: args(places, fc.constantFrom(['places'], ['lists', 'places'], [-1])) },
};
