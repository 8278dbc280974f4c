/**
 * node scripts/deploy/s3-redirects.ts --staged <dir> --base <path> --bucket <name>: after the
 * S3 deploy's sync, puts each old address's page back with its redirect
 * (`x-amz-website-redirect-location`), from the list the build wrote
 * (`s3-object-redirects.json`, src/publishing/host-redirects.ts). S3's website endpoint then
 * answers that one key with a 301; nothing else is redirected, unlike a routing rule, which
 * matches every key that starts with the old address. Through CloudFront's REST origin the
 * same object is the page with a plain link to the new address.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { S3ObjectRedirect } from '../../src/publishing/host-redirects.ts';
import { S3_REDIRECTS_FILE } from '../../src/publishing/host-redirects.ts';
import { parseCommandLine, stop } from '../cli/arguments.ts';

/** Keys and locations as the build writes them: nothing a shell or an HTTP header could read as syntax. */
const KEY = /^(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
const LOCATION = /^(?:\/|https:\/\/)[A-Za-z0-9\-._~:/%]*$/;

/** The redirects to put on the bucket, checked again: a key inside the trust's folder, a location S3 accepts. */
export function objectRedirects(staged: string, basePath: string): S3ObjectRedirect[] {
  const file = path.join(staged, basePath, S3_REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  const listed = JSON.parse(readFileSync(file, 'utf8')) as S3ObjectRedirect[];
  const folder = basePath.replace(/^\//, '');
  for (const { key, location } of listed) {
    if (!KEY.test(key) || !key.startsWith(folder) || key.split('/').includes('..'))
      throw new Error(`${S3_REDIRECTS_FILE}: "${key}" is not a key inside the trust's folder of the bucket.`);
    if (!LOCATION.test(location)) throw new Error(`${S3_REDIRECTS_FILE}: "${location}" is not an address S3 can redirect to.`);
    if (!existsSync(path.join(staged, key))) throw new Error(`${S3_REDIRECTS_FILE}: the page for "${key}" is not in the site.`);
  }
  return listed;
}

/** The `aws` command for one redirect: the page itself as the body, so both S3 endpoints answer sensibly. */
export function putObjectArguments(bucket: string, staged: string, redirect: S3ObjectRedirect): string[] {
  return [
    's3api',
    'put-object',
    '--bucket',
    bucket,
    '--key',
    redirect.key,
    '--body',
    path.join(staged, redirect.key),
    '--content-type',
    'text/html; charset=utf-8',
    '--cache-control',
    'no-cache',
    '--website-redirect-location',
    redirect.location,
  ];
}

if (import.meta.main) {
  const command = 'node scripts/deploy/s3-redirects.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--staged <dir> --base <path> --bucket <name>',
    summary: "Puts a trust's old addresses on its S3 bucket as redirects on the exact objects (after aws s3 sync).",
    options: {
      staged: { type: 'string', value: 'dir', description: 'the site as laid out for S3 (scripts/deploy/stage.ts) (required)' },
      base: { type: 'string', value: 'path', description: "the trust's base path, for example /our-strategy/ (required)" },
      bucket: { type: 'string', value: 'name', description: 'the bucket (required)' },
    },
    examples: [['node scripts/deploy/s3-redirects.ts --staged "$RUNNER_TEMP/staged" --base "$BASE" --bucket "$BUCKET"', 'in the deploy']],
  });
  const staged = values.staged ?? stop(`${command}: say where the staged site is with --staged <dir>.`);
  const base = values.base ?? stop(`${command}: say the trust's base path with --base <path>.`);
  const bucket = values.bucket ?? stop(`${command}: say which bucket with --bucket <name>.`);
  let redirects: S3ObjectRedirect[];
  try {
    redirects = objectRedirects(staged, base);
  } catch (error) {
    stop(`${command}: ${(error as Error).message}`);
  }
  for (const redirect of redirects) {
    execFileSync('aws', putObjectArguments(bucket, staged, redirect), { stdio: ['ignore', 'ignore', 'inherit'] });
    console.error(`/${redirect.key} → ${redirect.location}`);
  }
  console.error(`${redirects.length} old address${redirects.length === 1 ? '' : 'es'} redirected on s3://${bucket}.`);
}
