import { isNode, type JsonLd, type JsonLdNode, resolve, typesOf } from './json-ld';

/** The names in a value: "Reuters", {"name": "Reuters"}, or a list of either. */
export function namesOf(value: unknown, ld: JsonLd, skipOrganizations = false): string[] {
  const out: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    const node = resolve(item, ld);
    if (typeof node === 'string' && node.trim()) out.push(node.trim());
    if (!isNode(node)) continue;
    if (skipOrganizations && typesOf(node).some((t) => /organi[sz]ation|corporation|newsmedia/i.test(t)))
      continue;
    const name = node.name;
    if (typeof name === 'string' && name.trim()) out.push(name.trim());
  }
  return out;
}

/** The first name in a node's property, or null. */
export function nameAt(node: JsonLdNode | null, key: string, ld: JsonLd): string | null {
  return node ? (namesOf(node[key], ld)[0] ?? null) : null;
}

/** A URL in a value: "https://...", {"url": ...} or {"@id": "https://..."}; lists give their first. */
export function urlOf(value: unknown, ld: JsonLd): string | null {
  for (const item of Array.isArray(value) ? value : [value]) {
    const node = resolve(item, ld);
    if (typeof node === 'string' && /^https?:/i.test(node.trim())) return node.trim();
    if (!isNode(node)) continue;
    for (const key of ['url', '@id', 'mainEntityOfPage']) {
      const candidate = node[key];
      if (typeof candidate === 'string' && /^https?:/i.test(candidate.trim())) return candidate.trim();
    }
  }
  return null;
}

/** A string property of a node, trimmed, or null. */
export function textAt(node: JsonLdNode | null, key: string): string | null {
  const value = node?.[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Nodes in a property (resolved references), for reading nested fields like isBasedOn.publisher. */
export function nodesAt(node: JsonLdNode | null, key: string, ld: JsonLd): JsonLdNode[] {
  const value = node?.[key];
  return (Array.isArray(value) ? value : [value]).map((item) => resolve(item, ld)).filter(isNode);
}
