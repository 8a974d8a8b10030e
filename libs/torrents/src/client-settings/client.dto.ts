import type { ClientKind } from './client-input.js';

/** A download client as the API shows it: the password masked. */
export interface TorrentClientDto {
  id: string;
  kind: ClientKind;
  url: string;
  username: string;
  password: string;
  category: string;
  seedRatio: number | null;
  seedMinutes: number | null;
  enabled: boolean;
}

/** What `POST .../clients/:id/test` found: the client's version in words, or why it could not be reached. */
export interface ClientTestDto {
  ok: boolean;
  message: string;
  version?: string;
}
