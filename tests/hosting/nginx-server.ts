/**
 * Debian's nginx on loopback, for the host tests: a `server` block with the given inner
 * configuration (the generated `location` block), the existing site's root, and no file
 * written outside the test's own folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../support/static-host.ts';
import { firstAnswer } from '../support/wait-until.ts';

export const NGINX = '/usr/sbin/nginx';

export interface RunningNginx {
  origin: string;
  stop: () => void;
}

export async function startNginx(work: string, docRoot: string, inner: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error('nginx is not installed. Install it with: apt-get install -y nginx');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  for (const dir of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(work, dir), { recursive: true });
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/client;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${docRoot};
${inner.replace(/^/gm, '    ')}
  }
}
`,
  );
  const nginx: ChildProcess = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-e', path.join(work, 'error.log')], {
    stdio: 'ignore',
  });
  await firstAnswer(origin, { stop: () => (nginx.exitCode !== null ? `nginx stopped; see ${work}/error.log` : undefined) });
  return { origin, stop: () => nginx.kill('SIGTERM') };
}
