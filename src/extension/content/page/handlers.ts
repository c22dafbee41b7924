// The content script's answers to the popup and the background, one named handler per message type.
import type { ContentMessage, ContentReplies } from '../../shared/messages';
import type { Handlers } from '../../shared/router';
import { countMatches } from './match-count';
import type { Page } from './page';

export function contentHandlers(page: Page): Handlers<ContentMessage, ContentReplies> {
  return {
    'get-status': async () => {
      await page.settled();
      return page.status();
    },
    'get-article': async () => {
      await page.settled();
      const article = page.readable ? await page.article.get() : null;
      return { status: page.status(), article };
    },
    'show-original': async () => {
      page.showOriginal();
      return page.status();
    },
    'clean-again': async () => {
      await page.cleanAgain();
      return page.status();
    },
    // Only the options page asks this: the cleaning code loads on that request, not with every page.
    'count-matches': (message) => countMatches(document, message.custom),
  };
}
