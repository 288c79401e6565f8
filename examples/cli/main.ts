/**
 * `tcns` — the command-line tool of `to-cong-nghe-so`. A thin shell over the library: it parses
 * arguments, calls the public API by the package's name, and prints. Data goes to stdout,
 * diagnostics to stderr; exit 0 on success, 1 on a domain failure, 2 on a usage error.
 *
 * `tcns --version` is answered here, before anything else is loaded, so that it costs little
 * more than starting Node.js. Any other command loads the command's code (`cli/commands.cjs`,
 * built next to this file) through V8's code cache (see `compile-cache.ts`).
 */
import packageJson from '../../package.json' with { type: 'json' };

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${packageJson.version}\n`);
} else {
  const { fileURLToPath } = await import('node:url');
  const { cacheFolder, requireCached } = await import('./compile-cache.js');
  // The cache of a command holds the code that command runs: `report build` its own.
  const command =
    args
      .filter((arg) => /^[a-z][a-z-]*$/u.test(arg))
      .slice(0, 2)
      .join('-') || 'tcns';
  const { main } = requireCached(
    fileURLToPath(new URL('./cli/commands.cjs', import.meta.url)),
    cacheFolder(process.env),
    command,
  ) as typeof import('./node-host.js');
  await main(args, packageJson.version);
}
