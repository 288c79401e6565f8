import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_CSV_COLUMNS, renderReportCsv } from '../../src/csv/index.js';
import {
  consolidateReports,
  draftMemberReport,
  followUp,
  GROUP_MESSAGE_LIMITS,
  PlanSchema,
  type ReportRecord,
  ReportSchema,
  renderCommuneReport,
  renderGroupMessage,
  renderReportMarkdown,
  submitReport,
} from '../../src/index.js';
import { dakNia2022Team, dakNiaJanuary2025 } from '../../src/samples/index.js';
import { sampleMonth } from './sample-month.js';

const team = dakNia2022Team();
const { book, leader } = sampleMonth();

/** The golden outputs of the sample month: every result appears once, with its origin. */
const golden = (name: string) => readFileSync(join(import.meta.dirname, 'golden', name), 'utf8');
const SAMPLE_MESSAGE = golden('leader-group-message.txt').trimEnd().split('\n');

describe('renderGroupMessage', () => {
  it('writes the sample month as the golden message, in two parts for Zalo', () => {
    expect(renderGroupMessage(team, leader, { maxLength: 100_000 })).toEqual([
      SAMPLE_MESSAGE.join('\n'),
    ]);
    const parts = renderGroupMessage(team, leader);
    expect(parts).toHaveLength(2);
    expect(parts.flatMap((p) => p.split('\n').slice(1)).filter(Boolean)).toEqual(
      SAMPLE_MESSAGE.filter(Boolean),
    );
  });
  it('is the message the guide shows, in both languages', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../docs/work-and-reports.md'), 'utf8');
    const zalo = renderGroupMessage(team, leader).join('\n\n');
    expect(guide.split(`\`\`\`text\n${zalo}\n\`\`\``)).toHaveLength(3);
  });
  it('fits each platform, splitting a long report into numbered parts', () => {
    const parts = renderGroupMessage(team, leader, { platform: 'mocha' });
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(GROUP_MESSAGE_LIMITS.mocha);
      expect(part.startsWith(`(${i + 1}/${parts.length})\n`)).toBe(true);
    });
    // Nothing is lost: the parts hold every line of the whole message.
    const whole = renderGroupMessage(team, leader, { maxLength: 100_000 })[0] ?? '';
    const lines = parts.flatMap((p) => p.split('\n').slice(1)).filter(Boolean);
    expect(lines).toEqual(whole.split('\n').filter(Boolean));
    const tiny = renderGroupMessage(team, leader, { maxLength: 60 });
    expect(tiny.every((p) => p.length <= 60)).toBe(true);
    expect(tiny.join('').replace(/\(\d+\/\d+\)|\s/gu, '')).toBe(whole.replace(/\s/gu, ''));
  });
  it("writes a member's message, and a deputy's with the villages it covers", () => {
    const member = book.find((r) => r.report.from === 'village-heads/thon-nam-da')?.report;
    if (!member) throw new Error('missing');
    const [message] = renderGroupMessage(team, member, { platform: 'facebook' });
    expect(message?.split('\n').slice(0, 2)).toEqual([
      'BÁO CÁO CHUYỂN ĐỔI SỐ THÁNG 1 NĂM 2025',
      'Người báo cáo: thôn Nam Đà (Lê Thị Thu)',
    ]);
    expect(message).toContain(
      '- Tỷ lệ hộ gia đình có cáp quang: 86,6% (chỉ tiêu > 80% năm 2025: đạt)',
    );
    expect(message).not.toContain('CHẬM, THIẾU');
    const deputy = book.find((r) => r.report.from === 'deputies/farmers')?.report;
    if (!deputy) throw new Error('missing');
    const [text] = renderGroupMessage(team, deputy);
    expect(text).toContain('Địa bàn: bon Bu Sir');
    expect(text).toContain("- Chưa báo cáo: bon Phai Kol Pru Đăng (Điểu K'Ray)");
  });
  it('lists overdue tasks', () => {
    const plan = PlanSchema.parse({
      id: 'kh',
      title: { vi: 'Kế hoạch', en: 'Plan' },
      period: '2025-02',
      by: 'leader/1',
      adoptedOn: '2025-02-03',
      tasks: [
        {
          id: 'nhom',
          title: { vi: 'Lập nhóm Zalo của bon', en: 'Set up the Zalo group' },
          duty: 'member.deploy',
          assignees: ['village-heads/bon-phai-kol-pru-dang'],
          assignedBy: 'leader/1',
          assignedOn: '2025-02-03',
          deadline: '2025-02-14',
        },
      ],
    });
    const overdue =
      followUp(team, plan, { asOf: '2025-02-20' })._unsafeUnwrap().leader?.items ?? [];
    const [message] = renderGroupMessage(team, leader, { overdue, maxLength: 100_000 });
    expect(message).toContain(
      "- Việc quá hạn: Lập nhóm Zalo của bon (bon Phai Kol Pru Đăng (Điểu K'Ray), hạn 14/2/2025)",
    );
  });
  it('writes an ad-hoc report headed by its request', () => {
    const report = ReportSchema.parse({
      id: 'x',
      kind: 'adHoc',
      request: {
        id: 'cv-1',
        title: { vi: 'số hộ dùng VNeID', en: 'VNeID households' },
        requestedOn: '2025-01-20',
        due: '2025-01-22',
      },
      from: 'leader/1',
      submittedAt: '2025-01-21T10:00:00+07:00',
      obstacles: [{ text: 'Thiếu số liệu', from: 'unknown-seat' }],
    });
    const [message] = renderGroupMessage(team, report);
    expect(message?.split('\n').slice(0, 4)).toEqual([
      'BÁO CÁO ĐỘT XUẤT',
      'Nội dung: số hộ dùng VNeID',
      'Yêu cầu ngày 20/1/2025, hạn 22/1/2025',
      'Người báo cáo: Tổ trưởng Quản Thị Ngọc',
    ]);
    expect(message).not.toContain('VNEID');
    expect(message).toContain('- unknown-seat: Thiếu số liệu');
  });
});

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(team, leader);
  it('writes the consolidated report with tables', () => {
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# Báo cáo chuyển đổi số tháng 1 năm 2025',
      '',
      '**Người báo cáo:** Tổ trưởng Quản Thị Ngọc  ',
      '**Nơi nhận:** Ủy ban nhân dân xã Đắk Nia  ',
      '**Thời gian gửi:** 2025-02-20T14:00:00+07:00',
    ]);
    expect(markdown).toContain(
      '| Tỷ lệ hộ gia đình có cáp quang | 78,8% | 860/1.092 | chỉ tiêu > 80% năm 2025: chưa đạt |',
    );
    expect(markdown).toContain(
      "| Chỉ số | bon Bu Sir | bon N'Jriêng | thôn Nam Rạ | thôn Nam Đà | thôn Cây Xoài | Tổng |",
    );
    expect(markdown).toContain('| Hộ được hướng dẫn | 171 |');
    expect(markdown).toContain(
      "| Tổ phó Vũ Văn Bình | 2 | 1 | 1 | 50% | 50% | bon Phai Kol Pru Đăng (Điểu K'Ray) |  |",
    );
    expect(markdown).toContain('## Khó khăn, vướng mắc');
  });
  it('writes a member report without the per-village table and with results', () => {
    const member = book.find((r) => r.report.from === 'village-heads/thon-nam-da')?.report;
    if (!member) throw new Error('missing');
    const text = renderReportMarkdown(team, member);
    expect(text).not.toContain('## Theo thôn, bon');
    expect(text).toContain('## Kết quả\n\n- Nhóm Zalo của thôn đã có 215/231 hộ tham gia.');
  });
});

describe('renderReportCsv', () => {
  it('writes one row per indicator and place, UTF-8 with a BOM, through the CSV writer', () => {
    const csv = renderReportCsv(team, leader);
    expect(csv.startsWith(`\uFEFF${REPORT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(
      "fibreHouseholds,foundation,Tỷ lệ hộ gia đình có cáp quang,dak-nia,xã Đắk Nia,commune,'2025-01,860,1092,78.75457875457876,percent,> 80,false,6,5",
    );
    expect(renderReportCsv(team, leader, { delimiter: ';' }).split('\r\n')[0]).toContain(
      'indicator;pillar;name',
    );
  });
});

describe('renderCommuneReport', () => {
  it("writes the report to the People's Committee in the layout of Nghị định 30/2020", () => {
    const { text, markdown } = renderCommuneReport(team, leader, { number: 5 })._unsafeUnwrap();
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'ỦY BAN NHÂN DÂN XÃ ĐẮK NIA                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ ĐẮK NIA        Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 05/BC-TCNS                              Đắk Nia, ngày 20 tháng 02 năm 2025',
    ]);
    for (const heading of [
      'BÁO CÁO',
      'Kết quả thực hiện chuyển đổi số tháng 1 năm 2025',
      'Kính gửi: Ủy ban nhân dân xã Đắk Nia.',
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Chính quyền số',
      '2. Kinh tế số',
      '3. Xã hội số',
      'II. TÌNH HÌNH BÁO CÁO CỦA CÁC THÔN',
      'III. KHÓ KHĂN, VƯỚNG MẮC',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      '- Như trên;',
      '- Ban Chỉ đạo chuyển đổi số xã Đắk Nia (b/c);',
      '- Lưu: VT.',
      'TỔ TRƯỞNG',
      'Quản Thị Ngọc',
    ]) {
      expect(lines).toContain(heading);
    }
    expect(text).toBe(golden('leader-commune-report.txt'));
    expect(markdown).toBe(golden('leader-commune-report.md'));
    expect(markdown).toContain('**BÁO CÁO**');
  });
  it('takes a number, symbol, place, date and recipients, and says when there is nothing', () => {
    const bare = ReportSchema.parse({
      id: 'r',
      kind: 'periodic',
      period: '2025-01',
      from: 'leader/1',
      holder: 'quan-thi-ngoc',
      to: 'dak-nia-pc',
      submittedAt: '2025-02-20T14:00:00+07:00',
    });
    const { text } = renderCommuneReport(team, bare, {
      number: 12,
      symbol: 'BC-TCN',
      place: 'Gia Nghĩa',
      date: '2025-02-21',
      recipients: ['Như trên', 'Lưu: VT'],
    })._unsafeUnwrap();
    expect(text).toContain('Số: 12/BC-TCN');
    expect(text).toContain('Gia Nghĩa, ngày 21 tháng 02 năm 2025');
    expect(text).toContain('- Không có báo cáo của thôn phải tổng hợp.');
    expect(text).toContain('- Không có.');
    expect(text).toContain('- Như trên;\n- Lưu: VT.');
  });
  it('needs a report sent to a body', () => {
    const member = book[0]?.report;
    if (!member) throw new Error('missing');
    const error = renderCommuneReport(team, member, { number: 1 })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'receiver_not_body', path: ['to'] });
    expect(error.message.vi && error.message.en).toBeTruthy();
  });
});

describe('the scope of a report follows its sender', () => {
  it("keeps the commune in the leader's report when only one village reported", () => {
    const month = dakNiaJanuary2025();
    const { period } = month;
    const only = month.members.find((m) => m.seat === 'village-heads/bon-bu-sir');
    const farmers = month.deputies.find((d) => d.seat === 'deputies/farmers');
    if (!only || !farmers) throw new Error('missing');
    let chain: ReportRecord[] = [];
    const add = (draft: unknown) => {
      chain = submitReport(chain, draft, { team })._unsafeUnwrap();
    };
    add(
      draftMemberReport(team, {
        ...only,
        period,
        activities: month.activities,
        values: month.values,
      })._unsafeUnwrap(),
    );
    add(consolidateReports(chain, team, { ...farmers, period })._unsafeUnwrap());
    add(consolidateReports(chain, team, { ...month.leader, period })._unsafeUnwrap());
    const report = chain.at(-1)?.report;
    if (!report) throw new Error('missing');
    const { text } = renderCommuneReport(team, report, { number: 3 })._unsafeUnwrap();
    expect(text.split('\n').slice(0, 4)).toEqual([
      'ỦY BAN NHÂN DÂN XÃ ĐẮK NIA                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ ĐẮK NIA        Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 03/BC-TCNS                              Đắk Nia, ngày 20 tháng 02 năm 2025',
    ]);
    expect(text).toContain('Tổ công nghệ số cộng đồng xã Đắk Nia báo cáo kết quả');
    expect(renderReportCsv(team, report).split('\r\n')[1]).toContain(
      ',dak-nia,xã Đắk Nia,commune,',
    );
  });

  it("gives a village head's own village figures, even with values of another village", () => {
    const report = ReportSchema.parse({
      id: 'r',
      kind: 'periodic',
      period: '2025-01',
      from: 'village-heads/bon-bu-sir',
      submittedAt: '2025-02-14T08:30:00+07:00',
      values: [
        { indicator: 'vneidInstalls', place: 'bon-bu-sir', period: '2025-01', numerator: 9 },
        {
          indicator: 'vneidInstalls',
          place: 'thon-nam-da',
          period: '2025-01',
          numerator: 5,
          reportedBy: 'village-heads/bon-bu-sir',
        },
      ],
    });
    const [message] = renderGroupMessage(team, report);
    expect(message).toContain('- Số lượt hỗ trợ cài đặt VNeID: 9');
    expect(message).not.toContain('- Số lượt hỗ trợ cài đặt VNeID: 14');
    const leaderReport = ReportSchema.parse({ ...report, id: 'l', from: 'leader/1' });
    expect(renderGroupMessage(team, leaderReport)[0]).toContain(
      '- Số lượt hỗ trợ cài đặt VNeID: 14',
    );
  });
});
