// axe-core in an extension page. Extension pages forbid eval and inline scripts (script-src 'self'), so the
// axe source is not injected by the page: it is the body of the function the driver sends, which the
// browser's automation protocol runs outside the page's CSP. Nothing of axe is bundled in the extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageFunction, TabHandle } from './driver';

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let source: string | null = null;

function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

const RUN = `return (async () => {
  const results = await window.axe.run(document, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
})();`;

/** Tabs that already hold axe: its 550 KB source is sent once per page, not once per run. */
const loaded = new WeakSet<TabHandle>();

/** Serious and critical violations on the page as it is now. */
export async function seriousViolations(tab: TabHandle): Promise<AxeFinding[]> {
  // axe's UMD wrapper sets window.axe; the source is the function body, built in Node and serialised by
  // the driver, so no eval happens in the page.
  const body = loaded.has(tab) ? RUN : `${axeSource()}\n;${RUN}`;
  const run = new Function('arg', body) as PageFunction<null, AxeFinding[]>;
  const findings = await tab.evaluate(run, null);
  loaded.add(tab);
  return findings;
}
