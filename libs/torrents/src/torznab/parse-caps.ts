import { type XmlNode, asNode, asNodes, attrOf, readXml } from './read-xml.js';
import { torznabErrorOf } from './torznab-error.js';

export interface TorznabCategory {
  id: number;
  name: string;
  parentId?: number;
}

export interface TorznabCaps {
  title?: string;
  /** Parameters of `t=music` (Jackett also says `audio-search`); undefined when the indexer has no music search. */
  musicSearch?: string[];
  /** Parameters of `t=search`; every indexer has at least `q`. */
  search: string[];
  categories: TorznabCategory[];
  maxResults?: number;
}

function searchMode(node: XmlNode | undefined): string[] | undefined {
  if (!node || attrOf(node, 'available') !== 'yes') return undefined;
  // No supportedParams (older Newznab caps) means the mode takes `q` only, as Lidarr assumes.
  const params = attrOf(node, 'supportedParams') ?? 'q';
  return params
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** What an indexer's `t=caps` answer says it can search, and its categories (sub-categories flattened). */
export function parseCaps(xml: string): TorznabCaps {
  const document = readXml(xml);
  const error = torznabErrorOf(document);
  if (error) throw error;
  const caps = asNode(document['caps']);
  if (!caps) throw new Error('The indexer did not answer t=caps with a <caps> document');
  const searching = asNode(caps['searching']);
  const music = searchMode(asNode(searching?.['music-search'])) ?? searchMode(asNode(searching?.['audio-search']));
  const categories: TorznabCategory[] = [];
  for (const category of asNodes(asNode(caps['categories'])?.['category'])) {
    const id = Number(attrOf(category, 'id'));
    if (!Number.isInteger(id)) continue;
    categories.push({ id, name: attrOf(category, 'name') ?? String(id) });
    for (const sub of asNodes(category['subcat'])) {
      const subId = Number(attrOf(sub, 'id'));
      if (Number.isInteger(subId))
        categories.push({ id: subId, name: attrOf(sub, 'name') ?? String(subId), parentId: id });
    }
  }
  const max = Number(attrOf(asNode(caps['limits']), 'max'));
  return {
    title: attrOf(asNode(caps['server']), 'title'),
    musicSearch: music,
    search: searchMode(asNode(searching?.['search'])) ?? ['q'],
    categories,
    maxResults: Number.isInteger(max) && max > 0 ? max : undefined,
  };
}

/** The audio categories (3000 and its 30xx sub-categories) and an indexer's own ones named like music. */
export function audioCategories(caps: TorznabCaps): number[] {
  return caps.categories
    .filter((c) => (c.id >= 3000 && c.id < 4000) || (c.id >= 100000 && /audio|music|lossless|flac|mp3/i.test(c.name)))
    .map((c) => c.id);
}
