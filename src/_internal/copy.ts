/**
 * A deep copy of plain data (objects, arrays, strings, numbers …), so that what a function
 * returns never shares an object with the library's caches or constants. The data comes from the
 * library's own schemas, so it is shallow (a few levels) and has no cycles.
 */
export function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => copyData(item)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    out[key] = copyData((value as Record<string, unknown>)[key]);
  }
  return out as T;
}
