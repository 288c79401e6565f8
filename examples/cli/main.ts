/**
 * `tcns` — the command-line tool of `to-cong-nghe-so`. A thin shell over the library: it parses
 * arguments, calls the public API by the package's name, and prints. Data goes to stdout,
 * diagnostics to stderr; exit 0 on success, 1 on a domain failure, 2 on a usage error.
 */
import { parseArgs, styleText } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { runCli } from './run.js';

const { stdout, stderr, exitCode } = runCli(process.argv.slice(2), {
  version: packageJson.version,
  parseArgs,
  styleError: (text) => styleText('red', text, { stream: process.stderr }),
});
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = exitCode;
