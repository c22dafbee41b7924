// Whether an element is hidden, read from attributes alone: the engine must give the same answer in
// jsdom (no layout) as in the browser, and getComputedStyle on every block would cost a style recalc.

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:max-)?height\s*:\s*0(?:px)?\s*(?:!important)?\s*;[\s\S]*overflow\s*:\s*hidden|(?:left|top)\s*:\s*-\d{4,}px|clip\s*:\s*rect\(\s*0)/i;
const HIDDEN_STYLE_REVERSED = /overflow\s*:\s*hidden\s*;[\s\S]*(?:max-)?height\s*:\s*0(?:px)?\s*(?:;|$)/i;
const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text|invisible|hide)(?:\s|$)/i;
// Utility CSS shows "hidden" elements again at wider screens ("hidden md:block", "d-none d-md-block"):
// those are the desktop rendering, not a hidden copy.
const SHOWN_AGAIN =
  /(?:^|\s)(?:(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|table|contents)|d-(?:sm|md|lg|xl)-(?:block|flex|grid|inline|inline-block))(?:\s|$)/;

/**
 * True when this element itself (not its ancestors) hides its subtree. `fromEyes` false: only what no reader
 * sees counts; aria-hidden hides text from a screen reader only, and the eye still reads it.
 */
export function hidesSubtree(el: Element, fromEyes = false): boolean {
  if (el.tagName === 'NOSCRIPT') return true;
  // Most elements of an article carry no attribute at all: one call instead of four lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (!fromEyes && el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && (HIDDEN_STYLE.test(style) || HIDDEN_STYLE_REVERSED.test(style))) return true;
  const cls = el.getAttribute('class');
  return cls !== null && HIDDEN_CLASS.test(cls) && !SHOWN_AGAIN.test(cls);
}

/** True when the element or one of its ancestors hides it (from the eye alone, with `fromEyes`). */
export function isHidden(el: Element, fromEyes = false): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (hidesSubtree(node, fromEyes)) return true;
  }
  return false;
}
