// Runs before first paint (blocking, external so the CSP needs no inline script): marks that
// JavaScript runs, and applies the reader's remembered choices (colour theme, linear mode).
(function (d) {
  var r = d.documentElement;
  r.classList.add('js');
  // Embeds: ?static=1 asks for the version with no JavaScript at all. The site may live under a
  // path (/graphics/2025/under-fire/): this script sits at its root, so its own address gives it.
  var l = location;
  var s = d.currentScript;
  var base = s && s.src ? new URL('.', s.src).pathname : '/';
  var inSite = l.pathname.slice(0, base.length) === base ? l.pathname.slice(base.length) : '';
  if (/^embed\/[a-z0-9-]+\/$/.test(inSite) && /[?&]static=1\b/.test(l.search)) {
    l.replace(
      l.pathname + 'static/' + l.search.replace(/([?&])static=1&?/, '$1').replace(/[?&]$/, ''),
    );
    return;
  }
  try {
    var t = localStorage.getItem('under-fire:theme');
    if (t === 'light' || t === 'dark') r.setAttribute('data-theme', t);
    if (localStorage.getItem('under-fire:linear') === '1') r.setAttribute('data-linear', '');
  } catch (e) {}
})(document);
