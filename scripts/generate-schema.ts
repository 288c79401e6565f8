/**
 * Writes `schema/team.schema.json`, the JSON Schema of the team file, from the zod schema, so
 * that editors complete and check `team.json`. Run with `npm run schema`; a test fails when the
 * committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TeamSchema } from '../src/index.js';

/** The path of the generated file. */
export const TEAM_SCHEMA_PATH = fileURLToPath(
  new URL('../schema/team.schema.json', import.meta.url),
);

/** The JSON Schema of the team file, as text. */
export function teamJsonSchemaText(): string {
  const schema = z.toJSONSchema(TeamSchema, { io: 'input', target: 'draft-2020-12' });
  const document = {
    $id: 'https://to-cong-nghe-so.github.io/to-cong-nghe-so/schema/team.schema.json',
    title: 'Tổ công nghệ số cộng đồng / Community Digital Technology Team',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TEAM_SCHEMA_PATH, teamJsonSchemaText());
  process.stdout.write(`Wrote ${TEAM_SCHEMA_PATH}\n`);
}
