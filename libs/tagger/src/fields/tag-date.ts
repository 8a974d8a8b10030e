const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the start of a tag's date (iTunes adds a time); undefined otherwise. */
export function normalizeDate(text: string | undefined): string | undefined {
  const match = DATE.exec(text?.trim() ?? '');
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter((part) => part !== undefined).join('-');
}

/** ID3v2.3 has no full date frame: the year goes into TYER and day+month (`DDMM`) into TDAT. */
export function id3v23Date(date: string): { year: string; dayMonth?: string } {
  const [year = '', month, day] = date.split('-');
  return month && day ? { year, dayMonth: `${day}${month}` } : { year };
}

/** The date back from ID3v2.3's TYER and TDAT. */
export function fromId3v23Date(year: string | undefined, dayMonth: string | undefined): string | undefined {
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const match = /^(\d{2})(\d{2})$/.exec(dayMonth ?? '');
  return match ? `${year}-${match[2]}-${match[1]}` : year;
}
