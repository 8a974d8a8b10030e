/** Every state a job can be in. Values are the names used by the API and stored in the database. */
export enum JobState {
  ResolvingIdentity = 'RESOLVING_IDENTITY',
  UserIntentSelection = 'USER_INTENT_SELECTION',
  Searching = 'SEARCHING',
  Downloading = 'DOWNLOADING',
  Extracting = 'EXTRACTING',
  MatchingMetadata = 'MATCHING_METADATA',
  UserMetadataSelection = 'USER_METADATA_SELECTION',
  Tagging = 'TAGGING',
  Storing = 'STORING',
  /** An album job looks its release up and creates one track job per track. */
  Expanding = 'EXPANDING',
  /** An album or list job whose child jobs are at work; it ends when the last of them ends. */
  AwaitingChildren = 'AWAITING_CHILDREN',
  /** An analysis job measures one library track's audio (tempo, key, loudness…). */
  Analysing = 'ANALYSING',
  Finalized = 'FINALIZED',
  Failed = 'FAILED',
  Cancelled = 'CANCELLED',
}

/** The coarse status a person filters by; derived from the state. */
export enum JobStatus {
  Running = 'running',
  Waiting = 'waiting',
  Success = 'success',
  Error = 'error',
  Cancelled = 'cancelled',
}

/** What a job was asked to do; kinds share the pipeline's states, album and list jobs fan out into track jobs. */
export enum JobKind {
  Track = 'track',
  Import = 'import',
  Album = 'album',
  List = 'list',
  /** Audio analysis of one library track; the query is the track's id. */
  Analysis = 'analysis',
}

/** The decision point a candidate belongs to. */
export enum CandidateStage {
  Intent = 'intent',
  Source = 'source',
  Metadata = 'metadata',
}

/** Why a history entry was written. */
export enum JobEventType {
  Created = 'created',
  Transition = 'transition',
  RetryScheduled = 'retry-scheduled',
  Input = 'input',
  Retried = 'retried',
}
