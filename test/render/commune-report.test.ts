import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ReportSchema,
  renderCommuneReport,
  renderGroupMessage,
  renderReportMarkdown,
  type Team,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { sampleMonth } from './sample-month.js';

const team = dakNia2022Team();
const { book, leader } = sampleMonth();

const unsubmitted = ReportSchema.parse({
  id: 'draft',
  kind: 'periodic',
  period: '2025-01',
  from: 'leader/1',
  to: 'dak-nia-pc',
  submittedAt: '2025-02-20T14:00:00+07:00',
});

const adHoc = ReportSchema.parse({
  id: 'nhanh',
  kind: 'adHoc',
  request: {
    id: 'cv-12',
    title: { vi: 'Báo cáo nhanh số hộ có VNeID', en: 'Quick report on households with VNeID' },
    requestedOn: '2025-01-20',
    due: '2025-01-22',
  },
  from: 'leader/1',
  holder: 'quan-thi-ngoc',
  to: 'dak-nia-pc',
  submittedAt: '2025-01-21T10:00:00+07:00',
  results: [{ text: '1.092 hộ, 640 hộ có VNeID', from: 'leader/1' }],
});

describe("the People's Committee report", () => {
  it('is signed by the holder of the seat on the date, and never with an empty signer', () => {
    const { text } = renderCommuneReport(team, unsubmitted, { number: 3 })._unsafeUnwrap();
    expect(text.trimEnd().split('\n').slice(-3)).toEqual(['TỔ TRƯỞNG', '', 'Quản Thị Ngọc']);
    const vacant: Team = {
      ...team,
      seatHoldings: team.seatHoldings.filter((h) => h.seatId !== 'leader/1'),
    };
    const problem = renderCommuneReport(vacant, unsubmitted, { number: 3 })._unsafeUnwrapErr();
    expect(problem).toMatchObject({ code: 'no_signer', severity: 'error', path: ['from'] });
    expect(problem.message.vi).toContain('Tổ trưởng');
    // A signature given by the caller is used as written, e.g. while the seat is vacant.
    const signed = renderCommuneReport(vacant, unsubmitted, {
      number: 3,
      signature: { authorities: [], title: 'Q. Tổ trưởng', name: 'Nguyễn Văn A' },
    })._unsafeUnwrap();
    expect(signed.text).toContain('Q. TỔ TRƯỞNG\n\nNguyễn Văn A');
  });

  it('signs on behalf of the team with "TM."', () => {
    const { text, markdown } = renderCommuneReport(team, leader, {
      number: 5,
      signature: {
        authorities: [{ prefix: 'TM', authority: 'Tổ công nghệ số cộng đồng' }],
        title: 'Tổ trưởng',
        name: 'Quản Thị Ngọc',
      },
    })._unsafeUnwrap();
    expect(text).toContain('TM. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG\nTỔ TRƯỞNG\n\nQuản Thị Ngọc');
    expect(markdown).toContain('**TM. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG**');
  });

  it("lists only the villages' reports in section II", () => {
    const { text } = renderCommuneReport(team, leader, { number: 5 })._unsafeUnwrap();
    const lines = text.split('\n');
    const start = lines.indexOf('II. TÌNH HÌNH BÁO CÁO CỦA CÁC THÔN');
    const section = lines.slice(start, lines.indexOf('III. KHÓ KHĂN, VƯỚNG MẮC'));
    const villageHeads = book.filter((r) => r.report.from.startsWith('village-heads/')).length;
    expect(section.join('\n')).toContain(`Nhận ${villageHeads}/6 báo cáo của các thôn`);
    expect(section.join('\n')).not.toMatch(/Tổ phó|Tổ trưởng/u);
  });

  it('heads an ad-hoc report by its request, as written, without doubling "báo cáo"', () => {
    const { text, markdown } = renderCommuneReport(team, adHoc, { number: 7 })._unsafeUnwrap();
    const [message] = renderGroupMessage(team, adHoc);
    const table = renderReportMarkdown(team, adHoc);
    for (const out of [text, markdown, message ?? '', table]) {
      expect(out).not.toMatch(/BÁO CÁO[^\n]*BÁO CÁO/u);
      expect(out).not.toMatch(/báo cáo\s+báo cáo/iu);
      expect(out).not.toContain('VNEID');
      expect(out).toContain('VNeID');
    }
    expect(text.split('\n')).toContain('Nhanh số hộ có VNeID');
    expect(text).toContain('1.092 hộ, 640 hộ có VNeID');
    expect(message?.split('\n').slice(0, 2)).toEqual([
      'BÁO CÁO ĐỘT XUẤT',
      'Nội dung: Báo cáo nhanh số hộ có VNeID',
    ]);
  });
});

describe('the golden sample month', () => {
  const golden = (name: string) =>
    readFileSync(join(import.meta.dirname, 'golden', name), 'utf8').split('\n');
  const people = new Map(team.people.map((p) => [p.id, p.name]));
  const results = book.flatMap(({ report }) =>
    report.id === leader.id
      ? []
      : report.results
          .filter((n) => (n.from ?? report.from) === report.from)
          .map((n) => ({ report, text: n.text })),
  );

  it('has results from members and deputies, and the leader has its own', () => {
    expect(new Set(results.map((r) => r.report.from.split('/')[0]))).toEqual(
      new Set(['village-heads', 'deputies']),
    );
    expect(leader.results.some((n) => n.from === undefined || n.from === leader.from)).toBe(true);
  });

  it.each(['leader-group-message.txt', 'leader-commune-report.txt', 'leader-commune-report.md'])(
    "writes every member's and deputy's result once in %s, with its origin",
    (name) => {
      const lines = golden(name);
      for (const { report, text } of results) {
        const holding = lines.filter((line) => line.includes(text));
        expect(holding, text).toHaveLength(1);
        expect(holding[0]).toContain(people.get(report.holder ?? '') ?? '?');
      }
      expect(renderGroupMessage(team, leader, { maxLength: 100_000 })[0]).toBe(
        golden('leader-group-message.txt').join('\n').trimEnd(),
      );
    },
  );
});
