// The first step of every reader: untrusted input copied into plain data the schemas can read.
import { err, ok, type Result } from 'neverthrow';
import {
  duplicateKey,
  inputTooLarge,
  tooDeep,
  unknownField,
  unreadableInput,
} from './catalogue/input.js';
import { type InputProblem, MAX_INPUT_DEPTH } from './input-problem.js';
import { raise } from './problem.js';
import { fieldName } from './words.js';

/** The most values (objects, arrays, strings, numbers …) one input may hold. */
const MAX_INPUT_NODES = 5_000_000;

const IGNORED_KEYS = new Set(['$comment']);

/** Options of the readers' input clean-up. */
interface CleanOptions {
  /** Keep a root `$schema` key (the team file declares it); it is dropped otherwise. */
  readonly keepSchemaKey?: boolean;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * @internal Copies untrusted input into plain data the schemas can read safely: strings and keys
 * in Unicode NFC, `$comment` keys dropped everywhere and `$schema` at the root, null-prototype
 * objects made plain. Reports what cannot be read: nesting deeper than {@link MAX_INPUT_DEPTH} or a
 * value that contains itself, `__proto__` keys, two keys equal after NFC, getters that throw, and
 * inputs of more than five million values. Never throws.
 */
export function cleanInput(
  input: unknown,
  options: CleanOptions = {},
): Result<unknown, InputProblem[]> {
  const state: CleanState = { options, problems: [], onPath: new Set(), nodes: 0, tooLarge: false };
  const cleaned = copyValue(state, input, []);
  if (state.tooLarge) {
    return err([raise(inputTooLarge, [], { size: state.nodes, maximum: MAX_INPUT_NODES })]);
  }
  return state.problems.length > 0 ? err(state.problems) : ok(cleaned);
}

/** What one clean-up has seen so far. */
interface CleanState {
  readonly options: CleanOptions;
  readonly problems: InputProblem[];
  /** The containers on the path from the root: one met again contains itself. */
  readonly onPath: Set<object>;
  nodes: number;
  tooLarge: boolean;
}

type Path = (string | number)[];

function copyValue(state: CleanState, value: unknown, path: Path): unknown {
  state.nodes += 1;
  if (state.nodes > MAX_INPUT_NODES) {
    state.tooLarge = true;
    return undefined;
  }
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value !== 'object' || value === null) return value;
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  if (path.length >= MAX_INPUT_DEPTH || state.onPath.has(value)) {
    state.problems.push(
      raise(tooDeep, path, { field: fieldName(path), maxDepth: MAX_INPUT_DEPTH }),
    );
    return undefined;
  }
  state.onPath.add(value);
  try {
    return Array.isArray(value)
      ? copyArray(state, value, path)
      : copyObject(state, value as Record<string, unknown>, path);
  } catch {
    state.problems.push(raise(unreadableInput, path, { field: fieldName(path) }));
    return undefined;
  } finally {
    state.onPath.delete(value);
  }
}

function copyArray(state: CleanState, value: readonly unknown[], path: Path): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < value.length && !state.tooLarge; i += 1) {
    path.push(i);
    out.push(copyValue(state, value[i], path));
    path.pop();
  }
  return out;
}

function copyObject(
  state: CleanState,
  value: Record<string, unknown>,
  path: Path,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const rawKey of Object.keys(value)) {
    if (state.tooLarge) break;
    const key = rawKey.normalize('NFC');
    if (IGNORED_KEYS.has(key)) continue;
    if (key === '$schema' && path.length === 0 && !state.options.keepSchemaKey) continue;
    path.push(key);
    if (key === '__proto__') {
      state.problems.push(raise(unknownField, path, { field: fieldName(path) }));
    } else if (Object.hasOwn(out, key)) {
      state.problems.push(raise(duplicateKey, path, { field: fieldName(path) }));
    } else {
      copyEntry(state, value, rawKey, out, key, path);
    }
    path.pop();
  }
  return out;
}

/** Copies one property; a getter that throws is a problem, not an exception. */
function copyEntry(
  state: CleanState,
  value: Record<string, unknown>,
  rawKey: string,
  out: Record<string, unknown>,
  key: string,
  path: Path,
): void {
  let item: unknown;
  try {
    item = value[rawKey];
  } catch {
    state.problems.push(raise(unreadableInput, path, { field: fieldName(path) }));
    return;
  }
  out[key] = copyValue(state, item, path);
}
