import { jest } from '@jest/globals';
import { type Authenticator, CALLER, type Caller } from '@app/auth';
import { WebhookSource } from '@app/contracts';
import type { InboundHookEntity } from '../store/inbound-hook.entity.js';
import type { InboundHooks } from './inbound-hooks.service.js';
import { WebhookAccess, type WebhookRequest } from './webhook-access.js';

const SECRET = 'webhook-secret-0123456789';

function setup(enabled = true, identified: Caller = { via: 'none' }) {
  const hook: InboundHookEntity = { source: WebhookSource.Request, enabled, secret: SECRET, events: {}, updatedAt: 0 };
  const hooks = { get: jest.fn(async () => hook) } as unknown as InboundHooks;
  const identify = jest.fn(async () => identified);
  return { sut: new WebhookAccess(hooks, { identify } as unknown as Authenticator), identify };
}

const call = (headers: Record<string, string> = {}, query: Record<string, unknown> = {}, caller?: Caller) =>
  ({ headers, query, ...(caller && { [CALLER]: caller }) }) as unknown as WebhookRequest;

describe('WebhookAccess', () => {
  it.each<[string, WebhookRequest]>([
    ['the secret in the header', call({ 'x-webhook-secret': SECRET })],
    ['the secret in the query', call({}, { secret: SECRET })],
    ['a caller the guard let in with the API key', call({}, {}, { via: 'apiKey' })],
  ])('lets in %s', async (_name, request) => {
    expect(await setup().sut.decide(WebhookSource.Request, request)).toBe('allowed');
  });

  it.each<[string, WebhookRequest]>([
    ['nothing', call({}, {}, { via: 'none' })],
    ['a wrong secret', call({ 'x-webhook-secret': 'wrong' }, {}, { via: 'none' })],
    ['a secret one character short', call({}, { secret: SECRET.slice(0, -1) }, { via: 'none' })],
    ['a secret given twice (an array)', call({}, { secret: [SECRET, SECRET] }, { via: 'none' })],
  ])('refuses %s', async (_name, request) => {
    expect(await setup().sut.decide(WebhookSource.Request, request)).toBe('unauthorized');
  });

  it('says a turned-off webhook is off only to callers it would let in', async () => {
    const { sut } = setup(false);
    expect(await sut.decide(WebhookSource.Request, call({ 'x-webhook-secret': SECRET }))).toBe('disabled');
    expect(await sut.decide(WebhookSource.Request, call())).toBe('unauthorized');
  });

  it('asks the authentication itself when the guard has not run yet (a body refused while parsing)', async () => {
    const { sut, identify } = setup(true, { via: 'session', userId: 'u', token: 't' });
    expect(await sut.decide(WebhookSource.Request, call())).toBe('allowed');
    expect(identify).toHaveBeenCalledTimes(1);
    expect(await sut.decide(WebhookSource.Request, call({}, {}, { via: 'none' }))).toBe('unauthorized');
    expect(identify).toHaveBeenCalledTimes(1);
  });
});
