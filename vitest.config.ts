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
    // Browser tests poll for what a reader would see (search results, announced counts); on a busy
    // 2-core machine Pagefind can take seconds to answer, so wait up to 15 s rather than 1 s.
    expect: { poll: { timeout: 15_000 } },
  },
});
