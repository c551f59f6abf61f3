// Browser end-to-end test of `dossier serve`: the story list, a story with a
// disputed figure and its sources, the click through to the highlighted
// sentence of an article, and an article full of markup that must run nothing.
// Run by e2e/run, which starts the server and sets BASE_URL and SCREENSHOT_DIR.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL;
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'screenshots';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
assert.ok(BASE_URL, 'BASE_URL must name the running dossier serve');
const base = new URL(BASE_URL);

let context;
let page;
let profile;
const dialogs = [];
const pageErrors = [];
const foreignRequests = [];

before(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  // Nothing but the server under test may be asked for anything.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === base.host) return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the story list shows the stories, largest first', async () => {
  const response = await page.goto(BASE_URL);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'] ?? '', /default-src 'none'/);
  await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
  const stories = page.locator('ol.stories > li');
  assert.ok((await stories.count()) >= 2, 'the example corpus makes at least two stories');
  const first = await stories.nth(0).locator('.meta').innerText();
  const second = await stories.nth(1).locator('.meta').innerText();
  const count = (text) => Number.parseInt(text, 10);
  assert.ok(count(first) >= count(second), `${first} before ${second}`);
});

test('a story shows a disputed figure with the outlets stating each value', async () => {
  await page.locator('ol.stories > li a').first().click();
  await page.locator('section#facts').waitFor();
  const disputed = page.locator('.fact.disputed').first();
  await disputed.waitFor({ state: 'visible' });
  assert.match(await disputed.locator('.badge').innerText(), /disputed/i);
  const variants = disputed.locator('li.variant');
  assert.ok((await variants.count()) >= 2, 'a disputed fact has at least two values');
  for (let index = 0; index < (await variants.count()); index += 1) {
    const variant = variants.nth(index);
    assert.match(await variant.locator('.value').innerText(), /\d/);
    assert.ok((await variant.locator('ul.outlets a').count()) >= 1, 'each value names its outlets');
    await variant.locator('ul.outlets a').first().waitFor({ state: 'visible' });
  }
  await page.locator('section#sources li').first().waitFor({ state: 'visible' });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'story.png') });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'story-full.png'), fullPage: true });
});

test('an outlet link opens the article with the stating sentence highlighted', async () => {
  const disputed = page.locator('.fact.disputed').first();
  const link = disputed.locator('li.variant ul.outlets a').first();
  const outlet = await link.innerText();
  await link.click();
  await page.waitForURL(/\/articles\/[^?]+\?hl=\d+-\d+#evidence$/);
  const sentence = page.locator('mark#evidence.target');
  await sentence.waitFor({ state: 'visible' });
  const text = await sentence.innerText();
  assert.ok(text.length > 10, `a whole sentence is highlighted: ${text}`);
  // The figure may be written in words ("about two kilometres"), so look for
  // the number highlighted inside the sentence rather than for digits.
  assert.ok(
    (await sentence.locator('.hl.quantity').count()) >= 1,
    `the sentence holds the highlighted figure: ${text}`,
  );
  assert.ok((await page.locator('.text .hl').count()) >= 2, 'other items are highlighted too');
  const meta = await page.locator('p.meta').first().innerText();
  assert.ok(meta.includes(outlet), `the article names its outlet: ${outlet} in ${meta}`);
  await sentence.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'article.png') });
});

test('the pages work from the keyboard and on a phone', async () => {
  await page.goto(BASE_URL);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.locator('#q').focus();
  await page.keyboard.type('ferry timetable');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?q=/);
  assert.ok((await page.locator('ol.results > li').count()) >= 1, 'search finds the notice');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(BASE_URL);
  await page.locator('ol.stories > li a').first().click();
  await page.locator('section#facts').waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'story-phone.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('an article full of markup renders as text and runs nothing', async () => {
  await page.goto(new URL('/search?q=quayside', BASE_URL).href);
  await page.locator('ol.results > li > a').first().click();
  await page.locator('.text').waitFor();
  const title = await page.locator('h1').innerText();
  assert.ok(title.includes("<script>window.__pwned='title'"), `the title shows as text: ${title}`);
  const body = await page.locator('.text').innerText();
  assert.ok(body.includes('<img src=x onerror='), 'the body shows its markup as text');
  assert.equal(await page.evaluate(() => document.scripts.length), 0);
  assert.equal(await page.evaluate(() => document.images.length), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  await page.locator('.text').hover();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The story page of the notice carries the same hostile title and outlet.
  await page.locator('nav.crumbs a').last().click();
  await page.locator('section#sources').waitFor();
  assert.equal(await page.evaluate(() => document.scripts.length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, [], 'no dialog was opened');
  assert.deepEqual(pageErrors, [], 'no script error');
  assert.deepEqual(foreignRequests, [], 'nothing was fetched from elsewhere');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'injection.png') });
});
