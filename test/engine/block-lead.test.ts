// blockLead() is blockText() cut short for removal reports: the report's snippet must not change.
import { expect, test } from 'vitest';
import { blockLead, blockText } from '../../src/engine/dom/blocks';
import { snippet } from '../../src/engine/text/fold';
import { listFixtures } from '../fixtures/load';
import { parse } from './helpers';

test.each(listFixtures('aggregator').map((f) => [f.name, f] as const))(
  '%s: every element gives the snippet its whole text gives',
  (_, fixture) => {
    const doc = parse(fixture.html);
    for (const el of doc.body.querySelectorAll('*')) {
      expect(snippet(blockLead(el)), el.outerHTML.slice(0, 80)).toBe(snippet(blockText(el)));
    }
  },
);
