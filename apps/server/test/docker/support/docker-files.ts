import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's docker/ folder. */
export const DOCKER_DIR = fileURLToPath(new URL('../../../../../docker/', import.meta.url));

export const readDockerFile = (name: string): string => readFileSync(join(DOCKER_DIR, name), 'utf8');

/** The default of a compose interpolation like `${PUID:-99}`; the text itself when it is not one. */
export function composeDefault(value: unknown): string {
  const text = String(value);
  const match = /^\$\{[A-Z_]+:?-([^}]*)\}$/.exec(text);
  return match ? match[1]! : text;
}

/** Default values of the entrypoint's `NAME="${NAME:-default}"` lines. */
export function entrypointDefaults(script: string): Record<string, string> {
  return Object.fromEntries(
    [...script.matchAll(/^([A-Z_]+)="\$\{([A-Z_]+):-([^}]*)\}"$/gm)].map((m) => [m[2]!, m[3]!]),
  );
}
