import { defineConfig } from '@playwright/test'
import { BASE_PATH_PORT, BASE_PATH_SERVE_DIR, CHROMIUM_ARGS, CHROMIUM_PATH, E2E_BASE_PATH, ROOT_PORT } from './e2e/config'

// Both exports are built by scripts/test-e2e.ts (npm run test:e2e) before Playwright starts.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx serve out --listen ${ROOT_PORT} --no-clipboard --no-port-switching`,
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx serve ${BASE_PATH_SERVE_DIR} --listen ${BASE_PATH_PORT} --no-clipboard --no-port-switching`,
      url: `http://localhost:${BASE_PATH_PORT}${E2E_BASE_PATH}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
  projects: [
    { name: 'root', use: { baseURL: `http://localhost:${ROOT_PORT}/` } },
    // Reader flows tagged @base-path run again against the export built with BASE_PATH.
    { name: 'base-path', use: { baseURL: `http://localhost:${BASE_PATH_PORT}${E2E_BASE_PATH}/` }, grep: /@base-path/ },
  ],
})
