import { pauseAt, runSteps, type Steps } from '../core/steps';
import { CALL_TO_ACTION } from '../data/phrases';
import type { Block } from '../dom/blocks';
import { type Folder, fold, foldedSentences, isTruncated } from '../text/fold';

/** A block read as folded sentences, the unit copies are compared in. */
export interface Unit {
  block: Block;
  /** Position of the block in the page's block list. */
  index: number;
  sentences: string[];
  /** Folded characters, the block's weight when choosing which copy to keep. */
  weight: number;
  /** The text stops mid-sentence ("…"): its last sentence is a teaser's cut and may match a longer one. */
  cut: boolean;
}

/** Blocks shorter than this are labels, bylines or buttons, not copies of a body. */
const MIN_COPY_CHARS = 25;

const MIN_PREFIX_WORDS = 4;
const MAX_PREFIX_WORDS = 80;

export function toUnits(blocks: readonly Block[], eligible: (block: Block) => boolean = () => true): Unit[] {
  return runSteps(toUnitsSteps(blocks, eligible));
}

/** toUnits() in steps: each block's sentences are folded, which on a long page adds up. */
export function* toUnitsSteps(
  blocks: readonly Block[],
  eligible: (block: Block) => boolean = () => true,
  folder: Folder = fold,
): Steps<Unit[]> {
  const units: Unit[] = [];
  for (const [index, block] of blocks.entries()) {
    if (pauseAt(index + 1)) yield;
    if (!eligible(block)) continue;
    const text = withoutCallToAction(block.text);
    const sentences = foldedSentences(text, folder);
    if (sentences.length === 0) continue;
    let cut = isTruncated(text);
    if (cut) {
      // A teaser cut mid-sentence ("…"): keep only whole words of its last sentence, so it can match
      // as a prefix of the full sentence. A stub too short to match ("Pour pour…") is dropped after a whole
      // sentence: it cannot tell a copy from another text, and the sentences before it can.
      const last = sentences[sentences.length - 1]!.split(' ');
      if (last.length > MIN_PREFIX_WORDS) sentences[sentences.length - 1] = last.slice(0, -1).join(' ');
      else if (sentences.length > 1) {
        sentences.pop();
        cut = false;
      }
    }
    let weight = 0;
    for (const s of sentences) weight += s.length;
    units.push({ block, index, sentences, weight, cut });
  }
  return units;
}

// A call to action after a sentence's end, within a block's last few characters.
const TAIL = /[.!?\u2026)\]"'\u201d\u2019\u00bb]\s+([^.!?\u2026]{2,40})$/u;

/**
 * A block's text without a call to action at its end: a legacy teaser prints "…harbour prices.<br><br>Continue
 * reading" in one element, and the copy is still a copy. Only a whole call to action after a sentence goes.
 */
export function withoutCallToAction(text: string): string {
  const tail = TAIL.exec(text.length > 48 ? text.slice(-48) : text)?.[1];
  if (!tail || !CALL_TO_ACTION.test(tail)) return text;
  return text.slice(0, text.length - tail.length).trimEnd();
}

export interface SentenceCounts {
  counts: Map<string, number>;
  prefixes: Set<string>;
}

/**
 * Counts in how many blocks each sentence occurs. A truncated teaser sentence also counts as
 * occurring wherever a full sentence starts with it. Linear: each sentence is looked up once per
 * word prefix, and only when the page has truncated sentences at all.
 */
export function* countSentencesSteps(units: readonly Unit[]): Steps<SentenceCounts> {
  const counts = new Map<string, number>();
  const prefixes = new Set<string>();
  let handled = 0;
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    const seen = new Set<string>();
    for (const s of unit.sentences) {
      if (seen.has(s)) continue;
      seen.add(s);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    if (unit.cut) {
      const last = unit.sentences[unit.sentences.length - 1]!;
      if (last.split(' ').length >= MIN_PREFIX_WORDS) prefixes.add(last);
    }
  }
  if (prefixes.size === 0) return { counts, prefixes };
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    for (const s of unit.sentences) {
      for (const prefix of prefixesOf(s, prefixes)) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  return { counts, prefixes };
}

/** The members of `wanted` that are proper word-prefixes of `sentence`. */
export function prefixesOf(sentence: string, wanted: ReadonlySet<string>): string[] {
  if (wanted.size === 0) return [];
  const found: string[] = [];
  let at = sentence.indexOf(' ');
  let words = 1;
  // Teasers are cut within the first few sentences' worth of words; longer prefixes never match.
  while (at !== -1 && words <= MAX_PREFIX_WORDS) {
    if (words >= MIN_PREFIX_WORDS) {
      const prefix = sentence.slice(0, at);
      if (wanted.has(prefix)) found.push(prefix);
    }
    at = sentence.indexOf(' ', at + 1);
    words++;
  }
  return found;
}

/** True when every sentence of the unit occurs in some other block too. */
export function isRepeated(unit: Unit, counts: ReadonlyMap<string, number>): boolean {
  // Loose text beside blocks cannot be removed alone (its element holds more), so it never counts as a copy.
  if (unit.weight < MIN_COPY_CHARS || unit.block.mixed) return false;
  return unit.sentences.every((s) => (counts.get(s) ?? 0) >= 2);
}
