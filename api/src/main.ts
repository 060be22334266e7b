import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createCore } from './core';
import { startApiServer } from './graphql/server';

/** The API process: GraphQL over HTTP and WebSocket on one port. Stateless; run as many as needed. */
async function main() {
  const config = loadConfig();
  const core = await createCore(config);
  const server = await startApiServer(core);
  core.log.info({ url: server.url }, 'Kontor API listening');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    core.log.info({ signal }, 'stopping');
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `Kontor API failed to start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
