import { SKIP_TAGS } from '../data/tags';
import { squash } from '../text/fold';

/**
 * The text of a block's first line when a `<br>` ends it, else null. Legacy and table layouts print a box's
 * heading as `<b>Heading</b><br>Text` in one cell: the line is a label of its own, read as a short block is.
 */
export function firstLine(el: Element): string | null {
  if (!el.getElementsByTagName('br')[0]) return null;
  let out = '';
  const stack: Node[] = [];
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeName === 'BR') return out.trim() ? squash(out) : null;
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    if (node.firstChild && !SKIP_TAGS.has(tag)) {
      if (node.nextSibling) stack.push(node.nextSibling);
      node = node.firstChild;
    } else node = node.nextSibling ?? stack.pop() ?? null;
  }
  return null;
}
