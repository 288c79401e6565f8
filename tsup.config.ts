import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    entry: { cli: 'examples/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    // The CLI uses the library the way a user does: by its package name, resolved at run time.
    external: ['to-cong-nghe-so'],
    // Its own dependencies are devDependencies bundled here, so that the library's users do not
    // install them; each command's code is a chunk loaded when the command runs.
    noExternal: ['@clack/prompts', '@humanwhocodes/momoa', 'cli-progress', 'write-file-atomic'],
    splitting: true,
    // `__filename` for the CommonJS dependencies (write-file-atomic names its temporary files with it).
    shims: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    // CommonJS dependencies bundled into ES modules call `require` for Node's built-in modules.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __tcnsCreateRequire } from 'node:module';\nconst require = __tcnsCreateRequire(import.meta.url);",
    },
  },
]);
