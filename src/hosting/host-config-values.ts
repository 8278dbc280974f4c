/**
 * Encoders for the host configuration files (nginx, `_headers`, `staticwebapp.config.json`).
 * Each refuses what its format cannot carry safely instead of hoping it is never there: the
 * values come from settings (the trust's address) and from the product's own header list.
 */

/** A base path as every host configuration writes it bare: "/", or folders of letters, digits, "-", "_" and ".". */
const HOST_PATH = /^\/(?:[A-Za-z0-9._-]+\/)*$/;

/** `basePath` unchanged when it is safe to write unquoted in any host file (a pattern, a route, an nginx location); throws otherwise. */
export function hostPath(basePath: string): string {
  if (!HOST_PATH.test(basePath) || basePath.split('/').some((segment) => segment === '.' || segment === '..'))
    throw new Error(
      `The base path ${JSON.stringify(basePath)} cannot be written into a host configuration: use letters, numbers, "-", "_" and "." in the trust's url.`,
    );
  return basePath;
}

/**
 * A value as an nginx quoted string. nginx has no escape for "$" (it always starts a variable)
 * and a line break would end the directive, so those are refused; quotes and backslashes are escaped.
 */
export function nginxQuoted(value: string): string {
  if (/[$\u0000-\u001f\u007f]/.test(value)) throw new Error(`${JSON.stringify(value)} cannot be written into an nginx configuration.`);
  return `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;
}

/** A header value for `_headers`: one line, no control characters. */
export function headerLineValue(value: string): string {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new Error(`${JSON.stringify(value)} cannot be written as a header value.`);
  return value;
}
