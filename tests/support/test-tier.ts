/**
 * The unit tier (README "Tests") never builds, starts a browser or serves a site: the test
 * helpers that do call this first, so a test that needs them fails at once in the unit tier
 * with where it belongs, instead of making the fast tier slow.
 */
export function refuseInUnitTier(what: string): void {
  if (process.env.STRATEGY_TEST_TIER !== 'unit') return;
  throw new Error(
    `This test ${what}, which a unit test never does. Move it to tests/build/, tests/browser/, tests/cli/ or tests/hosting/ (README "Tests").`,
  );
}
