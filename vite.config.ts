// Root Vite config: holds the test runner's settings. Each surface (extension, addin,
// tracker dashboard) has its own vite.config.ts next to its code for its build.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    testTimeout: 30_000,
    // expect.poll waits 1 s by default: a browser suite on a loaded 2-core machine can take
    // longer to re-render (a dashboard filter flaked at 1 s in a CI run); a real failure still
    // fails, only later.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // Browser and database suites start real processes; keep parallelism within 2 cores.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
