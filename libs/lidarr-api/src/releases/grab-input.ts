import { LidarrValidationError } from '../http/lidarr-validation.error.js';

/** What Lidarr's clients send to grab: the whole ReleaseResource, of which guid and indexerId pick the release. */
export function readGrabInput(raw: unknown): { guid: string; indexerId: number } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw LidarrValidationError.of('body', 'The body must be a release: { guid, indexerId }');
  const body = raw as Record<string, unknown>;
  const guid = body['guid'];
  if (typeof guid !== 'string' || !guid.trim() || guid.length > 2000)
    throw LidarrValidationError.of('guid', 'guid is required: the guid of a release from GET /api/v1/release', guid);
  const indexerId = body['indexerId'];
  if (!Number.isInteger(indexerId) || (indexerId as number) < 1)
    throw LidarrValidationError.of('indexerId', 'indexerId is required: the indexerId of that release', indexerId);
  return { guid, indexerId: indexerId as number };
}
