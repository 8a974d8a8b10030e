/** An indexer as the API shows it: the key masked. */
export interface TorrentIndexerDto {
  id: string;
  name: string;
  url: string;
  apiKey: string;
  categories: number[];
  priority: number;
  enabled: boolean;
}

/** What `POST .../indexers/:id/test` found: the indexer's caps, or why it could not be asked. */
export interface IndexerTestDto {
  ok: boolean;
  message: string;
  musicSearch?: string[];
  audioCategories?: number[];
}
