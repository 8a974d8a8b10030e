import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DashboardChangeDto, OutliersDto } from '@app/contracts';
import { epochMs, json } from '@app/db';

/**
 * What the dashboard would otherwise compute on every request from two years of weeks or 90 days of listens:
 * the change points and the outlier ranking, computed by each refresh of the listener.
 */
@Entity('taste_summary')
export class TasteSummaryEntity {
  @PrimaryColumn({ name: 'listener_id', type: 'varchar', length: 36 })
  listenerId!: string;

  /** The listener's running week (`YYYY-WW`) when computed: once another week has begun the figures are stale. */
  @Column({ type: 'varchar', length: 8 })
  week!: string;

  @Column({ name: 'computed_at', type: 'bigint', transformer: epochMs })
  computedAt!: number;

  @Column({ type: 'text', transformer: json })
  changes!: DashboardChangeDto[];

  /** The ranking of the 90 days up to `computedAt`, as long as the outliers route may ask for. */
  @Column({ type: 'text', transformer: json })
  outliers!: OutliersDto;
}
