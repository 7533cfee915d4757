/*! Under fire embed loader. Turns <div data-under-fire-embed="attack-wave"></div> (or an iframe
 * with that attribute) into a lazy iframe that resizes itself. It trusts a height message only
 * when it comes from one of its own iframes and holds a finite number between 50 and 20000 px;
 * everything else is ignored. It also tells each scrolly embed it holds
 * (<div data-under-fire-embed="story-map" data-scrolly>, i.e. ?scrolly=1) where it sits in this
 * page's viewport ({ type: "under-fire:viewport", top, bottom, height }, once per animation frame
 * at most, on scroll and resize, to the iframe's own origin only), which it needs to keep its
 * graphic in view and follow the reader. Plain ES2019, no dependencies; safe to include more than once. */
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
      if (node.hasAttribute('data-scrolly')) src.searchParams.set('scrolly', '1');
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
    iframe.addEventListener('load', schedule);
  }

  // Where each iframe sits in the viewport, for the scrolly embed. Sent at most once a frame.
  var queued = false;
  function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () {
      queued = false;
      for (var i = 0; i < frames.length; i++) tell(frames[i]);
    });
  }
  function tell(iframe) {
    var target = iframe.contentWindow;
    // Only a scrolly embed asks where it is: the others need not hear of every scroll.
    if (!target || !/[?&]scrolly=1(&|$)/.test(iframe.src)) return;
    var origin;
    try {
      origin = new URL(iframe.src, location.href).origin;
    } catch (e) {
      return;
    }
    var box = iframe.getBoundingClientRect();
    target.postMessage(
      { type: 'under-fire:viewport', top: box.top, bottom: box.bottom, height: innerHeight },
      origin,
    );
  }
  addEventListener('scroll', schedule, { passive: true, capture: true });
  addEventListener('resize', schedule);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'under-fire:height') return;
    var h = data.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 20000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      frames[i].style.height = Math.ceil(h) + 'px';
      schedule();
    }
  });

  window.__underFireEmbed = { scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
