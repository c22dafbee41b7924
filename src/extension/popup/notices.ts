// The plain message shown for each reason a tab shows no article: the popup is never left blank.
import type { MessageKey } from '../shared/i18n';
import type { Blocker } from './page-state';

export const NOTICE_KEYS: Record<Blocker, MessageKey> = {
  restricted: 'noticeRestricted',
  unreachable: 'noticeUnreachable',
  loading: 'noticeLoading',
  timeout: 'noticeTimeout',
  'not-readable': 'noticeNotReadable',
  'no-article': 'noticeNoArticle',
  navigated: 'noticeNavigated',
  closed: 'noticeClosed',
  failed: 'noticeFailed',
};
