/**
 * What `tcns` needs from the machine it runs on. The core (`runCli`) does no I/O of its own: it
 * reads and writes files, reads the clock and the environment, and shows progress only through
 * this host, so that it can be run in tests without a process.
 */

/** The files the CLI reads and writes. Paths are absolute. */
export interface HostFiles {
  /** The bytes of a file; rejects with an error whose `code` is `ENOENT` when it does not exist. */
  read(path: string): Promise<Uint8Array>;
  /**
   * Writes a file atomically: to a temporary file beside it, then renamed over it, so that an
   * interrupted write never leaves a half-written file. Creates missing folders.
   */
  writeAtomic(path: string, text: string): Promise<void>;
  /** Whether a file or folder exists. */
  exists(path: string): Promise<boolean>;
  /** The names in a folder, or an empty list when it does not exist. */
  list(path: string): Promise<string[]>;
  /** Creates a new empty temporary folder and returns its path. */
  makeTempDir(prefix: string): Promise<string>;
  /** Removes a file or folder and everything in it. */
  remove(path: string): Promise<void>;
}

/** A progress bar on stderr. */
export interface HostProgress {
  /** Moves the bar to `done` of its total. */
  update(done: number): void;
  /** Removes the bar. */
  stop(): void;
}

/** One choice of a select prompt. */
export interface PromptChoice {
  /** The value returned when chosen. */
  readonly value: string;
  /** What the user sees. */
  readonly label: string;
}

/** Interactive questions on a terminal. Each resolves to `undefined` when the user cancels. */
export interface HostPrompts {
  /** Shows a heading. */
  intro(title: string): void;
  /** Asks for a line of text. */
  text(question: {
    message: string;
    placeholder?: string;
    initialValue?: string;
  }): Promise<string | undefined>;
  /** Asks to choose one of several values. */
  select(question: {
    message: string;
    choices: readonly PromptChoice[];
    initialValue?: string;
  }): Promise<string | undefined>;
  /** Shows a closing line. */
  outro(message: string): void;
}

/** Text styles, as `util.styleText` names them. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';

/** The machine `tcns` runs on. */
export interface CliHost {
  /** The version of the package. */
  readonly version: string;
  /** The working folder. */
  readonly cwd: string;
  /** The environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is a terminal. */
  readonly stderrIsTTY: boolean;
  /** Whether stdin is a terminal (prompts are shown only then). */
  readonly stdinIsTTY: boolean;
  /** The current instant. */
  now(): Date;
  /** The file system. */
  readonly files: HostFiles;
  /** The path of a file shipped in the package, e.g. `schema/team.schema.json`. */
  packageFile(relative: string): string;
  /** Styles text for a terminal (called only when colour is wanted). */
  style(style: Style, text: string): string;
  /** Starts a progress bar on stderr; absent where none can be shown. */
  progress?(label: string, total: number): Promise<HostProgress>;
  /** Loads the interactive prompts; absent where none can be shown. */
  prompts?(): Promise<HostPrompts>;
}

/** What a run of the CLI produced. */
export interface CliResult {
  /** Text for stdout. */
  readonly stdout: string;
  /** Text for stderr. */
  readonly stderr: string;
  /** 0 success, 1 domain failure (invalid data, a missing file), 2 usage error. */
  readonly exitCode: 0 | 1 | 2;
}
