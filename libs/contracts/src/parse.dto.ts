/** A version the request asks for ("Numb (Live)" asks for a live recording of "Numb"). */
export interface VersionMarkerDto {
  kind: string;
  detail?: string;
  text: string;
}

/** What `GET /api/v1/parse?q=` understood of a query or a title. */
export interface ParseResultDto {
  input: string;
  cleaned: string;
  artists: string[];
  title: string | null;
  featured: string[];
  versions: VersionMarkerDto[];
  noise: string[];
  separator: 'dash' | 'by' | 'quoted' | 'colon' | 'none';
  /**
   * For a query without separator, or split at an unspaced hyphen: the readings to check against providers, most
   * plausible first.
   */
  splits: { artist: string; title: string }[];
}

/** What `POST /api/v1/resolve` answers: the decision and the ranked candidates with their reasons. */
export interface ResolveResultDto {
  query: string;
  understood: { title: string; artists: string[]; versions: string[] };
  decision: { level: 'strong' | 'medium' | 'low' | 'none'; reason: string; margin: number };
  candidates: { label: string; score: number; reasons: string[]; recording: Record<string, unknown> }[];
  asked: string[];
  failures: { provider: string; message: string }[];
}

/** A provider as `GET /api/v1/providers` lists it. */
export interface ProviderDto {
  id: string;
  displayName: string;
  capabilities: string[];
  enabled: boolean;
  baseUrl: string;
}

/** What `POST /api/v1/providers/:id/test` found. */
export interface ProviderTestDto {
  id: string;
  ok: boolean;
  message: string;
  latencyMs: number;
}
