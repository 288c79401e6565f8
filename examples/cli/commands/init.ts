/**
 * `tcns init [folder]`: a workspace for a commune — `team.json` with its `$schema`, the schema
 * beside it, and a short README.
 */
import { join } from 'node:path';
import type { Context, Handler } from '../context.js';
import {
  composeTeam,
  messageOf,
  serializeTeam,
  type TeamListsInput,
  type TemplateChoice,
  templates,
  validateTeam,
} from '../library.js';
import { wrote } from '../output.js';
import { list, type StarterAnswers, starterLists } from '../starter.js';
import { CliError, count, failure, usage, type Words } from '../text.js';
import { decodeText, FILES, parseDate, todayInVietnam } from '../workspace.js';

const KINDS = ['commune', 'ward', 'specialZone'] as const;
type Kind = (typeof KINDS)[number];

const README: Words = {
  vi: `# Thư mục làm việc của Tổ công nghệ số cộng đồng

| tệp | nội dung |
|---|---|
| \`team.json\` | tổ: địa bàn, cơ quan, chức vụ, người, vị trí, chuỗi báo cáo (kiểm tra: \`tcns team validate\`) |
| \`schema/team.schema.json\` | JSON Schema để trình soạn thảo gợi ý và kiểm tra \`team.json\` |
| \`data/values.csv\` | số liệu các thôn (do \`tcns data import\` ghi) |
| \`data/activities.json\` | hoạt động của tổ (tùy chọn) |
| \`plan.json\` | kế hoạch, việc được giao (tùy chọn, cho \`tcns tasks overdue\`) |
| \`reports/\` | báo cáo do \`tcns report build\` lập |

Các bước hằng tháng:

\`\`\`sh
tcns data sheet 2026-10 --each        # phiếu nhập cho từng trưởng thôn (sheets/2026-10/*.csv)
tcns data import sheets/2026-10/*.csv # nhập phiếu đã điền; có lỗi thì không ghi gì
tcns report build 2026-10             # lập báo cáo theo chuỗi
tcns report status 2026-10            # ai chưa nộp, ai nộp muộn
tcns report message 2026-10           # tin nhắn nhóm Zalo, sẵn để dán
\`\`\`

Hướng dẫn: https://to-cong-nghe-so.github.io/to-cong-nghe-so/
`,
  en: `# Community Digital Technology Team workspace

| file | contents |
|---|---|
| \`team.json\` | the team: places, bodies, offices, people, seats, reporting chain (check it: \`tcns team validate\`) |
| \`schema/team.schema.json\` | JSON Schema so that editors complete and check \`team.json\` |
| \`data/values.csv\` | the villages' data (written by \`tcns data import\`) |
| \`data/activities.json\` | the team's activities (optional) |
| \`plan.json\` | the plan and assigned tasks (optional, for \`tcns tasks overdue\`) |
| \`reports/\` | reports built by \`tcns report build\` |

Every month:

\`\`\`sh
tcns data sheet 2026-10 --each        # an entry sheet per village head (sheets/2026-10/*.csv)
tcns data import sheets/2026-10/*.csv # import the filled sheets; nothing is written on any error
tcns report build 2026-10             # build the reports up the chain
tcns report status 2026-10            # who has not reported, who was late
tcns report message 2026-10           # the Zalo group message, ready to paste
\`\`\`

Guide: https://to-cong-nghe-so.github.io/to-cong-nghe-so/
`,
};

function cancelled(): CliError {
  return failure('cancelled', { vi: 'Đã hủy, không ghi gì.', en: 'Cancelled; nothing written.' });
}

function findTemplate(id: string): TemplateChoice {
  const found = templates().find((t) => t.id === id);
  if (!found) {
    const ids = templates()
      .map((t) => t.id)
      .join(', ');
    throw usage('unknown_template', {
      vi: `Không có mẫu "${id}". Các mẫu: ${ids}.`,
      en: `No template "${id}". Templates: ${ids}.`,
    });
  }
  return found;
}

interface Raw {
  template: string;
  commune?: string | undefined;
  kind?: string | undefined;
  province?: string | undefined;
  villages?: string | undefined;
  schools?: string | undefined;
  leader?: string | undefined;
  members?: string | undefined;
}

/** Asks on a terminal for what the options did not give. */
async function ask(context: Context, raw: Raw): Promise<Raw> {
  const prompts = await context.host.prompts?.();
  if (!prompts) return raw;
  const t = context.t;
  const need = async (value: Promise<string | undefined>) => {
    const answer = await value;
    if (answer === undefined) throw cancelled();
    return answer.trim();
  };
  prompts.intro(
    t({
      vi: 'Tạo thư mục làm việc cho Tổ công nghệ số cộng đồng',
      en: 'A workspace for a Community Digital Technology Team',
    }),
  );
  const out: Raw = { ...raw };
  if (context.string('template') === undefined) {
    out.template = await need(
      prompts.select({
        message: t({ vi: 'Mẫu tổ', en: 'Team template' }),
        choices: templates().map((c) => ({ value: c.id, label: c.template.name[context.lang] })),
        initialValue: raw.template,
      }),
    );
  }
  if (out.commune === undefined) {
    const hasExample = findTemplate(out.template).example !== undefined;
    out.commune = await need(
      prompts.text({
        message: t({
          vi: hasExample ? 'Tên xã, phường (để trống: dùng ví dụ có sẵn)' : 'Tên xã, phường',
          en: hasExample
            ? 'Commune or ward name (empty: the bundled example)'
            : 'Commune or ward name',
        }),
        placeholder: 'Đắk Nia',
      }),
    );
  }
  if (out.commune === '') return { ...out, commune: undefined };
  if (out.kind === undefined) {
    out.kind = await need(
      prompts.select({
        message: t({ vi: 'Loại đơn vị', en: 'Kind of unit' }),
        choices: [
          { value: 'commune', label: t({ vi: 'xã', en: 'commune (xã)' }) },
          { value: 'ward', label: t({ vi: 'phường', en: 'ward (phường)' }) },
          { value: 'specialZone', label: t({ vi: 'đặc khu', en: 'special zone (đặc khu)' }) },
        ],
      }),
    );
  }
  out.province ??= await need(
    prompts.text({
      message: t({ vi: 'Tỉnh, thành phố', en: 'Province' }),
      placeholder: 'Lâm Đồng',
    }),
  );
  out.villages ??= await need(
    prompts.text({
      message: t({
        vi: 'Các thôn, tổ dân phố (cách nhau bởi dấu phẩy)',
        en: 'Villages (comma-separated)',
      }),
      placeholder: 'thôn 1, thôn 2, bon Bu Sir',
    }),
  );
  const scope = findTemplate(out.template).template.scope;
  if (scope === 'commune') {
    out.schools ??= await need(
      prompts.text({
        message: t({
          vi: 'Các trường học (cách nhau bởi dấu phẩy)',
          en: 'Schools (comma-separated)',
        }),
      }),
    );
  }
  out.leader ??= await need(
    prompts.text({
      message: t({
        vi: scope === 'village' ? 'Họ tên trưởng thôn (Tổ trưởng)' : 'Họ tên Tổ trưởng',
        en: scope === 'village' ? "The village head's name (the leader)" : "The leader's name",
      }),
    }),
  );
  if (scope === 'village') {
    out.members ??= await need(
      prompts.text({
        message: t({
          vi: 'Các tổ viên (ít nhất 2, cách nhau bởi dấu phẩy)',
          en: 'Members (at least 2, comma-separated)',
        }),
      }),
    );
  }
  prompts.outro(t({ vi: 'Đang ghi các tệp…', en: 'Writing the files…' }));
  return out;
}

export const init: Handler = async (context) => {
  const folder = context.resolvePath(context.args[0] ?? '.');
  const teamPath = join(folder, FILES.team);
  if ((await context.host.files.exists(teamPath)) && !context.flag('force')) {
    throw failure(
      'file_exists',
      {
        vi: 'Đã có team.json ở đây; thêm --force để ghi đè.',
        en: 'There is a team.json here already; add --force to overwrite it.',
      },
      { file: context.showPath(teamPath) },
    );
  }
  let raw: Raw = {
    template: context.string('template') ?? templates()[0]?.id ?? '',
    commune: context.string('commune'),
    kind: context.string('kind'),
    province: context.string('province'),
    villages: context.string('villages'),
    schools: context.string('schools'),
    leader: context.string('leader'),
    members: context.string('members'),
  };
  findTemplate(raw.template);
  const interactive =
    !context.flag('yes') && !context.json && context.host.stdinIsTTY && context.host.stdoutIsTTY;
  if (interactive) raw = await ask(context, raw);
  else if (!context.flag('yes') && raw.commune === undefined) {
    throw usage('missing_option', {
      vi: 'Không có terminal để hỏi: thêm --commune (và các tùy chọn khác), hoặc --yes để dùng ví dụ có sẵn.',
      en: 'No terminal to ask on: give --commune (and other options), or --yes for the bundled example.',
    });
  }
  const choice = findTemplate(raw.template);
  const from = context.string('from');
  let lists: TeamListsInput;
  if (raw.commune === undefined) {
    if (!choice.example) {
      throw usage('missing_option', {
        vi: `Mẫu "${choice.id}" không có ví dụ có sẵn: cần --commune.`,
        en: `Template "${choice.id}" has no bundled example: --commune is needed.`,
      });
    }
    lists = choice.example;
  } else {
    const kind = (raw.kind ?? 'commune') as Kind;
    if (!KINDS.includes(kind)) {
      throw usage('invalid_option', {
        vi: `Loại đơn vị phải là ${KINDS.join(', ')}.`,
        en: `The kind of unit must be ${KINDS.join(', ')}.`,
      });
    }
    const answers: StarterAnswers = {
      template: choice.template,
      communeName: raw.commune.normalize('NFC').trim(),
      communeKind: kind,
      ...(raw.province ? { provinceName: raw.province.normalize('NFC').trim() } : {}),
      villages: list(raw.villages),
      schools: list(raw.schools),
      ...(raw.leader ? { leader: raw.leader } : {}),
      members: list(raw.members),
      from: from === undefined ? todayInVietnam(context) : parseDate(from, '--from'),
    };
    lists = starterLists(answers);
  }
  const composed = composeTeam(choice.template, lists);
  if (composed.isErr()) {
    throw new CliError(
      composed.error.map((p) => ({
        code: p.code,
        severity: 'error' as const,
        message: messageOf(p),
        path: p.path,
      })),
    );
  }
  const { team } = composed.value;
  const schemaPath = join(folder, FILES.schema);
  const schema = decodeText(
    await context.host.files.read(context.host.packageFile('schema/team.schema.json')),
    'schema/team.schema.json',
  );
  const readmePath = join(folder, FILES.readme);
  await context.host.files.writeAtomic(schemaPath, schema);
  await context.host.files.writeAtomic(
    teamPath,
    serializeTeam({ $schema: './schema/team.schema.json', ...team }),
  );
  const notes = [wrote(context, teamPath), wrote(context, schemaPath)];
  if (!(await context.host.files.exists(readmePath))) {
    await context.host.files.writeAtomic(readmePath, README[context.lang]);
    notes.push(wrote(context, readmePath));
  }
  const checked = validateTeam(team);
  const found = checked.isErr() ? checked.error : checked.value.warnings;
  const errors = found.filter((p) => p.severity === 'error').length;
  const warnings = found.filter((p) => p.severity !== 'error').length;
  const where = context.showPath(folder);
  const next = where === '.' ? '' : ` -C ${where}`;
  const lines = [
    context.t({
      vi: `Đã tạo ${team.name.vi}: ${team.seats.length} vị trí (${errors} lỗi, ${warnings} cảnh báo).`,
      en: `Created the ${team.name.en}: ${count(team.seats.length, 'seat')} (${count(errors, 'error')}, ${count(warnings, 'warning')}).`,
    }),
    context.t({
      vi: `Tiếp theo: sửa team.json (tên người, thôn, trường), rồi chạy: tcns team validate${next}`,
      en: `Next: edit team.json (names of people, villages, schools), then run: tcns team validate${next}`,
    }),
  ];
  return {
    text: `${lines.join('\n')}\n`,
    notes,
    data: {
      folder: where,
      template: choice.id,
      team: team.id,
      seats: team.seats.length,
      errors,
      warnings,
    },
  };
};
