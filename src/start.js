/* Rebound's page loader (the hosted page, a language's own page, and the
 * page a job board's iframe shows). A classic script in the head, so it runs
 * before the first paint: the page's CSP allows no inline script. It
 *  - marks the page embedded when it is a board's frame;
 *  - puts a neutral frame in place of the prerendered welcome for a person
 *    with saved notes (they go straight back to them) or whose words will be
 *    in another language than the page's, so no wrong screen flashes by;
 *  - hands the app its words: the page's own, or fetched beside the wasm;
 *  - loads the wasm, which takes over the prerendered screen;
 *  - on the hosted page, once the app has its screens' chunks, keeps
 *    Rebound's own files for repeat and offline visits (sw.js).
 * scripts/finish-dist.mjs fills in the placeholders and minifies it. */
(function (w, d) {
  'use strict';
  // Storage key rules, from src/storage/keys.rs at build time.
  var KEYS = __REBOUND_KEYS__;
  var LANGS = __REBOUND_LANGS__;
  var VERSION = '__REBOUND_CATALOG_VERSION__';
  var GLUE = '__REBOUND_GLUE__';
  var WASM = '__REBOUND_WASM__';
  var root = d.documentElement;
  // The app's folder: a language's page (es/index.html) sits one below it.
  var base = d.currentScript.src.replace(/[^/?#]*([?#].*)?$/, '');
  var framed = w.top !== w;
  var hash = location.hash.charAt(1) === '/' ? '' : location.hash.slice(1);
  var params = new URLSearchParams(location.search.slice(1) + '&' + hash);
  var namespace = params.get('namespace');
  if (!namespace || !new RegExp(KEYS.namespace).test(namespace)) namespace = KEYS['default'];
  var journalKey = namespace + KEYS.journal;

  function pick(tag) {
    var primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
    return LANGS.indexOf(primary) >= 0 ? primary : null;
  }

  // The language as src/mount.rs will choose it: the host's, the one picked
  // on the hosted page, the page's own (es/), the browser's, English.
  var pageLang = root.hasAttribute('data-rebound-language-page') ? root.lang : '';
  var lang = pick(params.get('lang'));
  var saved = false;
  try {
    // Read only, for the first paint; the app's storage module does the rest.
    var storage = w.localStorage;
    saved = storage.getItem(journalKey) !== null;
    if (!lang && !framed) lang = pick(storage.getItem(journalKey + KEYS.language));
  } catch (e) { /* blocked storage: the app says so */ }
  var preferred = [pageLang].concat(w.navigator.languages || [w.navigator.language]);
  for (var i = 0; !lang && i < preferred.length; i++) lang = pick(preferred[i]);
  lang = lang || 'en';

  if (framed) root.classList.add('rb-embedded');
  // A board's forced light or dark, so its frame does not switch on takeover.
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-rebound-theme', theme);
  var neutral = saved || lang !== root.lang;
  if (neutral) root.classList.add('rb-neutral');

  var words = lang === root.lang
    ? new Promise(function (done) {
      function read() {
        var el = d.getElementById('rebound-words');
        done(el ? el.textContent : null);
      }
      if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', read); else read();
    })
    : w.fetch(base + 'i18n/' + lang + '.json?v=' + VERSION)
      .then(function (r) { return r.ok ? r.text() : null; }, function () { return null; });

  // The first screen is painted, and the browser has taken note of that
  // paint, before the app takes it over: replaced sooner, its largest text
  // would count as painted only when the app's copy is, which on a slow
  // phone is much later. Where the browser reports paints
  // (PerformanceObserver, largest-contentful-paint) the report says so;
  // elsewhere, two animation frames. A page nobody can see yet (a board's
  // frame out of view, a background tab) paints nothing, so it starts at
  // once; so does a neutral frame (someone returning, or in another
  // language), whose paint is not worth waiting for.
  var painted = neutral ? Promise.resolve() : new Promise(function (done) {
    var Observer = w.PerformanceObserver;
    function whenSeen() {
      if (Observer && (Observer.supportedEntryTypes || []).indexOf('largest-contentful-paint') >= 0) {
        new Observer(function (list, self) {
          self.disconnect();
          w.setTimeout(done, 0);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        w.setTimeout(done, 3000);
      } else {
        w.requestAnimationFrame(function () { w.requestAnimationFrame(function () { w.setTimeout(done, 0); }); });
        w.setTimeout(done, 300);
      }
    }
    function afterParse() {
      var main = d.getElementById('rebound');
      if (d.visibilityState === 'hidden' || !main || !w.IntersectionObserver) {
        done();
        return;
      }
      var seen = new w.IntersectionObserver(function (entries) {
        seen.disconnect();
        if (entries[0].isIntersecting) whenSeen(); else done();
      });
      seen.observe(main);
    }
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', afterParse); else afterParse();
  });
  // Begin pressed before the app is there: the press is kept (the app
  // submits the form when it takes over), and the page does not try to
  // submit it anywhere.
  d.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.closest && form.closest('[data-rebound-prerendered]')) {
      e.preventDefault();
      form.setAttribute('data-rebound-submitted', '');
    }
  }, true);

  // The wasm is asked for when the page has been parsed, or at once for
  // someone returning (the neutral frame: no first screen to paint). Not
  // sooner on a first visit: a slow line shared with the wasm would delay
  // the first screen's paint (asked for as soon as the stylesheet was in,
  // Lighthouse's simulated mobile LCP went from 1.2 to 2.7 s). Not later,
  // when the glue's import has been evaluated.
  var wasmResponse = new Promise(function (done) {
    var asked = false;
    function fetchWasm() {
      if (asked) return;
      asked = true;
      done(w.fetch(base + WASM));
    }
    painted.then(fetchWasm);
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', fetchWasm); else fetchWasm();
  });

  // The glue (preloaded with the page) loads meanwhile; the wasm compiles
  // as it arrives.
  import(base + GLUE).then(function (m) {
    return m.default({ module_or_path: wasmResponse }).then(function () {
      // The words and the paint go to the app as arguments (src/mount.rs
      // waits for the paint after reading its words). The app takes over the
      // page's <main>, so not before the page is parsed.
      function go() { m.start_page(base, pageLang, { lang: lang, text: words }, painted); }
      if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', go); else go();
    });
  }).catch(function (e) {
    // No WebAssembly, or the files did not arrive: show what was prerendered
    // rather than an empty frame, and say why in the console.
    root.classList.remove('rb-neutral');
    w.console.warn('Rebound could not start: ' + e);
  });

  // The worker is registered once the app has fetched the screens' chunks
  // (it says so when the browser is idle after the takeover): its install
  // then takes every file of this build from the HTTP cache.
  if (!framed && 'serviceWorker' in w.navigator) {
    w.addEventListener('rebound-prefetched', function () {
      w.navigator.serviceWorker.register(base + 'sw.js').catch(function () { /* not kept offline */ });
    }, { once: true });
  }
})(window, document);
