import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

/** Playwright cannot download browsers here: use a system Chromium (see README, "Tests"). */
function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error("No Chromium found. Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.");
  }
  return found;
}

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // WebGL through SwiftShader, for the 3D view (never --use-gl=swiftshader: no context at all).
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

// Chromium leaves profile folders in the temp dir: keep them inside the project.
process.env.TMPDIR = join(process.cwd(), ".tmp", "chromium");
mkdirSync(process.env.TMPDIR, { recursive: true });

const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".tmp/test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
    trace: "off",
    // The service worker keeps whole journeys in the background (hundreds of requests): only the
    // offline tests, which are about it, let it run (tests/e2e/offline.spec.ts).
    serviceWorkers: "block",
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    // Serves the production build made by `npm run build` (npm test builds first).
    command: `npx next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
