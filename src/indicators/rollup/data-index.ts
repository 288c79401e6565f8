// Data values indexed once for many roll-ups: typed arrays laid out by lane and month (see
// layout.ts), behind an opaque handle so that the layout can change without changing the public
// types.
import { LEVEL_RANK } from '../../_internal/places.js';
import type { Place } from '../../places/place.js';
import { InvalidArgumentError } from '../../problems/argument.js';
import { checkCatalogue, checkPlaces } from '../arguments.js';
import type { Catalogue } from '../definition.js';
import { type PlaceLayout, placeLayout } from './fixed.js';
import { type Lane, Layout, type LayoutPlan } from './layout.js';
import type { Sums } from './sums.js';

declare const opaque: unique symbol;

/**
 * Data values indexed once against a catalogue and places ({@link indexDataValues},
 * {@link indexDataValueColumns}, {@link createDataValueIndexer}), for fast repeated roll-ups
 * ({@link rollUpIndex}). Opaque: only {@link rollUpIndex} reads it, so that the way values are
 * held can change between versions.
 *
 * @category Indicators
 */
export interface DataValueIndex {
  /** How many values were indexed (values no roll-up can use are left out). */
  readonly size: number;
  /** Marks an index made by this library; holds nothing. */
  readonly [opaque]: true;
}

/**
 * Options of {@link indexDataValues}: the catalogue and the places values are read against.
 *
 * @category Indicators
 */
export interface IndexDataValuesOptions {
  /** The indicators. */
  readonly catalogue: Catalogue;
  /** The places: villages, communes and any higher places (e.g. `team.places`). */
  readonly places: readonly Place[];
}

/**
 * What an index holds: per value its cell (place × indicators + indicator) and quantities, laid
 * out by lane then month; and the places laid out for roll-ups.
 */
export interface IndexData extends PlaceLayout {
  /** The catalogue the values were indexed against. */
  readonly catalogue: Catalogue;
  /** The places the values were indexed against. */
  readonly places: readonly Place[];
  /** How many values were indexed. */
  readonly size: number;
  /** Per value: its place's position × the catalogue's length + its indicator's position. */
  readonly cell: Int32Array;
  /** Per value: the numerator. */
  readonly numerator: Float64Array;
  /** Per value of a lane with denominators (the first ones): the denominator. */
  readonly denominator: Float64Array;
  /** The lanes, in the order their values are laid out. */
  readonly lanes: readonly Lane[];
  /** The first month held, as `year × 12 + month − 1`, and how many months from it. */
  readonly firstMonth: number;
  readonly months: number;
  /** The values of lane l and month `firstMonth + m` are at `offsets[l × months + m]` … `offsets[l × months + m + 1] − 1`. */
  readonly offsets: Int32Array;
  /** The positions of the places ordered by level from the top, then as given. */
  readonly order: Int32Array;
  /**
   * Working arrays a roll-up reuses (its sums per cell, valid only until it has measured them),
   * so that repeated roll-ups of a large index do not each allocate and free tens of megabytes.
   */
  readonly scratch: { sums?: Sums };
}

/** The data of each index handed out (a handle holds nothing itself). */
const held = /* @__PURE__ */ new WeakMap<object, IndexData>();

/**
 * The data behind an index.
 *
 * @throws {@link InvalidArgumentError} when `index` was not made by this library.
 */
export function indexData(index: unknown, argument: string): IndexData {
  const data = typeof index === 'object' && index !== null ? held.get(index) : undefined;
  if (data === undefined) {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một chỉ mục do `indexDataValues` lập', en: 'an index made by `indexDataValues`' },
      index,
    );
  }
  return data;
}

/** An index being built: its catalogue and places checked, and its places laid out. */
export interface IndexStart {
  readonly layout: Layout;
  readonly places: PlaceLayout;
}

/** The largest number of cells (places × indicators) an index can address. */
const MAX_CELLS = 2 ** 31 - 1;

/**
 * Checks the options of an index and lays out its places.
 *
 * @throws {@link InvalidArgumentError} when the catalogue or the places are not valid.
 */
export function startIndex(options: unknown, argument = 'options'): IndexStart {
  const given = (typeof options === 'object' && options !== null ? options : {}) as Partial<
    Record<keyof IndexDataValuesOptions, unknown>
  >;
  const catalogue = checkCatalogue(given.catalogue, `${argument}.catalogue`);
  const places = checkPlaces(given.places, `${argument}.places`);
  if (places.length * Math.max(1, catalogue.length) > MAX_CELLS) {
    throw new InvalidArgumentError(
      argument,
      {
        vi: `một danh mục và danh sách địa bàn có tích số phần tử không quá ${MAX_CELLS}`,
        en: `a catalogue and places whose lengths multiply to at most ${MAX_CELLS}`,
      },
      `${catalogue.length} × ${places.length}`,
    );
  }
  const layout = placeLayout(catalogue, places);
  return {
    layout: new Layout(catalogue, places, (p) => (layout.fixedGroup[p] as number) >= 0),
    places: layout,
  };
}

/** The index of values laid out by a plan: its handle, its data held for {@link indexData}. */
export function finishIndex(start: IndexStart, plan: LayoutPlan): DataValueIndex {
  const { catalogue, places } = start.layout;
  const order = Int32Array.from(places.keys()).sort(
    (a, b) =>
      LEVEL_RANK[places[a]?.level ?? 'village'] - LEVEL_RANK[places[b]?.level ?? 'village'] ||
      a - b,
  );
  const data: IndexData = {
    catalogue,
    places,
    size: plan.size,
    cell: plan.cell,
    numerator: plan.numerator,
    denominator: plan.denominator,
    lanes: plan.lanes,
    firstMonth: plan.firstMonth,
    months: plan.months,
    offsets: plan.offsets,
    ...start.places,
    order,
    scratch: {},
  };
  const index = Object.freeze({ size: data.size }) as unknown as DataValueIndex;
  held.set(index, data);
  return index;
}
