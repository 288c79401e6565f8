#!/usr/bin/env node
// The build (`npm run build`): the library as one JavaScript module and one declaration file per
// source file, in ESM (dist/esm) and CommonJS (dist/cjs), so that bundlers keep only what an app
// imports (the package declares `sideEffects: false`); then the `tcns` command bundled by tsup.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
await Promise.all([
  run(bin('tsc'), ['-p', 'tsconfig.build.json']),
  run(bin('tsc'), ['-p', 'tsconfig.build.cjs.json']),
]);
// Each half says which module system its .js and .d.ts files use, and, as the package itself
// does, that its modules have no side effects (bundlers read the nearest package.json).
for (const [dir, type] of [
  ['esm', 'module'],
  ['cjs', 'commonjs'],
]) {
  mkdirSync(join(root, 'dist', dir), { recursive: true });
  writeFileSync(
    join(root, 'dist', dir, 'package.json'),
    `${JSON.stringify({ type, sideEffects: false })}\n`,
  );
}
await run(bin('tsup'), []);
