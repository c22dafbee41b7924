// Keeps what the cleaner removed: each element is swapped for an empty comment that marks its place,
// so "Show original" can put every node back exactly where it was.
import type { Removal, Remover } from '../../engine/types';

interface Kept {
  element: Element;
  placeholder: Comment;
}

export class RemovalKeeper {
  private kept: Kept[] = [];

  readonly remove: Remover = (element: Element, _removal: Removal) => {
    const placeholder = element.ownerDocument.createComment('clean-reader');
    element.replaceWith(placeholder);
    this.kept.push({ element, placeholder });
  };

  get count(): number {
    return this.kept.length;
  }

  /** Restores in reverse order, so an element removed from inside an earlier removal goes back first. */
  restore(): void {
    for (const { element, placeholder } of this.kept.reverse()) placeholder.replaceWith(element);
    this.kept = [];
  }
}
