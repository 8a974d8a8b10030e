const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);

/**
 * What the server says once it listens: where the UI is and, before the first admin user exists, where to create
 * one with which one-time setup token.
 */
export function startupLines(host: string, port: number, setupToken: string | undefined): string[] {
  const everywhere = EVERY_INTERFACE.has(host);
  const shownHost = everywhere ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const base = `http://${shownHost}:${port}`;
  const lines = [`TrueTrack is ready at ${base}/${everywhere ? ` (listening on every interface, port ${port})` : ''}`];
  if (setupToken) {
    lines.push(`First run: create the admin user at ${base}/setup with the setup token ${setupToken}`);
    lines.push('(the token is also in the file setup-token in the data folder; `truetrack setup-token` shows it)');
  }
  return lines;
}
