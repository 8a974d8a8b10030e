import { requestPerson } from '@app/platform';

/**
 * Whose history and preferences a request uses: a signed-in person by their user id; the API key and the
 * local-address exemption each stand for one caller, since neither says who is behind it.
 */
export function personOf(request: object): string {
  return requestPerson(request) ?? 'local';
}
