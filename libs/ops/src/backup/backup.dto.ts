/** One backup file in `<data dir>/backups`, as `GET /api/v1/system/backups` lists it. */
export interface BackupDto {
  /** File name, e.g. `truetrack-20261121-070509.sqlite`. */
  name: string;
  /** Bytes. */
  size: number;
  /** ISO 8601: when the backup was written. */
  createdAt: string;
}
