/**
 * How long browsers and CDNs may keep each kind of published file, declared once for every
 * host file that sets it (the nginx configuration, staticwebapp.config.json).
 */

/** Everything but `_assets/` keeps its name when it changes, so browsers must ask again (a cheap 304). */
export const REVALIDATE = 'no-cache';
/** `_assets/` file names carry a hash of their content: a changed file has a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
