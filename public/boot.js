// Runs before first paint (blocking, external so the CSP needs no inline script): marks that
// JavaScript runs, and applies the reader's remembered choices (colour theme, linear mode).
(function (d) {
  var r = d.documentElement;
  r.classList.add('js');
  // Embeds: ?static=1 asks for the version with no JavaScript at all.
  var l = location;
  if (/^\/embed\/[a-z0-9-]+\/$/.test(l.pathname) && /[?&]static=1\b/.test(l.search)) {
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
