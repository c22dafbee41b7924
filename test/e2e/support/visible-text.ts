// The test's own reading of what a reader sees, independent of the extension's: the page's text nodes that
// the browser draws, in document order. Runs inside the page (serialised: no imports, no closures).

/** How many times each needle occurs in the text the reader can see (whitespace collapsed). */
export function visibleCounts(needles: string[]): number[] {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const clips = (value: string) => value === 'hidden' || value === 'clip';
  const range = document.createRange();
  const drawn = (node: Text): boolean => {
    const parent = node.parentElement;
    if (!parent?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) return false;
    for (let el: Element | null = parent; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      const clipX = clips(style.overflowX);
      const clipY = clips(style.overflowY);
      if (!clipX && !clipY) continue;
      const area = el.getBoundingClientRect();
      if (clipX && (box.right <= area.left || box.left >= area.right)) return false;
      if (clipY && (box.bottom <= area.top || box.top >= area.bottom)) return false;
    }
    return true;
  };
  const blockOf = (el: Element): Element => {
    for (let node: Element | null = el; node; node = node.parentElement)
      if (!getComputedStyle(node).display.startsWith('inline')) return node;
    return document.body;
  };
  // Elements too: a <br> between two lines of one block is a line break the reader sees as a space.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let text = '';
  let lastBlock: Element | null = null;
  let broken = false;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    if (next.nodeType === Node.ELEMENT_NODE) {
      if ((next as Element).tagName === 'BR') broken = true;
      continue;
    }
    const node = next as Text;
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName))
      continue;
    if (!drawn(node)) continue;
    const block = blockOf(parent);
    text += block === lastBlock && !broken ? node.nodeValue : ` ${node.nodeValue}`;
    lastBlock = block;
    broken = false;
  }
  const seen = squash(text);
  return needles.map((needle) => {
    const wanted = squash(needle);
    let count = 0;
    for (let at = seen.indexOf(wanted); at !== -1; at = seen.indexOf(wanted, at + wanted.length)) count++;
    return count;
  });
}
