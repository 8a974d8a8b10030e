import { type XmlNode, asNode, asNodes, attrOf, readXml, textOf } from './read-xml.js';
import { torznabErrorOf } from './torznab-error.js';
import type { TorznabRelease } from './torznab-release.js';

const isHttp = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);
const isMagnet = (url: string | undefined): url is string => !!url && /^magnet:\?/i.test(url);

function count(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

function decimal(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** The `torznab:attr` (or, in Newznab feeds, `newznab:attr`) values of an item by name; names may repeat. */
function attributesOf(item: XmlNode): Map<string, string[]> {
  const attributes = new Map<string, string[]>();
  for (const attr of [...asNodes(item['torznab:attr']), ...asNodes(item['newznab:attr']), ...asNodes(item['attr'])]) {
    const name = attrOf(attr, 'name')?.toLowerCase();
    const value = attrOf(attr, 'value');
    if (name && value !== undefined) attributes.set(name, [...(attributes.get(name) ?? []), value]);
  }
  return attributes;
}

function infoHashOf(value: string | undefined, magnet: string | undefined): string | undefined {
  const fromMagnet = magnet?.match(/xt=urn:btih:([0-9a-f]{40})/i)?.[1];
  const hash = value && /^[0-9a-f]{40}$/i.test(value) ? value : fromMagnet;
  return hash?.toLowerCase();
}

function releaseOf(item: XmlNode): TorznabRelease | undefined {
  const title = textOf(item['title'])?.trim();
  if (!title) return undefined;
  const attrs = attributesOf(item);
  const attr = (name: string) => attrs.get(name)?.[0];
  const enclosure = asNode(item['enclosure']);
  const enclosureUrl = attrOf(enclosure, 'url');
  const link = textOf(item['link']);
  const magnetUrl = [attr('magneturl'), enclosureUrl, link].find(isMagnet);
  const torrentUrl = [enclosureUrl, link].find(isHttp);
  // Size: the attribute, then the element (Jackett), and the enclosure's length last: trackers' own feeds put
  // the .torrent file's length there, not the content's.
  const sizeBytes = count(attr('size')) ?? count(textOf(item['size'])) ?? count(attrOf(enclosure, 'length'));
  const seeders = count(attr('seeders'));
  const peers = count(attr('peers'));
  const leechers =
    count(attr('leechers')) ??
    (peers !== undefined && seeders !== undefined ? Math.max(0, peers - seeders) : undefined);
  const categories = [...(attrs.get('category') ?? []), ...[item['category']].flat().map(textOf)]
    .map((c) => count(c))
    .filter((c): c is number => c !== undefined);
  const published = textOf(item['pubDate']);
  const publishedAt = published ? new Date(published) : undefined;
  return {
    title,
    guid: textOf(item['guid']) ?? torrentUrl ?? magnetUrl ?? title,
    torrentUrl,
    magnetUrl,
    infoHash: infoHashOf(attr('infohash'), magnetUrl),
    sizeBytes,
    seeders,
    leechers,
    files: count(textOf(item['files'])) ?? count(attr('files')),
    grabs: count(textOf(item['grabs'])) ?? count(attr('grabs')),
    categories: [...new Set(categories)],
    publishedAt: publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : undefined,
    indexerName: textOf(item['jackettindexer']),
    downloadVolumeFactor: decimal(attr('downloadvolumefactor')),
    minimumRatio: decimal(attr('minimumratio')),
    minimumSeedTimeSeconds: count(attr('minimumseedtime')),
  };
}

/** The releases of a Torznab search answer; an `<error>` document throws a TorznabError. */
export function parseSearch(xml: string): TorznabRelease[] {
  const document = readXml(xml);
  const error = torznabErrorOf(document);
  if (error) throw error;
  const channel = asNode(asNode(document['rss'])?.['channel']);
  if (!channel) throw new Error('The indexer did not answer the search with an RSS document');
  return asNodes(channel['item'])
    .map(releaseOf)
    .filter((r): r is TorznabRelease => r !== undefined);
}
