import type { RuleName } from '../../core/types';
import { aiPromo } from './ai-promo';
import { appPromo } from './app-promo';
import { attribution } from './attribution';
import { callToAction } from './call-to-action';
import { customPhrases } from './custom-phrases';
import { customSelectors } from './custom-selectors';
import { duplicateBodies } from './duplicate-bodies';
import { duplicateHeadlines } from './duplicate-headlines';
import { emptyComments } from './empty-comments';
import { emptyContainers } from './empty-containers';
import { imageAltJunk } from './image-alt-junk';
import { newsletterCookie } from './newsletter-cookie';
import { portalPromo } from './portal-promo';
import type { Rule } from './rule';
import { sponsored } from './sponsored';
import { wholeBlocks } from './whole-blocks';

/**
 * The rules in the order they run. Promos go first so their text never counts as a copy; copies
 * before headlines, since a removed copy takes its own headline with it; empty wrappers last. The promo,
 * label and clean-up rules remove whole blocks, never words out of a sentence (whole-blocks.ts); the copy
 * rules propose blocks of their own, and the reader's own selectors remove exactly what they match.
 */
export const RULES: readonly Rule[] = [
  wholeBlocks(sponsored),
  wholeBlocks(aiPromo),
  wholeBlocks(appPromo),
  wholeBlocks(portalPromo),
  wholeBlocks(newsletterCookie),
  wholeBlocks(emptyComments),
  wholeBlocks(imageAltJunk),
  customSelectors,
  wholeBlocks(customPhrases),
  wholeBlocks(attribution),
  duplicateBodies,
  duplicateHeadlines,
  wholeBlocks(callToAction),
  wholeBlocks(emptyContainers),
];

export const RULE_NAMES: readonly RuleName[] = RULES.map((rule) => rule.name);
