/** The admin command: communes, tokens, backup. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAdmin } from '../../examples/server/admin.js';
import { openSqliteStore } from '../../examples/server/store/sqlite.js';
import { freshStore } from './helpers.js';

const FEB = new Date('2025-02-14T09:00:00+07:00');
const NOV_2026 = new Date('2026-11-29T09:00:00+07:00');

describe('the admin command', () => {
  it('registers communes, issues tokens to today’s holders only, lists and revokes them', async () => {
    const { store, dispose } = await freshStore('sqlite');
    try {
      expect((await runAdmin(['commune', 'add', '--sample'], store, FEB)).stdout).toBe(
        'dak-nia registered\n',
      );
      expect((await runAdmin(['commune', 'list'], store, FEB)).stdout).toMatch(
        /^dak-nia\tlam-dong\tteam v1/u,
      );
      const issued = await runAdmin(
        ['token', 'issue', '--commune', 'dak-nia', '--seat', 'deputies/farmers'],
        store,
        FEB,
      );
      expect(issued.stdout).toMatch(/^tcns_[0-9a-f]{16}_[\w-]{43}\n$/u);
      const vacant = await runAdmin(
        ['token', 'issue', '--commune', 'dak-nia', '--seat', 'deputies/farmers'],
        store,
        NOV_2026,
      );
      expect(vacant).toMatchObject({
        exitCode: 1,
        stderr: expect.stringContaining('has no holder'),
      });
      const unknown = await runAdmin(
        ['token', 'issue', '--commune', 'dak-nia', '--seat', 'nope'],
        store,
        FEB,
      );
      expect(unknown.exitCode).toBe(1);
      const body = await runAdmin(
        ['token', 'issue', '--commune', 'dak-nia', '--body', 'dak-nia-pc'],
        store,
        FEB,
      );
      expect(body.exitCode).toBe(0);
      const list = await runAdmin(['token', 'list'], store, FEB);
      expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(2);
      expect(list.stdout).not.toContain(issued.stdout.trim());
      const revoked = await runAdmin(['token', 'revoke', issued.stdout.trim()], store, FEB);
      expect(revoked.exitCode).toBe(0);
      expect((await runAdmin(['token', 'revoke', issued.stdout.trim()], store, FEB)).exitCode).toBe(
        1,
      );
      expect((await runAdmin(['token', 'frobnicate'], store, FEB)).exitCode).toBe(2);
      expect((await runAdmin(['--nope'], store, FEB)).exitCode).toBe(2);
    } finally {
      await dispose();
    }
  });

  it('backs a live SQLite database up to a file that opens', async () => {
    const { store, dispose, file } = await freshStore('sqlite');
    const dir = mkdtempSync(join(tmpdir(), 'tcns-backup-'));
    try {
      await runAdmin(['commune', 'add', '--sample'], store, FEB);
      const target = join(dir, 'copy.sqlite');
      const result = await runAdmin(['backup', target], store, FEB, { sqliteFile: file ?? '' });
      expect(result.exitCode).toBe(0);
      expect(existsSync(target)).toBe(true);
      const copy = openSqliteStore({ file: target });
      expect((await copy.listCommunes()).map((c) => c.id)).toEqual(['dak-nia']);
      await copy.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await dispose();
    }
  });
});
