import { join, relative, sep } from 'node:path';

/** A path under the library root as a media server sees it, when its `libraryPath` setting says where that is. */
export function toServerPath(path: string, libraryRoot: string, serverRoot: string | undefined): string {
  if (!serverRoot) return path;
  const inside = relative(libraryRoot, path);
  if (inside.startsWith('..')) return path;
  return [serverRoot.replace(/\/+$/, ''), ...inside.split(sep).filter(Boolean)].join('/');
}

/** The other way: a path a media server named, as TrueTrack sees it. */
export function fromServerPath(path: string, libraryRoot: string, serverRoot: string | undefined): string {
  if (!serverRoot) return path;
  const base = serverRoot.replace(/\/+$/, '');
  if (path !== base && !path.startsWith(`${base}/`)) return path;
  return join(libraryRoot, ...path.slice(base.length).split('/').filter(Boolean));
}
