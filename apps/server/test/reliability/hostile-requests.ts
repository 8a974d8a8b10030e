import type { ApiRoute } from './api-routes.js';
import { hostileLinks, hostileString, hostileValue, nestedJson, pollutionKeys } from './hostile-values.js';
import type { SeededRandom } from './seeded-random.js';

export interface HostileRequest {
  method: string;
  /** Path and query, already encoded as sent. */
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was wrong with it, for the failure message. */
  what: string;
}

/** Ids a path parameter may take besides hostile ones, so some requests reach deeper than the 404. */
export type KnownIds = (route: ApiRoute, param: string) => string[];

const JSON_TYPE = 'application/json';

/** Percent-encodes every byte outside unreserved ASCII; `keepSlashes` leaves `/` `.` `%` raw for traversal. */
function encode(value: string, keepSlashes: boolean): string {
  const safe = keepSlashes ? /[A-Za-z0-9\-_.~/%\\]/ : /[A-Za-z0-9\-_.~]/;
  let out = '';
  for (const char of value) {
    out += safe.test(char)
      ? char
      : [...Buffer.from(char, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
  return out;
}

/** Node refuses to send header values with control or non-Latin-1 characters: keep what it allows. */
function headerValue(value: string): string {
  return value.replace(/[^\t\x20-\x7e]/g, '?').slice(0, 8000);
}

function pathOf(random: SeededRandom, route: ApiRoute, knownIds: KnownIds): string {
  return route.path.replace(/\{(\w+)\}/g, (_match, param: string) => {
    const known = knownIds(route, param);
    if (known.length && random.chance(0.25)) return encode(random.pick(known), false);
    return encode(hostileString(random), random.chance(0.3));
  });
}

function queryOf(random: SeededRandom, route: ApiRoute): string {
  const pairs: string[] = [];
  const add = (name: string, value: string) =>
    pairs.push(`${encode(name, false)}=${encode(value, random.chance(0.3))}`);
  for (const name of route.queryParams) {
    if (!random.chance(0.6)) continue;
    add(name, hostileString(random));
    if (random.chance(0.3)) add(name, hostileString(random));
    if (random.chance(0.15)) pairs.push(`${name}[]=1&${name}[]=2`);
    if (random.chance(0.1)) pairs.push(`${name}[${random.pick(pollutionKeys)}][x]=1`);
  }
  if (random.chance(0.15)) pairs.push(`${random.pick(pollutionKeys)}[polluted]=1`);
  if (random.chance(0.05)) pairs.push(Array.from({ length: 500 }, (_, i) => `k${i}=${i}`).join('&'));
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function headersOf(random: SeededRandom, route: ApiRoute): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of route.headerParams) {
    if (random.chance(0.5)) headers[name.toLowerCase()] = headerValue(hostileString(random));
  }
  if (route.headerParams.some((h) => h.toLowerCase() === 'range') && random.chance(0.5)) {
    headers['range'] = random.pick([
      'bytes=-1-',
      'bytes=99999999999999999999-',
      'bytes=5-1',
      'bytes=0-0,'.repeat(500),
      'bits=0-1',
      'bytes=-0',
      'bytes=NaN-',
    ]);
  }
  return headers;
}

interface Body {
  what: string;
  type?: string;
  encoding?: string;
  bytes: Buffer;
}

function fieldsObject(random: SeededRandom, route: ApiRoute): Record<string, unknown> {
  const fields = route.bodyFields.length ? route.bodyFields : ['query', 'path', 'id'];
  return Object.fromEntries(fields.filter(() => random.chance(0.8)).map((f) => [f, hostileValue(random)]));
}

const bodyKinds: ((random: SeededRandom, route: ApiRoute) => Body)[] = [
  (r, route) => ({ what: 'wrong types in every field', bytes: Buffer.from(JSON.stringify(fieldsObject(r, route))) }),
  (r, route) => ({ what: 'wrong types in every field', bytes: Buffer.from(JSON.stringify(fieldsObject(r, route))) }),
  (r, route) => {
    const fields = JSON.stringify(fieldsObject(r, route)).slice(1, -1);
    const key = r.pick(['"__proto__"', '"\\u005f_proto__"', '"constructor"', '"prototype"']);
    const text = `{${key}:{"polluted":true,"prototype":{"polluted":true}}${fields ? `,${fields}` : ''}}`;
    return { what: 'prototype pollution keys', bytes: Buffer.from(text) };
  },
  (r, route) => {
    const field = r.pick(route.bodyFields.length ? route.bodyFields : ['query']);
    const kind = r.pick(['object', 'array'] as const);
    return { what: `${field} nested 10000 deep`, bytes: Buffer.from(`{"${field}":${nestedJson(10_000, kind)}}`) };
  },
  (r) => ({ what: 'a body nested 10000 deep', bytes: Buffer.from(nestedJson(10_000, r.pick(['object', 'array']))) }),
  (r, route) => {
    const field = r.pick(route.bodyFields.length ? route.bodyFields : ['query']);
    const bad = r.pick([[0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80]]);
    const bytes = Buffer.concat([Buffer.from(`{"${field}":"a`), Buffer.from(bad), Buffer.from('"}')]);
    return { what: 'invalid UTF-8 bytes', bytes };
  },
  (r, route) => {
    const entries = (route.bodyFields.length ? route.bodyFields : ['query']).map((f) => `"${f}":"a\\u0000b/../x"`);
    return { what: 'NUL bytes in every string', bytes: Buffer.from(`{${entries.join(',')}}`) };
  },
  (r, route) => ({
    what: 'an array instead of an object',
    bytes: Buffer.from(JSON.stringify([fieldsObject(r, route)])),
  }),
  (r) => ({ what: 'a scalar body', bytes: Buffer.from(r.pick(['null', 'true', '42', '"text"', '1e999', '-0'])) }),
  (r, route) => {
    const field = r.pick(route.bodyFields.length ? route.bodyFields : ['query']);
    const number = r.pick(['1e999', '-1e999', '123456789012345678901234567890', '0.0000000000000000001e-400']);
    return { what: 'a huge number', bytes: Buffer.from(`{"${field}":${number}}`) };
  },
  (r) => ({
    what: 'broken JSON',
    bytes: Buffer.from(r.pick(['{"a":', '{"a":1,}', "{'a':1}", '{"a":1}x', '{', '\u0000'])),
  }),
  (r, route) => {
    const field = r.pick(route.bodyFields.length ? route.bodyFields : ['query']);
    return { what: 'a duplicate key', bytes: Buffer.from(`{"${field}":"ok","${field}":{"$ne":null}}`) };
  },
  (r, route) => {
    const field = r.pick(route.bodyFields.length ? route.bodyFields : ['query']);
    const size = r.chance(0.1) ? 1_200_000 : 200_000;
    return { what: `a ${size}-character string`, bytes: Buffer.from(JSON.stringify({ [field]: 'x'.repeat(size) })) };
  },
  (r, route) => {
    const body = Buffer.from(JSON.stringify(fieldsObject(r, route)));
    const type = r.pick([
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      '*/*',
      'application/json, text/plain',
      '',
    ]);
    return { what: `content type ${JSON.stringify(type)}`, type, bytes: body };
  },
  (r) => {
    const allowLarge = r.pick([true, false, 'true', 1, null, {}, hostileValue(r)]);
    const options = r.chance(0.5) ? { allowLarge } : { allowLarge, ask: r.chance(0.5) };
    return {
      what: 'a hostile link',
      bytes: Buffer.from(JSON.stringify({ query: r.pick(hostileLinks), ...(r.chance(0.8) && { options }) })),
    };
  },
  () => ({
    what: 'a form body with pollution keys',
    type: 'application/x-www-form-urlencoded',
    bytes: Buffer.from(`a[__proto__][polluted]=1&constructor[prototype][x]=1&query=${'..%2f'.repeat(20)}`),
  }),
  (r, route) => ({
    what: 'a content encoding that does not match',
    encoding: r.pick(['gzip', 'deflate', 'br', 'compress', 'identity, gzip']),
    bytes: Buffer.from(JSON.stringify(fieldsObject(r, route))),
  }),
];

/** The `index`-th hostile request for a route: drawn from `random`, so a seed replays the whole run. */
export function hostileRequest(random: SeededRandom, route: ApiRoute, knownIds: KnownIds): HostileRequest {
  const url = `${pathOf(random, route, knownIds)}${queryOf(random, route)}`;
  const headers = headersOf(random, route);
  // Routes without a body get one now and then too: a server must ignore or refuse it, never break on it.
  if (!route.hasBody && !random.chance(0.25))
    return { method: route.method, url, headers, what: 'hostile path and query' };
  const body = random.pick(bodyKinds)(random, route);
  headers['content-type'] = body.type ?? JSON_TYPE;
  if (body.encoding) headers['content-encoding'] = body.encoding;
  return { method: route.method, url, headers, body: body.bytes, what: body.what };
}
