#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The API report: the public surface of every entry point of the package, written by API
// Extractor from the built declarations into api/*.api.md and committed. `npm test` fails when
// the surface changed and the report was not updated; `npm run api` updates it on purpose.
// Run after `npm run build`. Usage: node scripts/api-report.mjs [--update]
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const update = process.argv.includes('--update');

const entries = Object.entries(pkg.exports).filter(([key]) => !key.endsWith('.json'));
let changed = 0;
for (const [key, conditions] of entries) {
  const name = key === '.' ? pkg.name : `${pkg.name}-${key.slice(2).replaceAll('/', '-')}`;
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, conditions.import.types),
      compiler: { tsconfigFilePath: join(root, 'tsconfig.core.json') },
      apiReport: {
        enabled: true,
        reportFileName: `${name}.api.md`,
        reportFolder: join(root, 'api'),
        reportTempFolder: join(root, 'node_modules', '.cache', 'api-extractor'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'none' },
          'ae-forgotten-export': { logLevel: 'none' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: join(root, 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false });
  if (result.apiReportChanged) {
    changed += 1;
    console.log(`${update ? 'updated' : 'CHANGED'} api/${name}.api.md`);
  } else {
    console.log(`ok      api/${name}.api.md`);
  }
  if (!result.succeeded && !update) changed += 1;
}
if (changed > 0 && !update) {
  console.error(
    'The public API changed: check the diff, then run `npm run api` to update the report.',
  );
  process.exit(1);
}
