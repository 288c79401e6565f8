/**
 * A deep copy of plain data (objects, arrays, strings, numbers …), so that a result shares no
 * object with a cached checked document or an exported constant. Values that are not plain
 * objects or arrays are kept as they are.
 */
export function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyData) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    out[key] = copyData((value as Record<string, unknown>)[key]);
  return out as T;
}
