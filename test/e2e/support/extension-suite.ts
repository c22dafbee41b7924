// The set-up the scenario files share: the fixture server and a browser with the built extension for the
// whole describe block, settings reset before each test, and every tab a test opened closed after it.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { ensureBuilt } from './build';
import type { ExtensionDriver, TabHandle } from './driver';
import { writeSettings } from './ext-pages';
import { type FixtureServer, startServer } from './server';

export interface ExtensionSuite {
  readonly driver: ExtensionDriver;
  readonly server: FixtureServer;
  /** Closes the tab after the test. */
  track(tab: TabHandle): TabHandle;
  /** Opens a fixture server path in a new tab, closed after the test. */
  openPage(path: string): Promise<TabHandle>;
}

/** Default settings before each test; a suite about first runs clears storage instead. */
const writeDefaults = (driver: ExtensionDriver) => writeSettings(driver, {});

/** Call inside a describe block. */
export function extensionSuite(
  launch: () => Promise<ExtensionDriver>,
  reset: (driver: ExtensionDriver) => Promise<void> = writeDefaults,
): ExtensionSuite {
  let driver: ExtensionDriver | undefined;
  let server: FixtureServer | undefined;
  const opened: TabHandle[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the suite inside its tests`);
    return value;
  };

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer();
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  beforeEach(() => reset(ready(driver, 'the browser')));
  afterEach(async () => {
    for (const tab of opened.splice(0)) await tab.close().catch(() => undefined);
  });

  const suite: ExtensionSuite = {
    get driver() {
      return ready(driver, 'the browser');
    },
    get server() {
      return ready(server, 'the fixture server');
    },
    track(tab) {
      opened.push(tab);
      return tab;
    },
    openPage: async (path) => suite.track(await suite.driver.openTab(suite.server.origin + path)),
  };
  return suite;
}
