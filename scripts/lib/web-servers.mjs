// Debian's nginx and Apache, started on 127.0.0.1 with the project's shipped
// configuration (deploy/) over a build, as a city's web team would serve it: for the
// hosting tests and the first-visit figure. Each runs in a folder of its own, in the
// foreground of a child process, and stops with `close()`.
import { spawn } from 'node:child_process';
import { chmod, copyFile, cp, mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST } from './static-server.mjs';

export const NGINX_CONF = resolve(import.meta.dirname, '../../deploy/nginx/plan-levis.conf');
export const APACHE_CONF = resolve(import.meta.dirname, '../../deploy/apache/plan-levis.conf');

/**
 * A server's program: Debian puts them in /usr/sbin, which is not on everyone's PATH
 * (a user's, or a CI runner's); elsewhere, the one on PATH.
 */
const program = (name) => (existsSync(`/usr/sbin/${name}`) ? `/usr/sbin/${name}` : name);

/** A port free on 127.0.0.1 now. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * The folder a server serves: `root` itself, or, for a `basePath` such as `/plan/`, a
 * folder whose `plan` is `root` (the app in a folder under the site's root).
 */
async function siteRoot(dir, root, basePath) {
  if (basePath === '/') return root;
  const site = join(dir, 'site');
  const parts = basePath.split('/').filter(Boolean);
  await mkdir(join(site, ...parts.slice(0, -1)), { recursive: true });
  await symlink(root, join(site, ...parts));
  return site;
}

/** Start `command args`, and resolve once `port` answers (or reject with its output). */
async function startListening(command, args, port, log) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((ok) => child.on('exit', ok));
  for (let tries = 0; tries < 100; tries += 1) {
    const code = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok(undefined), 100))]);
    if (code !== undefined) throw new Error(`${command} stopped (${code}): ${output}\n${await readLog(log)}`);
    if (await answers(port)) return { child, exited };
  }
  child.kill();
  throw new Error(`${command} did not answer on port ${port}: ${output}`);
}

const readLog = (path) => readFile(path, 'utf8').catch(() => '');

function answers(port) {
  return new Promise((ok) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
    socket.connect(port, '127.0.0.1');
  });
}

function stopper(child, exited, dir) {
  return async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
}

/**
 * nginx with deploy/nginx/plan-levis.conf included in its `server { }` block, as
 * docs/publishing.md says, serving `root` at `basePath` (on `port`, or a free one).
 * Returns { url, port, close }.
 */
export async function startNginx({ root = DIST, basePath = '/', port: wanted } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'plan-levis-nginx-'));
  const port = wanted ?? (await freePort());
  const site = await siteRoot(dir, resolve(root), basePath);
  const conf = join(dir, 'nginx.conf');
  const asRoot = process.getuid?.() === 0;
  await writeFile(conf, `# Written by scripts/lib/web-servers.mjs for one test run.
${asRoot ? 'user root;' : ''}
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${site};
    include ${NGINX_CONF};
  }
}
`);
  const { child, exited } = await startListening(program('nginx'), ['-e', `${dir}/error.log`, '-p', dir, '-c', conf], port, `${dir}/error.log`);
  return { url: `http://127.0.0.1:${port}${basePath}`, port, close: stopper(child, exited, dir) };
}

/** Debian's Apache modules: what the shipped configuration needs, and no more. */
const APACHE_MODULES = ['mpm_event', 'authz_core', 'mime', 'dir', 'rewrite', 'headers', 'setenvif'];

/**
 * Apache with deploy/apache/plan-levis.conf included in the `<Directory>` block of the
 * folder it serves, as docs/publishing.md says; or, with `htaccess`, as a shared host
 * has it: the file copied as `.htaccess` into (a copy of) the folder, which the server
 * lets override `FileInfo` only. Returns { url, port, close }.
 */
export async function startApache({ root = DIST, basePath = '/', port: wanted, htaccess = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'plan-levis-apache-'));
  // Apache's workers run as another user, who must reach the folder served.
  await chmod(dir, 0o755);
  const port = wanted ?? (await freePort());
  let served = resolve(root);
  if (htaccess) {
    served = join(dir, 'dist');
    await cp(root, served, { recursive: true });
    await copyFile(APACHE_CONF, join(served, '.htaccess'));
  }
  const rules = htaccess ? 'AllowOverride FileInfo' : `Include ${APACHE_CONF}`;
  const site = await siteRoot(dir, served, basePath);
  const conf = join(dir, 'apache2.conf');
  const modules = APACHE_MODULES.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n');
  await writeFile(conf, `# Written by scripts/lib/web-servers.mjs for one test run.
ServerRoot ${dir}
${modules}
PidFile ${dir}/apache2.pid
ErrorLog ${dir}/error.log
LogLevel warn
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
TypesConfig /etc/mime.types
Mutex file:${dir}
User ${process.getuid?.() === 0 ? 'www-data' : '#' + process.getuid()}
Group ${process.getuid?.() === 0 ? 'www-data' : '#' + process.getgid()}
DocumentRoot ${site}
<Directory />
  Require all denied
  AllowOverride None
  Options FollowSymLinks
</Directory>
<Directory ${site}>
  Require all granted
  ${rules}
</Directory>
<Directory ${served}>
  Require all granted
  ${rules}
</Directory>
`);
  const { child, exited } = await startListening(program('apache2'), ['-f', conf, '-DFOREGROUND'], port, `${dir}/error.log`);
  return { url: `http://127.0.0.1:${port}${basePath}`, port, close: stopper(child, exited, dir) };
}
