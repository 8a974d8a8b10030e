/** The taste axes the dashboard follows, in the order of every axis array below. */
export const DASHBOARD_AXES = ['energy', 'danceability', 'brightness', 'acousticness', 'valence', 'tempo'] as const;
export type DashboardAxis = (typeof DASHBOARD_AXES)[number];

export const DASHBOARD_MOODS = ['upbeat', 'intense', 'relaxed', 'sombre'] as const;
export type DashboardMood = (typeof DASHBOARD_MOODS)[number];

/** A track as the dashboard shows it. */
export interface DashboardTrackDto {
  trackId: string;
  artist: string;
  title: string;
  plays: number;
}

/** One listener's week in figures (`YYYY-WW`, an ISO week in the listener's time zone). */
export interface DashboardWeekDto {
  week: string;
  /** Start and end of the week as ISO 8601 instants. */
  start: string;
  end: string;
  listens: number;
  minutes: number;
  distinctTracks: number;
  distinctArtists: number;
  /** 0..1: how evenly plays spread over artists and over tags. */
  artistDiversity: number;
  tagDiversity: number;
  analysedListens: number;
  /** Per axis (DASHBOARD_AXES order), 0..1; null without analysed listens. */
  means: number[] | null;
  spreads: number[] | null;
  topTags: { tag: string; count: number }[];
  moods: Record<DashboardMood, number>;
  /** The week still runs: it is aggregated again as listens arrive. */
  open: boolean;
}

/** `GET /api/v1/dashboard/overview`. */
export interface DashboardOverviewDto {
  listenerId: string;
  timeZone: string;
  thisWeek: DashboardWeekDto | null;
  lastWeek: DashboardWeekDto | null;
  /** Weeks with listens, all time. */
  weeks: number;
  /** How far the smoothed taste (EMA, span 4) moved in the last week, and per axis. */
  momentum: { speed: number; change: number[] } | null;
  /** The newest lasting shift found on energy or valence. */
  lastChange: DashboardChangeDto | null;
  topTracks: DashboardTrackDto[];
  /** The person's own names for the axes (those they did not name keep the built-in name). */
  labels: Record<DashboardAxis, string>;
}

export interface DashboardChangeDto {
  week: string;
  axis: 'energy' | 'valence';
  direction: 'up' | 'down';
}

/** One week on the taste map, with an arrow to the next. */
export interface TrajectoryPointDto {
  week: string;
  /** Place on the 2-D map; null when none of the week's tracks is on the map. */
  x: number | null;
  y: number | null;
  energy: number | null;
  listens: number;
  /** The week's most played tracks, for the tooltip. */
  tracks: DashboardTrackDto[];
}

/** `GET /api/v1/dashboard/trajectory?window=12w`. */
export interface TrajectoryDto {
  window: string;
  points: TrajectoryPointDto[];
  /** Tracks on the map (the most played of the last 26 weeks) with their cluster. */
  map: { trackId: string; x: number; y: number; energy: number; cluster: number }[];
  clusters: number;
  /** When the map was fitted (ISO 8601) and the seed it was fitted with. */
  fittedAt: string | null;
  seed: number;
  ema: (number[] | null)[];
  momentum: { speed: number; change: number[] } | null;
  changes: DashboardChangeDto[];
}

export interface RadarAxisDto {
  axis: DashboardAxis;
  label: string;
  week: number;
  baseline: number;
  /** The other week's value when comparing two weeks. */
  compare?: number;
  z: number;
}

/** `GET /api/v1/dashboard/radar?week=YYYY-WW[&compare=YYYY-WW]`. */
export interface RadarDto {
  week: string;
  compare: string | null;
  /** Weeks of the 6-month baseline that had analysed listens. */
  baselineWeeks: number;
  axes: RadarAxisDto[];
  /** The week's tracks that pull it furthest from the baseline on its most changed axis. */
  shift: { axis: DashboardAxis; tracks: DashboardTrackDto[] } | null;
}

/** `GET /api/v1/dashboard/moods`: listens per mood per week (a stream graph). */
export interface MoodsDto {
  window: string;
  filter: { artist?: string; source?: string };
  weeks: { week: string; moods: Record<DashboardMood, number> }[];
}

export interface OutlierDto extends DashboardTrackDto {
  /** Standardised distance from the 90-day centroid. */
  distance: number;
  axes: number[];
}

/** `GET /api/v1/dashboard/outliers`. */
export interface OutliersDto {
  since: string;
  tracks: OutlierDto[];
}

export interface MixtapeTrackDto extends DashboardTrackDto {
  durationMs: number;
}

/** `GET /api/v1/dashboard/mixtape?week=YYYY-WW`. */
export interface MixtapeDto {
  week: string;
  cluster: number | null;
  durationMs: number;
  short: boolean;
  tracks: MixtapeTrackDto[];
}

export const MIXTAPE_FORMATS = ['m3u8', 'jspf', 'request'] as const;
export type MixtapeFormat = (typeof MIXTAPE_FORMATS)[number];

/** `POST /api/v1/aggregate/weeks`. */
export interface AggregateWeeksRequest {
  listenerId?: string;
  /** Compute every week again, closed ones too. */
  rebuild?: boolean;
  /** Fit the taste map and clusters again as well. */
  refit?: boolean;
}

export interface AggregateWeeksResultDto {
  listeners: number;
  weeksComputed: number;
  mapsFitted: number;
  ms: number;
}

/** `POST /api/v1/labels`: a person's own name for an axis; an empty label brings the built-in one back. */
export interface SaveAxisLabelRequest {
  listenerId?: string;
  axis: DashboardAxis;
  label: string;
}
