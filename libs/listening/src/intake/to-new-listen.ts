import type { NewListen } from '../listens/new-listen.js';
import type { SubmittedListen } from './submitted-listen.js';

/** A checked ListenBrainz listen as TrueTrack keeps it. */
export function toNewListen(listenerId: string, listen: SubmittedListen, listenedAt: number): NewListen {
  const { artist_name, track_name, release_name, additional_info: info = {} } = listen.trackMetadata;
  const durationMs = typeof info['duration_ms'] === 'number' ? info['duration_ms'] : secondsToMs(info['duration']);
  const recordingMbid = typeof info['recording_mbid'] === 'string' ? info['recording_mbid'].toLowerCase() : undefined;
  const client = typeof info['submission_client'] === 'string' ? info['submission_client'] : undefined;
  return {
    listenerId,
    listenedAt,
    artistName: artist_name,
    trackName: track_name,
    ...(release_name ? { releaseName: release_name } : {}),
    ...(durationMs ? { durationMs } : {}),
    ...(recordingMbid ? { recordingMbid } : {}),
    source: 'listenbrainz-api',
    ...(client ? { client } : {}),
    ...(Object.keys(info).length ? { additionalInfo: info } : {}),
  };
}

function secondsToMs(value: unknown): number | undefined {
  return typeof value === 'number' ? value * 1000 : undefined;
}
