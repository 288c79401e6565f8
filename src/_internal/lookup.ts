// Indexes of the lists inside immutable documents (a team's seats, a plan's tasks …), built once
// per list and kept while the list lives, so that looking an item up costs O(1) instead of a scan.
// Documents are values: a list is never changed after it is indexed.

const byIdCache = new WeakMap<readonly object[], ReadonlyMap<string, unknown>>();

/**
 * The items of a list by id; the first item wins when two share an id (as `Array#find` would).
 * Built once per list object.
 */
export function byId<T extends { readonly id: string }>(
  list: readonly T[],
): ReadonlyMap<string, T> {
  const known = byIdCache.get(list);
  if (known !== undefined) return known as ReadonlyMap<string, T>;
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  byIdCache.set(list, map);
  return map;
}

const groupCache = new WeakMap<
  readonly object[],
  Map<unknown, ReadonlyMap<string, readonly unknown[]>>
>();

/**
 * The items of a list grouped by a key, each group in the list's order. Built once per list and
 * key function: pass a function defined once (at module level), not a new closure per call.
 */
export function groupBy<T extends object>(
  list: readonly T[],
  key: (item: T) => string,
): ReadonlyMap<string, readonly T[]> {
  let byKey = groupCache.get(list);
  if (byKey === undefined) {
    byKey = new Map();
    groupCache.set(list, byKey);
  }
  const known = byKey.get(key);
  if (known !== undefined) return known as ReadonlyMap<string, readonly T[]>;
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  byKey.set(key, groups);
  return groups;
}

const keyedCache = new WeakMap<readonly object[], Map<unknown, ReadonlyMap<string, unknown>>>();

/**
 * The items of a list by a key, the last item winning when two share one (as `new Map` built
 * from the list would). Built once per list and key function: pass a function defined once (at
 * module level), not a new closure per call.
 */
export function keyedBy<T extends object>(
  list: readonly T[],
  key: (item: T) => string,
): ReadonlyMap<string, T> {
  let byKey = keyedCache.get(list);
  if (byKey === undefined) {
    byKey = new Map();
    keyedCache.set(list, byKey);
  }
  const known = byKey.get(key);
  if (known !== undefined) return known as ReadonlyMap<string, T>;
  const map = new Map(list.map((item) => [key(item), item]));
  byKey.set(key, map);
  return map;
}
