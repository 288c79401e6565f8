import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HELP, runCli } from '../../examples/cli/run.js';

const host = { version: '1.2.3', parseArgs, styleError: (text: string) => `!${text}` };

describe('tcns', () => {
  it('prints the version', () => {
    expect(runCli(['--version'], host)).toEqual({ stdout: '1.2.3\n', stderr: '', exitCode: 0 });
    expect(runCli(['-v'], host).stdout).toBe('1.2.3\n');
  });

  it('prints help with no arguments or with --help', () => {
    expect(runCli([], host)).toEqual({ stdout: HELP, stderr: '', exitCode: 0 });
    expect(runCli(['-h'], host).stdout).toBe(HELP);
  });

  it('exits 2 on an unknown option or command, with the help on stderr', () => {
    const option = runCli(['--bogus'], host);
    expect(option.exitCode).toBe(2);
    expect(option.stdout).toBe('');
    expect(option.stderr).toContain('--bogus');
    expect(option.stderr).toContain(HELP);
    const command = runCli(['team', 'validate'], host);
    expect(command.exitCode).toBe(2);
    expect(command.stderr).toContain('Unknown command: "team validate"');
  });
});
