import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '@app/db';

/** A mix in the library: its audio file (a library track), its tracklist and what was written from it. */
@Entity('mix')
export class MixEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'track_id', type: 'varchar', length: 36 })
  trackId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'tracklist_source', type: 'varchar', length: 16 })
  tracklistSource!: string;

  @Column({ name: 'tracklist_format', type: 'varchar', length: 32 })
  tracklistFormat!: string;

  @Column({ name: 'tracklist_text', type: 'text' })
  tracklistText!: string;

  @Column({ name: 'cue_path', type: 'text', nullable: true })
  cuePath!: string | null;

  @Column({ name: 'chapters_method', type: 'varchar', length: 32, nullable: true })
  chaptersMethod!: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
