import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code they test. The renderer's run in jsdom; everything else in Node.
export default defineConfig({
  test: {
    // lowdb's node preset swaps in its Memory adapter when NODE_ENV=test; our tests must exercise real files.
    env: { NODE_ENV: 'development' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['vitest.renderer-setup.ts'],
          // Stylesheets stay empty in tests, except those a test reads (theme-contrast.test.ts).
          css: { include: [/styles\/base\.css/] },
        },
      },
    ],
    testTimeout: 30_000,
  },
});
