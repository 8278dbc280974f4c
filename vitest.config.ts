import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // The build tests run real Astro builds and Pagefind; give them time on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Builds are CPU-heavy: run test files one after another rather than fighting for cores.
    fileParallelism: false,
  },
});
