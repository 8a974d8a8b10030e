import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_DIR } from './support/docker-files.js';

const installed = (tool: string) => spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;

function lint(tool: string, args: string[]) {
  const run = spawnSync(tool, args, { cwd: DOCKER_DIR, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const title = (tool: string, what: string) =>
  installed(tool) ? `${tool} accepts ${what}` : `${tool} accepts ${what} (SKIPPED: ${tool} is not installed)`;

describe('linters of the image files, when installed', () => {
  (installed('shellcheck') ? it : it.skip)(title('shellcheck', 'docker/*.sh'), () => {
    const scripts = readdirSync(DOCKER_DIR).filter((name) => name.endsWith('.sh'));
    expect(scripts).toContain('entrypoint.sh');
    expect(lint('shellcheck', ['--shell=sh', ...scripts])).toEqual({ status: 0, output: '' });
  });

  (installed('hadolint') ? it : it.skip)(title('hadolint', 'docker/Dockerfile'), () => {
    expect(lint('hadolint', [join(DOCKER_DIR, 'Dockerfile')])).toEqual({ status: 0, output: '' });
  });
});
