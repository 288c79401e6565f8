/**
 * `npm run serve:admin -- <command>` — the administrator's commands, run on the server's
 * database (the same settings as the server: TCNS_DATABASE_URL or TCNS_SQLITE_FILE).
 *
 *   commune add --id <id> --team <team.json> [--province <id>]   register or replace a team
 *   commune add --sample                                          register the bundled sample
 *   commune list
 *   token issue --commune <id> --seat <seat> [--label <text>]     a token for the seat's holder today
 *   token issue --commune <id> --body <body> [--label <text>]     a token for a body (People's Committee)
 *   token issue --province <id> [--label <text>]                  a token for a province's readers
 *   token list [--commune <id>]
 *   token revoke <token-id>
 *   backup <file>                                                 SQLite online backup
 *   migrate                                                       apply the migrations
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { holderOf, parseTeam, serializeTeam, validateTeam } from 'to-cong-nghe-so';
import { clockFromEnv, vietnamTimestamp, vietnamToday } from './clock.js';
import { openStore, readConfig } from './config.js';
import { registerSample } from './sample.js';
import { backupSqlite } from './store/sqlite.js';
import type { Store } from './store/store.js';
import { newToken } from './tokens.js';

/** What a command printed and its exit code. */
export interface AdminResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

const USAGE = `Cách dùng / Usage: npm run serve:admin -- <command>
  commune add --id <id> --team <team.json> [--province <id>]
  commune add --sample
  commune list
  token issue --commune <id> --seat <seat> [--label <text>]
  token issue --commune <id> --body <body> [--label <text>]
  token issue --province <id> [--label <text>]
  token list [--commune <id>]
  token revoke <token-id>
  backup <file>
  migrate
`;

const OPTIONS = {
  id: { type: 'string' },
  team: { type: 'string' },
  province: { type: 'string' },
  sample: { type: 'boolean' },
  commune: { type: 'string' },
  seat: { type: 'string' },
  body: { type: 'string' },
  label: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const ok = (stdout: string): AdminResult => ({ stdout, stderr: '', exitCode: 0 });
const failed = (stderr: string, exitCode: 1 | 2 = 1): AdminResult => ({
  stdout: '',
  stderr: `${stderr}\n`,
  exitCode,
});

/** Runs one admin command on a store. */
export async function runAdmin(
  args: readonly string[],
  store: Store,
  now: Date,
  options: { sqliteFile?: string } = {},
): Promise<AdminResult> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return failed(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [noun, verb, arg] = positionals;
  const at = vietnamTimestamp(now);
  const today = vietnamToday(now);
  await store.migrate();
  const command = noun === 'backup' || noun === 'migrate' ? noun : `${noun ?? ''} ${verb ?? ''}`;
  switch (command) {
    case 'migrate':
      return ok(`schema version ${await store.schemaVersion()}\n`);
    case 'commune add': {
      if (values.sample) {
        const added = await registerSample(store, at);
        return ok(added ? 'dak-nia registered\n' : 'dak-nia already registered\n');
      }
      if (!values.id || !values.team) return failed(`--id and --team are needed\n\n${USAGE}`, 2);
      const team = parseTeam(readFileSync(values.team, 'utf8'));
      if (team.isErr()) {
        return failed(
          team.error
            .map((p) => `${p.path.join('.')}: ${p.message.vi} / ${p.message.en}`)
            .join('\n'),
        );
      }
      const valid = validateTeam(team.value);
      if (valid.isErr()) {
        return failed(
          valid.error
            .filter((p) => p.severity === 'error')
            .map((p) => `${p.path.join('.')}: ${p.message.vi} / ${p.message.en}`)
            .join('\n'),
        );
      }
      await store.upsertCommune(values.id, values.province ?? null, serializeTeam(team.value), at);
      return ok(`${values.id} registered\n`);
    }
    case 'commune list': {
      const communes = await store.listCommunes();
      return ok(
        communes
          .map(
            (c) => `${c.id}\t${c.province ?? '-'}\tteam v${c.teamVersion}\tdata v${c.dataVersion}`,
          )
          .join('\n') + (communes.length ? '\n' : ''),
      );
    }
    case 'token issue': {
      const token = newToken();
      const base = {
        id: token.id,
        secretHash: token.secretHash,
        commune: null,
        seat: null,
        person: null,
        body: null,
        province: null,
        label: values.label ?? null,
        createdAt: at,
        revokedAt: null,
      };
      if (values.province && !values.commune) {
        await store.insertToken({ ...base, kind: 'province', province: values.province });
        return ok(`${token.token}\n`);
      }
      if (!values.commune || (!values.seat && !values.body)) {
        return failed(`--commune with --seat or --body, or --province, is needed\n\n${USAGE}`, 2);
      }
      const row = await store.getCommune(values.commune);
      if (!row) return failed(`Không có xã "${values.commune}" / no commune "${values.commune}"`);
      const team = parseTeam(row.team);
      if (team.isErr()) return failed('the stored team does not parse');
      if (values.body) {
        if (!team.value.bodies.some((b) => b.id === values.body)) {
          return failed(
            `Tổ không có cơ quan "${values.body}" / the team has no body "${values.body}"`,
          );
        }
        await store.insertToken({
          ...base,
          kind: 'body',
          commune: values.commune,
          body: values.body,
        });
        return ok(`${token.token}\n`);
      }
      const seat = values.seat ?? '';
      const holder = holderOf(team.value, seat, today);
      if (holder.isErr()) return failed(`${holder.error.message.vi} / ${holder.error.message.en}`);
      if (!holder.value) {
        return failed(
          `Ngày ${today}, vị trí "${seat}" không có người giữ / on ${today}, seat "${seat}" has no holder`,
        );
      }
      await store.insertToken({
        ...base,
        kind: 'seat',
        commune: values.commune,
        seat,
        person: holder.value.id,
      });
      return ok(`${token.token}\n`);
    }
    case 'token list': {
      const tokens = await store.listTokens(values.commune);
      return ok(
        tokens
          .map((t) =>
            [
              t.id,
              t.kind,
              t.commune ?? t.province ?? '-',
              t.seat ?? t.body ?? '-',
              t.person ?? '-',
              t.revokedAt ? `revoked ${t.revokedAt}` : 'valid',
              t.label ?? '',
            ].join('\t'),
          )
          .join('\n') + (tokens.length ? '\n' : ''),
      );
    }
    case 'token revoke': {
      if (!arg) return failed(`token id needed\n\n${USAGE}`, 2);
      const id = arg.startsWith('tcns_') ? (arg.split('_')[1] ?? arg) : arg;
      return (await store.revokeToken(id, at))
        ? ok(`${id} revoked\n`)
        : failed(`Không có mã còn hiệu lực "${id}" / no valid token "${id}"`);
    }
    case 'backup': {
      const target = verb;
      if (!target) return failed(`backup file needed\n\n${USAGE}`, 2);
      if (store.engine !== 'sqlite' || !options.sqliteFile) {
        return failed('PostgreSQL: use pg_dump (see docs/server.md)');
      }
      await backupSqlite(options.sqliteFile, target);
      return ok(`backed up to ${target}\n`);
    }
    default:
      return failed(USAGE, 2);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = readConfig(process.env);
  const store = openStore(config);
  try {
    const result = await runAdmin(
      process.argv.slice(2),
      store,
      clockFromEnv(config.TCNS_TODAY)(),
      config.TCNS_DATABASE_URL ? {} : { sqliteFile: config.TCNS_SQLITE_FILE },
    );
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  } finally {
    await store.close();
  }
}
