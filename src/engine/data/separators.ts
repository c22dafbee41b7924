// The marks that part a title from its site's name and one label from the next on a line: "Title | Daily8",
// "Title - BBC News", "Gizmodo · Kelsey Campbell", "Reuters · 3 h ago".

const TITLE_MARKS = '|\\u2013\\u2014\\u00b7\\u00bb\\u2022';

/** " | Daily8", " - BBC News", " — The Verge", " · Gizmodo", " » Site", " :: Site". */
export const TITLE_SEPARATOR = new RegExp(String.raw`\s+[${TITLE_MARKS}]\s+|\s+-\s+|\s+::\s+`);

/** What is left of a separator at the end of a title's head once its tail is cut. */
export const TITLE_SEPARATOR_LEFT = new RegExp(String.raw`[\s${TITLE_MARKS}:-]+$`, 'u');

/** A label's text before a time ending in a separator: "Reuters ·", "Politics |", "Sport:". */
export const LABEL_SEPARATOR_END = /[\u00b7\u2022|\u2013\u2014:,/-]$/u;
