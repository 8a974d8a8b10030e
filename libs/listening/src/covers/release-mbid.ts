const MBID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const mbid = (value: unknown): string | undefined =>
  typeof value === 'string' && MBID.test(value.toLowerCase()) ? value.toLowerCase() : undefined;

/** The MusicBrainz release a listen names: the client's `release_mbid`, else ListenBrainz's mapping's. */
export function releaseMbidOf(info: Record<string, unknown> | null): string | undefined {
  if (!info) return undefined;
  const mapping = info['mbid_mapping'];
  const mapped =
    typeof mapping === 'object' && mapping !== null ? (mapping as Record<string, unknown>)['release_mbid'] : undefined;
  return mbid(info['release_mbid']) ?? mbid(mapped);
}
