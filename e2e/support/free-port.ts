import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('free-port: the OS gave no port'))));
    });
  });
}

/**
 * The port in environment variable `name`, or a free one, stored in that
 * variable so Playwright's worker processes (which load the config again,
 * with the main process's environment) use the same port.
 */
export async function portFromEnv(name: string): Promise<number> {
  const given = process.env[name];
  if (given !== undefined && given !== '') {
    const port = Number(given);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${given} is not a TCP port (1–65535)`);
    return port;
  }
  const port = await freePort();
  process.env[name] = String(port);
  return port;
}
