import { err, ok, type Result } from 'neverthrow';
import { inputTooLarge } from '../problems/catalogue/input.js';
import { type InputProblem, parseJsonText, parseWithSchema } from '../problems/input.js';
import { raise } from '../problems/problem.js';
import { type Team, TeamSchema } from './schema.js';

/**
 * The longest team file text {@link parseTeam} reads, in characters (5 million). A commune's
 * team file is a few hundred kilobytes at most; anything far larger is not a team file.
 *
 * @category Team
 */
export const MAX_TEAM_FILE_LENGTH = 5_000_000;

/**
 * Reads a team file: JSON text (the contents of `team.json`) or an already decoded value.
 * Text is normalised to Unicode NFC, unknown fields are errors, fields with defaults may be left
 * out. Never throws: malformed input gives every problem found, each with a path (at most 100,
 * then one saying how many more).
 *
 * @param input - JSON text, or a decoded value.
 * @returns `ok(team)` or `err(problems)`.
 * @example
 * ```ts
 * import { parseTeam } from 'to-cong-nghe-so';
 *
 * parseTeam('{"schemaVersion": 1}')._unsafeUnwrapErr()[0]?.code; // 'missing_field'
 * parseTeam('not json')._unsafeUnwrapErr()[0]?.code; // 'invalid_json'
 * ```
 * @category Team
 */
export function parseTeam(input: unknown): Result<Team, InputProblem[]> {
  if (typeof input === 'string' && input.length > MAX_TEAM_FILE_LENGTH) {
    return err([raise(inputTooLarge, [], { size: input.length, maximum: MAX_TEAM_FILE_LENGTH })]);
  }
  const decoded = typeof input === 'string' ? parseJsonText(input) : ok(input);
  return decoded.andThen((value) => parseWithSchema(TeamSchema, value));
}

/**
 * Writes a team as the JSON text of a team file: two-space indentation, fields in the order of
 * the schema, a final newline. `parseTeam(serializeTeam(team))` gives back an equal team, and
 * serialising that again gives the same text.
 *
 * @param team - The team.
 * @returns The JSON text.
 * @example
 * ```ts
 * import { dakNia2022Team, parseTeam, serializeTeam } from 'to-cong-nghe-so';
 *
 * const text = serializeTeam(dakNia2022Team());
 * serializeTeam(parseTeam(text)._unsafeUnwrap()) === text; // true
 * ```
 * @category Team
 */
export function serializeTeam(team: Team): string {
  return `${JSON.stringify(team, null, 2)}\n`;
}
