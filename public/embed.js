/*! Under fire embed loader. Turns <div data-under-fire-embed="attack-wave"></div> (or an iframe
 * with that attribute) into a lazy iframe that resizes itself. It trusts a height message only
 * when it comes from one of its own iframes and holds a finite number between 50 and 10000 px;
 * everything else is ignored. Plain ES2019, no dependencies; safe to include more than once. */
(function () {
  'use strict';
  if (window.__underFireEmbed) return window.__underFireEmbed.scan();
  var script = document.currentScript;
  var base = script && script.src ? new URL('.', script.src).href : location.origin + '/';
  var frames = [];

  function scan() {
    var nodes = document.querySelectorAll('[data-under-fire-embed]');
    for (var i = 0; i < nodes.length; i++) adopt(nodes[i]);
  }

  function adopt(node) {
    if (node.__underFire) return;
    var id = node.getAttribute('data-under-fire-embed');
    if (!/^[a-z0-9-]{1,60}$/.test(id || '')) return;
    var iframe = node;
    if (node.tagName !== 'IFRAME') {
      iframe = document.createElement('iframe');
      // data-lang="fr": the French edition of the graphic (its words, formats and links).
      var lang = node.getAttribute('data-lang');
      var prefix = lang === 'fr' ? 'fr/' : '';
      var src = new URL(prefix + 'embed/' + id + '/', base);
      var theme = node.getAttribute('data-theme');
      if (theme === 'dark' || theme === 'light') src.searchParams.set('theme', theme);
      iframe.src = src.href;
      iframe.title =
        node.getAttribute('data-title') ||
        (lang === 'fr' ? 'Under fire : ' : 'Under fire: ') + id.replace(/-/g, ' ');
      if (prefix) iframe.setAttribute('lang', lang);
      iframe.loading = 'lazy';
      iframe.setAttribute('data-under-fire-embed', id);
      iframe.style.cssText = 'border:0;width:100%;display:block;height:600px';
      node.replaceWith(iframe);
    }
    iframe.__underFire = true;
    frames.push(iframe);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'under-fire:height') return;
    var h = data.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 10000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(h) + 'px';
    }
  });

  window.__underFireEmbed = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
