/** A track as playlists name it. */
export interface PlaylistTrack {
  artist: string;
  title: string;
  durationMs: number | null;
  /** Where a player finds it (a library path or URL); M3U8 entries without one name the track only. */
  location?: string | null;
  album?: string | null;
}

/** An extended M3U playlist (UTF-8), as players and TrueTrack's own list import read it. */
export function toM3u8(title: string, tracks: PlaylistTrack[]): string {
  const lines = ['#EXTM3U', `#PLAYLIST:${oneLine(title)}`];
  for (const t of tracks) {
    const seconds = t.durationMs === null ? -1 : Math.round(t.durationMs / 1000);
    lines.push(`#EXTINF:${seconds},${oneLine(t.artist)} - ${oneLine(t.title)}`);
    lines.push(t.location ? oneLine(t.location) : `${oneLine(t.artist)} - ${oneLine(t.title)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A JSPF playlist as ListenBrainz imports it (https://www.xspf.org/jspf). */
export function toJspf(title: string, tracks: PlaylistTrack[], creator: string) {
  return {
    playlist: {
      title,
      creator,
      track: tracks.map((t) => ({
        title: t.title,
        creator: t.artist,
        ...(t.album && { album: t.album }),
        ...(t.durationMs !== null && { duration: t.durationMs }),
        ...(t.location && { location: [t.location] }),
      })),
    },
  };
}

/** Lines `Artist - Title`, one per track: the text `POST /api/v1/lists` turns into one request each. */
export function toRequestListText(tracks: Pick<PlaylistTrack, 'artist' | 'title'>[]): string {
  return tracks.map((t) => `${oneLine(t.artist)} - ${oneLine(t.title)}`).join('\n');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}
