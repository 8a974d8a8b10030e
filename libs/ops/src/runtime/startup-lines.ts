const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);

/** What the server says once it listens: where the UI is and, before the first admin user exists, where to create one. */
export function startupLines(host: string, port: number, needsSetup: boolean): string[] {
  const everywhere = EVERY_INTERFACE.has(host);
  const shownHost = everywhere ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const base = `http://${shownHost}:${port}`;
  const lines = [`TrueTrack is ready at ${base}/${everywhere ? ` (listening on every interface, port ${port})` : ''}`];
  if (needsSetup) lines.push(`First run: create the admin user at ${base}/setup`);
  return lines;
}
