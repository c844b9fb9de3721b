import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'grammar/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // Two forks on the 2-core machines CI uses: Vitest's default (cores - 1) ran the files one
    // after another, 300 s on a quiet machine for 1,548 tests, at the 5-minute budget. With two
    // the same suite took 207 s quiet and 267 s with a CPU-bound job beside it, green both times
    // (docs/reliability.md). The timing-sensitive tests wait for what they check (printed marks,
    // solver iterations), not for fixed delays.
    maxWorkers: 2,
    minWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
