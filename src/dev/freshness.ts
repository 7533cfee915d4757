/**
 * `astro dev` only: a page never keeps a state older than the last save. Two things could leave
 * it stale on a busy machine, both messages sent over Vite's WebSocket while the page was loading
 * and had not connected yet, and so lost:
 *
 * - the reload after a save (the page had asked for its HTML before the save, so it shows the
 *   state before it: the error after a fix, or the story after a break), and
 * - the error overlay: Astro answers a failed page with a blank 500 page and sends the error over
 *   the socket 200 ms later, to the pages connected then.
 *
 * So the Vite client, once connected, asks this plugin whether anything an editor changes
 * (content/, src/, the data file) changed after the page was requested, and reloads if so; and a
 * blank error page asks for the error it missed and shows it in Vite's own overlay.
 */
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Where the client asks: `?since=<ms since 1970 when the page was requested>`. */
export const FRESHNESS_URL = '/__under-fire/fresh';

/** Appended to Vite's client module (it has createHotContext and ErrorOverlay in scope). */
const CLIENT = `
;(() => {
  if (typeof document === 'undefined') return;
  const nav = performance.getEntriesByType('navigation')[0];
  const since = Math.floor(performance.timeOrigin + (nav ? nav.requestStart : 0));
  createHotContext('/@under-fire/freshness').on('vite:ws:connect', async () => {
    try {
      const { changed, error } = await (await fetch('${FRESHNESS_URL}?since=' + since, { cache: 'no-store' })).json();
      if (changed) return location.reload();
      if (error && nav && nav.responseStatus === 500 && !document.querySelector('vite-error-overlay')) document.body.appendChild(new ErrorOverlay(error.err));
    } catch {}
  });
})();
`;

export function freshnessPlugin(watched: { root?: string; dataFile: string }): Plugin {
  let lastChange = 0;
  let lastError: { at: number; payload: unknown } | undefined;
  return {
    name: 'under-fire:dev-freshness',
    apply: 'serve',
    configureServer(server) {
      const root = resolve(watched.root ?? server.config.root);
      const dataFile = resolve(root, watched.dataFile);
      const edited = (path: string) =>
        path === dataFile ||
        [`${root}${sep}content${sep}`, `${root}${sep}src${sep}`].some((dir) =>
          path.startsWith(dir),
        );
      const hot = server.environments.client.hot;
      server.watcher.on('all', (_event, path) => {
        if (!edited(resolve(path))) return;
        lastChange = Date.now();
        // The preview reads the data file itself (src/data/dataset.ts), so a data save reloads the
        // pages at once rather than when the content layer has stored it (half a second later).
        if (resolve(path) === dataFile) hot.send({ type: 'full-reload', path: '*' });
      });
      // Remember the last error sent to the pages, for a page that connects too late to receive it.
      const send = hot.send.bind(hot) as (...args: unknown[]) => void;
      hot.send = ((...args: unknown[]) => {
        const payload = args[0] as { type?: string } | undefined;
        if (payload?.type === 'error') lastError = { at: Date.now(), payload };
        send(...args);
      }) as typeof hot.send;
      server.middlewares.use(FRESHNESS_URL, (req, res) => {
        const since = Number(new URL(req.url ?? '', 'http://x').searchParams.get('since'));
        // The data file's own time as well as the watcher's: a watcher can miss a save (a file
        // replaced by an atomic save is watched anew), the file's modification time cannot.
        lastChange = Math.max(lastChange, modifiedAt(dataFile));
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(
          JSON.stringify({
            changed: lastChange > since,
            error: lastError && lastError.at >= since ? lastError.payload : null,
          }),
        );
      });
    },
    transform(code, id) {
      if (!/\/vite\/dist\/client\/client\.mjs$/.test(id.split('?')[0]!)) return null;
      return { code: code + CLIENT, map: null };
    },
  };
}

/** When a file was last written (ms since 1970), or 0 when it cannot be read. */
function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
