/**
 * Who a request speaks for, as one string: `user:<id>` for a signed-in person, `api` for the API key, `local` for
 * the local-address exemption (neither of the last two says who is behind it). The auth guard sets it; features
 * that keep things per person (search history) or deliver them to one person only (search answers on the event
 * stream) read it without depending on how callers sign in.
 */
const PERSON = Symbol('truetrack:person');

type WithPerson = { [PERSON]?: string };

export function setRequestPerson(request: object, person: string): void {
  (request as WithPerson)[PERSON] = person;
}

/** Undefined before the guard ran. */
export function requestPerson(request: object): string | undefined {
  return (request as WithPerson)[PERSON];
}
