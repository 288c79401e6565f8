/** @jsxImportSource hono/jsx */
/** Pages that say why something cannot be shown: not signed in, session ended, forbidden. */
import type { Problem } from 'to-cong-nghe-so';
import { Notice, Page, say, t, type View } from './layout.js';

/** The title of each status. */
function titleOf(view: View, status: number): string {
  switch (status) {
    case 401:
      return t(view, 'Cần mở lại đường dẫn', 'Open your link again');
    case 403:
      return t(view, 'Không có quyền xem trang này', 'You may not open this page');
    case 404:
      return t(view, 'Không tìm thấy', 'Not found');
    case 429:
      return t(view, 'Thử lại sau ít phút', 'Try again in a few minutes');
    default:
      return t(view, 'Không làm được việc này', 'This could not be done');
  }
}

/** A page explaining a failure, with the problems' messages. */
export function ErrorPage({
  view,
  status,
  problems,
}: {
  view: View;
  status: number;
  problems: readonly Problem[];
}) {
  return (
    <Page view={view} title={titleOf(view, status)}>
      <Notice tone={status === 401 || status === 429 ? 'warn' : 'bad'} role="alert">
        {problems.map((p) => (
          <p>{say(view, p.message)}</p>
        ))}
      </Notice>
      {status === 401 && (
        <div class="card">
          <p>
            {t(
              view,
              'Hãy mở lại đường dẫn Tổ trưởng đã gửi qua Zalo. Nếu đường dẫn không còn dùng được (đã thu hồi, hoặc vị trí đã đổi người giữ), xin Tổ trưởng gửi đường dẫn mới.',
              'Open the link the leader sent through Zalo again. If it no longer works (revoked, or the seat has a new holder), ask the leader for a new one.',
            )}
          </p>
        </div>
      )}
      {status === 403 && (
        <p>
          <a href="/pages">{t(view, 'Về trang của tôi', 'Back to my page')}</a>
        </p>
      )}
    </Page>
  );
}

/** The problem of a page nobody is signed in to. */
export const NOT_SIGNED_IN: Problem = {
  code: 'unauthenticated',
  path: [],
  message: {
    vi: 'Chưa đăng nhập, hoặc phiên làm việc đã hết hạn.',
    en: 'Not signed in, or the session has expired.',
  },
};

/** The problem of a page the principal may not open. */
export function forbiddenPage(vi: string, en: string): Problem {
  return { code: 'forbidden', path: [], message: { vi, en } };
}
