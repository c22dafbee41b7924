// `node bench/run.mjs trace`: section 8 alone (the extension's main-thread cost from Chromium traces) and its
// targets, printed. Needs `npm run build` first.
import { runTrace } from './chromium-trace';
import { traceSection, traceTargets } from './trace-report';

const trace = runTrace();
if (!trace) {
  process.stderr.write('no ../shared/tools/chromium-trace-cost.mjs on this machine\n');
  process.exit(1);
}
process.stdout.write(`${[...traceTargets(trace, []), '', ...traceSection(trace)].join('\n')}\n`);
