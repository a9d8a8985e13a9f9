/**
 * The headless Chromium the dashboard tests drive (the system's, through playwright-core), and where
 * their screenshots go: tmp/artifacts/ always, docs/ (the ones README shows) with LIVEMOCK_UPDATE_DOCS=1.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

/** The browser found, or undefined (the tests skip, except under CI). */
export const CHROMIUM = [process.env.LIVEMOCK_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p): p is string => !!p && existsSync(p));

if (!CHROMIUM) console.warn("test/dashboard: skipped, no Chromium found (install it with `apt-get install -y chromium`, or set LIVEMOCK_CHROMIUM)");

/** Starts the headless browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Saves a full-page screenshot as tmp/artifacts/`name`, and as docs/`name` when LIVEMOCK_UPDATE_DOCS=1.
 *
 * @example
 * await screenshot(page, "dashboard.png");
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const artifact = fileURLToPath(new URL(`../../tmp/artifacts/${name}`, import.meta.url));
  mkdirSync(fileURLToPath(new URL("../../tmp/artifacts/", import.meta.url)), { recursive: true });
  await page.screenshot({ path: artifact, fullPage: true });
  if (process.env.LIVEMOCK_UPDATE_DOCS === "1") copyFileSync(artifact, fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)));
}
