// Signs a CDS Hooks JWT for a local run, as an EHR would: ES384 with the repository's test-only EHR key
// (src/test/resources/cds/ec-private.pem; never allow-list it anywhere but on your own machine).
// Usage: node docs/examples/ehr-token.mjs [audience: the CDS service URL as the service knows itself]
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const audience = process.argv[2] ?? 'http://localhost:8080/cds-services/microneedling-screening-chart';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const key = createPrivateKey(readFileSync(join(root, 'src/test/resources/cds/ec-private.pem')));
const now = Math.floor(Date.now() / 1000);
const part = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
const unsigned = `${part({ alg: 'ES384', typ: 'JWT', kid: 'ehr-es384' })}.${part({
  iss: 'https://ehr.test.example', aud: audience, iat: now, exp: now + 300, jti: randomUUID(),
})}`;
// JWS wants the raw r||s signature (IEEE P1363), not DER.
const signature = sign('sha384', Buffer.from(unsigned), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url');
process.stdout.write(`${unsigned}.${signature}\n`);
