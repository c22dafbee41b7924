/** One JSON-LD node: a plain JSON object. */
export type JsonLdNode = { readonly [key: string]: unknown };

export interface JsonLd {
  /** Top-level and @graph nodes, in document order. */
  nodes: JsonLdNode[];
  /** Nodes by @id, to follow references ({"@id": "#org"}). */
  byId: Map<string, JsonLdNode>;
}

const ARTICLE_TYPE = /article|posting|report|newsitem/i;

/** Every JSON-LD node on the page. Invalid JSON is skipped: pages ship broken blocks. */
export function readJsonLd(doc: Document): JsonLd {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    collect(parse(script.textContent ?? ''), nodes);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  return { nodes, byId };
}

/** The node describing the page's story: the first Article-like node, else the first WebPage. */
export function mainNode(ld: JsonLd): JsonLdNode | null {
  return (
    ld.nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t))) ??
    ld.nodes.find((node) => typesOf(node).some((t) => /webpage/i.test(t))) ??
    null
  );
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reference ({"@id": "#org"}) replaced by the node it points to, when the page has it. */
export function resolve(value: unknown, ld: JsonLd): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  return typeof id === 'string' && Object.keys(value).length === 1 ? (ld.byId.get(id) ?? value) : value;
}

function parse(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    return null;
  }
}

function collect(value: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
    return;
  }
  if (!isNode(value)) return;
  if (value['@type'] !== undefined || value['@id'] !== undefined) out.push(value);
  if (value['@graph'] !== undefined) collect(value['@graph'], out);
}
