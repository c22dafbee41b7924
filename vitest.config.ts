import { defineConfig } from 'vitest/config';

// The engine suite runs twice, once per DOM implementation, because the engine must not depend on
// one DOM's quirks: the content script runs it on a real browser's DOM, the CLI on jsdom.
const engineTests = ['test/engine/**/*.test.ts'];
// The property-based tests generate thousands of pages: they run once, in their own project, on jsdom.
const propertyTests = ['test/engine/property*.test.ts'];
// Pages name stylesheets and scripts: happy-dom must not try to load them, nor log each refusal (700 lines of
// a CI log). It still logs each frame it does not load.
const QUIET_HAPPY_DOM = { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'engine-jsdom', environment: 'jsdom', include: engineTests, exclude: propertyTests } },
      {
        test: {
          name: 'engine-happy-dom',
          environment: 'happy-dom',
          environmentOptions: QUIET_HAPPY_DOM,
          include: engineTests,
          exclude: propertyTests,
        },
      },
      {
        test: {
          name: 'engine-property',
          environment: 'happy-dom',
          environmentOptions: QUIET_HAPPY_DOM,
          include: propertyTests,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'cli',
          environment: 'node',
          include: ['test/cli/**/*.test.ts', 'test/formats/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      { test: { name: 'build', environment: 'node', include: ['test/build/**/*.test.ts'] } },
      {
        test: {
          name: 'extension',
          environment: 'jsdom',
          include: ['test/extension/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Real browsers on 2 cores: one file at a time keeps timings honest and avoids starving.
          fileParallelism: false,
          // And only after every other project has finished: projects otherwise run side by side, and a
          // property test busy on both cores stretched a 12 ms slice past the 50 ms bound in CI.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
