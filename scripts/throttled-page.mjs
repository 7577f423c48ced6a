// For the diagnosis scripts (longtasks.mjs, trace-tasks.mjs): dist/ served on loopback and one
// page in headless Chromium with the CPU really throttled (not simulated, as Lighthouse does),
// the instrument script installed before the app loads.
import { launchBrowser } from "../tests/e2e/harness.mjs";
import { startStaticServer } from "./static-server.mjs";

/** Opens a throttled page; `close()` closes the browser and the server. */
export async function openThrottledPage({ dist, width, height, rate, instrument }) {
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  const ctx = await browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.addInitScript(instrument);
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { url: server.url, page, cdp, close };
}
