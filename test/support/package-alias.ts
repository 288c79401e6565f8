import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src', import.meta.url));

/**
 * The package's entry points resolved to the sources, for every vitest config: `to-cong-nghe-so`
 * (src/index.ts) and `to-cong-nghe-so/<name>` (src/<name>/index.ts).
 */
export const packageAlias = [
  { find: /^to-cong-nghe-so$/u, replacement: `${src}/index.ts` },
  { find: /^to-cong-nghe-so\/(\w+)$/u, replacement: `${src}/$1/index.ts` },
];
