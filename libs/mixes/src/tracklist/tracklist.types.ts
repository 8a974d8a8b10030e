import type { ParsedRequest } from '@app/core';

/** How much of a line's start time the paste gives away. */
export type StartPrecision = 'second' | 'minute' | 'ten-minutes' | 'none';

export type TracklistFormat = 'timed' | 'numbered-timestamp' | 'mixesdb' | 'discogs' | 'youtube-music' | 'plain';

/** What one pasted line names: a track, or an unidentified one ("ID - ID", "?"). */
export interface TrackCredit {
  /** The artist credit as written ("Count Basie ft. Jimmy Rushing"); empty when the paste has none. */
  artist: string;
  /** The title as written, version markers included ("Sing, Sing, Sing (Extended Mix)"). */
  title: string;
  /** Record label and catalogue number from a "[LABEL]" suffix, when given. */
  label?: string;
  /** Nobody knows what plays here ("ID - ID", "?"): never sent to the resolver. */
  unidentified: boolean;
  /** The title parser's reading of the credit; absent for unidentified lines. */
  parsed?: ParsedRequest;
}

/** One slot of the mix: what starts playing at one moment, with what is played over it ("w/" lines). */
export interface TracklistEntry extends TrackCredit {
  /** 1-based position of the slot in the mix. */
  position: number;
  /** Start in seconds from the beginning of the mix file; undefined when unknown. */
  start?: number;
  startPrecision: StartPrecision;
  /** Disc and track number as printed by CD inlays and Discogs ("1.4", the second "01" of a 2-CD mix). */
  disc?: number;
  number?: number;
  /** Tracks played together with this one ("w/ Louis Prima - Sing, Sing, Sing (Acapella)"). */
  together: TrackCredit[];
  /** 1-based line of the paste the slot comes from. */
  line: number;
  raw: string;
}

export interface SkippedLine {
  line: number;
  raw: string;
  reason: 'header' | 'credit' | 'unreadable';
}

export interface ParsedTracklist {
  format: TracklistFormat;
  /** A first line naming the set ("Loopback Sessions 001 (Live @ 127.0.0.1) 2026-11-14"). */
  heading?: string;
  entries: TracklistEntry[];
  skipped: SkippedLine[];
}
