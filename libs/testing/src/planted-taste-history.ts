import type { AudioFeatures } from '@app/contracts';
import { type ListenerWeek, seededRandom, shiftWeek, weekOf } from '@app/core';

export interface PlantedTrack {
  id: string;
  artist: string;
  title: string;
  genre: 'folk' | 'techno' | 'outlier';
  durationMs: number;
  features: AudioFeatures;
}

export interface PlantedListen {
  trackId: string;
  artist: string;
  title: string;
  listenedAt: number;
  durationMs: number;
  tags: string[];
}

export interface PlantedHistory {
  timeZone: string;
  weeks: ListenerWeek[];
  tracks: PlantedTrack[];
  listens: PlantedListen[];
  /** 1-based week the genre changes in. */
  changeWeek: number;
  outlierIds: string[];
}

const WEEKS = 16;
const CHANGE_WEEK = 8;
const LISTENS_PER_WEEK = 60;

/**
 * Sixteen weeks of one listener (the last of them the week `lastWeekAt` falls in): quiet acoustic folk until week 7, loud bright techno from week 8, with the
 * techno's tempo drifting up week after week, and two odd tracks (near-silent drones) played once in week 15.
 */
export function plantedHistory({
  seed = 1,
  timeZone = 'Europe/Berlin',
  lastWeekAt = Date.parse('2026-08-26T12:00:00Z'),
}: { seed?: number; timeZone?: string; lastWeekAt?: number } = {}): PlantedHistory {
  const random = seededRandom(seed);
  const last = weekOf(lastWeekAt, timeZone);
  const weeks = Array.from({ length: WEEKS }, (_, i) => shiftWeek(last, i - (WEEKS - 1), timeZone));
  const folk = Array.from({ length: 40 }, (_, i) => folkTrack(i, random));
  const techno = Array.from({ length: 40 }, (_, i) => technoTrack(i, random));
  const drones = [0, 1].map((i) => droneTrack(i));
  const listens: PlantedListen[] = [];
  weeks.forEach((week, w) => {
    const weekNumber = w + 1;
    for (let n = 0; n < LISTENS_PER_WEEK; n++) {
      const track = weekNumber < CHANGE_WEEK ? pick(folk, random) : driftingTechno(techno, weekNumber, random);
      listens.push(listenOf(track, week, random));
    }
    if (weekNumber === 15) for (const drone of drones) listens.push(listenOf(drone, week, random));
  });
  return {
    timeZone,
    weeks,
    tracks: [...folk, ...techno, ...drones],
    listens: listens.sort((a, b) => a.listenedAt - b.listenedAt),
    changeWeek: CHANGE_WEEK,
    outlierIds: drones.map((d) => d.id),
  };
}

/** Techno whose tempo follows the drift: week 8 near 118 BPM, rising ~3 BPM a week. */
function driftingTechno(techno: PlantedTrack[], week: number, random: () => number): PlantedTrack {
  const wanted = 118 + (week - CHANGE_WEEK) * 3;
  const near = [...techno]
    .sort((a, b) => Math.abs(a.features.bpm - wanted) - Math.abs(b.features.bpm - wanted))
    .slice(0, 10);
  return pick(near, random);
}

function listenOf(track: PlantedTrack, week: ListenerWeek, random: () => number): PlantedListen {
  const listenedAt = Math.floor(week.start + 60_000 + random() * (week.end - week.start - 120_000));
  return {
    trackId: track.id,
    artist: track.artist,
    title: track.title,
    listenedAt,
    durationMs: track.durationMs,
    tags: [track.genre],
  };
}

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

const jitter = (random: () => number, size: number) => (random() - 0.5) * 2 * size;

function folkTrack(i: number, random: () => number): PlantedTrack {
  return {
    id: `00000000-0000-4000-8000-${String(1000 + i).padStart(12, '0')}`,
    artist: `Folk Artist ${i % 8}`,
    title: `Folk Song ${i}`,
    genre: 'folk',
    durationMs: 200_000 + Math.floor(random() * 60_000),
    features: features(random, {
      bpm: 80 + jitter(random, 8),
      scale: 'minor',
      danceability: 0.8 + jitter(random, 0.2),
      dynamicComplexity: 6 + jitter(random, 1),
      onsetRate: 1.5 + jitter(random, 0.4),
      spectralCentroidHz: 900 + jitter(random, 150),
      loudnessLufs: -21 + jitter(random, 2),
    }),
  };
}

function technoTrack(i: number, random: () => number): PlantedTrack {
  return {
    id: `00000000-0000-4000-8000-${String(2000 + i).padStart(12, '0')}`,
    artist: `Techno Artist ${i % 8}`,
    title: `Techno Cut ${i}`,
    genre: 'techno',
    durationMs: 300_000 + Math.floor(random() * 90_000),
    features: features(random, {
      bpm: 115 + (i / 39) * 40,
      scale: 'major',
      danceability: 2.5 + jitter(random, 0.2),
      dynamicComplexity: 1.5 + jitter(random, 0.4),
      onsetRate: 5 + jitter(random, 0.5),
      spectralCentroidHz: 3500 + jitter(random, 300),
      loudnessLufs: -7 + jitter(random, 1),
    }),
  };
}

function droneTrack(i: number): PlantedTrack {
  return {
    id: `00000000-0000-4000-8000-${String(9000 + i).padStart(12, '0')}`,
    artist: 'Drone Ensemble',
    title: `Drone ${i}`,
    genre: 'outlier',
    durationMs: 1_200_000,
    features: features(() => 0.5, {
      bpm: 0,
      scale: 'minor',
      danceability: 0.05,
      dynamicComplexity: 12,
      onsetRate: 0.05,
      spectralCentroidHz: 180,
      loudnessLufs: -38,
    }),
  };
}

function features(
  random: () => number,
  f: Pick<
    AudioFeatures,
    'bpm' | 'scale' | 'danceability' | 'dynamicComplexity' | 'onsetRate' | 'spectralCentroidHz' | 'loudnessLufs'
  >,
): AudioFeatures {
  return {
    ...f,
    bpmConfidence: 3.8,
    key: 'A',
    keyStrength: 0.7 + jitter(random, 0.1),
    rms: 0.1,
    energy: 0.05,
    mfccMeans: new Array<number>(13).fill(0),
    loudnessRangeLu: 5,
    analysedSeconds: 30,
  };
}
