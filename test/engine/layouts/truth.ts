// A generated page and its ground truth, which travels with it.

export interface LayoutPage {
  html: string;
  url: string;
  lang: string;
  title: string;
  /** The original outlet (aggregator pages); the site itself on ordinary pages. */
  outlet: string;
  /** The story's paragraphs, each once, as written in the plain copy. */
  paragraphs: string[];
  /** Each paragraph's distinct printed forms (plain first, then typographic variants), for exact counts. */
  forms: string[][];
  /** Must not survive, on the cleaned page nor in the article: promos, attribution, teaser leftovers. */
  junk: string[];
  /** Must not be in the article: outlet/time labels, other stories' titles and list headings. */
  extractJunk: string[];
  /** How many renderings of the body the page holds (a responsive pair is two). */
  copies: number;
  /** The dimension values this page combines ("style:table", "copy:teaser", "label:fr-clock", ...). */
  dims: string[];
}
