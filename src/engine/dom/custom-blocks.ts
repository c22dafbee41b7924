import { isBlock } from './is-block';

/**
 * Gives custom elements that read as blocks (`<story-body>`, `<x-para>`) the tag `div`, on a working copy
 * that Readability is about to read. Readability knows blocks by tag only: to it a page built of custom
 * elements is one run of inline text, so it keeps the related rail beside the story and the sanitiser, which
 * dissolves unknown tags, glues every paragraph into one. Elements inside running text stay words.
 */
export function customBlocksAsDivs(root: Element): void {
  // Decided before any change: a parent renamed mid-walk would change how its children read.
  const blocks = [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-') && isBlock(el));
  for (const el of blocks) {
    const div = el.ownerDocument.createElement('div');
    for (const name of el.getAttributeNames()) div.setAttribute(name, el.getAttribute(name) ?? '');
    div.append(...el.childNodes);
    el.replaceWith(div);
  }
}
