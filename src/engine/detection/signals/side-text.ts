import { SIDE_CLASS_WORDS, SIDE_ROLES } from '../../data/side-contexts';
import type { Block } from '../../dom/blocks';
import { hasClassWord } from '../../dom/class-words';
import { hidesSubtree } from '../../dom/hidden';
import type { UnitsAround } from '../../dom/unit-around';

/** Text a form widget holds besides one paragraph: field labels, a button, a consent line. */
const WIDGET_EXTRA = 400;
const FORM_CONTROLS = 'input:not([type="hidden"]), select, textarea';

/**
 * Whether a block sits where pages repeat text by design, around the article rather than in it: a comment
 * thread, a form or account screen, cookie consent, an author bio, a caption, an aside, a data table (see
 * data/side-contexts.ts), or hidden microdata. Made once per page: the headline's ancestors are found once,
 * and the answer for each ancestor is remembered, since the paragraphs of one thread share them.
 */
export function sideTextCheck(doc: Document, around: UnitsAround): (block: Block) => boolean {
  // A context that holds the headline is the page or the article itself, whatever its class says
  // ("content has-sidebar", an ASP.NET page's one <form>): the walk up stops there.
  const aroundHeadline = new Set<Element>();
  // A live collection, not a selector query: on a 5 MB page the query alone was a 50 ms task in jsdom.
  for (const h1 of doc.getElementsByTagName('h1'))
    for (let node: Element | null = h1; node; node = node.parentElement) aroundHeadline.add(node);
  const memo = new Map<Element, boolean>();
  const inside = (el: Element): boolean => {
    const path: Element[] = [];
    let answer = false;
    for (let node: Element | null = el; node && !aroundHeadline.has(node); node = node.parentElement) {
      const known = memo.get(node);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(node);
      if (isSideContext(node)) {
        answer = true;
        break;
      }
    }
    for (const node of path) memo.set(node, answer);
    return answer;
  };
  return (block) =>
    inside(block.element) || inFormWidget(block, around) || (block.hidden && hiddenMicrodata(block.element));
}

function isSideContext(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'body' || tag === 'html') return false;
  // The tags of data/side-contexts.ts are read by isProse(), on every block.
  if (tag === 'form') return true;
  if (tag === 'td' && inDataTable(el)) return true;
  const role = el.getAttribute('role');
  if (role && SIDE_ROLES.has(role)) return true;
  return el.getAttribute('aria-modal') === 'true' || hasClassWord(el, SIDE_CLASS_WORDS);
}

/**
 * Microdata the page hides ("<div style=display:none itemscope><span itemprop=articleBody>"): a copy of the
 * article for search engines, as a script's JSON state is, not one rendered for readers.
 */
function hiddenMicrodata(el: Element): boolean {
  let microdata = false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    microdata ||= node.hasAttribute('itemprop') || node.hasAttribute('itemscope');
    if (hidesSubtree(node)) return microdata;
  }
  return false;
}

/** A table with header cells or a caption holds records (a cookie list), not a layout's columns. */
function inDataTable(cell: Element): boolean {
  const table = cell.closest('table');
  return table !== null && table.querySelector('th, thead, caption') !== null;
}

/** A note beside form fields ("Check the boxes below to sign up") that sits in no <form> of its own. */
function inFormWidget(block: Block, around: UnitsAround): boolean {
  return around(block.element, block.text.length, WIDGET_EXTRA).some(
    (unit) => unit.querySelector(FORM_CONTROLS) !== null,
  );
}
