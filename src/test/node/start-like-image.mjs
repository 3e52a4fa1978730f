// Starts the packaged jar with exactly the start command and environment of the Dockerfile's final
// stage (its /deployments directory mapped to target/quarkus-app), checks /q/health/ready, then sends
// SIGTERM while requests are in flight and reports how they ended (graceful shutdown).
// Usage: node start-like-image.mjs <Dockerfile> <quarkus-app dir> <intake.json>
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { request as httpRequest } from 'node:http';

const [dockerfile = 'Dockerfile', appDir = 'target/quarkus-app', intake = 'load/valid-eligible.json'] =
  process.argv.slice(2);
const lines = readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ').split('\n');
const finalStage = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
const env = {};
let entrypoint;
let port;
let workdir = '/';
for (const line of finalStage) {
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
const local = (arg) => arg.replaceAll('/deployments', resolve(appDir));
const command = entrypoint.map(local);
console.log(`image start command: ${entrypoint.join(' ')}\nimage environment: ${JSON.stringify(env)}`);

const child = spawn(command[0], command.slice(1), {
  cwd: local(workdir), env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (d) => { output += d; });
child.stderr.on('data', (d) => { output += d; });
const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
const base = `http://localhost:${port}`;

try {
  let ready;
  for (let i = 0; i < 60 && !ready; i++) {
    await new Promise((r) => setTimeout(r, 500));
    ready = await fetch(`${base}/q/health/ready`).then((r) => (r.status === 200 ? r.json() : null), () => null);
  }
  if (!ready || ready.status !== 'UP') throw new Error(`not ready on ${base}/q/health/ready:\n${output}`);
  console.log(`ready: ${base}/q/health/ready answered UP (policy ${ready.checks[0].data.version})`);
  if (!output.trimStart().startsWith('{')) throw new Error('logs are not JSON lines with the image environment');

  // Requests in progress at the server when SIGTERM arrives: each body is sent in slices over about
  // 1.5 s, and SIGTERM is sent half a second in. Graceful shutdown must let every one of them finish.
  const body = readFileSync(intake);
  const slowRequest = () => new Promise((done) => {
    const request = httpRequest(`${base}/v1/screenings`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
    }, (response) => { response.resume(); response.on('end', () => done(response.statusCode)); });
    request.on('error', (e) => done(e.code || e.message));
    const slices = 15;
    const size = Math.ceil(body.length / slices);
    let i = 0;
    const next = () => {
      request.write(body.subarray(i * size, (i + 1) * size));
      if (++i < slices) setTimeout(next, 100); else request.end();
    };
    next();
  });
  const inFlight = Array.from({ length: 20 }, slowRequest);
  await new Promise((r) => setTimeout(r, 500));
  const termAt = Date.now();
  child.kill('SIGTERM');
  const outcomes = await Promise.all(inFlight);
  const { code, signal } = await exited;
  const counts = outcomes.reduce((m, o) => ({ ...m, [o]: (m[o] || 0) + 1 }), {});
  console.log(`SIGTERM with 20 requests in progress: outcomes ${JSON.stringify(counts)}; exited with `
    + `${code ?? signal} ${Date.now() - termAt} ms after SIGTERM`);
  if (outcomes.some((o) => o !== 200)) throw new Error('an in-flight request did not complete with 200');
} finally {
  child.kill('SIGKILL');
}
