import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Builds the package once when `dist/cli.js` is missing (`npm test` builds it before). */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  if (existsSync(`${root}dist/cli.js`) && existsSync(`${root}dist/node/index.js`)) return;
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}
