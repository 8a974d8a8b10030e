import { jest } from '@jest/globals';
import { WebhookSource } from '@app/contracts';
import type { AppConfig } from '@app/config';
import type { InboundHookEntity } from '../store/inbound-hook.entity.js';
import type { CallerCheck } from './caller-check.js';
import type { InboundHooks } from './inbound-hooks.service.js';
import { WebhookAccess, type WebhookRequest } from './webhook-access.js';

const SECRET = 'webhook-secret-0123456789';
const API_KEY = 'api-key-0123456789abcdef';

function setup(enabled = true, callers?: CallerCheck) {
  const hook: InboundHookEntity = { source: WebhookSource.Request, enabled, secret: SECRET, events: {}, updatedAt: 0 };
  const hooks = { get: jest.fn(async () => hook) } as unknown as InboundHooks;
  const config = { auth: { apiKey: API_KEY } } as AppConfig;
  return new WebhookAccess(hooks, config, callers);
}

const call = (headers: Record<string, string> = {}, query: Record<string, unknown> = {}) =>
  ({ headers, query }) as unknown as WebhookRequest;

describe('WebhookAccess', () => {
  it.each<[string, WebhookRequest]>([
    ['the secret in the header', call({ 'x-webhook-secret': SECRET })],
    ['the secret in the query', call({}, { secret: SECRET })],
    ['the API key in X-Api-Key', call({ 'x-api-key': API_KEY })],
    ['the API key as apikey', call({}, { apikey: API_KEY })],
    ['the API key as a bearer token', call({ authorization: `Bearer ${API_KEY}` })],
  ])('lets in %s', async (_name, request) => {
    expect(await setup().decide(WebhookSource.Request, request)).toBe('allowed');
  });

  it.each<[string, WebhookRequest]>([
    ['nothing', call()],
    ['a wrong secret', call({ 'x-webhook-secret': 'wrong' })],
    ['a secret one character short', call({}, { secret: SECRET.slice(0, -1) })],
    ['a secret given twice (an array)', call({}, { secret: [SECRET, SECRET] })],
    ['a wrong API key', call({ 'x-api-key': 'nope' })],
  ])('refuses %s', async (_name, request) => {
    expect(await setup().decide(WebhookSource.Request, request)).toBe('unauthorized');
  });

  it('says a turned-off webhook is off only to callers it would let in', async () => {
    const sut = setup(false);
    expect(await sut.decide(WebhookSource.Request, call({ 'x-webhook-secret': SECRET }))).toBe('disabled');
    expect(await sut.decide(WebhookSource.Request, call())).toBe('unauthorized');
  });

  it("asks the application's authentication when it is given, instead of the configured key", async () => {
    const identify = jest.fn(async () => ({ via: 'session' }));
    const sut = setup(true, { identify });
    expect(await sut.decide(WebhookSource.Request, call())).toBe('allowed');
    identify.mockResolvedValue({ via: 'none' });
    expect(await sut.decide(WebhookSource.Request, call({ 'x-api-key': API_KEY }))).toBe('unauthorized');
  });
});
