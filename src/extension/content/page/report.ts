// Tells the background how many blocks were removed, for the toolbar badge. Only changes are sent.
import { sendToBackground } from '../../shared/send';

export function createCountReporter(): (count: number) => void {
  let last = 0;
  return (count) => {
    if (count === last) return;
    last = count;
    // A missing background (extension reloading) only costs the badge; the page must not notice.
    sendToBackground({ type: 'removed-count', count }).catch(() => undefined);
  };
}
