// Opens Swagger UI of the running service in headless Chromium, runs "Try it out" on the screening
// operation with the "deferred" example, and checks that the decision appears on the page.
// Usage: node swagger-ui-try-it-out.mjs <base-url> <screenshot.png>
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseUrl = 'http://localhost:8080', screenshot = 'swagger-ui.png'] = process.argv.slice(2);
const expectedExamples = ['eligible', 'eligible-with-precautions', 'clinician-review', 'deferred', 'not-eligible',
  'missing-answers'];

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 2200 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/q/swagger-ui/`, { waitUntil: 'networkidle' });
  // QA tries the EHR operations here too: both standards' tags are listed.
  for (const tag of ['CDS Hooks', 'FHIR']) {
    await page.locator('.opblock-tag', { hasText: tag }).first().waitFor({ timeout: 15000 }).catch(() => {
      throw new Error(`the ${tag} operations are not in Swagger UI`);
    });
  }
  const operation = page.locator('#operations-Screening-screenIntake');
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();

  const select = operation.locator('.opblock-section-request-body .examples-select select');
  const offered = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
  for (const name of expectedExamples) {
    if (!offered.includes(name)) {
      throw new Error(`example "${name}" not offered; offered: ${offered.join(', ')}`);
    }
  }
  await select.selectOption('deferred');
  await operation.locator('button.execute').click();

  const body = operation.locator('.live-responses-table .response-col_description .highlight-code').first();
  await body.waitFor({ timeout: 15000 });
  const text = await body.innerText();
  if (!text.includes('"status": "DEFERRED"') || !text.includes('HSV_ACTIVE')) {
    throw new Error(`the decision did not appear on the page:\n${text.slice(0, 500)}`);
  }
  const status = await operation.locator('.live-responses-table .response .response-col_status').first().innerText();
  await body.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`Swagger UI: ${offered.length} examples offered; "Try it out" with "deferred" returned ${status.trim()} `
    + `and a DEFERRED decision on the page; screenshot ${screenshot}`);
} finally {
  await browser.close();
}
