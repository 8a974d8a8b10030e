import { XMLParser } from 'fast-xml-parser';

/** Elements that repeat in Torznab documents; one occurrence must still come back as an array. */
const REPEATED = new Set(['item', 'torznab:attr', 'attr', 'category', 'subcat']);

// Values stay strings: a release titled "1999" or an infohash of digits must not become a number.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

export type XmlNode = Record<string, unknown>;

/** Parses a Torznab/Newznab document; a UTF-8 byte-order mark before `<?xml` is dropped first. */
export function readXml(text: string): XmlNode {
  const parsed: unknown = parser.parse(text.replace(/^\uFEFF/, ''));
  return parsed && typeof parsed === 'object' ? (parsed as XmlNode) : {};
}

export function asNode(value: unknown): XmlNode | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

export function asNodes(value: unknown): XmlNode[] {
  if (Array.isArray(value)) return value.map(asNode).filter((n): n is XmlNode => n !== undefined);
  const one = asNode(value);
  return one ? [one] : [];
}

/** The text of an element, whether it came back as a string or as an object with attributes. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  const text = node?.['#text'];
  return typeof text === 'string' ? text : undefined;
}

export function attrOf(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}
