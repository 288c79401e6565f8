import { err, ok, type Result } from 'neverthrow';
import { checkDocument, trusted } from '../_internal/arguments.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
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
 * Text and keys are normalised to Unicode NFC, unknown fields are errors, fields with defaults
 * may be left out, `$schema` and `$comment` keys are accepted. Never throws, whatever the value
 * (deeply nested text, 10 MB strings, cycles …): malformed input gives every problem found, each
 * with a path (at most 100, then one saying how many more). The references inside the team are
 * checked by {@link validateTeam}.
 *
 * @param input - JSON text, or a decoded value.
 * @returns `ok(team)` or `err(problems)`.
 * @example
 * ```ts
 * import { parseTeam } from 'to-cong-nghe-so';
 *
 * parseTeam('{"schemaVersion": 1}')._unsafeUnwrapErr()[0]?.code; // 'missing_field'
 * parseTeam('not json')._unsafeUnwrapErr()[0]?.code; // 'invalid_json'
 * parseTeam('['.repeat(4200) + ']'.repeat(4200))._unsafeUnwrapErr()[0]?.code; // 'too_deep'
 * ```
 * @category Team
 */
export function parseTeam(input: unknown): Result<Team, InputProblem[]> {
  if (typeof input === 'string' && input.length > MAX_TEAM_FILE_LENGTH) {
    return err([raise(inputTooLarge, [], { size: input.length, maximum: MAX_TEAM_FILE_LENGTH })]);
  }
  const decoded = typeof input === 'string' ? parseJsonText(input) : ok(input);
  return decoded
    .andThen((value) => parseWithSchema(TeamSchema, value))
    .map((team) => trusted(TeamSchema, team));
}

/**
 * Writes a team as the JSON text of a team file: two-space indentation, fields in the order of
 * the schema (whatever order the object has them in), text in Unicode NFC, a final newline.
 * `parseTeam(serializeTeam(team))` gives back an equal team, and serialising that again gives
 * the same text — also for a team {@link amendTeam} returned.
 *
 * @param team - The team.
 * @returns The JSON text.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team}.
 * @example
 * ```ts
 * import { parseTeam, serializeTeam } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const text = serializeTeam(dakNia2022Team());
 * serializeTeam(parseTeam(text)._unsafeUnwrap()) === text; // true
 * ```
 * @category Team
 */
export function serializeTeam(team: Team): string {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  return `${JSON.stringify(document, null, 2)}\n`;
}
