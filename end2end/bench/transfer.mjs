// What a browser transfers for each page, as Chromium (which accepts br) loads it: on a
// first visit with an empty cache (HTML + CSS + JS + wasm, as sent on the wire, headers
// included) and on a repeat visit with a warm cache. Goals: at most 150 KB on a first visit,
// at most 20 KB (the HTML alone) on a repeat. Exits non-zero when a goal is missed.
//
//   node bench/transfer.mjs http://127.0.0.1:3000
import { launch, pages } from './pages.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const FIRST_GOAL = 150 * 1024;
const REPEAT_GOAL = 20 * 1024;

function kindOf(url, type) {
  const path = new URL(url).pathname;
  if (type === 'Document') return 'html';
  for (const ext of ['css', 'js', 'wasm', 'svg']) if (path.endsWith(`.${ext}`)) return ext;
  return type.toLowerCase();
}

async function visit(page, cdp, url) {
  const bytes = new Map();
  const kinds = new Map();
  const onResponse = (e) => kinds.set(e.requestId, kindOf(e.response.url, e.type));
  const onFinished = (e) => bytes.set(e.requestId, e.encodedDataLength);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto(url, { waitUntil: 'load' });
  // The islands' bundle may still be on its way after `load`.
  if (await page.locator('leptos-island').count()) {
    await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
  }
  await page.waitForTimeout(300);
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  const byKind = {};
  let total = 0;
  for (const [id, n] of bytes) {
    const kind = kinds.get(id) ?? 'other';
    byKind[kind] = (byKind[kind] ?? 0) + n;
    total += n;
  }
  return { total, byKind, requests: bytes.size };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const browser = await launch();
let failed = false;
try {
  const list = await pages(browser, base);
  console.log(`transfer per page on ${base} (Chromium, brotli accepted; headers included)`);
  console.log(`  ${'page'.padEnd(24)} ${'first visit'.padStart(12)} ${'requests'.padStart(9)}  ${'of which'.padEnd(44)} ${'repeat visit'.padStart(13)}`);
  for (const p of list) {
    const context = await browser.newContext();
    if (p.cookies) await context.addCookies(p.cookies);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const first = await visit(page, cdp, `${base}${p.path}`);
    const repeat = await visit(page, cdp, `${base}${p.path}`);
    await context.close();
    const parts = Object.entries(first.byKind).map(([k, n]) => `${k} ${kb(n)}`).join(', ');
    const ok = first.total <= FIRST_GOAL && repeat.total <= REPEAT_GOAL;
    failed ||= !ok;
    console.log(`  ${p.name.padEnd(24)} ${kb(first.total).padStart(12)} ${String(first.requests).padStart(9)}  ${parts.padEnd(44)} ${kb(repeat.total).padStart(13)}${ok ? '' : '  ** over the goal **'}`);
  }
  console.log(`  goals: first visit at most ${kb(FIRST_GOAL)}, repeat visit at most ${kb(REPEAT_GOAL)}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
