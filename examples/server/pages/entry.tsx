/** @jsxImportSource hono/jsx */
/**
 * The entry page of a village head: the month's indicators (last month's value beside each),
 * the activities of the month, obstacles and proposals; the deadline in working days; checked
 * by the library before sending ("Kiểm tra", and as the member types when scripts run) and when
 * sent; the report's state (sent at, returned with the deputy's comment, accepted and locked).
 * Works without JavaScript: plain form posts, answered with the page again or a redirect.
 */
import type { DataValue, Problem, Report, ReportNote } from 'to-cong-nghe-so';
import { canWritePlace } from '../access.js';
import { vietnamTimestamp } from '../clock.js';
import { ApiFailure, statusOf } from '../problems.js';
import { reportIdOf } from '../routes/data.js';
import { call, find, ownCommune, type PageContext } from './context.js';
import { ErrorPage, forbiddenPage } from './errors.js';
import { Badge, MonthPicker, Notice, num, Page, say, t, timeText, type View } from './layout.js';
import {
  checkValues,
  chosenMonth,
  dateText,
  deadline,
  type EntryIndicator,
  type EntrySection,
  entryIndicators,
  expectedFor,
  holderName,
  type IsoDate,
  monthBefore,
  type Period,
  periodText,
  placeText,
  seatShort,
} from './library.js';

interface ValueSet {
  readonly current: { readonly version: number; readonly values: DataValue[]; readonly at: string };
}

/** A report as the API answers it. */
export interface ReportRecordView {
  readonly report: Report;
  readonly state: 'submitted' | 'accepted' | 'returned';
  readonly history: readonly {
    readonly action: string;
    readonly at: string;
    readonly by: string;
    readonly comment?: string;
  }[];
}

/** What the member typed, and what the library found wrong with it. */
interface FormState {
  readonly fields: Readonly<Record<string, string>>;
  readonly problems: readonly { field: string | undefined; message: string }[];
  readonly checked: boolean;
}

const SECTIONS: Record<
  EntrySection,
  { vi: string; en: string; hint?: { vi: string; en: string } }
> = {
  state: {
    vi: 'Tình hình cuối tháng',
    en: "The state at the month's end",
    hint: {
      vi: 'Số liệu của thôn tính đến ngày cuối tháng. Bỏ trống nếu chưa nắm được.',
      en: "The village's figures on the last day of the month. Leave blank if not known.",
    },
  },
  activities: {
    vi: 'Hoạt động trong tháng',
    en: 'Activities of the month',
    hint: {
      vi: 'Tập huấn, hướng dẫn, nhóm mạng xã hội trong tháng.',
      en: 'Trainings, guidance sessions and social-network groups in the month.',
    },
  },
  help: {
    vi: 'Hỗ trợ cài đặt, đăng ký theo nền tảng',
    en: 'Installs and sign-ups helped, per platform',
  },
};

/** A number as typed on a phone: "1.200" and "1 200" are 1200, "12,5" is 12.5; else the text. */
export function readNumber(text: string): number | string {
  const compact = text.replace(/[\s\u00a0]/gu, '');
  const plain = /^-?\d{1,3}(\.\d{3})+$/u.test(compact)
    ? compact.replaceAll('.', '')
    : compact.replace(',', '.');
  return /^-?\d+(\.\d+)?$/u.test(plain) ? Number(plain) : text;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function field(code: string, part: 'n' | 'd'): string {
  return `${part}.${code}`;
}

function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/gu, '-')}`;
}

function valueText(view: View, v: DataValue | undefined, entry: EntryIndicator): string {
  if (!v) return t(view, 'chưa có', 'none');
  if (!entry.ratio || v.denominator === undefined) return num(view, v.numerator, 2);
  const share = v.denominator === 0 ? '' : ` (${num(view, (v.numerator / v.denominator) * 100)}%)`;
  return `${num(view, v.numerator, 2)} / ${num(view, v.denominator, 2)}${share}`;
}

/** The problems of a submission, placed on the fields they concern. */
function placeProblems(
  view: View,
  problems: readonly Problem[],
  sent: readonly { indicator: string }[],
): FormState['problems'] {
  return problems.map((p) => {
    const [head, index, part] = p.path;
    let name: string | undefined;
    if (head === 'values' && typeof index === 'number') {
      const code = sent[index]?.indicator;
      if (code !== undefined) name = field(code, part === 'denominator' ? 'd' : 'n');
    } else if (head === 'obstacles' || head === 'proposals') {
      name = head;
    }
    return { field: name, message: say(view, p.message) };
  });
}

/** Reads the posted form into values and notes. */
function readForm(fields: Readonly<Record<string, string>>, entries: readonly EntryIndicator[]) {
  const values: { indicator: string; numerator: unknown; denominator?: unknown }[] = [];
  for (const entry of entries) {
    const code = entry.indicator.code;
    const n = (fields[field(code, 'n')] ?? '').trim();
    const d = (fields[field(code, 'd')] ?? '').trim();
    if (n === '') continue;
    values.push({
      indicator: code,
      numerator: readNumber(n),
      ...(entry.ratio && d !== '' ? { denominator: readNumber(d) } : {}),
    });
  }
  return {
    values,
    obstacles: lines(fields.obstacles ?? ''),
    proposals: lines(fields.proposals ?? ''),
  };
}

interface EntryData {
  readonly period: Period;
  readonly current: ValueSet | undefined;
  readonly previous: ValueSet | undefined;
  readonly record: ReportRecordView | undefined;
}

async function load(ctx: PageContext, communeId: string, placeId: string, period: Period) {
  const { id } = periodText(period);
  const seat = ctx.session.principal.kind === 'seat' ? ctx.session.principal.seat.id : '';
  const params = { commune: communeId, place: placeId };
  const [current, previous, record] = await Promise.all([
    find<ValueSet>(ctx, 'getData', { params: { ...params, period: id } }),
    find<ValueSet>(ctx, 'getData', {
      params: { ...params, period: periodText(monthBefore(period)).id },
    }),
    find<ReportRecordView>(ctx, 'getReport', {
      params: { commune: communeId, report: reportIdOf(seat, id) },
    }),
  ]);
  return { period, current, previous, record } satisfies EntryData;
}

function DeadlineCard({
  view,
  due,
  receiver,
}: {
  view: View;
  due: IsoDate | undefined;
  receiver: string | undefined;
}) {
  if (!due) return null;
  const { workingDaysLeft: left } = deadline(due, view.today);
  const tone = left < 0 ? 'bad' : left <= 2 ? 'warn' : 'ok';
  const words =
    left < 0
      ? t(view, `quá hạn ${-left} ngày làm việc`, `${-left} working days late`)
      : left === 0
        ? t(view, 'hôm nay là hạn cuối', 'due today')
        : t(view, `còn ${left} ngày làm việc`, `${left} working days left`);
  return (
    <p class="meta">
      {t(view, 'Hạn gửi: ', 'Due: ')}
      <strong>{dateText(due, view.lang)}</strong> <Badge tone={tone}>{words}</Badge>
      {receiver && (
        <>
          <br />
          {t(view, 'Gửi tới: ', 'Sent to: ')}
          {receiver}
        </>
      )}
    </p>
  );
}

function StateNotice({
  view,
  record,
  done,
}: {
  view: View;
  record: ReportRecordView | undefined;
  done: string | undefined;
}) {
  if (!record) {
    return (
      <Notice tone="info">
        <p>
          {t(
            view,
            'Chưa gửi báo cáo tháng này. Nhập số liệu rồi bấm “Gửi báo cáo”.',
            'Not sent yet. Enter the figures, then press “Send the report”.',
          )}
        </p>
      </Notice>
    );
  }
  const sent = [...record.history]
    .reverse()
    .find((h) => h.action === 'submit' || h.action === 'resubmit');
  const sentAt = sent ? timeText(sent.at) : '';
  if (record.state === 'accepted') {
    const at = record.history.at(-1)?.at ?? '';
    return (
      <Notice tone="ok" role="status">
        <p>
          <strong>{t(view, 'Đã được chấp nhận', 'Accepted')}</strong>{' '}
          {t(
            view,
            `lúc ${timeText(at)}. Số liệu tháng này đã khóa.`,
            `at ${timeText(at)}. This month's figures are locked.`,
          )}
        </p>
      </Notice>
    );
  }
  if (record.state === 'returned') {
    const back = record.history.at(-1);
    return (
      <Notice tone="warn" role="alert">
        <p>
          <strong>{t(view, 'Tổ phó đã trả lại báo cáo', 'Your report was returned')}</strong>{' '}
          {back && t(view, `lúc ${timeText(back.at)}:`, `at ${timeText(back.at)}:`)}
        </p>
        {back?.comment && <p class="comment">{back.comment}</p>}
        <p>{t(view, 'Sửa theo góp ý rồi gửi lại.', 'Correct it, then send it again.')}</p>
      </Notice>
    );
  }
  return (
    <Notice tone="ok" role="status">
      <p>
        <strong>
          {done === 'sent'
            ? t(view, 'Đã gửi báo cáo.', 'The report has been sent.')
            : t(view, 'Đã gửi.', 'Sent.')}
        </strong>{' '}
        {t(view, `Đã gửi lúc ${sentAt}.`, `Sent at ${sentAt}.`)}{' '}
        {t(
          view,
          'Tổ phó chưa duyệt: vẫn sửa và gửi lại được.',
          'Not yet reviewed: you can still correct it and send it again.',
        )}
      </p>
    </Notice>
  );
}

function Field({
  view,
  entry,
  fields,
  previous,
  problems,
  locked,
}: {
  view: View;
  entry: EntryIndicator;
  fields: Readonly<Record<string, string>>;
  previous: DataValue | undefined;
  problems: FormState['problems'];
  locked: boolean;
}) {
  const { indicator } = entry;
  const n = field(indicator.code, 'n');
  const d = field(indicator.code, 'd');
  const errorsOf = (name: string) =>
    problems
      .filter((p) => p.field === name)
      .map((p) => p.message)
      .join(' ');
  const input = (name: string, label: string) => (
    <label for={fieldId(name)}>
      {label}
      <input
        type="text"
        inputmode="decimal"
        autocomplete="off"
        id={fieldId(name)}
        name={name}
        value={fields[name] ?? ''}
        readonly={locked}
        aria-invalid={errorsOf(name) ? 'true' : undefined}
        aria-describedby={`${fieldId(name)}-err`}
      />
    </label>
  );
  const error = (name: string) => (
    <p class="err" id={`${fieldId(name)}-err`} data-for={name}>
      {errorsOf(name)}
    </p>
  );
  return (
    <div class="field">
      <p class="name">{say(view, indicator.name)}</p>
      <p class="last">
        {t(view, 'Tháng trước: ', 'Last month: ')}
        {valueText(view, previous, entry)}
      </p>
      <div class="pair">
        {input(
          n,
          entry.ratio && indicator.numerator
            ? say(view, indicator.numerator.name)
            : t(view, 'Số lượng', 'Count'),
        )}
        {entry.ratio && indicator.denominator && input(d, say(view, indicator.denominator.name))}
      </div>
      {error(n)}
      {entry.ratio && indicator.denominator && error(d)}
    </div>
  );
}

/** Renders the entry page. */
export async function entryPage(
  ctx: PageContext,
  communeId: string,
  placeId: string,
  periodAsked: string | undefined,
  state?: FormState,
  status = 200,
): Promise<Response> {
  const { view, c } = ctx;
  const { principal } = ctx.session;
  const commune = ownCommune(principal, communeId);
  if (
    !commune ||
    principal.kind !== 'seat' ||
    !canWritePlace(principal, commune.team, placeId, view.today)
  ) {
    c.status(403);
    return c.html(
      <ErrorPage
        view={view}
        status={403}
        problems={[
          forbiddenPage(
            `Mã truy cập này không nhập số liệu cho "${placeId}".`,
            `This token does not enter the figures of "${placeId}".`,
          ),
        ]}
      />,
    );
  }
  const { team } = commune;
  const period = chosenMonth(view.today, periodAsked);
  const data = await load(ctx, communeId, placeId, period);
  const { id: periodId, label } = periodText(period);
  const entries = entryIndicators(ctx.server.env.rollups.catalogue);
  const expected = expectedFor(team, period).find((e) => e.seat.id === principal.seat.id);
  const receiver = expected
    ? `${say(view, seatShort(team, expected.to, view.today))}${
        holderName(team, expected.to, view.today)
          ? ` (${holderName(team, expected.to, view.today)})`
          : ''
      }`
    : undefined;
  const locked = data.record?.state === 'accepted';
  const currentValues = new Map((data.current?.current.values ?? []).map((v) => [v.indicator, v]));
  const previousValues = new Map(
    (data.previous?.current.values ?? []).map((v) => [v.indicator, v]),
  );
  const fields: Record<string, string> = {};
  if (state) Object.assign(fields, state.fields);
  else {
    for (const entry of entries) {
      const code = entry.indicator.code;
      const now = currentValues.get(code);
      const before = previousValues.get(code);
      if (now) fields[field(code, 'n')] = String(now.numerator);
      const denominator = now?.denominator ?? (entry.ratio ? before?.denominator : undefined);
      if (denominator !== undefined) fields[field(code, 'd')] = String(denominator);
    }
    const notes = (list: readonly ReportNote[] | undefined) =>
      (list ?? []).map((n) => n.text).join('\n');
    fields.obstacles = notes(data.record?.report.obstacles);
    fields.proposals = notes(data.record?.report.proposals);
  }
  const problems = state?.problems ?? [];
  const place = say(view, placeText(team, placeId));
  const path = `/pages/communes/${encodeURIComponent(communeId)}/entry/${encodeURIComponent(placeId)}`;
  const done = c.req.query('done');
  const sendLabel = data.record
    ? t(view, 'Gửi lại báo cáo', 'Send the report again')
    : t(view, 'Gửi báo cáo', 'Send the report');
  c.status(status as 200);
  return c.html(
    <Page view={view} title={`${place} · ${say(view, label)}`}>
      <MonthPicker view={view} period={period} />
      <DeadlineCard view={view} due={expected?.due} receiver={receiver} />
      <StateNotice view={view} record={data.record} done={done} />
      {problems.length > 0 && (
        <Notice tone="bad" role="alert">
          <p>
            <strong>
              {t(
                view,
                `Có ${problems.length} chỗ cần sửa:`,
                `${problems.length} things to correct:`,
              )}
            </strong>
          </p>
          <ul class="notes">
            {problems.map((p) => (
              <li>{p.field ? <a href={`#${fieldId(p.field)}`}>{p.message}</a> : p.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      {state?.checked && problems.length === 0 && (
        <Notice tone="ok" role="status">
          <p>
            {t(
              view,
              'Số liệu hợp lệ. Bấm “Gửi báo cáo” để gửi.',
              'The figures are valid. Press “Send the report” to send them.',
            )}
          </p>
        </Notice>
      )}
      <form method="post" action={path} data-check="" novalidate>
        <input type="hidden" name="csrf" value={ctx.session.csrf} />
        <input type="hidden" name="period" value={periodId} />
        <p
          id="live"
          class="skip"
          aria-live="polite"
          data-some={t(view, 'Có {n} chỗ cần sửa', '{n} things to correct')}
        />
        <div class="entry">
          {(['state', 'activities', 'help'] as const).map((section) => (
            <fieldset class={`card${section === 'state' ? ' wide' : ''}`}>
              <legend>{say(view, SECTIONS[section])}</legend>
              {SECTIONS[section].hint && <p class="meta">{say(view, SECTIONS[section].hint)}</p>}
              <div class="fields">
                {entries
                  .filter((e) => e.section === section)
                  .map((entry) => (
                    <Field
                      view={view}
                      entry={entry}
                      fields={fields}
                      previous={previousValues.get(entry.indicator.code)}
                      problems={problems}
                      locked={locked}
                    />
                  ))}
              </div>
            </fieldset>
          ))}
          <fieldset class="card wide">
            <legend>{t(view, 'Khó khăn, đề xuất', 'Obstacles and proposals')}</legend>
            <p class="meta">{t(view, 'Mỗi ý một dòng.', 'One per line.')}</p>
            <label class="block" for="f-obstacles">
              {t(view, 'Khó khăn, vướng mắc', 'Obstacles')}
            </label>
            <textarea id="f-obstacles" name="obstacles" readonly={locked}>
              {fields.obstacles ?? ''}
            </textarea>
            <p class="err" data-for="obstacles" />
            <label class="block" for="f-proposals">
              {t(view, 'Đề xuất, kiến nghị', 'Proposals')}
            </label>
            <textarea id="f-proposals" name="proposals" readonly={locked}>
              {fields.proposals ?? ''}
            </textarea>
            <p class="err" data-for="proposals" />
          </fieldset>
        </div>
        {!locked && (
          <div class="actions sticky">
            <button type="submit" name="action" value="send">
              {sendLabel}
            </button>
            <button type="submit" name="action" value="check" class="secondary">
              {t(view, 'Kiểm tra', 'Check')}
            </button>
          </div>
        )}
      </form>
    </Page>,
  );
}

/** Handles the entry form: `check` (validate only) or `send` (save the values, send the report). */
export async function entrySubmit(
  ctx: PageContext,
  communeId: string,
  placeId: string,
  posted: Readonly<Record<string, string>>,
  wantsJson: boolean,
): Promise<Response> {
  const { view, c } = ctx;
  const { principal } = ctx.session;
  const commune = ownCommune(principal, communeId);
  if (
    !commune ||
    principal.kind !== 'seat' ||
    !canWritePlace(principal, commune.team, placeId, view.today)
  ) {
    return entryPage(ctx, communeId, placeId, undefined);
  }
  const period = chosenMonth(view.today, posted.period);
  const { id: periodId } = periodText(period);
  const entries = entryIndicators(ctx.server.env.rollups.catalogue);
  const form = readForm(posted, entries);
  if (posted.action !== 'send') {
    const problems = checkValues(form.values, {
      catalogue: ctx.server.env.rollups.catalogue,
      team: commune.team,
      place: placeId,
      period: periodId,
      seat: principal.seat.id,
      at: vietnamTimestamp(ctx.now),
    });
    const placed = placeProblems(view, problems, form.values);
    if (wantsJson) return c.json({ problems: placed });
    return entryPage(
      ctx,
      communeId,
      placeId,
      periodId,
      { fields: posted, problems: placed, checked: true },
      placed.length ? 422 : 200,
    );
  }
  const note = (text: string) => ({ text, from: principal.seat.id, place: placeId });
  try {
    await call(ctx, 'putData', {
      params: { commune: communeId, period: periodId, place: placeId },
      body: { values: form.values },
    });
    await call(ctx, 'submitReport', {
      params: { commune: communeId },
      body: {
        period: periodId,
        obstacles: form.obstacles.map(note),
        proposals: form.proposals.map(note),
      },
    });
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    const status = statusOf(error.problems);
    const placed = placeProblems(view, error.problems, form.values);
    return entryPage(
      ctx,
      communeId,
      placeId,
      periodId,
      { fields: posted, problems: placed, checked: false },
      status === 400 ? 422 : status,
    );
  }
  return c.redirect(
    `/pages/communes/${encodeURIComponent(communeId)}/entry/${encodeURIComponent(placeId)}?period=${periodId}&done=sent`,
    303,
  );
}
