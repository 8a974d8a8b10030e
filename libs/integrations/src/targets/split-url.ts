/**
 * A full URL as the platform HttpClient takes it: a base ending in `/` and the last segment as the path, so a
 * webhook URL is called exactly as given (the client would add a trailing `/` to a base without a path).
 */
export function splitUrl(url: string): { base: string; path: string } {
  const parsed = new URL(url);
  const cut = parsed.pathname.lastIndexOf('/');
  return {
    base: `${parsed.origin}${parsed.pathname.slice(0, cut + 1)}`,
    path: `${parsed.pathname.slice(cut + 1)}${parsed.search}`,
  };
}
