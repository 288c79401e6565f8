import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, SCHEMA_FILES, schemaPath } from '../scripts/generate-schema.js';

describe('schema/*.schema.json', () => {
  it.each(SCHEMA_FILES.map((entry) => [entry.file, entry] as const))(
    '%s is what scripts/generate-schema.ts generates (run `npm run schema`)',
    (_, entry) => {
      expect(readFileSync(schemaPath(entry.file), 'utf8')).toBe(jsonSchemaText(entry));
    },
  );

  it('asks team files for their schema version', () => {
    const team = SCHEMA_FILES.find((entry) => entry.file === 'team');
    expect(team).toBeDefined();
    if (team) {
      const schema = JSON.parse(jsonSchemaText(team)) as { required: string[] };
      expect(schema.required).toContain('schemaVersion');
    }
  });
});
