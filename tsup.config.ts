import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

/** The licences the CLI may bundle. */
const ALLOWED_LICENCES = /^(MIT|ISC|0BSD|BSD-2-Clause|BSD-3-Clause|Apache-2\.0)$/u;

/** Where tsup writes esbuild's descriptions of the CLI's two builds (removed once read). */
const METAFILES = ['dist/metafile-esm.json', 'dist/metafile-cjs.json'];

/**
 * Lists the third-party packages bundled into the CLI (from esbuild's metafile: every module with
 * bytes in an output) with their licence texts in `dist/cli/THIRD-PARTY-NOTICES.md`, and fails
 * the build on a licence that is not allowed.
 */
function writeNotices(): void {
  // The two builds run side by side; the one that finishes last writes the notices of both.
  if (!METAFILES.every((file) => existsSync(file))) return;
  // Each bundled module's path, as `node_modules/a/node_modules/b/…`: the package is its folder.
  const folders = new Set<string>();
  for (const file of METAFILES) {
    const meta = JSON.parse(readFileSync(file, 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    rmSync(file);
    for (const output of Object.values(meta.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const folder = /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)/u.exec(input)?.[1];
        if (folder && bytesInOutput > 0) folders.add(folder.slice(0, -1));
      }
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

/** What both builds of the command share. */
const COMMON = {
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  metafile: true,
  // Minified, but with its names kept (identifiers are not minified), so that a stack trace in a
  // bug report can be read.
  minifyWhitespace: true,
  minifySyntax: true,
} as const;

// The `tcns` command, in two files:
// - `dist/cli.js`, its entry: it answers `--version` alone, and otherwise loads the command's
//   code through V8's code cache (examples/cli/compile-cache.ts, a chunk loaded on demand);
// - `dist/cli/commands.cjs`, the command's code: the Node.js host, the command table, the library
//   (from src/, through tsconfig's paths) and the packages it needs, in one CommonJS file, so that
//   a run reads one file and, from the second run of a command on, compiles next to nothing.
//   Libraries only some commands use are still loaded by those commands only.
// The CLI's source uses the library the way a user does, by its package name. The CLI's own
// dependencies are devDependencies bundled here, so that the library's users do not install them.
// The library's own builds are made by scripts/build.mjs.
export default defineConfig([
  {
    ...COMMON,
    entry: { cli: 'examples/cli/main.ts' },
    format: ['esm'],
    noExternal: ['env-paths', 'is-safe-filename'],
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    banner: { js: '#!/usr/bin/env node' },
    onSuccess: async () => writeNotices(),
  },
  {
    ...COMMON,
    entry: { 'cli/commands': 'examples/cli/node-host.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
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
    splitting: false,
    // `import.meta.url` in CommonJS (the host finds the package's files from it).
    shims: true,
    onSuccess: async () => writeNotices(),
  },
]);
