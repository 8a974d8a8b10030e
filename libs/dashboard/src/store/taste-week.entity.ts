import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WeeklyAggregate } from '@app/core';
import { epochMs, json } from '@app/db';

/** One listener's week, aggregated; `listens` and `mapped` record what it held, so a changed week is done again. */
@Entity('taste_week')
export class TasteWeekEntity {
  @PrimaryColumn({ name: 'listener_id', type: 'varchar', length: 36 })
  listenerId!: string;

  /** `YYYY-WW`, an ISO week in the listener's time zone. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  week!: string;

  @Column({ name: 'week_start', type: 'bigint', transformer: epochMs })
  weekStart!: number;

  @Column({ name: 'week_end', type: 'bigint', transformer: epochMs })
  weekEnd!: number;

  @Column({ type: 'integer' })
  listens!: number;

  @Column({ type: 'integer' })
  mapped!: number;

  @Column({ type: 'text', transformer: json })
  aggregate!: WeeklyAggregate;

  @Column({ name: 'computed_at', type: 'bigint', transformer: epochMs })
  computedAt!: number;
}
