import { scrubSecrets } from './scrub-secrets.js';

describe('scrubSecrets', () => {
  it.each([
    ['/api/v1/jobs?apikey=abcdef1234567890abcd&page=2', '/api/v1/jobs?apikey=[redacted]&page=2'],
    ['/api/v1/jobs?page=2&APIKEY=abc', '/api/v1/jobs?page=2&APIKEY=[redacted]'],
    ['/hook?token=s3cr3t', '/hook?token=[redacted]'],
    // Percent-encoded names: the server decodes them, so the scrubber must too.
    ['/api/v1/jobs?%61pikey=abcdef1234567890abcd', '/api/v1/jobs?%61pikey=[redacted]'],
    ['/api/v1/jobs?page=1&api%5Fkey=abcdef', '/api/v1/jobs?page=1&api%5Fkey=[redacted]'],
    ['/api/v1/jobs?%41%50%49%4B%45%59=abcdef', '/api/v1/jobs?%41%50%49%4B%45%59=[redacted]'],
    ['/hook?t%6Fken=s3cr3t&x=1', '/hook?t%6Fken=[redacted]&x=1'],
    ['login failed for admin?password=hunter2', 'login failed for admin?password=[redacted]'],
    ['Authorization: Bearer eyJhbGciOi.x.y', 'Authorization: Bearer [redacted]'],
    ['{"x-api-key":"abc123"}', '{"x-api-key":"[redacted]"}'],
    ['X-Api-Key: abc123', 'X-Api-Key: [redacted]'],
  ])('%s', (raw, expected) => {
    expect(scrubSecrets(raw)).toBe(expected);
  });

  it.each([
    ['/api/v1/jobs?page=2'],
    ['Job 1234abcd: downloaded (token bucket full)'],
    ['the password field is required'],
  ])('leaves %s alone', (raw) => {
    expect(scrubSecrets(raw)).toBe(raw);
  });
});
