/** What a lookup of one song answered: a recording, none at all, or nothing because no provider could answer. */
export type RecordingAnswer = { kind: 'found'; mbid: string } | { kind: 'none' } | { kind: 'unavailable' };

/** Finds the MusicBrainz recording of an artist and title; the app wires it to the resolver. */
export interface RecordingLookup {
  find(artist: string, title: string, signal?: AbortSignal): Promise<RecordingAnswer>;
}

/** The injection token of the {@link RecordingLookup}; without one, listens map by what they carry and the library. */
export const RECORDING_LOOKUP = Symbol('RECORDING_LOOKUP');
