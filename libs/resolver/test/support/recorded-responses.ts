import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** One request/response pair of a vcrpy cassette. */
export interface CassetteInteraction {
  request: { method: string; uri: string; body: string | null };
  response: { status: { code: number }; body: { string: string } };
}

/** A recorded file under test/fixtures, as text (`path` like `itunes/<file>.json`). */
export function recordedText(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

export function recordedJson<T>(path: string): T {
  return JSON.parse(recordedText(path)) as T;
}

export function cassette(path: string): CassetteInteraction[] {
  return (parse(recordedText(path)) as { interactions: CassetteInteraction[] }).interactions;
}

/** The raw response body of a cassette's `index`-th interaction, as the service sent it. */
export function cassetteBody(path: string, index = 0): string {
  const interaction = cassette(path)[index];
  if (!interaction) throw new Error(`${path} has no interaction ${index}`);
  return interaction.response.body.string;
}

export function cassetteJson<T>(path: string, index = 0): T {
  return JSON.parse(cassetteBody(path, index)) as T;
}

/** A fake-server reply carrying a recorded body exactly as the service sent it. */
export function recordedReply(
  body: string,
  status = 200,
): { status: number; headers: Record<string, string>; body: string } {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}
