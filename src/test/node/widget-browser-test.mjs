// The booking widget in headless Chromium, embedded the way a clinic embeds it: a host page on another origin
// (a small server started here) loads {service}/widget/screening-widget.js as a module and talks to the
// service through CORS. axe-core checks WCAG 2.x A/AA on every step and on every result.
// Usage: node widget-browser-test.mjs <service-base-url> <out-dir> [host-port]
// The service must allow the host page's origin: CORS_ORIGINS=http://localhost:<host-port> (default 18090),
// and this one address more screenings a minute than a browser may make: BROWSER_REQUESTS_PER_MINUTE=0.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [serviceArg = 'http://localhost:8080', outDir = 'target', hostPort = '18090'] = process.argv.slice(2);
const service = serviceArg.replace(/\/+$/, '');
const host = `http://localhost:${hostPort}`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BOOKING = 'https://clinic.example/book';
const started = Date.now();
mkdirSync(outDir, { recursive: true });

// Dates the way the service and the widget read them: calendar days in the clinic's time zone, which the
// questionnaire publishes.
const { clinicTimeZone } = await (await fetch(`${service}/v1/questionnaires/microneedling-intake`)).json();
const clinicDay = new Intl.DateTimeFormat('en-CA', { timeZone: clinicTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  .format(new Date());
const day = (offset) => {
  const d = new Date(`${clinicDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

// The clinic's booking site. A strict CSP (no inline script or style) proves the widget needs neither.
const hostPage = (attrs) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clinic booking</title>
<script type="module" src="${service}/widget/screening-widget.js"></script>
<script src="/host.js"></script></head>
<body><main><h1>Book microneedling</h1>
<clinic-screening service-url="${service}" booking-url="${BOOKING}" ${attrs}></clinic-screening>
</main></body></html>`;
const hostScript = `window.widgetEvents = [];
for (const type of ['screening-complete', 'screening-error']) {
  document.addEventListener(type, (e) => window.widgetEvents.push({ type, detail: e.detail, composed: e.composed, bubbles: e.bubbles }));
}`;
const server = createServer((req, res) => {
  const url = new URL(req.url, host);
  const csp = `default-src 'none'; script-src 'self' ${service}; connect-src ${service}; style-src 'self'; base-uri 'none'`;
  if (url.pathname === '/') {
    const attrs = [...url.searchParams].map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`).join(' ');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    res.end(hostPage(attrs));
  } else if (url.pathname === '/host.js' || url.pathname === '/axe.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(url.pathname === '/host.js' ? hostScript : axeSource);
  } else {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve, reject) => server.once('error', reject).listen(+hostPort, 'localhost', resolve));

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  locale: 'en-US',
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

let axeRuns = 0;
let passed = 0;
const fail = (message) => { throw new Error(message); };
const pass = (name, what) => { passed++; console.log(`PASS ${name}: ${what}`); };

async function open(query) {
  const page = await browser.newPage();
  const log = { screenings: [], errors: [] };
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/v1/screenings')) log.screenings.push(r); });
  // A refused partial screening only costs the early end, so a rate limit would change the flow unseen.
  page.on('response', (r) => {
    if (r.status() === 429 && r.url().startsWith(`${service}/v1/screenings`) && !r.headers()['x-test-route']) {
      log.errors.push(`the service limited this browser (429): start it with BROWSER_REQUESTS_PER_MINUTE=0`);
    }
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  // Chromium logs every failed request as a console error; those are asserted where they are provoked.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) log.errors.push(m.text()); });
  await page.goto(`${host}/?${new URLSearchParams(query)}`);
  await page.addScriptTag({ url: '/axe.js' });
  await page.locator('clinic-screening form h3').waitFor({ timeout: 15000 })
    .catch(() => fail(`the widget did not render its first step: ${log.errors.join(' | ') || 'no error in the page'}`));
  return { page, log };
}

async function axe(page, where) {
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document.querySelector('clinic-screening'), { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
  }, AXE_TAGS);
  axeRuns++;
  if (violations.length) fail(`axe found ${violations.length} violation(s) on ${where}:\n  ${violations.join('\n  ')}`);
}

const heading = (page) => page.locator('clinic-screening form h3').innerText();

// The focused element, looked up through the shadow root.
const focused = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  const box = a?.closest?.('[data-field]');
  const radios = a?.type === 'radio' ? [...box.querySelectorAll('input[type=radio]')].filter((r) => r.name === a.name) : [];
  return {
    tag: a?.tagName, type: a?.type, value: a?.value, checked: a?.checked, text: a?.textContent?.trim(),
    invalid: a?.getAttribute?.('aria-invalid'), field: box?.dataset.field, itemType: box?.dataset.type,
    radios: radios.map((r) => ({ value: r.value, checked: r.checked })), index: radios.indexOf(a),
  };
});

// The published questionnaire tells the test what each field is, as it tells the widget.
const questionnaire = await (await fetch(`${service}/v1/questionnaires/microneedling-intake?lang=en`)).json();
const items = new Map(questionnaire.items.flatMap((i) => [i, ...(i.items || [])]).map((i) => [i.field, i]));
// Not a question of the questionnaire but a request field: the widget asks it when the host page sets no planned-date.
items.set('plannedTreatmentDate', { field: 'plannedTreatmentDate', type: 'DATE', required: true });
// Its range as the questionnaire's rules state it: today to the planning horizon.
const horizon = +/(\d+) days/.exec(questionnaire.rules.find((r) => r.startsWith('plannedTreatmentDate')))[1];

// Every date the result shows (en-US long dates, single or a range such as "November 6 – December 4, 2026"),
// as YYYY-MM-DD, so the test can say that none lies in the past.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const M = `(${MONTHS.join('|')})`;
const DATES = new RegExp(`${M} (\\d{1,2})(?:, (\\d{4}))?(?:\\s*–\\s*(?:${M} )?(\\d{1,2}), (\\d{4}))?`, 'g');
function datesIn(text) {
  const out = [];
  const at = (y, m, d) => `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  for (const [whole, m1, d1, y1, m2, d2, y2] of text.matchAll(DATES)) {
    if (!y1 && !y2) fail(`a date without a year: "${whole}"`);
    out.push(at(y1 || y2, m1, d1));
    if (d2) out.push(at(y2, m2 || m1, d2));
  }
  return out;
}
async function noPastDate(page) {
  const text = await page.locator('clinic-screening .result').innerText();
  const dates = datesIn(text);
  const past = dates.filter((d) => d < day(0));
  if (past.length) fail(`the result shows past dates ${past.join(', ')}:\n${text}`);
  return dates;
}

// What a patient answers: the profile, else "no" to yes/no questions and the first option of a required single choice.
function wanted(profile, field) {
  const item = items.get(field) || fail(`the widget shows a field the questionnaire does not have: ${field}`);
  if (field in profile) return profile[field];
  if (item.type === 'YES_NO' || item.type === 'YES_NO_UNSURE') return 'NO';
  if (item.type === 'SINGLE_CHOICE') return item.required ? item.options[0].value : undefined;
  if (item.type === 'GROUP') fail(`a repeating group appeared that this profile does not fill: ${item.field}`);
  return item.required ? fail(`no answer in the profile for the required ${item.type} ${item.field}`) : undefined;
}

const shownItems = (page) => page.evaluate(() => [...document.querySelector('clinic-screening').shadowRoot
  .querySelectorAll('form .item[data-field]')].filter((b) => !b.closest('[hidden]')).map((b) => {
  const inputs = [...b.querySelectorAll('input')];
  return {
    field: b.dataset.field, type: b.dataset.type, entry: b.dataset.entry,
    answered: inputs.some((i) => ((i.type === 'radio' || i.type === 'checkbox') ? i.checked : i.value)),
  };
}));

// Answers one step with the mouse (dates with fill), including questions that appear on the way.
async function answerStep(page, profile) {
  const done = new Set();
  for (;;) {
    // Entries of a repeating group are filled by the profile's function for the group.
    const item = (await shownItems(page)).find((i) => !i.answered && !done.has(i.field) && i.entry === undefined);
    if (!item) break;
    done.add(item.field);
    const value = wanted(profile, item.field);
    if (value === undefined) continue;
    const box = page.locator(`clinic-screening .item[data-field="${item.field}"]`);
    if (typeof value === 'function') {
      await value(box);
    } else if (item.type === 'DATE' || item.type === 'NUMBER') {
      await box.locator('input').fill(value);
      await box.locator('input').blur();
    } else {
      for (const v of [].concat(value)) await box.locator(`input[value="${v}"]`).check();
    }
  }
}

async function next(page) {
  const before = await heading(page);
  await page.locator('clinic-screening form button[type=submit]').click();
  await page.waitForFunction((h) => {
    const root = document.querySelector('clinic-screening').shadowRoot;
    return root.querySelector('.result h3') || root.querySelector('form h3')?.innerText !== h;
  }, before, { timeout: 15000 }).catch(async () => {
    const errors = await page.locator('clinic-screening :is(.summary, .error, .status)').allInnerTexts();
    fail(`could not go on from "${before}": ${errors.filter(Boolean).join(' | ') || 'nothing happened'}`);
  });
}

// Answers every step with the mouse, axe on each, up to the result.
async function complete(page, profile, { screenshots = false, onStep, perStep } = {}) {
  for (let steps = 0; steps < 20; steps++) {
    if (await page.locator('clinic-screening .result h3').count()) return steps;
    const title = await heading(page);
    await answerStep(page, profile);
    // The questions this patient met on the step: shown items, entries of a group not counted apart.
    if (perStep) perStep.push((await shownItems(page)).filter((i) => i.entry === undefined).length);
    if (onStep) await onStep(title);
    await axe(page, `step "${title}"`);
    if (screenshots && steps === 0) await shots(page, 'form');
    await next(page);
  }
  return fail('no result after 20 steps');
}

async function shots(page, name) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    if (width === 375) await axe(page, `${name} at 375 px`);
    await page.screenshot({ path: join(outDir, `widget-${name}-${width}.png`), fullPage: true });
  }
}

async function result(page, log) {
  const headline = page.locator('clinic-screening .result h3');
  await headline.waitFor({ timeout: 15000 });
  const status = await page.locator('clinic-screening .result').getAttribute('data-status');
  const text = (await headline.innerText()).trim();
  if (!text) fail('the result has an empty headline');
  const focus = await focused(page);
  if (focus.tag !== 'H3' || focus.text !== text) fail(`focus did not move to the headline (it is on ${focus.tag} "${focus.text}")`);
  await axe(page, `result ${status}`);
  const response = await log.screenings.at(-1).response();
  const json = await response.json();
  // An early result is the "decision" of a partial screening (POST /v1/screenings/partial, final: true).
  const decision = json.decision ?? json;
  if (json.decision && json.final !== true) fail(`a result was shown from a partial screening that is not final: ${JSON.stringify(json)}`);
  const events = await page.evaluate(() => window.widgetEvents);
  if (log.errors.length) fail(`errors in the page: ${log.errors.join(' | ')}`);
  return { status, text, decision, early: Boolean(json.decision), events, body: log.screenings.at(-1).postDataJSON() };
}

function checkEvent(r, status) {
  const done = r.events.filter((e) => e.type === 'screening-complete');
  if (done.length !== 1) fail(`expected one screening-complete event on the host page, got ${JSON.stringify(r.events)}`);
  const { detail, bubbles, composed } = done[0];
  if (detail.status !== status || detail.decisionId !== r.decision.decisionId || !/^[0-9a-f-]{36}$/.test(detail.decisionId)
    || !bubbles || !composed) fail(`screening-complete event is wrong: ${JSON.stringify(done[0])}`);
  if ((detail.eligibleFrom ?? null) !== (r.decision.eligibleFrom ?? null)) fail(`eligibleFrom ${detail.eligibleFrom} in the event`);
  // An early end says so: the host page can tell it from the result of a finished form.
  if (detail.complete !== !r.early) fail(`complete is ${detail.complete} in the event of ${r.early ? 'an early' : 'a full'} result`);
}

const healthy = {
  // Close enough that preparation windows have begun: the result must date them from today, not before.
  plannedTreatmentDate: day(3),
  'answers.dateOfBirth': '1990-05-15',
  'answers.treatmentAreas': ['FACE'],
  'answers.goals': ['ACNE_SCARS'],
  'answers.skinType.fitzpatrick': 'II',
};

async function scenario(name, run) {
  try {
    pass(name, await run());
  } catch (e) {
    console.error(`FAIL ${name}: ${e.stack}`);
    throw e; // stops at the first failure
  }
}

try {
  await scenario('a. English, healthy patient', async () => {
    const { page, log } = await open({ lang: 'en', treatment: 'MN' });
    let sawDueDateHide = false;
    let asked = false;
    const perStep = [];
    await complete(page, healthy, {
      screenshots: true,
      perStep,
      onStep: async (title) => {
        if (/Step 1 of/.test(title)) {
          // No planned-date on the element: the first step asks when, within what the service accepts.
          const box = page.locator('clinic-screening .item[data-field="plannedTreatmentDate"]');
          const label = await box.locator('label').innerText();
          if (label !== 'When would you like your treatment?') fail(`the planned date is asked as "${label}"`);
          const input = box.locator('input[type=date]');
          if (await input.getAttribute('min') !== day(0) || await input.getAttribute('max') !== day(horizon)) {
            fail(`planned date range ${await input.getAttribute('min')}..${await input.getAttribute('max')}, not today..+${horizon} days`);
          }
          await input.fill(day(-1));
          await input.blur();
          await refused(page, box, /cannot be before/);
          await input.fill(healthy.plannedTreatmentDate);
          await input.blur();
          asked = true;
        }
        if (!/Step 1 of/.test(title)) return;
        // Pregnancy is asked in the first step, with age: either can end the screening there.
        // A conditional question appears on "yes" and its answer is dropped once it is hidden again.
        const due = page.locator('clinic-screening .item[data-field="answers.pregnancy.dueDate"]');
        await page.locator('clinic-screening [data-field="answers.pregnancy.status"] input[value="YES"]').check();
        await due.locator('input').fill(day(90));
        await page.locator('clinic-screening [data-field="answers.pregnancy.status"] input[value="NO"]').check();
        if (await due.isVisible()) fail('the due date question stays visible after answering "no"');
        sawDueDateHide = true;
      },
    });
    if (!sawDueDateHide) fail('pregnancy was not asked in the first step');
    const questions = perStep.reduce((a, b) => a + b, 0);
    if (perStep.some((n) => n > 8)) fail(`a step asks more than 8 questions of a healthy patient: ${perStep}`);
    if (perStep.length > 6) fail(`${perStep.length} steps for a healthy patient: ${perStep}`);
    // Every step but the last asked the service whether the answer was already certain; none was.
    const partial = log.screenings.filter((r) => new URL(r.url()).pathname === '/v1/screenings/partial');
    if (partial.length !== perStep.length - 1) fail(`${partial.length} partial screenings for ${perStep.length} steps`);
    if (!asked) fail('the planned treatment date was not asked in the first step');
    const r = await result(page, log);
    if (r.status !== 'ELIGIBLE') fail(`expected ELIGIBLE, got ${r.status}: ${r.text}`);
    if (r.body.plannedTreatmentDate !== day(3)) fail(`plannedTreatmentDate ${r.body.plannedTreatmentDate} was sent`);
    const shown = await noPastDate(page);
    // The 28-day peel window began before today: it is shown from today to the treatment day.
    const peel = datesIn(await page.locator('clinic-screening .result li[data-code="NO_PEEL_BEFORE"]').innerText());
    if (peel.join() !== [day(0), day(3)].join()) fail(`the peel window is dated ${peel}, not today to the treatment day`);
    if ('dueDate' in r.body.answers.pregnancy) fail(`a hidden answer was sent: ${JSON.stringify(r.body.answers.pregnancy)}`);
    if (r.body.treatment !== 'MN' || JSON.stringify(r.body.answers.goals) !== '["ACNE_SCARS"]'
      || r.body.answers.skinCancer.activeInArea !== 'NO') fail(`unexpected request body ${JSON.stringify(r.body)}`);
    const link = page.locator('clinic-screening .result a.book');
    if (await link.getAttribute('href') !== BOOKING || !(await link.isVisible())) fail('the booking link is not shown');
    const when = await page.locator('clinic-screening .result .message').innerText();
    if (!/you can book from [A-Z][a-z]+ \d{1,2}, \d{4}\./.test(when)) fail(`no booking date: "${when}"`);
    if (!(await page.locator('clinic-screening .result').getByRole('heading', { name: 'Before your treatment' }).isVisible())) fail('no preparation list');
    // The patient view names instructions by code; their texts come from /v1/instructions.
    const retinoids = await page.locator('clinic-screening .result li[data-code="STOP_TOPICAL_RETINOIDS"]').innerText();
    if (!/: Stop tretinoin, retinol/.test(retinoids)) fail(`an instruction without its dates and text: "${retinoids}"`);
    checkEvent(r, 'ELIGIBLE');
    await shots(page, 'result');
    await page.close();
    return `${questions} questions in ${perStep.length} steps (${perStep.join(', ')}), "${r.text}", planned date asked and sent, ${shown.length} dates shown, none past, `
      + `booking link shown, screening-complete ${r.decision.decisionId}`;
  });

  await scenario('b. Spanish', async () => {
    const { page, log } = await open({ lang: 'en', treatment: 'MN', 'planned-date': day(45) });
    await page.locator('clinic-screening .item[data-field="answers.dateOfBirth"] input').fill('1990-05-15');
    await page.locator('clinic-screening header button').click(); // the widget's own language toggle
    await page.locator('clinic-screening form h3', { hasText: 'Paso 1 de 6' }).waitFor({ timeout: 10000 });
    const lang = await page.evaluate(() => {
      const el = document.querySelector('clinic-screening');
      return [el.getAttribute('lang'), el.shadowRoot.querySelector('.root').lang];
    });
    if (lang.join() !== 'es,es') fail(`widget root lang is ${lang}, expected es`);
    for (const text of ['Cuestionario de salud', 'Sobre usted', '¿Cuál es su fecha de nacimiento?', 'Siguiente', 'English']) {
      if (!(await page.locator('clinic-screening').getByText(text).first().isVisible())) fail(`Spanish text "${text}" not shown`);
    }
    if (await page.locator('clinic-screening .item[data-field="answers.dateOfBirth"] input').inputValue() !== '1990-05-15') {
      fail('the answer was lost when switching the language');
    }
    await complete(page, healthy);
    const r = await result(page, log);
    if (r.status !== 'ELIGIBLE' || r.decision.language !== 'es') fail(`expected an ELIGIBLE decision in es, got ${r.status} ${r.decision.language}`);
    if (await page.locator('clinic-screening .result a.book').innerText() !== 'Reservar una cita') fail('no Spanish booking link');
    const when = await page.locator('clinic-screening .result .message').innerText();
    const planned = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day(45)}T00:00:00Z`));
    if (!when.includes(`puede reservar a partir del ${planned}.`)) fail(`no Spanish booking date ${planned}: "${when}"`);
    if (r.body.plannedTreatmentDate !== day(45)) fail(`plannedTreatmentDate ${r.body.plannedTreatmentDate} was sent`);
    checkEvent(r, 'ELIGIBLE');
    await page.close();
    return `"${r.text}", lang=es on the widget root, answers kept across the switch`;
  });

  await scenario('b2. Spanish, no planned date', async () => {
    const { page } = await open({ lang: 'es', treatment: 'MN' });
    const box = page.locator('clinic-screening .item[data-field="plannedTreatmentDate"]');
    const label = await box.locator('label').innerText();
    if (label !== '¿Cuándo le gustaría hacerse el tratamiento?') fail(`the planned date is asked as "${label}"`);
    const input = box.locator('input[type=date]');
    await input.fill(day(horizon + 1));
    await input.blur();
    await refused(page, box, /no puede ser posterior/);
    await axe(page, 'the Spanish planned date question with its error');
    await page.close();
    return `asked as "${label}", a day past the ${horizon}-day horizon refused next to it`;
  });

  await scenario('c. Keloid tendency ends the form at the step that asks it; going on shows the alternatives', async () => {
    const { page, log } = await open({ lang: 'en', treatment: 'MN' });
    const profile = { ...healthy, 'answers.goals': ['ACNE_SCARS', 'FINE_LINES_WRINKLES'], 'answers.keloidTendency': 'YES' };
    const steps = await complete(page, profile);
    const early = await result(page, log);
    if (early.status !== 'NOT_ELIGIBLE' || steps !== 2) fail(`expected NOT_ELIGIBLE after 2 steps, got ${early.status} after ${steps}`);
    if (await page.locator('clinic-screening .result a.book').count()) fail('a booking link is shown to a patient who is not eligible');
    // Screened before every answer, other treatments are not offered yet: the patient may answer the rest.
    if (early.decision.alternatives.length) fail(`an early result offers alternatives: ${early.decision.alternatives.map((a) => a.code)}`);
    checkEvent(early, 'NOT_ELIGIBLE');
    await page.locator('clinic-screening button', { hasText: 'Answer the remaining questions' }).click();
    const more = await complete(page, profile);
    const r = await result(page, log);
    if (r.status !== 'NOT_ELIGIBLE') fail(`expected NOT_ELIGIBLE, got ${r.status}`);
    if (new URL(log.screenings.at(-1).url()).pathname !== '/v1/screenings') fail('the full result did not come from a screening');
    await noPastDate(page);
    const codes = r.decision.alternatives.map((a) => a.code);
    if (!codes.includes('ALT_TOP_GENTLE')) fail(`the gentle regimen is not offered: ${codes}`);
    const shown = await page.locator('clinic-screening .result li:has(> .why) strong').allInnerTexts();
    if (shown.length !== codes.length) fail(`${shown.length} alternatives shown, ${codes.length} in the decision`);
    await page.close();
    return `"${early.text}" after step 2 of the questionnaire; going on (${more} more steps): alternatives ${shown.join(', ')}`;
  });

  // A patient whom the first step decides: the form ends there with the result, at both widths without axe violations.
  async function stopsAtFirstStep(profile, status, name) {
    const { page, log } = await open({ lang: 'en', treatment: 'MN', 'planned-date': day(30) });
    const perStep = [];
    const steps = await complete(page, { ...healthy, ...profile }, { perStep });
    const r = await result(page, log);
    if (r.status !== status || steps !== 1) fail(`expected ${status} after the first step, got ${r.status} after ${steps} steps`);
    const partial = await log.screenings.at(-1).response().then((res) => res.json());
    if (partial.final !== true || partial.complete !== false) fail(`not a final partial screening: ${JSON.stringify(partial)}`);
    if (await page.locator('clinic-screening .result a.book').count()) fail('a booking link is shown');
    if (r.decision.eligibleFrom) fail(`a booking date is given: ${r.decision.eligibleFrom}`);
    checkEvent(r, status);
    let height = 0;
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await axe(page, `${name} result at ${width} px`);
      await page.screenshot({ path: join(outDir, `widget-early-${name}-${width}.png`), fullPage: true });
      if (width === 375) height = await page.evaluate(() => document.querySelector('clinic-screening').getBoundingClientRect().height);
    }
    await page.close();
    return `"${r.text}" (${r.status}) after step 1, ${perStep[0]} questions answered; result ${Math.round(height)} px tall at 375 px`;
  }

  await scenario('j. A 16-year-old stops at the first step', () => stopsAtFirstStep(
    { 'answers.dateOfBirth': `${+day(0).slice(0, 4) - 16}${day(0).slice(4)}` }, 'NOT_ELIGIBLE', 'under-age'));

  await scenario('k. A pregnant patient stops at the first step', () => stopsAtFirstStep(
    { 'answers.pregnancy.status': 'YES', 'answers.pregnancy.dueDate': day(120) }, 'DEFERRED', 'pregnant'));

  // Every status a patient can meet, on a phone from the first step to the result: a screenshot of each
  // result, its height, and what it says. The undated deferral and the refusal are the early results the form
  // ends with; the others follow the last step.
  const STATUSES = [
    ['ELIGIBLE', 'ELIGIBLE', {}],
    ['ELIGIBLE_WITH_PRECAUTIONS', 'ELIGIBLE_WITH_PRECAUTIONS',
      { 'answers.coldSores.status': 'YES', 'answers.coldSores.locations': ['FACE'] }],
    ['CLINICIAN_REVIEW', 'CLINICIAN_REVIEW', { 'answers.bloodThinners.status': 'YES', 'answers.bloodThinners.medicines': ['APIXABAN'] }],
    ['DEFERRED-dated', 'DEFERRED', { 'answers.isotretinoin.status': 'PAST', 'answers.isotretinoin.lastDoseDate': day(-90) }],
    ['DEFERRED-undated', 'DEFERRED', { 'answers.pregnancy.status': 'YES', 'answers.pregnancy.dueDate': day(120) }],
    ['NOT_ELIGIBLE', 'NOT_ELIGIBLE', { 'answers.keloidTendency': 'YES' }],
  ];

  // What the result says about its status (headline, message, reasons, what must happen first), apart from
  // the instruction windows and the alternatives, which may rightly end on the booking date.
  async function statusTexts(page, decision) {
    const result = page.locator('clinic-screening .result');
    const parts = [await result.locator('h3').innerText(), ...await result.locator('.message').allInnerTexts()];
    for (const { code } of decision.reasons || []) parts.push(...await result.locator(`li[data-code="${code}"]`).allInnerTexts());
    const resolve = result.locator('h4', { hasText: 'What needs to happen first' });
    if (await resolve.count()) parts.push(...await resolve.locator('+ ul > li').allInnerTexts());
    return parts.join('\n');
  }

  await scenario('l. Each status at 375 px: first step, results, heights', async () => {
    const measured = [];
    let healthyCount = '';
    for (const [label, status, profile] of STATUSES) {
      const { page, log } = await open({ lang: 'en', treatment: 'MN' });
      await page.setViewportSize({ width: 375, height: 812 });
      if (label === 'ELIGIBLE') {
        // The first step as a patient meets it, nothing answered yet.
        await axe(page, 'the first step at 375 px');
        await page.screenshot({ path: join(outDir, 'widget-step-1-375.png'), fullPage: true });
      }
      const perStep = [];
      const steps = await complete(page, { ...healthy, ...profile }, { perStep });
      const r = await result(page, log); // axe on the result, at 375 px
      if (r.status !== status) fail(`${label}: expected ${status}, got ${r.status} "${r.text}"`);
      if (label === 'DEFERRED-dated' && !r.decision.eligibleFrom) fail('the dated deferral has no booking date');
      if (label === 'DEFERRED-undated' && (r.decision.eligibleFrom || steps !== 1)) {
        fail(`the undated deferral: booking date ${r.decision.eligibleFrom}, after ${steps} steps, not after step 1`);
      }
      if (label === 'ELIGIBLE') healthyCount = `healthy patient ${perStep.reduce((a, b) => a + b, 0)} questions in ${steps} steps`;
      checkEvent(r, status);
      await noPastDate(page);
      if (await page.locator('clinic-screening .result .message').count() !== 1) fail(`${label}: not exactly one message`);
      if (await page.locator('clinic-screening .result a.book').count() !== (r.decision.eligible ? 1 : 0)) {
        fail(`${label}: booking link shown iff eligible fails`);
      }
      // One message for the status: no date said twice in it, the booking date said once, the reference once.
      const said = await statusTexts(page, r.decision);
      const dates = datesIn(said);
      const twice = dates.filter((d, i) => dates.indexOf(d) !== i);
      if (twice.length) fail(`${label}: ${twice.join(', ')} said more than once:\n${said}`);
      if (r.decision.eligibleFrom && !dates.includes(r.decision.eligibleFrom)) fail(`${label}: the booking date is not said:\n${said}`);
      const text = await page.locator('clinic-screening .result').innerText();
      const reference = /reference ([A-Z0-9]{8})/.exec(said)?.[1];
      if (reference && text.split(reference).length !== 2) fail(`${label}: the reference ${reference} is said more than once:\n${text}`);
      const file = join(outDir, `widget-status-${label}-375.png`);
      await page.screenshot({ path: file, fullPage: true });
      const png = readFileSync(file);
      if (png.readUInt32BE(16) !== 375) fail(`${file} is ${png.readUInt32BE(16)} px wide, not 375`);
      const height = await page.evaluate(() => document.querySelector('clinic-screening').getBoundingClientRect().height);
      measured.push(`${label} ${Math.round(height)} px (${steps} step${steps > 1 ? 's' : ''})`);
      await page.close();
    }
    return `${measured.join(', ')}; ${healthyCount}; screenshots ${join(outDir, 'widget-step-1-375.png')}, `
      + `${join(outDir, 'widget-status-*-375.png')}`;
  });

  await scenario('d. Dates outside their range are refused in the form', async () => {
    const { page, log } = await open({ lang: 'en', treatment: 'MN' });
    const dob = page.locator('clinic-screening .item[data-field="answers.dateOfBirth"]');
    await dob.locator('input').fill(day(1));
    await dob.locator('input').blur(); // checked as the patient goes, before any Next
    await refused(page, dob, /cannot be after/);
    if (await dob.locator('input').getAttribute('max') !== day(0)) fail('date of birth has no max of today');
    await answerStep(page, { ...healthy, 'answers.dateOfBirth': undefined });
    await dob.locator('input').fill('1990-05-15');
    await dob.locator('input').blur();
    if (await dob.locator('input').getAttribute('aria-invalid')) fail('the error stays after a valid date');
    const due = page.locator('clinic-screening .item[data-field="answers.pregnancy.dueDate"]');
    const pregnancy = (answer) => page.locator(`clinic-screening [data-field="answers.pregnancy.status"] input[value="${answer}"]`).check();
    await pregnancy('YES');
    await answerStep(page, { 'answers.pregnancy.dueDate': day(-1) });
    if (await due.locator('input').getAttribute('min') !== day(0)) fail('due date min is not today');
    if (await due.locator('input').getAttribute('max') !== day(300)) fail('due date max is not today+P300D');
    await page.locator('clinic-screening form button[type=submit]').click();
    await refused(page, due, /cannot be before/, true);
    await axe(page, 'a step showing errors');
    await due.locator('input').fill(day(30));
    await pregnancy('NO'); // not pregnant after all: the form goes on
    await next(page);
    await answerStep(page, {});
    await next(page);
    // A cross-field rule: the last dose cannot be before the first.
    await answerStep(page, {
      'answers.isotretinoin.status': 'PAST',
      'answers.isotretinoin.firstDoseDate': '2024-03-01',
      'answers.isotretinoin.lastDoseDate': '2024-01-01',
    });
    const last = page.locator('clinic-screening .item[data-field="answers.isotretinoin.lastDoseDate"]');
    if (await last.locator('input').getAttribute('min') !== '2024-03-01') fail('last dose min is not the first dose date');
    await page.locator('clinic-screening form button[type=submit]').click();
    await refused(page, last, /cannot be before/, true);
    // Only the partial screenings after the steps left, none with a refused date, and no screening.
    const sent = log.screenings.map((r) => [new URL(r.url()).pathname, r.postData() || '']);
    if (sent.some(([path]) => path !== '/v1/screenings/partial')) fail(`a screening was requested: ${sent.map(([p]) => p)}`);
    if (sent.length !== 2) fail(`${sent.length} partial screenings after 2 steps`);
    if (sent.some(([, body]) => [day(1), day(-1), '2024-01-01'].some((d) => body.includes(d)))) fail('a refused date was sent');
    await page.close();
    return 'future date of birth, past due date and a last dose before the first refused next to their fields; none sent';
  });

  async function refused(page, box, message, focusThere) {
    const error = (await box.locator('.error').innerText()).trim();
    if (!message.test(error)) fail(`expected an error matching ${message}, got "${error}"`);
    const input = box.locator('input');
    if (await input.getAttribute('aria-invalid') !== 'true') fail('the field is not aria-invalid=true');
    const describedby = await input.getAttribute('aria-describedby');
    const errorId = await box.locator('.error').getAttribute('id');
    if (!describedby.split(' ').includes(errorId)) fail('the error is not linked with aria-describedby');
    if (focusThere) {
      const f = await focused(page);
      if (f.field !== await box.getAttribute('data-field')) fail(`focus is on ${f.field}, not on the field in error`);
    }
  }

  await scenario('e. Keyboard only', async () => {
    const { page, log } = await open({ lang: 'en' }); // no treatment attribute: the patient is asked
    const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 10, 22))
      .filter((p) => p.type !== 'literal').map((p) => p.type));
    const typeDate = (iso) => {
      const [year, month, dayOfMonth] = iso.split('-');
      return page.keyboard.type(order.map((t) => ({ year, month, day: dayOfMonth })[t]).join(''));
    };
    const profile = { ...healthy, 'treatment': 'MN' };
    let steps = 0;
    let shiftTabbed = false;
    for (let presses = 0; presses < 600; presses++) {
      if (await page.locator('clinic-screening .result h3').count()) break;
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.type === 'radio') {
        const want = wanted(profile, f.field);
        if (want === undefined) continue;
        const target = f.radios.findIndex((r) => r.value === want);
        if (f.radios[target].checked) continue;
        if (target === f.index) await page.keyboard.press('Space');
        for (let i = f.index; i < target; i++) await page.keyboard.press('ArrowDown');
        for (let i = f.index; i > target; i--) await page.keyboard.press('ArrowUp');
      } else if (f.type === 'checkbox') {
        if ([].concat(profile[f.field] || []).includes(f.value) !== f.checked) await page.keyboard.press('Space');
      } else if (f.type === 'date' && !f.value && profile[f.field]) {
        await typeDate(profile[f.field]);
        if (!shiftTabbed) {
          // Back and forth: Shift+Tab leaves the field (Chromium tabs through a date's parts first) to the
          // language toggle before it, and Tab comes back to the field with the date kept.
          let back = f;
          for (let i = 0; i < 4 && back.field === f.field; i++) {
            await page.keyboard.press('Shift+Tab');
            back = await focused(page);
          }
          // Tab comes back through the question's folded help ("More about this question") to the field.
          let again = back;
          for (let i = 0; i < 3 && again.type !== 'date'; i++) {
            await page.keyboard.press('Tab');
            again = await focused(page);
          }
          if (back.tag !== 'BUTTON' || again.field !== f.field || again.value !== profile[f.field]) {
            fail(`Shift+Tab/Tab around the date field went to ${back.tag} "${back.text}", then ${again.field} = ${again.value}`);
          }
          shiftTabbed = true;
        }
      } else if (f.type === 'submit') {
        await axe(page, `keyboard step ${steps + 1}`);
        const before = await heading(page);
        await page.keyboard.press('Enter');
        await page.waitForFunction((h) => {
          const root = document.querySelector('clinic-screening').shadowRoot;
          return root.querySelector('.result h3') || root.querySelector('form h3')?.innerText !== h;
        }, before, { timeout: 15000 }).catch(() => fail(`Enter on "${f.text}" did not go on from "${before}"`));
        steps++;
      } else if (!f.field && f.tag !== 'BUTTON') {
        fail(`Tab left the widget (focus on ${f.tag}) before the result`);
      }
    }
    const r = await result(page, log);
    if (r.status !== 'ELIGIBLE') fail(`expected ELIGIBLE, got ${r.status}`);
    if (r.body.treatment !== 'MN' || r.body.answers.dateOfBirth !== '1990-05-15'
      || r.body.plannedTreatmentDate !== healthy.plannedTreatmentDate) fail(`unexpected body ${JSON.stringify(r.body)}`);
    await noPastDate(page);
    // The booking link is reachable with Tab right after the headline.
    await page.keyboard.press('Tab');
    const link = await focused(page);
    if (link.tag !== 'A') fail(`Tab after the headline went to ${link.tag}, not the booking link`);
    checkEvent(r, 'ELIGIBLE');
    await page.close();
    return `${steps} steps completed with Tab, Shift+Tab, Space, arrows and Enter to "${r.text}"`;
  });

  await scenario('f. Screenshots', async () => {
    const sizes = [];
    for (const name of ['form', 'result']) {
      for (const width of [375, 1280]) {
        const file = join(outDir, `widget-${name}-${width}.png`);
        const png = readFileSync(file);
        if (png.readUInt32BE(16) !== width) fail(`${file} is ${png.readUInt32BE(16)} px wide, not ${width}`);
        sizes.push(`${file} (${width}x${png.readUInt32BE(20)})`);
      }
    }
    return sizes.join(', ');
  });

  await scenario('h. Repeating group, planned date and service errors', async () => {
    const { page, log } = await open({ lang: 'en', treatment: 'MN', 'planned-date': day(60) });
    const entry = (n, part) => page.locator(`clinic-screening .item[data-field="answers.proceduresInArea.procedures[].${part}"][data-entry="${n}"]`);
    const fillEntry = async (n, type, date) => {
      await entry(n, 'type').locator(`input[value="${type}"]`).check();
      await entry(n, 'date').locator('input').fill(date);
    };
    const add = page.locator('clinic-screening button', { hasText: 'Add another entry' });
    const procedures = async (box) => {
      // The group starts with one entry; entries are added and removed, focus following.
      await fillEntry(0, 'PEEL_SUPERFICIAL', '2025-06-01');
      await add.click();
      if ((await focused(page)).field !== 'answers.proceduresInArea.procedures[].type') fail('focus did not move to the new entry');
      await fillEntry(1, 'IPL', day(-10));
      await add.click();
      await page.locator('clinic-screening button', { hasText: 'Remove entry 3' }).click();
      if ((await focused(page)).text !== 'Add another entry') fail('focus is lost after removing an entry');
      if (await entry(2, 'type').count()) fail('the removed entry is still shown');
      if (await box.locator('legend', { hasText: 'Entry 2' }).count() !== 1) fail('entries are not labelled');
    };
    await complete(page, { ...healthy, 'answers.proceduresInArea.status': 'YES', 'answers.proceduresInArea.procedures': procedures }, {
      onStep: async (title) => {
        if (!/allergies/i.test(title)) return;
        const submit = page.locator('clinic-screening form button[type=submit]');
        const summary = page.locator('clinic-screening .summary');
        const cors = { 'Access-Control-Allow-Origin': host, 'Access-Control-Expose-Headers': 'Retry-After', 'X-Test-Route': '1' };
        const problem = (status, body, headers = {}) => (route) => route.fulfill({
          status, headers: { ...cors, ...headers }, contentType: 'application/problem+json', body: JSON.stringify(body),
        });
        await page.route('**/v1/screenings?*', problem(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '30' }));
        await submit.click();
        await summary.getByText('Please wait 30 seconds').waitFor({ timeout: 5000 });
        await page.unroute('**/v1/screenings?*');
        await page.route('**/v1/screenings?*', (route) => route.abort('internetdisconnected'));
        await submit.click();
        await summary.getByText('Check your internet connection').waitFor({ timeout: 5000 });
        await page.unroute('**/v1/screenings?*');
        await page.route('**/v1/screenings?*', problem(400, {
          type: 'https://contraindication-screening.example/problems/invalid-request', status: 400,
          title: 'The request has invalid or missing answers', detail: '2 answer(s) missing or invalid; nothing was screened',
          errors: [
            { field: 'answers.proceduresInArea.procedures[1].date', pointer: '/answers/proceduresInArea/procedures/1/date', message: 'must not be after the test date' },
            { field: 'plannedTreatmentDate', pointer: '/plannedTreatmentDate', message: 'must be within the test range' },
          ],
        }));
        await submit.click();
        await page.locator('clinic-screening form h3', { hasText: 'Treatments, surgery' }).waitFor({ timeout: 5000 });
        const date = entry(1, 'date');
        // The procedures and the allergies share a step now: its heading is there before the service's answer.
        await date.locator('.error', { hasText: 'must not be after the test date' }).waitFor({ timeout: 5000 }).catch(() => {});
        if (!(await date.locator('.error').innerText()).includes('must not be after the test date')) fail('the service error is not next to entry 2');
        if (await date.locator('input').getAttribute('aria-invalid') !== 'true') fail('entry 2 date is not aria-invalid');
        const f = await focused(page);
        if (f.field !== 'answers.proceduresInArea.procedures[].date' || f.value !== day(-10)) fail(`focus went to ${f.field} ${f.value}`);
        const top = await summary.innerText();
        if (!top.includes('The request has invalid or missing answers') || !top.includes('Planned treatment date: must be within the test range')) {
          fail(`title, detail or the unplaced error missing at the top: ${top}`);
        }
        await axe(page, 'a step showing service errors');
        await page.unroute('**/v1/screenings?*');
        const errors = (await page.evaluate(() => window.widgetEvents)).filter((e) => e.type === 'screening-error').map((e) => e.detail.status);
        if (errors.join() !== '429,0,400') fail(`screening-error events: ${errors}`);
        // Corrected on the same (last) step, which the form then submits.
        await date.locator('input').fill(day(-12));
      },
    });
    const r = await result(page, log);
    const sent = r.body.answers.proceduresInArea;
    if (JSON.stringify(sent) !== JSON.stringify({ status: 'YES', procedures: [{ type: 'PEEL_SUPERFICIAL', date: '2025-06-01' }, { type: 'IPL', date: day(-12) }] })
      || r.body.plannedTreatmentDate !== day(60)) fail(`unexpected request ${JSON.stringify(r.body)}`);
    if (await page.locator('clinic-screening .result a.book').count() !== (r.decision.eligible ? 1 : 0)) fail('booking link shown iff eligible fails');
    await noPastDate(page);
    checkEvent(r, r.status);
    await page.close();
    return `2 procedures sent, 429 / network / 400 shown plainly and next to the field named; result "${r.text}" (${r.status})`;
  });

  // The medicine list of the questionnaire (MEDICINE_LIST): an APG combobox over its search, the chosen
  // medicines removable one by one, and the service's answer checks shown at the answer a medicine contradicts.
  const medicineItem = questionnaire.items.find((i) => i.type === 'MEDICINE_LIST');
  const sectionIndex = (field) => questionnaire.sections.findIndex((s) => s.id === items.get(field).section);
  const medicineBox = (page) => page.locator(`clinic-screening .item[data-field="${medicineItem.field}"]`);
  const searched = (page) => {
    const queries = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === service && url.pathname === medicineItem.search) queries.push(url.searchParams.get('q'));
    });
    return queries;
  };
  // Up to the step that lists medicines, answering the steps before it as a healthy patient.
  async function toMedicines(page) {
    for (let steps = 0; !(await medicineBox(page).isVisible()); steps++) {
      if (steps > 8) fail('no step shows the medicine list');
      await answerStep(page, healthy);
      await next(page);
    }
  }
  // The combobox as the APG pattern states it, the listbox open on an option the keyboard made active.
  async function comboboxOpen(page, box, option) {
    const input = box.getByRole('combobox');
    const listbox = box.getByRole('listbox');
    const attrs = await input.evaluate((i) => Object.fromEntries(['aria-expanded', 'aria-controls', 'aria-autocomplete',
      'aria-activedescendant'].map((a) => [a, i.getAttribute(a)])));
    const listId = await listbox.getAttribute('id');
    const optionId = await option.getAttribute('id');
    if (attrs['aria-expanded'] !== 'true' || attrs['aria-controls'] !== listId || attrs['aria-autocomplete'] !== 'list'
      || attrs['aria-activedescendant'] !== optionId || await option.getAttribute('aria-selected') !== 'true') {
      fail(`combobox state ${JSON.stringify(attrs)}, listbox ${listId}, active option ${optionId}`);
    }
    const f = await focused(page);
    if (f.field !== medicineItem.field || f.tag !== 'INPUT') fail(`focus left the combobox for ${f.tag} ${f.field}`);
  }
  // What the field's polite live region says (shortly after the options change, so that it is announced).
  const says = (box, text) => box.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 3000 })
    .catch(async () => fail(`the live region says "${await box.getByRole('status').innerText()}", not "${text}"`));
  // The screen a phone shows with the options open: the question at the top.
  async function shotOpen(page, box, name) {
    await box.evaluate((b) => b.scrollIntoView({ block: 'start' }));
    const file = join(outDir, name);
    await page.screenshot({ path: file });
    const png = readFileSync(file);
    if (png.readUInt32BE(16) !== 375) fail(`${file} is ${png.readUInt32BE(16)} px wide, not 375`);
  }
  // The option of the brand itself, not of a pack whose name begins with it.
  const eliquisOption = (box) => box.getByRole('option').filter({ has: box.page().locator('.name', { hasText: /^Eliquis$/ }) });
  // 375 px: nothing wider than the screen.
  async function noSideScroll(page, where) {
    const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
    if (wide > 375) fail(`${where} is ${wide} px wide at 375 px: the page scrolls sideways`);
  }
  const arrowTo = async (page, input, option) => {
    const id = await option.getAttribute('id');
    for (let i = 0; i < 12 && await input.getAttribute('aria-activedescendant') !== id; i++) await page.keyboard.press('ArrowDown');
  };

  await scenario('m. Medicines: "eliq" picked with the keyboard, "No" to blood thinners is checked, the result names Eliquis', async () => {
    if (!medicineItem) fail('the questionnaire has no MEDICINE_LIST item');
    if (medicineItem.search !== '/v1/medicines' || !medicineItem.maxItems) fail(`medicine list item ${JSON.stringify(medicineItem)}`);
    const found = await (await fetch(`${service}/v1/medicines?q=eliq&lang=en`)).json();
    const eliquis = found.results.find((r) => r.name === 'Eliquis') || fail(`no Eliquis found for "eliq": ${JSON.stringify(found)}`);
    const { page, log } = await open({ lang: 'en', treatment: 'MN', 'planned-date': day(30) });
    await page.setViewportSize({ width: 375, height: 812 });
    const queries = searched(page);
    const checkField = 'answers.bloodThinners.status';
    // The check comes after the step where both the list and the blood thinner question are answered.
    const checkStep = questionnaire.sections[Math.max(sectionIndex(medicineItem.field), sectionIndex(checkField))].title;
    let picked = '';
    let checked = '';
    const pick = async (box) => {
      const label = await box.locator('label.q').innerText();
      if (label !== 'Which medicines do you take? (optional)') fail(`the medicine list is asked as "${label}"`);
      const input = box.getByRole('combobox');
      await input.focus();
      await page.keyboard.type('eliq', { delay: 40 });
      const option = eliquisOption(box);
      await option.waitFor({ timeout: 5000 });
      // Typing waits: one search for the word typed, none for its first letters.
      if (queries.join() !== 'eliq') fail(`searched ${JSON.stringify(queries)} while typing "eliq"`);
      const text = await option.innerText();
      for (const want of [...eliquis.ingredients, ...eliquis.classes.map((c) => c.label)]) {
        if (!text.includes(want)) fail(`the option "${text}" does not show "${want}"`);
      }
      const options = await box.getByRole('option').allInnerTexts();
      if (options.at(-1) !== 'Add “eliq” as written' || options.length !== found.results.length + 1) {
        fail(`options ${JSON.stringify(options)} for ${found.results.length} results`);
      }
      const count = found.results.length;
      await says(box, count === 1 ? '1 medicine found.' : `${count} medicines found.`);
      await arrowTo(page, input, option);
      await comboboxOpen(page, box, option);
      await axe(page, 'the medicine search open, English, 375 px');
      await noSideScroll(page, 'the medicine search open');
      await shotOpen(page, box, 'widget-medicine-search-en-375.png');
      await page.keyboard.press('Enter');
      const remove = box.getByRole('button', { name: 'Remove Eliquis', exact: true });
      await remove.waitFor({ timeout: 2000 }).catch(() => fail('no "Remove Eliquis" button after choosing Eliquis'));
      if (await input.getAttribute('aria-expanded') !== 'false' || await input.inputValue() !== '') fail('the listbox stays open or the text stays after choosing');
      if ((await focused(page)).field !== medicineItem.field) fail('focus left the combobox after choosing');
      // Asked again, the answer comes from memory; Escape closes the list, Escape again clears the box.
      await page.keyboard.type('eliq', { delay: 40 });
      await option.waitFor({ timeout: 2000 });
      if (queries.length !== 1) fail(`"eliq" was searched again: ${JSON.stringify(queries)}`);
      await page.keyboard.press('Escape');
      if (await input.getAttribute('aria-expanded') !== 'false') fail('Escape did not close the listbox');
      await page.keyboard.press('Escape');
      if (await input.inputValue() !== '') fail('a second Escape did not clear the box');
      picked = text.replace(/\s+/g, ' ');
    };
    await complete(page, { ...healthy, [medicineItem.field]: pick }, {
      onStep: async (title) => {
        if (!title.includes(checkStep)) return;
        if (!picked) fail('the blood thinner question came before the medicine list was filled in');
        // The first Next does not go on: the answer the medicine contradicts is to be checked.
        await page.locator('clinic-screening form button[type=submit]').click();
        const box = page.locator(`clinic-screening .item[data-field="${checkField}"]`);
        const note = box.locator('.check');
        await note.filter({ hasText: /\S/ }).waitFor({ timeout: 15000 })
          .catch(() => fail('no answer check was shown at the blood thinner question'));
        // Shown at the step that asks it, this one or an earlier one.
        const asks = questionnaire.sections[sectionIndex(checkField)].title;
        if (!(await heading(page)).includes(asks)) fail(`the form went to "${await heading(page)}", not to the answer to check`);
        const partial = await log.screenings.at(-1).response().then((r) => r.json());
        const check = (partial.answerChecks || []).find((c) => c.field === checkField);
        if (!check || !check.medicines.includes('Eliquis')) fail(`the partial screening has no check of ${checkField}: ${JSON.stringify(partial)}`);
        if (await note.innerText() !== check.message) fail(`the field shows "${await note.innerText()}", not "${check.message}"`);
        const describedby = (await box.locator('fieldset').getAttribute('aria-describedby')).split(' ');
        if (!describedby.includes(await note.getAttribute('id'))) fail('the check is not linked with aria-describedby');
        const f = await focused(page);
        if (f.field !== checkField || f.value !== 'NO' || !f.checked) fail(`focus is on ${f.field} ${f.value}, not the answer to check`);
        const summary = await page.locator('clinic-screening .summary').innerText();
        if (!/Please check the answer marked below/.test(summary)) fail(`the step says "${summary}"`);
        await axe(page, 'a step asking to check an answer');
        await shotOpen(page, box, 'widget-medicine-check-en-375.png');
        checked = check.message;
        // complete() then presses Next again: the patient keeps "No" and goes on.
      },
    });
    if (!checked) fail(`the step "${checkStep}" was not met`);
    const r = await result(page, log);
    const sent = r.body.answers;
    if (JSON.stringify(sent.medicines) !== JSON.stringify([{ name: 'Eliquis', rxcui: eliquis.rxcui }]) || sent.bloodThinners.status !== 'NO') {
      fail(`sent medicines ${JSON.stringify(sent.medicines)}, blood thinners ${JSON.stringify(sent.bloodThinners)}`);
    }
    // The reason Eliquis raised says so, under its text.
    const named = r.decision.reasons.filter((x) => x.medicines?.includes('Eliquis'));
    const said = await page.locator('clinic-screening .result li', { hasText: 'From your medicine list: Eliquis.' }).allInnerTexts();
    if (!named.length || said.length !== named.length) {
      fail(`${named.length} reasons raised by Eliquis, ${said.length} naming it:\n${await page.locator('clinic-screening .result').innerText()}`);
    }
    if (r.decision.eligible) fail(`a patient on Eliquis is told she can book: ${r.status}`);
    checkEvent(r, r.status);
    await page.close();
    return `"${picked}" picked with ArrowDown and Enter (1 search, then from memory); "No" checked: "${checked}"; `
      + `result "${r.text}" (${r.status}), "${said[0].replace(/\s+/g, ' ')}"; screenshot ${join(outDir, 'widget-medicine-search-en-375.png')}`;
  });

  await scenario('m2. Medicine search in Spanish at 375 px', async () => {
    const { page } = await open({ lang: 'es', treatment: 'MN', 'planned-date': day(30) });
    await page.setViewportSize({ width: 375, height: 812 });
    await toMedicines(page);
    const box = medicineBox(page);
    const input = box.getByRole('combobox');
    await input.focus();
    await page.keyboard.type('eliq', { delay: 40 });
    const option = eliquisOption(box);
    await option.waitFor({ timeout: 5000 });
    const options = await box.getByRole('option').allInnerTexts();
    if (options.at(-1) !== 'Añadir “eliq” tal como lo escribió') fail(`the last option is "${options.at(-1)}"`);
    await says(box, /^Se encontr(ó|aron) \d+ medicamentos?\.$/);
    await arrowTo(page, input, option);
    await comboboxOpen(page, box, option);
    await axe(page, 'the medicine search open, Spanish, 375 px');
    await noSideScroll(page, 'the Spanish medicine search open');
    await shotOpen(page, box, 'widget-medicine-search-es-375.png');
    await page.keyboard.press('Enter');
    await box.getByRole('button', { name: 'Quitar Eliquis', exact: true }).waitFor({ timeout: 2000 })
      .catch(() => fail('no "Quitar Eliquis" button'));
    await page.close();
    return `"${options[0].replace(/\s+/g, ' ')}" chosen; screenshot ${join(outDir, 'widget-medicine-search-es-375.png')}`;
  });

  await scenario('m3. Medicine search unavailable: names are added as written, none left unsaid', async () => {
    const { page, log } = await open({ lang: 'en', treatment: 'MN', 'planned-date': day(30) });
    await page.route((url) => url.origin === service && url.pathname === medicineItem.search, (route) => route.abort('internetdisconnected'));
    await toMedicines(page);
    const box = medicineBox(page);
    const input = box.getByRole('combobox');
    await input.focus();
    await page.keyboard.type('Zzyzx  drops', { delay: 20 });
    await says(box, 'The medicine search is not available right now. You can add the name as written.');
    const options = await box.getByRole('option').allInnerTexts();
    if (options.join() !== 'Add “Zzyzx drops” as written') fail(`options ${JSON.stringify(options)} without the search`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await box.getByRole('button', { name: 'Remove Zzyzx drops', exact: true }).waitFor({ timeout: 2000 });
    await page.keyboard.type('Other pills', { delay: 20 });
    await page.keyboard.press('Enter'); // no option active: opens the options, sends nothing
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Zzyzx drops' }).click();
    let f = await focused(page);
    if (f.text !== 'Remove Other pills') fail(`focus went to ${f.tag} "${f.text}" after removing, not the next medicine`);
    await page.keyboard.press('Enter');
    f = await focused(page);
    if (f.field !== medicineItem.field || f.tag !== 'INPUT') fail(`focus went to ${f.tag} "${f.text}" after removing the last medicine`);
    // A name typed but not added stops the step, at the field.
    await page.keyboard.type('Half typed', { delay: 20 });
    await page.keyboard.press('Escape');
    await answerStep(page, healthy);
    const before = log.screenings.length;
    await page.locator('clinic-screening form button[type=submit]').click();
    await refused(page, box, /add it as written/, true);
    if (log.screenings.length !== before) fail('the step was sent with a name left in the box');
    await axe(page, 'the medicine list with a name not added');
    await input.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    if (await input.getAttribute('aria-invalid')) fail('the error stays once the name is added');
    await next(page);
    const sent = log.screenings.at(-1).postDataJSON().answers.medicines;
    if (JSON.stringify(sent) !== JSON.stringify([{ name: 'Half typed' }])) fail(`sent ${JSON.stringify(sent)}`);
    await page.close();
    return 'added as written with the search down, removed with focus kept, a name left in the box stops the step; sent without a code';
  });

  await scenario('i. Demo page served by the service', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${service}/widget/`);
    if (response.status() !== 200) fail(`${service}/widget/ answered ${response.status()}`);
    await page.locator('clinic-screening form h3').waitFor({ timeout: 15000 });
    await page.addScriptTag({ content: axeSource.toString() });
    await axe(page, 'the demo page');
    const title = await page.locator('clinic-screening h2').innerText();
    // The page's own text follows the widget's language switch.
    await page.locator('clinic-screening header button').click();
    await page.locator('h1', { hasText: 'Reserve su tratamiento' }).waitFor({ timeout: 5000 })
      .catch(() => fail('the demo page stays in English after switching to Spanish'));
    const spanish = await page.evaluate(() => [document.documentElement.lang, document.title, document.querySelector('main p').textContent]);
    if (spanish[0] !== 'es' || !/microagujas/.test(spanish[1]) || !/preguntas de salud/.test(spanish[2])) fail(`demo page not in Spanish: ${spanish}`);
    await axe(page, 'the demo page in Spanish');
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
    if (storage) fail('the demo page stored something');
    await page.close();
    return `renders "${title}" on ${service}/widget/, its own text in Spanish after the switch`;
  });

  await scenario('g. Nothing stored', async () => {
    const page = await browser.newPage();
    await page.goto(`${host}/?lang=en`);
    const stored = await page.evaluate(() => ({
      localStorage: localStorage.length, sessionStorage: sessionStorage.length, cookie: document.cookie,
    }));
    if (stored.localStorage || stored.sessionStorage || stored.cookie) fail(`the host page has stored data: ${JSON.stringify(stored)}`);
    const cookies = await browser.cookies();
    if (cookies.length) fail(`cookies were set: ${cookies.map((c) => `${c.domain} ${c.name}`).join(', ')}`);
    await page.close();
    return 'localStorage, sessionStorage and cookies of the host page are empty after all scenarios';
  });
  console.log(`widget: ${passed} passed, 0 failed (${axeRuns} axe runs without violations, `
    + `${((Date.now() - started) / 1000).toFixed(1)} s, screenshots ${join(outDir, 'widget-*.png')})`);
} catch {
  console.log(`widget: ${passed} passed, 1 failed`); // the failure itself is printed above
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
