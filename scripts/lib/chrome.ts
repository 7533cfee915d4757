/**
 * The one Chromium every browser tool here uses: Debian's /usr/bin/chromium (or CHROME_PATH) with
 * the flags that work headless and offline; SwiftShader gives WebGL without a GPU (chrome-launcher
 * does not add --enable-unsafe-swiftshader by itself).
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
