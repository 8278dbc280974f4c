/**
 * The browser editor on a laptop: the editor's files served on the loopback address, and
 * Decap's local backend (decap-server, in its file-system mode) reading and writing the
 * content folder directly. Nothing listens on any other address. Used by
 * "npm run editor -- --serve" and by the editor's browser test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { freePort } from '../cli/free-port.ts';

const require = createRequire(import.meta.url);
const HOST = '127.0.0.1';

export interface RunningEditor {
  /** "http://127.0.0.1:8123/admin/" */
  url: string;
  /** The local backend's API, for the config: "http://127.0.0.1:8124/api/v1". */
  proxyUrl: string;
  close: () => Promise<void>;
}

/** Starts decap-server over `repoDir` and waits until it answers. */
export async function startLocalBackend(repoDir: string): Promise<{ proxyUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: HOST, MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const proxyUrl = `http://${HOST}:${port}/api/v1`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The local editor backend (decap-server) stopped with code ${child.exitCode}.`);
    try {
      const answer = await fetch(proxyUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (answer.ok) return { proxyUrl, child };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('The local editor backend (decap-server) did not start within 15 seconds.');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Serves a built editor folder (the one holding admin/) on the loopback address. */
export async function serveEditorFolder(folder: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(folder, { dev: true, etag: false });
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://${HOST}:${actual}/admin/`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
