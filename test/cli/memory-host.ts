import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliHost, HostProgress, HostPrompts, Style } from '../../examples/cli/host.js';
import { runCli } from '../../examples/cli/run.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** An in-memory machine for `runCli`: files in a map, a fixed clock, no terminal. */
export interface MemoryHost extends CliHost {
  readonly store: Map<string, Uint8Array>;
  /** The progress bars started: their totals and the updates they got. */
  readonly bars: { label: string; total: number; updates: number[]; stopped: boolean }[];
  /** Reads a file of the store as text. */
  text(path: string): string | undefined;
  /** Writes a file of the store. */
  put(path: string, content: string | Uint8Array): void;
}

export interface MemoryHostOptions {
  now?: Date;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  prompts?: HostPrompts;
  progress?: boolean;
}

/** The folder the memory host works in. */
export const CWD = '/work/commune';

export function memoryHost(options: MemoryHostOptions = {}): MemoryHost {
  const store = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  const bars: MemoryHost['bars'] = [];
  let temp = 0;
  const put = (path: string, content: string | Uint8Array) => {
    store.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  };
  const isFolder = (path: string) => [...store.keys()].some((k) => k.startsWith(`${path}/`));
  const host: MemoryHost = {
    version: '1.2.3',
    cwd: CWD,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    stdinIsTTY: options.tty ?? false,
    now: () => options.now ?? new Date('2026-11-05T02:30:00Z'),
    store,
    bars,
    text: (path) => {
      const bytes = store.get(path);
      return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    },
    put,
    files: {
      read: async (path) => {
        const bytes = store.get(path);
        if (bytes) return bytes;
        const error = new Error(`ENOENT: ${path}`) as Error & { code: string };
        error.code = isFolder(path) ? 'EISDIR' : 'ENOENT';
        throw error;
      },
      writeAtomic: async (path, text) => put(path, text),
      exists: async (path) => store.has(path) || isFolder(path),
      list: async (path) =>
        [...store.keys()]
          .filter((k) => k.startsWith(`${path}/`))
          .map((k) => k.slice(path.length + 1).split('/')[0] ?? ''),
      makeTempDir: async (prefix) => `/tmp/${prefix}${++temp}`,
      remove: async (path) => {
        for (const key of [...store.keys()]) {
          if (key === path || key.startsWith(`${path}/`)) store.delete(key);
        }
      },
    },
    packageFile: (relative) => {
      const path = `/package/${relative}`;
      if (!store.has(path)) put(path, readFileSync(`${ROOT}${relative}`));
      return path;
    },
    style: (style: Style, text: string) => `<${style}>${text}</${style}>`,
    ...(options.progress
      ? {
          progress: async (label: string, total: number): Promise<HostProgress> => {
            const bar = { label, total, updates: [] as number[], stopped: false };
            bars.push(bar);
            return { update: (n) => bar.updates.push(n), stop: () => (bar.stopped = true) };
          },
        }
      : {}),
    ...(options.prompts ? { prompts: async () => options.prompts as HostPrompts } : {}),
  };
  return host;
}

/** Runs the CLI on a memory host. */
export function tcns(host: CliHost, ...args: string[]) {
  return runCli(args, host);
}

/** The path of a file in the working folder. */
export function at(relative: string): string {
  return `${CWD}/${relative}`;
}

/** A file of the repository, as text. */
export function repoFile(relative: string): string {
  return readFileSync(`${ROOT}${relative}`, 'utf8');
}

/** The folder of a path. */
export { dirname };
