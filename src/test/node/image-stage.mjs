// The final stage of a Dockerfile as the image runs it: environment, exec-form ENTRYPOINT, EXPOSEd port
// and WORKDIR, so the CI scripts can start the packaged jar exactly as the image would.
import { readFileSync } from 'node:fs';

export function finalStage(dockerfile) {
  const lines = readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ').split('\n');
  const stage = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
  const env = {};
  let entrypoint;
  let port;
  let workdir = '/';
  for (const line of stage) {
    const [, instruction, rest] = line.match(/^\s*([A-Z]+)\s+(.*)$/) || [];
    if (instruction === 'ENV') {
      for (const [, key, value] of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
        env[key] = value.replace(/^"|"$/g, '');
      }
    } else if (instruction === 'ENTRYPOINT') {
      entrypoint = JSON.parse(rest);
    } else if (instruction === 'EXPOSE') {
      port = Number.parseInt(rest, 10);
    } else if (instruction === 'WORKDIR') {
      workdir = rest.trim();
    }
  }
  if (!entrypoint || !port) throw new Error('the final stage needs an exec-form ENTRYPOINT and an EXPOSE');
  return { env, entrypoint, port, workdir };
}
