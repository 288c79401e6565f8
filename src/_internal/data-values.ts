/**
 * The key of a data value's indicator, place and period: two values with the same key report
 * the same thing.
 */
export function valueKey(value: {
  readonly indicator: string;
  readonly place: string;
  readonly period: string;
}): string {
  return `${value.indicator}\u0000${value.place}\u0000${value.period}`;
}
