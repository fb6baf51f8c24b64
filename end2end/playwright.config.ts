import { defineConfig } from '@playwright/test';

// The portal under test: the `opstap` binary (built by `./dev test`) on a fresh SQLite
// database with the demo region (or on the empty database `E2E_DATABASE_URL` names: `./dev
// test` runs the suite again on PostgreSQL), on its own port, sending mail to a local SMTP
// sink. Every test runs twice: with JavaScript (islands awake) and without (plain forms).
const port = Number(process.env.E2E_PORT ?? 3107);
const bin = process.env.OPSTAP_BIN ?? '../target/release/opstap';
const dbDir = process.env.E2E_DB_DIR ?? '/tmp/opstap-e2e';
const databaseUrl = process.env.E2E_DATABASE_URL ?? `sqlite://${dbDir}/opstap.db?mode=rwc`;

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    trace: 'off',
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `rm -rf ${dbDir} && mkdir -p ${dbDir} && ${bin} serve --demo`,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: databaseUrl,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? '../target/site',
      // Mail goes over SMTP to the sink started in global-setup.ts.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(process.env.E2E_SMTP_PORT ?? 3125),
      SMTP_TLS: 'off',
      RUST_LOG: 'warn',
    },
  },
});
