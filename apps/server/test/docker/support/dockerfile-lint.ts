/** One Dockerfile instruction with its continuation lines joined. */
export interface DockerInstruction {
  keyword: string;
  args: string;
  line: number;
}

export function parseDockerfile(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let pending: { parts: string[]; line: number } | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    const continues = line.endsWith('\\');
    const part = continues ? line.slice(0, -1).trim() : line;
    pending ??= { parts: [], line: index + 1 };
    pending.parts.push(part);
    if (continues) return;
    const joined = pending.parts.filter(Boolean).join(' ');
    const [keyword = '', ...rest] = joined.split(/\s+/);
    instructions.push({ keyword: keyword.toUpperCase(), args: rest.join(' '), line: pending.line });
    pending = undefined;
  });
  return instructions;
}

type Rule = (all: DockerInstruction[]) => string[];

const at = (i: DockerInstruction, message: string) => `line ${i.line}: ${message}`;

const pinnedBaseImages: Rule = (all) => {
  const stages = new Set(all.filter((i) => i.keyword === 'FROM').map((i) => /\bAS\s+(\S+)/i.exec(i.args)?.[1]));
  return all
    .filter((i) => i.keyword === 'FROM')
    .flatMap((i) => {
      const image = i.args.replace(/--platform=\S+\s*/, '').split(/\s+/)[0] ?? '';
      if (stages.has(image)) return [];
      if (!/:[^/]+$/.test(image) && !image.includes('@sha256:')) return [at(i, `FROM ${image} is not pinned to a tag`)];
      if (image.endsWith(':latest')) return [at(i, `FROM ${image} uses the moving tag latest`)];
      return [];
    });
};

const aptHygiene: Rule = (all) =>
  all
    .filter((i) => i.keyword === 'RUN' && /\bapt-get\s+install\b/.test(i.args))
    .flatMap((i) => [
      ...(/--no-install-recommends/.test(i.args) ? [] : [at(i, 'apt-get install without --no-install-recommends')]),
      ...(/\bapt-get\s+(-\S+\s+)*update\b/.test(i.args) ? [] : [at(i, 'apt-get install without apt-get update')]),
      ...(/rm -rf \/var\/lib\/apt\/lists/.test(i.args) ? [] : [at(i, 'apt lists are not removed')]),
      ...(/\s-y\b|--yes/.test(i.args) ? [] : [at(i, 'apt-get install without -y')]),
    ]);

const noRemoteAdd: Rule = (all) =>
  all.filter((i) => i.keyword === 'ADD' && /https?:\/\//.test(i.args)).map((i) => at(i, 'ADD of a URL'));

const noSudoOrCd: Rule = (all) =>
  all
    .filter((i) => i.keyword === 'RUN')
    .flatMap((i) => [
      ...(/\bsudo\b/.test(i.args) ? [at(i, 'sudo in RUN')] : []),
      ...(/^cd\s/.test(i.args) ? [at(i, 'RUN cd: use WORKDIR')] : []),
    ]);

/** Rules for the final stage: the one that becomes the image. */
const runtimeStage: Rule = (all) => {
  const lastFrom = all.map((i) => i.keyword).lastIndexOf('FROM');
  const stage = all.slice(lastFrom);
  const has = (keyword: string, pattern: RegExp) => stage.some((i) => i.keyword === keyword && pattern.test(i.args));
  const problems: string[] = [];
  if (!has('HEALTHCHECK', /\/ping\b/)) problems.push('no HEALTHCHECK on /ping');
  if (!has('EXPOSE', /^8000(\/tcp)?$/)) problems.push('no EXPOSE 8000');
  const volumes = stage.filter((i) => i.keyword === 'VOLUME').map((i) => i.args);
  for (const dir of ['/config', '/music']) {
    if (!volumes.some((v) => v.includes(`"${dir}"`) || v.split(/\s+/).includes(dir))) problems.push(`no VOLUME ${dir}`);
  }
  if (!has('ENTRYPOINT', /\[/)) problems.push('ENTRYPOINT is not in exec form (signals would not reach the server)');
  if (!has('ENTRYPOINT', /tini|dumb-init/)) problems.push('no init (tini or dumb-init) forwarding SIGTERM');
  const users = stage.filter((i) => i.keyword === 'USER');
  const dropsInEntrypoint = has('ENTRYPOINT', /entrypoint\.sh/);
  const lastUser = users.at(-1)?.args;
  if (!dropsInEntrypoint && (!lastUser || /^(root|0)(:|$)/.test(lastUser))) {
    problems.push('runs as root: no USER and no entrypoint that drops privileges');
  }
  for (const copy of stage.filter((i) => i.keyword === 'COPY')) {
    if (!/--chown=(root|0)(:(root|0))?\b/.test(copy.args)) problems.push(at(copy, 'COPY without --chown=root:root'));
  }
  return problems;
};

const RULES: Rule[] = [pinnedBaseImages, aptHygiene, noRemoteAdd, noSudoOrCd, runtimeStage];

/**
 * The checks hadolint would make that matter for this image, plus TrueTrack's own (health, volumes, port,
 * privilege drop, a read-only application). Returns one line per problem.
 */
export function lintDockerfile(text: string): string[] {
  const all = parseDockerfile(text);
  return RULES.flatMap((rule) => rule(all));
}

/** `ENV` values of the final stage, `KEY=value` pairs only. */
export function runtimeEnv(text: string): Record<string, string> {
  const all = parseDockerfile(text);
  const stage = all.slice(all.map((i) => i.keyword).lastIndexOf('FROM'));
  const env: Record<string, string> = {};
  for (const i of stage.filter((x) => x.keyword === 'ENV')) {
    for (const match of i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
      env[match[1]!] = match[2]!.replace(/^"|"$/g, '');
    }
  }
  return env;
}
