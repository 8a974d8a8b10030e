// ListenBrainz's own limits (listenbrainz/webserver/views/api_tools.py), kept so that clients see the same answers.

/** Largest listen in bytes; a request may be at most this many bytes per listen it carries. */
export const MAX_LISTEN_SIZE = 10_240;
export const MAX_LISTENS_PER_REQUEST = 1_000;
export const MAX_LISTEN_PAYLOAD_SIZE = MAX_LISTEN_SIZE * MAX_LISTENS_PER_REQUEST;
export const MAX_TAGS_PER_LISTEN = 50;
export const MAX_TAG_SIZE = 64;
/** 24 days, in seconds and in milliseconds. */
export const MAX_DURATION_LIMIT = 24 * 24 * 60 * 60;
export const MAX_DURATION_MS_LIMIT = MAX_DURATION_LIMIT * 1000;
/** 2002-10-01 00:00:00 UTC, the founding of Last.fm: nothing was scrobbled before. */
export const LISTEN_MINIMUM_TS = 1_033_410_600;
/** How far ahead of the server's clock a listen may be, for clients whose clocks run fast. */
export const LISTENED_AT_ALLOWED_SKEW = 60 * 60;
