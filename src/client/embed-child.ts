/**
 * Embed child: tells the host page this document's height whenever it changes, in every resize
 * dialect newsrooms run (pym.js, AMP, Embedly/Medium, Datawrapper-style, and ours). Heights are
 * not secret, so messages go to any origin; the only message read back is pym's "width" request,
 * parsed strictly, which is answered with the height. See README.md, "Embedding".
 */
const params = new URLSearchParams(location.search);
const id = document.documentElement.dataset.embedId ?? 'graphic';
const childId = params.get('childId');
let last = 0;

function height(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function post(force = false): void {
  const h = height();
  if (!force && Math.abs(h - last) < 1) return;
  last = h;
  if (window.parent === window) return;
  const send = (m: unknown) => window.parent.postMessage(m, '*');
  if (childId) send(`pymxPYMx${childId}xPYMxheightxPYMx${h}`);
  send({ sentinel: 'amp', type: 'embed-size', height: h });
  send(JSON.stringify({ src: location.href, context: 'iframe.resize', height: h }));
  send({ 'datawrapper-height': { [id]: h } });
  send({ type: 'under-fire:height', id, height: h });
}

const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
document.documentElement.classList.add(window.parent === window ? 'not-embedded' : 'embedded');

let frame = 0;
new ResizeObserver(() => {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => post());
}).observe(document.documentElement);

window.addEventListener('message', (e) => {
  if (e.source !== window.parent || typeof e.data !== 'string' || !childId) return;
  const prefix = `pymxPYMx${childId}xPYMxwidthxPYMx`;
  if (e.data.startsWith(prefix) && /^\d+$/.test(e.data.slice(prefix.length))) post(true);
});
post(true);
