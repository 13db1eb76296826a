import { defineConfig } from '@playwright/test'
import {
  BASE_PATH_OUT_DIR,
  BASE_PATH_PORT,
  BASE_PATH_SERVE_DIR,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  E2E_BASE_PATH,
  NGINX_BASE_PATH_PORT,
  NGINX_PATH,
  NGINX_ROOT_PORT,
  ROOT_PORT,
} from './e2e/config'

if (!NGINX_PATH) console.warn('nginx is not installed: the e2e tests against nginx (e2e/nginx.spec.ts) are skipped. Install it with: sudo apt-get install nginx')
const nginxServer = (out: string, port: number, basePath = '') => ({
  command: `node --import tsx scripts/serve-nginx.ts --out ${out} --port ${port}${basePath ? ` --base-path ${basePath}` : ''}`,
  url: `http://localhost:${port}${basePath}/`,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  // SIGTERM lets the script stop nginx and delete its copy of the export (tens of MB per server);
  // Playwright's default SIGKILL would leave both behind.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5000 },
})

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
    ...(NGINX_PATH ? [nginxServer('out', NGINX_ROOT_PORT), nginxServer(BASE_PATH_OUT_DIR, NGINX_BASE_PATH_PORT, E2E_BASE_PATH)] : []),
  ],
  projects: [
    { name: 'root', use: { baseURL: `http://localhost:${ROOT_PORT}/` }, testIgnore: /nginx\.spec/ },
    // Reader flows tagged @base-path run again against the export built with BASE_PATH.
    { name: 'base-path', use: { baseURL: `http://localhost:${BASE_PATH_PORT}${E2E_BASE_PATH}/` }, grep: /@base-path/, testIgnore: /nginx\.spec/ },
    // The configuration the self-hosting image ships, on Debian's nginx.
    ...(NGINX_PATH
      ? [
          { name: 'nginx', use: { baseURL: `http://localhost:${NGINX_ROOT_PORT}/` }, testMatch: /nginx\.spec/ },
          { name: 'nginx-base-path', use: { baseURL: `http://localhost:${NGINX_BASE_PATH_PORT}${E2E_BASE_PATH}/` }, testMatch: /nginx\.spec/ },
        ]
      : []),
  ],
})
