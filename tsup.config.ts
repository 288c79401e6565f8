import { defineConfig } from 'tsup';

// The `tcns` command, bundled into one file. The library itself is built by tsc, one module per
// source file (scripts/build.mjs).
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
    // The CLI uses the library the way a user does: by its package name, resolved at run time.
    external: ['to-cong-nghe-so'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
