import { type XmlNode, asNode, attrOf } from './read-xml.js';

export type TorznabErrorKind =
  'unauthorized' | 'not-configured' | 'bad-parameter' | 'unsupported' | 'rate-limited' | 'failed';

/** An error document an indexer sent instead of results, said in words a person can act on. */
export class TorznabError extends Error {
  constructor(
    readonly kind: TorznabErrorKind,
    readonly code: number,
    readonly indexerMessage: string,
  ) {
    super(`${SENTENCES[kind]} (indexer error ${code}: ${indexerMessage})`);
    this.name = 'TorznabError';
  }

  /** Whether asking again later may help (the indexer is throttling us or hit a passing failure). */
  get retryable(): boolean {
    return this.kind === 'rate-limited';
  }
}

const SENTENCES: Record<TorznabErrorKind, string> = {
  unauthorized: 'The indexer refused the API key; check the key in the indexer settings',
  'not-configured': 'The indexer is not configured or not known at this URL',
  'bad-parameter': 'The indexer refused a search parameter',
  unsupported: 'The indexer does not support this search',
  'rate-limited': 'The indexer has reached its request limit; searches resume later',
  failed: 'The indexer failed to answer the search',
};

/** Codes per the Newznab spec as Jackett and Prowlarr use them; 900 carries the tracker's own message. */
function kindOf(code: number, description: string): TorznabErrorKind {
  if (code >= 100 && code < 200) return 'unauthorized';
  if (code === 200 || (code === 201 && /not (configured|specified|supported)/i.test(description)))
    return 'not-configured';
  if (code === 201) return 'bad-parameter';
  if (code === 202 || code === 203) return 'unsupported';
  if (code === 429 || /request limit|too many requests|query limit/i.test(description)) return 'rate-limited';
  if (code === 410) return 'not-configured';
  return 'failed';
}

/** The error a document carries, or undefined when it is not an `<error>` document. */
export function torznabErrorOf(document: XmlNode): TorznabError | undefined {
  const error = asNode(document['error']);
  if (!error) return undefined;
  const code = Number(attrOf(error, 'code'));
  const description = attrOf(error, 'description') ?? '';
  return new TorznabError(kindOf(Number.isFinite(code) ? code : 900, description), code, description);
}
