/**
 * Type-checks every code example users read (see `collect.ts`) against the public API, the way a
 * user's editor would: each example becomes a module under `.tmp/examples/` importing
 * `to-cong-nghe-so`, and `tsc` checks them all with the project's strict settings.
 * Run: `tsx test/docs/typecheck-examples.ts` (a step of `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectExamples, root } from './collect.js';

const dir = join(root, '.tmp', 'examples');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const examples = collectExamples();
const index: string[] = [];
examples.forEach((example, i) => {
  const name = `example-${String(i).padStart(4, '0')}.ts`;
  index.push(`${name}\t${example.source}`);
  writeFileSync(join(dir, name), `// ${example.source}\nexport {};\n${example.code}`);
});
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      types: ['node'],
      noUnusedLocals: false,
      paths: {
        'to-cong-nghe-so': ['../../src/index.ts'],
        'to-cong-nghe-so/*': ['../../src/*/index.ts'],
      },
    },
    include: ['*.ts'],
  }),
);
const result = spawnSync(
  join(root, 'node_modules', '.bin', 'tsc'),
  ['-p', join(dir, 'tsconfig.json')],
  {
    encoding: 'utf8',
  },
);
const sources = new Map(index.map((line) => line.split('\t') as [string, string]));
const output = (result.stdout + result.stderr).replace(
  /(?:\.tmp\/examples\/)?(example-\d{4}\.ts)\((\d+),(\d+)\)/gu,
  (_, file: string, line: string) =>
    `${sources.get(file) ?? file} (example line ${Number(line) - 2})`,
);
if (result.status !== 0) {
  process.stderr.write(output);
  process.stderr.write(`\n${examples.length} examples type-checked: some have type errors.\n`);
  process.exit(1);
}
console.log(`${examples.length} examples type-checked: no errors.`);
