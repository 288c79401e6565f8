/**
 * Writes the Đắk Nia 2022 sample in `examples/dak-nia-2022/`: the commune's lists and the
 * template as JSON, and the team `composeTeam` builds from them. A test fails when they are
 * stale; run `npx tsx scripts/generate-examples.ts` after changing the sample.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dakNia2022Template, serializeTeam } from '../src/index.js';
import { dakNia2022Lists, dakNia2022Team } from '../src/samples/index.js';

/** The folder of the sample. */
export const SAMPLE_DIR = fileURLToPath(new URL('../examples/dak-nia-2022/', import.meta.url));

/** The files of the sample, by name, as text. */
export function sampleFiles(): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'team.json': serializeTeam({ $schema: '../../schema/team.schema.json', ...dakNia2022Team() }),
    'lists.json': json(dakNia2022Lists()),
    'template.json': json(dakNia2022Template()),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(sampleFiles())) {
    writeFileSync(`${SAMPLE_DIR}${name}`, text);
    process.stdout.write(`Wrote ${SAMPLE_DIR}${name}\n`);
  }
}
