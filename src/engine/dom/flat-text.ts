/**
 * All the text under a node, walked with an explicit stack: some DOM libraries read textContent recursively
 * and overflow on a page nested thousands of levels deep.
 */
export function flatText(root: Node): string {
  let out = '';
  const stack: Node[] = [];
  for (let node: Node | null = root.firstChild; node; ) {
    if (node.nodeType === 3 || node.nodeType === 4) out += node.nodeValue ?? '';
    if (node.firstChild) {
      if (node.nextSibling) stack.push(node.nextSibling);
      node = node.firstChild;
    } else node = node.nextSibling ?? stack.pop() ?? null;
  }
  return out;
}
