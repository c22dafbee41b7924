// Checks for what the reader types into the rule lists, line by line, so a mistake is shown where it was
// made and never reaches the engine as a thrown error.
import { MAX_RULE_CHARS, MAX_RULES, normaliseHost } from '../../formats/settings-fields';

export type ListKind = 'phrases' | 'selectors' | 'hosts';

interface LineError {
  /** 1-based, as the reader counts lines. */
  line: number;
  text: string;
}

export interface ListCheck {
  values: string[];
  errors: LineError[];
}

/** A selector the browser can parse. A fragment has no elements, so nothing is matched or styled. */
export function isValidSelector(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function checkLine(kind: ListKind, text: string, doc: Document): string | null {
  if (text.length > MAX_RULE_CHARS) return null;
  if (kind === 'selectors') return isValidSelector(text, doc) ? text : null;
  if (kind === 'hosts') return normaliseHost(text);
  return text;
}

export function checkList(kind: ListKind, input: string, doc: Document): ListCheck {
  const values: string[] = [];
  const errors: LineError[] = [];
  input.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const value = checkLine(kind, text, doc);
    if (value === null || values.length >= MAX_RULES) errors.push({ line: index + 1, text });
    else if (!values.includes(value)) values.push(value);
  });
  return { values, errors };
}
