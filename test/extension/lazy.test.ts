// The content script's lazy parts: one another content script brought (on the hosts of the built-in list,
// content/bundled-parts.ts) is taken as it is, not imported again; any other is imported from its module.
import { afterEach, expect, test } from 'vitest';
import { load, provideParts } from '../../src/extension/content/lazy';

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('clean-reader.parts')];
});

test('a part another script provided is the part loaded', async () => {
  const rules = { RULE_NAMES: ['provided'] } as unknown as Parameters<typeof provideParts>[0]['rules'];
  provideParts({ rules });
  expect(await load('rules')).toBe(rules);
});

test('a part not provided is imported from its module, and loaded once', async () => {
  provideParts({});
  const detect = await load('detect');
  expect(typeof detect.detect).toBe('function');
  expect(await load('detect')).toBe(detect);
});
