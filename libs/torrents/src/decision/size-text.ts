const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** Bytes as Lidarr writes them (1024 steps, one decimal above MB): "42 MB", "1.2 GB". */
export function sizeText(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit >= 3 ? 1 : 0;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${UNITS[unit]}`;
}
