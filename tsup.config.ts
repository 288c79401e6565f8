import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

/** The licences the CLI may bundle. */
const ALLOWED_LICENCES = /^(MIT|ISC|0BSD|BSD-2-Clause|BSD-3-Clause|Apache-2\.0)$/u;

/** Where tsup writes esbuild's description of the CLI's build (removed once read). */
const METAFILE = 'dist/metafile-esm.json';

/**
 * Lists the third-party packages bundled into the CLI (from esbuild's metafile: every module with
 * bytes in an output) with their licence texts in `dist/cli/THIRD-PARTY-NOTICES.md`, and fails
 * the build on a licence that is not allowed.
 */
function writeNotices(): void {
  const meta = JSON.parse(readFileSync(METAFILE, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  rmSync(METAFILE);
  // Each bundled module's path, as `node_modules/a/node_modules/b/…`: the package is its folder.
  const folders = new Set<string>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const folder = /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)/u.exec(input)?.[1];
      if (folder && bytesInOutput > 0) folders.add(folder.slice(0, -1));
    }
  }
  const sections = [...folders].sort().map((dir) => {
    const name = dir.replace(/^.*node_modules\//u, '');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!ALLOWED_LICENCES.test(pkg.license)) {
      throw new Error(`${name} has licence ${pkg.license}, which the CLI may not bundle`);
    }
    const file = readdirSync(dir).find((f) => /^licen[cs]e/iu.test(f));
    // A package that ships no licence file is under the standard text of its licence.
    const text = file
      ? readFileSync(join(dir, file), 'utf8')
      : pkg.license === 'Apache-2.0' && existsSync('node_modules/typescript/LICENSE.txt')
        ? readFileSync('node_modules/typescript/LICENSE.txt', 'utf8')
        : `${pkg.license}`;
    return `## ${name} ${pkg.version} (${pkg.license})\n\n\`\`\`text\n${text.trim()}\n\`\`\`\n`;
  });
  writeFileSync(
    'dist/cli/THIRD-PARTY-NOTICES.md',
    `# Third-party software bundled in the tcns command\n\n${sections.join('\n')}`,
  );
}

// The `tcns` command: an entry file that answers `--version` alone, and chunks loaded on demand
// (the Node.js host, the command table, each command's code, the library, zod). The library's own
// builds are made by scripts/build.mjs.
export default defineConfig([
  {
    entry: { cli: 'examples/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    // The CLI's source uses the library the way a user does, by its package name; the build bundles
    // the library (from src/, through tsconfig's paths) and the packages it needs, so that a run
    // loads a few files instead of the library's chunks and zod's ~70 modules. The CLI's own
    // dependencies are devDependencies bundled here, so that the library's users do not install
    // them; each command's code is a chunk loaded when the command runs.
    noExternal: [
      'to-cong-nghe-so',
      'zod',
      'neverthrow',
      'papaparse',
      '@clack/prompts',
      '@humanwhocodes/momoa',
      'cli-progress',
      'write-file-atomic',
    ],
    splitting: true,
    metafile: true,
    // Minified, but with its names kept, so that a stack trace in a bug report can be read.
    minifyWhitespace: true,
    minifySyntax: true,
    // `__filename` for the CommonJS dependencies (write-file-atomic names its temporary files with it).
    shims: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    onSuccess: async () => writeNotices(),
    // CommonJS dependencies bundled into ES modules call `require` for Node's built-in modules.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __tcnsCreateRequire } from 'node:module';\nconst require = __tcnsCreateRequire(import.meta.url);",
    },
  },
]);
