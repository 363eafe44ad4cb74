/** Debian's Chromium and the flags every browser test starts it with: headless, no sandbox
 *  (tests run as root), and none of the background connections this closed network refuses. */
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
