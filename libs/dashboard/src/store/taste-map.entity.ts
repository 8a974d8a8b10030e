import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, json } from '@app/db';

/** A track placed on a listener's taste map, with what the dashboard shows of it. */
export interface MapPoint {
  trackId: string;
  artist: string;
  title: string;
  x: number;
  y: number;
  cluster: number;
  /** Plays in the 26 weeks the map was fitted on, and the mean length of those listens. */
  plays: number;
  durationMs: number | null;
  vector: number[];
}

/** A listener's taste map and clusters, fitted weekly on the most played tracks of the last 26 weeks. */
@Entity('taste_map')
export class TasteMapEntity {
  @PrimaryColumn({ name: 'listener_id', type: 'varchar', length: 36 })
  listenerId!: string;

  @Column({ name: 'fitted_at', type: 'bigint', transformer: epochMs })
  fittedAt!: number;

  @Column({ type: 'integer' })
  seed!: number;

  @Column({ type: 'integer' })
  clusters!: number;

  @Column({ type: 'text', transformer: json })
  points!: MapPoint[];
}
