/**
 * Loads the command's code (one CommonJS file) with V8's code cache, so that a run does not
 * compile again the ~1 MB of code the last run of the same command compiled: the cache is
 * written when the process exits, after the command ran, so it holds the functions the command
 * used, not only the file's top level. This is what Node.js 22's `module.enableCompileCache()`
 * does; Node.js 20 has only the `vm` API for it.
 *
 * The cache lives in the user's cache folder (`~/.cache/tcns` on Linux, `~/Library/Caches/tcns`
 * on macOS, `%LOCALAPPDATA%\tcns\Cache` on Windows), or in `TCNS_CACHE_DIR`; about 1 MB per
 * command. `TCNS_NO_COMPILE_CACHE=1` (or Node's own `NODE_DISABLE_COMPILE_CACHE=1`) turns it off.
 * A cache that is missing, unreadable, from another build of the file or another Node.js, or in a
 * folder that others may write is never used; nothing here can make a command fail.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import envPaths from 'env-paths';

/** How CommonJS wraps a file's code (`require('node:module').wrap`). */
const WRAP = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/** Where compiled code is kept, or `undefined` when it must not be (see the file's comment). */
export function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.TCNS_NO_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const folder = env.TCNS_CACHE_DIR || envPaths('tcns', { suffix: '' }).cache;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const info = statSync(folder);
    // A folder that another user owns or may write could hold code this user would run.
    const uid = process.getuid?.();
    if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/** The cache file's name: the file's content, the command, and the Node.js that compiled it. */
function cacheName(source: string, command: string): { name: string; build: string } {
  const build = createHash('sha256')
    .update(`${process.version} ${process.arch}\n`)
    .update(source)
    .digest('hex')
    .slice(0, 16);
  return { name: `${build}-${command}.v8`, build };
}

/** Removes the caches of other builds (an earlier version of the package, another Node.js). */
function removeStale(folder: string, build: string): void {
  for (const file of readdirSync(folder)) {
    if (file.endsWith('.v8') && !file.startsWith(build))
      rmSync(join(folder, file), { force: true });
  }
}

/**
 * The compiled code in a cache file, when its checksum (the first 4 bytes, CRC-32 of the rest)
 * is right: V8 does not check code it is given, and damaged code could crash the process.
 */
function readCache(path: string): Buffer | undefined {
  try {
    const file = readFileSync(path);
    const data = file.subarray(4);
    return file.length > 4 && file.readUInt32BE(0) === crc32(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Requires a CommonJS file, compiled from the cache of `command` in `folder` when there is a
 * usable one; when there is none, writes it as the process exits.
 *
 * @param file - The CommonJS file (absolute path).
 * @param folder - The cache folder ({@link cacheFolder}), or `undefined` for a plain `require`.
 * @param command - The command run (letters, digits and `-`), which names the cache.
 * @returns The file's `module.exports`.
 */
export function requireCached(file: string, folder: string | undefined, command: string): unknown {
  const require = createRequire(file);
  if (folder === undefined) return require(file);
  const source = readFileSync(file, 'utf8');
  const { name, build } = cacheName(source, command);
  const path = join(folder, name);
  const cachedData = readCache(path);
  const script = new Script(`${WRAP[0]}${source}${WRAP[1]}`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    process.once('exit', () => {
      try {
        const temporary = `${path}.${process.pid}.tmp`;
        const data = script.createCachedData();
        const header = Buffer.alloc(4);
        header.writeUInt32BE(crc32(data));
        writeFileSync(temporary, Buffer.concat([header, data]), { mode: 0o600 });
        renameSync(temporary, path);
        removeStale(folder, build);
      } catch {
        // A cache that cannot be written is only slower next time.
      }
    });
  }
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
  return module.exports;
}
