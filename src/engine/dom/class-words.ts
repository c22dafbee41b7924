/**
 * The words of an element's class and id, lower-cased: "glbComentarios-lista" and "comment_item" read as
 * "glb comentarios lista" and "comment item". Empty for the many elements without either attribute.
 */
function classWords(el: Element): string[] {
  if (!el.hasAttributes()) return [];
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** True when one of the element's class or id words is in `words`. */
export function hasClassWord(el: Element, words: ReadonlySet<string>): boolean {
  for (const word of classWords(el)) if (words.has(word)) return true;
  return false;
}
