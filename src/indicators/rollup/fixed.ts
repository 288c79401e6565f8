// The places of an index: which reporting places are fixed (their ancestors and dates never
// change, so their results gather per group of places with the same ancestors), and which move.
import type { Place } from '../../places/place.js';
import type { Catalogue } from '../definition.js';

/** How the places of an index are laid out for roll-ups. */
export interface PlaceLayout {
  /** Per place: its ancestors when they never change (no dated parent links), else `null`. */
  readonly fixedChains: readonly (Int32Array | null)[];
  /** Per place: its group when it is a fixed reporting place, else −1. */
  readonly fixedGroup: Int32Array;
  /** The fixed reporting places of each level (village, commune), by group, then in the order of the places. */
  readonly fixedUnits: readonly [Int32Array, Int32Array];
  /** Per level: the places of group g in `fixedUnits` are at `groupStart[g]` … `groupStart[g + 1] − 1`. */
  readonly groupStart: readonly [Int32Array, Int32Array];
  /** The distinct ancestor chains of the fixed reporting places, nearest ancestor first. */
  readonly groupChains: readonly Int32Array[];
  /** Per group and indicator (`group × indicators + indicator`): its fixed places of the indicator's level. */
  readonly groupCount: Int32Array;
  /** The reporting places that are not fixed, in the order of the places. */
  readonly moving: Int32Array;
  /** Per place: its position in `moving`, or −1. */
  readonly movingSlot: Int32Array;
}

function undatedLink(place: Place): boolean {
  const [link, ...rest] = place.parents;
  return (
    rest.length === 0 && (link === undefined || (link.from === undefined && link.to === undefined))
  );
}

/**
 * Per place: its ancestors when they never change (no dated parent links), else `null` (also
 * for a place whose ancestors loop or name an unknown place). Each place is walked once.
 */
function chains(places: readonly Place[]): (Int32Array | null)[] {
  const placeAt = new Map(places.map((place, i) => [place.id, i]));
  const memo: (Int32Array | null | undefined)[] = places.map(() => undefined);
  const walking = new Uint8Array(places.length);
  for (let start = 0; start < places.length; start++) {
    const path: number[] = [];
    let p = start;
    // climb until a place whose chain is known, a top place, or a place that cannot be fixed
    let above: Int32Array | null | undefined;
    while (above === undefined) {
      const known = memo[p];
      if (known !== undefined) {
        above = known;
        break;
      }
      const place = places[p];
      if (!place || !undatedLink(place) || walking[p] === 1) {
        above = null;
        break;
      }
      const parentId = place.parents[0]?.parentId;
      if (parentId === undefined) {
        above = new Int32Array(0);
        memo[p] = above;
        break;
      }
      walking[p] = 1;
      path.push(p);
      const parent = placeAt.get(parentId);
      if (parent === undefined) {
        above = null;
        break;
      }
      p = parent;
    }
    // come back down, each place's chain its parent followed by the parent's chain
    for (let k = path.length - 1; k >= 0; k--) {
      const q = path[k] as number;
      const parent = k + 1 < path.length ? (path[k + 1] as number) : p;
      if (above === null || above === undefined) memo[q] = null;
      else {
        const chain: Int32Array = new Int32Array(above.length + 1);
        chain[0] = parent;
        chain.set(above, 1);
        memo[q] = chain;
      }
      above = memo[q];
      walking[q] = 0;
    }
  }
  return memo.map((chain) => chain ?? null);
}

/** The level code of a reporting place (0 village, 1 commune), or −1. */
export function reportingLevel(place: Place | undefined): number {
  return place?.level === 'village' ? 0 : place?.level === 'commune' ? 1 : -1;
}

/** Whether a reporting place is fixed: it always exists and its ancestors never change. */
function isFixed(place: Place, chain: Int32Array | null): boolean {
  return chain !== null && place.from === undefined && place.to === undefined;
}

/** The layout of the places of an index. */
export function placeLayout(catalogue: Catalogue, places: readonly Place[]): PlaceLayout {
  const fixedChains = chains(places);
  const fixedGroup = new Int32Array(places.length).fill(-1);
  const movingSlot = new Int32Array(places.length).fill(-1);
  const units: [number[], number[]] = [[], []];
  const moving: number[] = [];
  const groupChains: Int32Array[] = [];
  const groupOf = new Map<string, number>();
  const levelCounts: number[] = [];
  places.forEach((place, p) => {
    const level = reportingLevel(place);
    if (level < 0) return;
    const chain = fixedChains[p] ?? null;
    if (!isFixed(place, chain) || chain === null) {
      movingSlot[p] = moving.length;
      moving.push(p);
      return;
    }
    const key = chain.join(',');
    let group = groupOf.get(key);
    if (group === undefined) {
      group = groupChains.length;
      groupOf.set(key, group);
      groupChains.push(chain);
      levelCounts.push(0, 0);
    }
    fixedGroup[p] = group;
    units[level]?.push(p);
    levelCounts[group * 2 + level] = (levelCounts[group * 2 + level] ?? 0) + 1;
  });
  const byGroup = (level: number) => {
    const list = units[level] ?? [];
    const start = new Int32Array(groupChains.length + 1);
    for (const p of list) {
      const at = (fixedGroup[p] as number) + 1;
      start[at] = (start[at] as number) + 1;
    }
    for (let g = 0; g < groupChains.length; g++) {
      start[g + 1] = (start[g + 1] as number) + (start[g] as number);
    }
    const cursor = start.slice(0, -1);
    const ordered = new Int32Array(list.length);
    for (const p of list) {
      const g = fixedGroup[p] as number;
      ordered[cursor[g] as number] = p;
      cursor[g] = (cursor[g] as number) + 1;
    }
    return { ordered, start };
  };
  const villages = byGroup(0);
  const communes = byGroup(1);
  const indicators = catalogue.length;
  const groupCount = new Int32Array(groupChains.length * indicators);
  catalogue.forEach((indicator, i) => {
    const level = indicator.collectedAt === 'commune' ? 1 : 0;
    for (let g = 0; g < groupChains.length; g++) {
      groupCount[g * indicators + i] = levelCounts[g * 2 + level] ?? 0;
    }
  });
  return {
    fixedChains,
    fixedGroup,
    fixedUnits: [villages.ordered, communes.ordered],
    groupStart: [villages.start, communes.start],
    groupChains,
    groupCount,
    moving: Int32Array.from(moving),
    movingSlot,
  };
}
