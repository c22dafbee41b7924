import { launchFirefox } from './support/firefox';
import { sizeScenarios } from './support/size-scenarios';

// Open gap: on the 5 MB aggregator page Firefox runs a few slices past 50 ms (64-93 ms measured, every engine
// loop already in 200-item steps; the page's heartbeat stays under 100 ms). Chromium holds 50 ms there. The
// bound keeps the gap from growing; it is not the promise.
sizeScenarios('firefox', () => launchFirefox(), { '/big-aggregator': 150 });
