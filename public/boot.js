// Runs before first paint (blocking, external so the CSP needs no inline script): marks that
// JavaScript runs, and applies the reader's remembered choices (colour theme, linear mode).
(function (d) {
  var r = d.documentElement;
  r.classList.add('js');
  try {
    var t = localStorage.getItem('under-fire:theme');
    if (t === 'light' || t === 'dark') r.setAttribute('data-theme', t);
    if (localStorage.getItem('under-fire:linear') === '1') r.setAttribute('data-linear', '');
  } catch (e) {}
})(document);
