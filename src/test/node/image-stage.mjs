// The final stage of a Dockerfile as the image runs it: environment, exec-form ENTRYPOINT, EXPOSEd port
// and WORKDIR, so the CI scripts can start the packaged jar exactly as the image would. A stage built FROM
// an earlier stage inherits that stage's settings, as Docker does.
// IMAGE_JAVA names the java that plays the image's `java` (the image runs Java 25; the machine's default
// may be older), and IMAGE_JVM_ARGS (space-separated) adds options right after it, for checks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

function stages(dockerfile) {
  const lines = readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ').split('\n');
  const all = [];
  for (const line of lines) {
    const [, instruction, rest] = line.match(/^\s*([A-Z]+)\s+(.*)$/) || [];
    if (instruction === 'FROM') {
      const [, image, name] = rest.match(/^(\S+)(?:\s+AS\s+(\S+))?/i);
      const base = all.find((s) => s.name === image);
      all.push({
        name, env: { ...(base?.env || {}) }, entrypoint: base?.entrypoint, port: base?.port, workdir: base?.workdir || '/',
      });
    } else if (all.length > 0) {
      const stage = all[all.length - 1];
      if (instruction === 'ENV') {
        for (const [, key, value] of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
          stage.env[key] = value.replace(/^"|"$/g, '');
        }
      } else if (instruction === 'ENTRYPOINT') {
        stage.entrypoint = JSON.parse(rest);
      } else if (instruction === 'EXPOSE') {
        stage.port = Number.parseInt(rest, 10);
      } else if (instruction === 'WORKDIR') {
        stage.workdir = rest.trim();
      }
    }
  }
  return all;
}

export function finalStage(dockerfile) {
  const { env, entrypoint, port, workdir } = stages(dockerfile).at(-1);
  if (!entrypoint || !port) throw new Error('the final stage needs an exec-form ENTRYPOINT and an EXPOSE');
  return { env, entrypoint, port, workdir };
}

/** The image's start command for the packaged jar: /deployments mapped to appDir, `java` per IMAGE_JAVA. */
export function localCommand(entrypoint, appDir) {
  const command = entrypoint.map((arg) => arg.replaceAll('/deployments', resolve(appDir)));
  if (process.env.IMAGE_JAVA && command[0] === 'java') command[0] = process.env.IMAGE_JAVA;
  const extra = (process.env.IMAGE_JVM_ARGS || '').split(' ').filter(Boolean);
  return [command[0], ...extra, ...command.slice(1)];
}
