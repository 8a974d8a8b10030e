import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { managedYtDlpPath } from '@app/acquisition';
import { SETTINGS } from '@app/config';
import { DOCKER_DIR, composeDefault, entrypointDefaults, readDockerFile } from './support/docker-files.js';
import { lintDockerfile, parseDockerfile, runtimeEnv } from './support/dockerfile-lint.js';
import { parseUnraidTemplate } from './support/unraid-template.js';

const REPO = join(DOCKER_DIR, '..');
const dockerfile = readDockerFile('Dockerfile');
const entrypoint = readDockerFile('entrypoint.sh');
const env = runtimeEnv(dockerfile);
const shellDefaults = entrypointDefaults(entrypoint);

interface ComposeService {
  profiles?: string[];
  command?: string[];
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string; required?: boolean }>;
}
const compose = parseYaml(readDockerFile('compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;

const unraid = parseUnraidTemplate(readDockerFile('unraid/truetrack.xml'));
const unraidConfig = (target: string) => unraid.configs.find((c) => c.attributes['Target'] === target);

const GOOD_RUNTIME = `FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
COPY --chown=root:root docker/entrypoint.sh /app/entrypoint.sh
VOLUME ["/config", "/music"]
EXPOSE 8000
HEALTHCHECK CMD ["node", "-e", "fetch('http://127.0.0.1:8000/ping')"]
ENTRYPOINT ["/usr/bin/tini", "--", "/app/entrypoint.sh"]`;

describe('the Dockerfile', () => {
  it('passes the structural lint', () => {
    expect(lintDockerfile(dockerfile)).toEqual([]);
  });

  it('accepts a minimal good runtime stage (the lint is not simply failing everything)', () => {
    expect(lintDockerfile(GOOD_RUNTIME)).toEqual([]);
  });

  it.each([
    ['an unpinned base image', 'FROM node:20-bookworm-slim', 'FROM node', 'FROM node is not pinned to a tag'],
    ['the latest tag', 'FROM node:20-bookworm-slim', 'FROM node:latest', 'uses the moving tag latest'],
    ['recommends', '--no-install-recommends ', '', 'without --no-install-recommends'],
    ['apt lists left behind', ' && rm -rf /var/lib/apt/lists/*', '', 'apt lists are not removed'],
    ['no health check', /HEALTHCHECK.*\n/, '', 'no HEALTHCHECK on /ping'],
    ['another port', 'EXPOSE 8000', 'EXPOSE 3000', 'no EXPOSE 8000'],
    ['no /music volume', '"/config", "/music"', '"/config"', 'no VOLUME /music'],
    ['a shell-form entrypoint', /ENTRYPOINT .*/, 'ENTRYPOINT /usr/bin/tini /app/entrypoint.sh', 'not in exec form'],
    ['no init', /ENTRYPOINT .*/, 'ENTRYPOINT ["/app/entrypoint.sh"]', 'no init'],
    ['root without a dropping entrypoint', /ENTRYPOINT .*/, 'ENTRYPOINT ["tini", "--", "node"]', 'runs as root'],
    ['application files owned by the user', '--chown=root:root', '--chown=99:100', 'COPY without --chown=root:root'],
    ['ADD of a URL', 'EXPOSE 8000', 'EXPOSE 8000\nADD https://example.com/yt-dlp /app/', 'ADD of a URL'],
  ])('reports %s', (_, from, to, problem) => {
    const broken = GOOD_RUNTIME.replace(from, to);
    expect(broken).not.toBe(GOOD_RUNTIME);
    expect(lintDockerfile(broken).join('\n')).toContain(problem);
  });

  it('joins continuation lines and skips comments inside them', () => {
    const parsed = parseDockerfile('# top\nRUN a \\\n  # note\n  && b\nENV A=1 \\\n    B=2\n');
    expect(parsed).toEqual([
      { keyword: 'RUN', args: 'a && b', line: 2 },
      { keyword: 'ENV', args: 'A=1 B=2', line: 5 },
    ]);
  });

  it('configures the server through the settings TrueTrack reads', () => {
    expect(env[SETTINGS.paths.dataDir.name]).toBe('/config');
    expect(env[SETTINGS.paths.libraryRoot.name]).toBe('/music');
    expect(env[SETTINGS.server.host.name]).toBe('0.0.0.0');
    expect(env[SETTINGS.server.port.name]).toBe('8000');
  });

  it('points the yt-dlp updater at the standalone Linux release', () => {
    const asset = /ARG YTDLP_ASSET=(\S+)/.exec(dockerfile.slice(dockerfile.lastIndexOf('FROM ')))?.[1];
    expect(asset).toBe('yt-dlp_linux');
    expect(env[SETTINGS.tools.ytdlpReleasesUrl.name]).toBe(
      'https://github.com/yt-dlp/yt-dlp/releases/latest/download/${YTDLP_ASSET}',
    );
  });

  it('bakes yt-dlp where the entrypoint copies it from, into the path the server prefers', () => {
    expect(dockerfile).toMatch(/COPY --from=ytdlp .* \.\/vendor\/yt-dlp/);
    expect(dockerfile).toMatch(/^WORKDIR \/app$/m);
    expect(shellDefaults['TRUETRACK_APP_DIR']).toBe('/app');
    expect(entrypoint).toContain('VENDOR_YTDLP="${TRUETRACK_VENDOR_YTDLP:-$APP_DIR/vendor/yt-dlp}"');
    expect(entrypoint).toContain('"$CONFIG_DIR/bin/yt-dlp"');
    expect(managedYtDlpPath('/config')).toBe('/config/bin/yt-dlp');
  });

  it('starts the built server through the entrypoint, with the same defaults as the script', () => {
    const final = parseDockerfile(dockerfile).filter((i) => ['ENTRYPOINT', 'CMD'].includes(i.keyword));
    expect(final.map((i) => [i.keyword, JSON.parse(i.args)])).toEqual([
      ['ENTRYPOINT', ['/usr/bin/tini', '--', '/app/docker/entrypoint.sh']],
      ['CMD', ['node', 'dist/apps/server/src/main.js']],
    ]);
    expect(entrypoint).toContain('set -- node dist/apps/server/src/main.js');
    expect(existsSync(join(REPO, 'apps/server/src/main.ts'))).toBe(true);
    expect(dockerfile).toContain('COPY --chown=root:root --chmod=0755 docker/entrypoint.sh ./docker/entrypoint.sh');
    for (const name of ['PUID', 'PGID', 'UMASK', 'CONFIG_DIR', 'MUSIC_DIR']) expect(shellDefaults[name]).toBeDefined();
    expect({ PUID: env['PUID'], PGID: env['PGID'], UMASK: env['UMASK'] }).toEqual({
      PUID: shellDefaults['PUID'],
      PGID: shellDefaults['PGID'],
      UMASK: shellDefaults['UMASK'],
    });
    expect([shellDefaults['CONFIG_DIR'], shellDefaults['MUSIC_DIR']]).toEqual(['/config', '/music']);
  });

  it('puts the truetrack command line client on PATH', () => {
    expect(dockerfile).toContain('COPY --from=build --chown=root:root /src/apps/cli/bin ./apps/cli/bin');
    expect(dockerfile).toContain('ln -s /app/apps/cli/bin/truetrack.mjs /usr/local/bin/truetrack');
    const shim = readFileSync(join(REPO, 'apps/cli/bin/truetrack.mjs'), 'utf8');
    expect(shim).toContain("'../../../dist/apps/cli/src/main.js'");
    expect(existsSync(join(REPO, 'apps/cli/src/main.ts'))).toBe(true);
  });
});

describe('compose.yml', () => {
  it('runs the single container by default and the rest only with the scale profile', () => {
    expect(Object.keys(services).sort()).toEqual(['postgres', 'redis', 'truetrack', 'truetrack-worker']);
    expect(services['truetrack']!.profiles).toBeUndefined();
    for (const name of ['postgres', 'redis', 'truetrack-worker']) expect(services[name]!.profiles).toEqual(['scale']);
  });

  it.each(['truetrack', 'truetrack-worker'])('gives %s the volumes and user settings of the image', (name) => {
    const service = services[name]!;
    expect(service.volumes?.map((v) => v.split(':').at(-1))).toEqual(['/config', '/music']);
    const environment = service.environment!;
    expect(composeDefault(environment['PUID'])).toBe(env['PUID']);
    expect(composeDefault(environment['PGID'])).toBe(env['PGID']);
    expect(composeDefault(environment['UMASK'])).toBe(env['UMASK']);
  });

  it('publishes port 8000 and checks /ping on the default container', () => {
    const main = services['truetrack']!;
    expect(main.ports).toEqual(['8000:8000']);
    expect(main.healthcheck?.test.join(' ')).toContain('http://127.0.0.1:8000/ping');
    // Optional so that the default `docker compose up` works without the scale profile's services.
    expect(main.depends_on?.['redis']?.required).toBe(false);
    expect(main.depends_on?.['postgres']?.required).toBe(false);
  });

  it('runs the worker entry point against the profile Redis and PostgreSQL', () => {
    const worker = services['truetrack-worker']!;
    expect(worker.command).toEqual(['node', 'dist/apps/server/src/worker.js']);
    expect(existsSync(join(REPO, 'apps/server/src/worker.ts'))).toBe(true);
    const environment = worker.environment!;
    expect(environment[SETTINGS.queue.role.name]).toBe('worker');
    const redisUrl = new URL(composeDefault(environment[SETTINGS.queue.redisUrl.name]));
    expect([redisUrl.protocol, redisUrl.hostname]).toEqual(['redis:', 'redis']);
    const dbUrl = new URL(composeDefault(environment[SETTINGS.db.url.name]));
    const postgres = services['postgres']!.environment!;
    expect(dbUrl.protocol).toBe('postgres:');
    expect(dbUrl.hostname).toBe('postgres');
    expect(dbUrl.username).toBe(postgres['POSTGRES_USER']);
    expect(dbUrl.password).toBe(composeDefault(postgres['POSTGRES_PASSWORD']));
    expect(dbUrl.pathname).toBe(`/${postgres['POSTGRES_DB']}`);
    expect(Object.keys(worker.depends_on ?? {}).sort()).toEqual(['postgres', 'redis']);
  });

  it('lets the default container join the scale-out through the same settings', () => {
    const environment = services['truetrack']!.environment!;
    expect(Object.keys(environment)).toEqual(
      expect.arrayContaining([SETTINGS.queue.redisUrl.name, SETTINGS.db.url.name]),
    );
  });
});

describe('the Unraid template', () => {
  it('is a version 2 container template with a web UI link on port 8000', () => {
    expect(unraid.version).toBe('2');
    expect(unraid.fields).toMatchObject({
      Name: 'TrueTrack',
      Network: 'bridge',
      WebUI: 'http://[IP]:[PORT:8000]/',
      Category: 'MediaServer:Music',
    });
    expect(unraid.fields['Repository']).toBe(composeDefault(/image: (\S+)/.exec(readDockerFile('compose.yml'))![1]));
    expect(unraid.fields['Icon']).toMatch(/^https:\/\/.+\.png$/);
    expect(existsSync(join(DOCKER_DIR, 'unraid', 'truetrack.png'))).toBe(true);
    expect(unraid.fields['Overview']?.length).toBeGreaterThan(40);
  });

  it('maps the port and both volumes of the image', () => {
    expect(unraidConfig('8000')?.attributes).toMatchObject({ Type: 'Port', Mode: 'tcp', Default: '8000' });
    expect(unraidConfig('/config')?.attributes).toMatchObject({ Type: 'Path', Mode: 'rw' });
    expect(unraidConfig('/music')?.attributes).toMatchObject({ Type: 'Path', Mode: 'rw' });
  });

  it.each(['PUID', 'PGID', 'UMASK'])('offers %s with the image default', (name) => {
    const config = unraidConfig(name)!;
    expect(config.attributes['Type']).toBe('Variable');
    expect(config.attributes['Default']).toBe(env[name]);
    expect(config.value).toBe(env[name]);
  });

  it('masks the API key', () => {
    expect(unraidConfig('TRUETRACK_API_KEY')?.attributes).toMatchObject({ Type: 'Variable', Mask: 'true' });
  });

  it.each([
    ['an unclosed element', '<Container version="2"><Name>x</Container>', 'does not close'],
    ['a stray &', '<Container version="2"><Name>a & b</Name></Container>', 'unescaped &'],
    ['no container', '<Other></Other>', 'no <Container>'],
  ])('refuses %s', (_, xml, message) => {
    expect(() => parseUnraidTemplate(xml)).toThrow(message);
  });
});
