/** Enough breaks to tell a body from a paragraph; a long legacy page is not walked further. */
const MAX_BREAKS = 8;

/**
 * How many paragraphs a block prints: legacy markup (a 2000s portal's `<font>`, a forum post) parts them
 * with `<br><br>` inside one element rather than in elements of their own. One for any other block.
 */
export function brParagraphs(block: Element): number {
  let breaks = 0;
  const brs = block.getElementsByTagName('br');
  for (let i = 0; i < brs.length && breaks < MAX_BREAKS; i++) {
    const br = brs[i]!;
    let next = br.nextSibling;
    while (next && next.nodeType === 3 && !/\S/.test(next.nodeValue ?? '')) next = next.nextSibling;
    if (next?.nodeName === 'BR' && hasTextBefore(br)) breaks++;
  }
  return breaks + 1;
}

/** A break that follows text, not one that follows another break or opens the block. */
function hasTextBefore(br: Element): boolean {
  let prev = br.previousSibling;
  while (prev && prev.nodeType === 3 && !/\S/.test(prev.nodeValue ?? '')) prev = prev.previousSibling;
  return prev !== null && prev.nodeName !== 'BR';
}
