// Starts the packaged jar with exactly the start command and environment of the Dockerfile's final
// stage (its /deployments directory mapped to target/quarkus-app), checks /q/health/ready, then sends
// SIGTERM while requests are in flight and reports how they ended (graceful shutdown): during the
// shutdown delay readiness must be DOWN while in-flight requests and requests that still arrive (the
// endpoints controller has not removed the pod yet) all get 200.
// Usage: node start-like-image.mjs <Dockerfile> <quarkus-app dir> <intake.json>
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { finalStage, localCommand } from './image-stage.mjs';
import { request as httpRequest } from 'node:http';

const [dockerfile = 'Dockerfile', appDir = 'target/quarkus-app', intake = 'load/valid-eligible.json'] =
  process.argv.slice(2);
const { env, entrypoint, port, workdir } = finalStage(dockerfile);
const local = (arg) => arg.replaceAll('/deployments', resolve(appDir));
const command = localCommand(entrypoint, appDir);
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
  const policyCheck = ready.checks.find((c) => c.name === 'policy');
  console.log(`ready: ${base}/q/health/ready answered UP (policy ${policyCheck.data.version})`);
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
  // While the delay runs: a request every 100 ms, as a load balancer that has not yet seen the pod go
  // unready would send them, and the readiness answers.
  const duringDelay = [];
  const readiness = [];
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 100));
    duringDelay.push(fetch(`${base}/v1/screenings`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body,
    }).then((r) => r.status, (e) => e.cause?.code || e.message));
    if (i % 5 === 4) {
      readiness.push(await fetch(`${base}/q/health/ready`).then((r) => r.status, (e) => e.cause?.code || e.message));
    }
  }
  const outcomes = await Promise.all(inFlight);
  const newOutcomes = await Promise.all(duringDelay);
  const { code, signal } = await exited;
  const tally = (list) => list.reduce((m, o) => ({ ...m, [o]: (m[o] || 0) + 1 }), {});
  console.log(`SIGTERM with 20 requests in progress: outcomes ${JSON.stringify(tally(outcomes))}; `
    + `20 requests sent during the shutdown delay: ${JSON.stringify(tally(newOutcomes))}; readiness during the `
    + `delay: ${JSON.stringify(readiness)}; exited with ${code ?? signal} ${Date.now() - termAt} ms after SIGTERM`);
  if (outcomes.some((o) => o !== 200)) throw new Error('an in-flight request did not complete with 200');
  if (newOutcomes.some((o) => o !== 200)) throw new Error('a request sent during the shutdown delay did not get 200');
  if (readiness.some((o) => o !== 503)) throw new Error('readiness was not DOWN during the shutdown delay');
} finally {
  child.kill('SIGKILL');
}
