// Puts Stoplight Prism, as a validating proxy built from the committed contract, in front of the running
// service and sends valid and invalid requests through it. Prism reports what does not match the contract
// in the sl-violations header. Passes when no response violates the contract, no valid request is
// flagged, and every request the service refuses is refused by the contract too (where the contract can
// express the rule). Usage: node prism-proxy-check.mjs <openapi.yaml> <service base URL> <intakes dir>
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [contract = 'openapi/openapi.yaml', upstream = 'http://localhost:18080', intakes = 'load'] = process.argv.slice(2);
const port = 14010;
const prismBin = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.bin', 'prism');
const prism = spawn(prismBin, ['proxy', contract, upstream, '--port', String(port), '--cors', 'false'],
  { stdio: ['ignore', 'pipe', 'pipe'] });
let prismLog = '';
prism.stdout.on('data', (d) => { prismLog += d; });
prism.stderr.on('data', (d) => { prismLog += d; });

const eligible = JSON.parse(readFileSync(join(intakes, 'valid-eligible.json'), 'utf8'));
const deferred = readFileSync(join(intakes, 'valid-deferred.json'), 'utf8');
const notEligible = readFileSync(join(intakes, 'valid-not-eligible.json'), 'utf8');
const missing = readFileSync(join(intakes, 'invalid-missing-answers.json'), 'utf8');
const json = { 'Content-Type': 'application/json' };
const fhirJson = { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' };
// The EHR examples of the integrators' guide, from the repository root (where .ci/run runs this).
const cdsCall = readFileSync('docs/examples/cds-patient-view.json', 'utf8');
const questionnaireResponse = readFileSync('docs/examples/questionnaire-response-healthy.json', 'utf8');
const withAnswers = (change) => {
  const body = structuredClone(eligible);
  change(body.answers, body);
  return JSON.stringify(body);
};

// [name, method, path, headers, body, status the service gives, the contract refuses the request too]
const cases = [
  ['eligible', 'POST', '/v1/screenings', json, JSON.stringify(eligible), 200, false],
  ['deferred, explained, Spanish', 'POST', '/v1/screenings?explain=true&lang=es', json, deferred, 200, false],
  ['not eligible, every alternative', 'POST', '/v1/screenings?alternatives=always', json, notEligible, 200, false],
  ['not eligible, as the patient reads it', 'POST', '/v1/screenings?view=patient&lang=es', json, notEligible, 200, false],
  ['deferred, as the patient reads it, gzip', 'POST', '/v1/screenings?view=patient', { ...json, 'Accept-Encoding': 'gzip' }, deferred, 200, false],
  ['RF microneedling', 'POST', '/v1/screenings', json, withAnswers((a, b) => {
    b.treatment = 'ALT_RFMN';
    a.electronicImplant = 'NO';
    a.metalOrTattooInArea.metalInArea = 'UNSURE';
  }), 200, false],
  ['questionnaire in Spanish', 'GET', '/v1/questionnaires/microneedling-intake', { 'Accept-Language': 'es;q=0.9, en;q=0.5' }, null, 200, false],
  ['policy', 'GET', '/v1/policy', {}, null, 200, false],
  ['instruction texts in Spanish', 'GET', '/v1/instructions?lang=es', {}, null, 200, false],
  ['missing answers', 'POST', '/v1/screenings', json, missing, 400, true],
  ['unknown answer field', 'POST', '/v1/screenings', json, withAnswers((a) => { a.favouriteColour = 'blue'; }), 400, true],
  ['answer outside its options', 'POST', '/v1/screenings', json, withAnswers((a) => { a.keloidTendency = 'MAYBE'; }), 400, true],
  ['date not written YYYY-MM-DD', 'POST', '/v1/screenings', json, withAnswers((a) => { a.dateOfBirth = '15/05/1990'; }), 400, true],
  ['an option twice', 'POST', '/v1/screenings', json, withAnswers((a) => { a.treatmentAreas = ['FACE', 'FACE']; }), 400, true],
  ['too many procedures', 'POST', '/v1/screenings', json, withAnswers((a) => {
    a.proceduresInArea = { status: 'YES', procedures: Array.from({ length: 51 }, () => ({ type: 'PEEL_SUPERFICIAL', date: '2020-01-01' })) };
  }), 400, true],
  ['lang in capitals', 'POST', '/v1/screenings?lang=EN', json, JSON.stringify(eligible), 400, true],
  ['explain not a boolean', 'POST', '/v1/screenings?explain=yes', json, JSON.stringify(eligible), 400, true],
  ['view in capitals', 'POST', '/v1/screenings?view=PATIENT', json, JSON.stringify(eligible), 400, true],
  ['body as text/plain', 'POST', '/v1/screenings', { 'Content-Type': 'text/plain' }, JSON.stringify(eligible), 415, true],
  ['date of birth in the future (a rule of the questionnaire)', 'POST', '/v1/screenings', json,
    withAnswers((a) => { a.dateOfBirth = '2030-01-01'; }), 400, false],
  ['unknown questionnaire', 'GET', '/v1/questionnaires/botox-intake', {}, null, 404, false],
  ['JSON not wanted', 'GET', '/v1/policy', { Accept: 'application/xml' }, null, 406, false],
  ['CDS Hooks discovery', 'GET', '/cds-services', {}, null, 200, false],
  ['CDS Hooks call without the EHR JWT', 'POST', '/cds-services/microneedling-screening-chart', json, cdsCall, 401, true],
  ['FHIR CapabilityStatement', 'GET', '/fhir/metadata', { Accept: 'application/fhir+json' }, null, 200, false],
  ['FHIR Questionnaire', 'GET', '/fhir/Questionnaire/microneedling-intake', { Accept: 'application/fhir+json' }, null, 200, false],
  ['FHIR $screen of a completed QuestionnaireResponse', 'POST', '/fhir/QuestionnaireResponse/$screen', fhirJson,
    questionnaireResponse, 200, false],
  ['FHIR unknown Questionnaire', 'GET', '/fhir/Questionnaire/botox-intake', { Accept: 'application/fhir+json' }, null, 404, true],
];

async function waitForPrism() {
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(`http://localhost:${port}/v1/policy`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`Prism did not start:\n${prismLog}`);
}

let failures = 0;
let responseViolations = 0;
try {
  await waitForPrism();
  for (const [name, method, path, headers, body, status, contractRefuses] of cases) {
    const res = await fetch(`http://localhost:${port}${path}`, { method, headers, body });
    await res.arrayBuffer();
    const violations = JSON.parse(res.headers.get('sl-violations') || '[]');
    const onResponse = violations.filter((v) => v.location[0] === 'response');
    const onRequest = violations.filter((v) => v.location[0] === 'request');
    responseViolations += onResponse.length;
    const ok = res.status === status && onResponse.length === 0 && (onRequest.length > 0) === contractRefuses;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${res.status}; request flagged by the contract: ${onRequest.length > 0}`
      + `; response violations: ${onResponse.length}`);
    if (!ok) {
      failures++;
      console.error(JSON.stringify(violations, null, 1));
    }
  }
} finally {
  prism.kill();
}
console.log(`${cases.length} requests through Prism, ${responseViolations} response violations, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
