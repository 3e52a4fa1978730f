// Starts the packaged jar the way the image does, with clinic settings that cannot be used (a binary
// file, a file with a value outside the reference's range, a file with a key written twice), and checks
// that the service refuses to start: non-zero exit, the reason as a log line's own message (JSON logs)
// naming the file (and the entry, value and limit or lines), and none of the file's bytes in the log.
// Usage: node refused-start.mjs <Dockerfile> <quarkus-app dir>
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { finalStage, localCommand } from './image-stage.mjs';

const [dockerfile = 'Dockerfile', appDir = 'target/quarkus-app'] = process.argv.slice(2);
const { env, entrypoint } = finalStage(dockerfile);
const command = localCommand(entrypoint, appDir);
const dir = mkdtempSync(join(tmpdir(), 'refused-start-'));
const marker = 'PKBINARYMARKER';
const cases = {
  'binary file': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]), Buffer.from(marker),
    Buffer.from([0x00, 0x01, 0x7b, 0x3a, 0x5b])]),
  'washout outside the range': Buffer.from('clinic: {id: c, name: C}\nparameters:\n  ISOTRETINOIN_WASHOUT: P2Y\n'),
  'key written twice': Buffer.from('clinic: {id: c, name: C}\nparameters:\n  AGE_MINIMUM: P19Y\n  AGE_MINIMUM: P20Y\n'),
};
// What the reason must say besides the file: the entry, the value and the limit or the lines.
const expected = {
  'washout outside the range': 'parameters.ISOTRETINOIN_WASHOUT: P2Y is above the published maximum P12M',
  'key written twice': 'parameters.AGE_MINIMUM: written twice (lines 3 and 4)',
};
let failures = 0;
for (const [name, bytes] of Object.entries(cases)) {
  const file = join(dir, 'clinic-settings.yaml');
  writeFileSync(file, bytes);
  const run = spawnSync(command[0], command.slice(1), {
    env: { PATH: process.env.PATH, ...env, PORT: '18099', SCREENING_CLINIC_SETTINGS: file }, timeout: 60_000,
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  const messages = output.split('\n').filter((l) => l.startsWith('{')).map((l) => {
    try { return JSON.parse(l); } catch { return {}; }
  });
  const reason = messages.find((m) => String(m.message || '').startsWith('The screening policy cannot be used'));
  const ok = run.status !== 0 && reason && reason.message.includes(file) && !output.includes(marker)
    && (!expected[name] || reason.message.includes(expected[name]));
  console.log(`${name}: exit ${run.status}; top-level reason: ${reason ? JSON.stringify(reason.message) : 'none'}`
    + `; file bytes in the log: ${output.includes(marker)}`);
  if (!ok) {
    failures++;
    console.error(output);
  }
}
process.exit(failures === 0 ? 0 : 1);
