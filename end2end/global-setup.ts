import { startSink } from './smtp-sink';

// Runs the SMTP sink for the whole test run; Playwright calls the returned teardown.
export default async function globalSetup() {
  const server = startSink();
  return async () => {
    server.close();
  };
}
