import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AudioFeatures } from '@app/contracts';
import { epochMs, json } from '@app/db';

/**
 * The latest analysis of one library track. BPM, key and energy have columns of their own so the library can
 * filter and sort by them; everything measured is kept in `features`.
 */
@Entity('track_analysis')
export class TrackAnalysisEntity {
  @PrimaryColumn({ name: 'track_id', type: 'varchar', length: 36 })
  trackId!: string;

  /** A result of another analyser version is stale and analysed again. */
  @Column({ name: 'analyser_version', type: 'varchar', length: 64 })
  analyserVersion!: string;

  @Column({ name: 'analysed_at', type: 'bigint', transformer: epochMs })
  analysedAt!: number;

  @Column({ type: 'real' })
  bpm!: number;

  /** `A minor`, `F# major`. */
  @Column({ name: 'musical_key', type: 'varchar', length: 16 })
  musicalKey!: string;

  /** The energy axis (0..1). */
  @Column({ type: 'real' })
  energy!: number;

  @Column({ type: 'text', transformer: json })
  features!: AudioFeatures;
}
