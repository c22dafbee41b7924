import { describe, expect, test } from 'vitest';
import { detect, extract } from '../../src/engine';
import { listFixtures } from '../fixtures/load';
import { parse } from './helpers';

// The popup extracts from the live page: extraction (and detection) must never change the Document.
describe.each([...listFixtures('aggregator'), ...listFixtures('ordinary')])('$name', ({ html, expected }) => {
  test('detect and extract leave the Document untouched', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    detect(doc, { url: expected.url });
    extract(doc, { url: expected.url });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
