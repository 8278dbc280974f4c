/**
 * A port on the loopback address that nothing listens on, chosen by the system. Servers the
 * tools start (the editor, the link checker's page server, `astro dev` in tests and the
 * benchmark) use it instead of a port drawn at random, which may be busy (Astro then moves to
 * another port silently) or one browsers refuse to open (5060, 6000, ...).
 */
import { createServer } from 'node:net';

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port was given.'))));
    });
  });
}
