// How a page is written: one Markup per style (markup-<style>.ts), each an arbitrary because some draw random
// class names. The generators say what a block is; the style says how it is tagged.
import fc from 'fast-check';
import { customMarkup } from './markup-custom';
import type { Markup } from './markup-kit';
import { nextMarkup } from './markup-next';
import { semanticMarkup } from './markup-semantic';
import { soupMarkup } from './markup-soup';
import { tableMarkup } from './markup-table';
import { utilityMarkup } from './markup-utility';

export type { Card, Markup } from './markup-kit';

export const markup: fc.Arbitrary<Markup> = fc.oneof(
  semanticMarkup,
  soupMarkup,
  tableMarkup,
  utilityMarkup,
  customMarkup,
  nextMarkup,
);
