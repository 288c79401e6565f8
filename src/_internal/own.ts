/**
 * The value of a record's own key, never one inherited from `Object.prototype`: a rule id such
 * as `constructor` or `toString` in a commune's file must find nothing rather than a function.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
