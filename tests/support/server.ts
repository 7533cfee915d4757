/** The static server for tests; it lives in scripts/lib so that `npm run bench` serves dist/ the same way. */
export { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
