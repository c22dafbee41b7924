// Whether the reader can see an element now, read from the page's layout. The engine's own answer comes from
// the markup and has to guess what a stylesheet does (a media query, a breakpoint class); in the page the
// browser knows. Used to choose which copy of a text to keep and to check afterwards that nothing the reader
// could see has gone.
import type { Rendered } from '../../../engine/core/types';

/** Narrower or lower than this many CSS pixels is a screen-reader-only box (1×1), not text a reader sees. */
const MIN_SIDE = 2;

const CLIPS = new Set(['hidden', 'clip']);
const ZERO_CLIP = /^rect\(0(?:px)?,?\s*0(?:px)?,?\s*0(?:px)?,?\s*0(?:px)?\)$/;

/** An area of the viewport; `null` for an ancestor that clips nothing. */
type Area = { left: number; top: number; right: number; bottom: number };
const EVERYWHERE: Area = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/**
 * A probe for one state of the page: what each container lets show of its content is remembered, so make a new
 * probe once the page has changed and been laid out again.
 */
export function renderedProbe(view: Window): Rendered {
  // The area each element lets its content show in: its own clip (overflow: hidden) within its ancestors'.
  // Remembered per element, and worked out downwards from the nearest known ancestor, so a block 5,000
  // levels deep costs one lookup once its container is known.
  const areas = new Map<Element, Area>();
  const areaOf = (element: Element): Area => {
    const path: Element[] = [];
    let known: Area = EVERYWHERE;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const area = areas.get(node);
      if (area) {
        known = area;
        break;
      }
      path.push(node);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i]!;
      const clip = ownClip(view, node);
      known = clip ? intersect(known, clip) : known;
      areas.set(node, known);
    }
    return known;
  };
  return (element) => {
    // display:none, content-visibility:hidden, visibility:hidden and opacity:0, on it or an ancestor.
    if (
      typeof element.checkVisibility === 'function' &&
      !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    )
      return false;
    const box = textBox(element);
    if (!box || !large(box)) return false;
    // Pushed off the page's start ("left: -9999px"): no scrolling reaches it.
    if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return false;
    const parent = element.parentElement;
    return !parent || large(intersect(box, areaOf(parent)));
  };
}

/**
 * The area an element clips its content to, per axis, or null when it lets it overflow or scroll. The root and
 * the body never count: their overflow is the viewport's, which scrolls.
 */
function ownClip(view: Window, element: Element): Area | null {
  if (element === element.ownerDocument.documentElement || element === element.ownerDocument.body)
    return null;
  const style = view.getComputedStyle(element);
  // clip: rect(0 0 0 0), the screen-reader-only pattern: nothing of it shows.
  if ((style.position === 'absolute' || style.position === 'fixed') && ZERO_CLIP.test(style.clip))
    return { left: 0, top: 0, right: 0, bottom: 0 };
  const x = CLIPS.has(style.overflowX);
  const y = CLIPS.has(style.overflowY);
  if (!x && !y) return null;
  const box = element.getBoundingClientRect();
  return {
    left: x ? box.left : -Infinity,
    right: x ? box.right : Infinity,
    top: y ? box.top : -Infinity,
    bottom: y ? box.bottom : Infinity,
  };
}

/** The element's box, or where its text is drawn when it has no box of its own (display: contents). */
function textBox(element: Element): Area | null {
  const box = element.getBoundingClientRect();
  if (large(box) || element.getClientRects().length > 0) return box;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

function intersect(a: Area, b: Area): Area {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

function large(area: Area): boolean {
  return area.right - area.left >= MIN_SIDE && area.bottom - area.top >= MIN_SIDE;
}
