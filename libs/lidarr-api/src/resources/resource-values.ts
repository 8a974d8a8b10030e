/** Lidarr's `cleanName`: lower-case letters and digits only. */
export function cleanName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A MusicBrainz date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the ISO time Lidarr sends; undefined when unknown. */
export function releaseDateTime(date: string | null | undefined): string | undefined {
  if (!date) return undefined;
  const [year, month = '01', day = '01'] = date.split('-');
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T00:00:00Z`;
}

export const isoTime = (epochMs: number): string => new Date(epochMs).toISOString();

/** A folder name from an artist name: no path separators or characters Windows refuses. */
export function folderName(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Unknown Artist'
  );
}

export const NO_RATINGS = { votes: 0, value: 0 } as const;
