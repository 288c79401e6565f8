/**
 * Freezes a value and everything it holds, so that an exported constant cannot be changed by an
 * app (which would change the library's answers for the whole process). Returns the value.
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}
