/*! Rebound embed loader */
/* One script tag on a job board's "not selected" page. No dependencies;
 * defines nothing global but window.Rebound; never throws into the host page.
 * Docs: README.md, "Embedding". */
(function (w, d) {
  'use strict';
  var script = d.currentScript;
  var base, origin;
  var warned = {};
  var KEYS = ['company', 'role', 'date', 'namespace', 'mode', 'theme', 'accent', 'lang'];
  // The iframe's title in each language (also the words of the link shown
  // where the inline widget cannot run), filled in from the catalogs at
  // build time (scripts/finish-dist.mjs), and the catalogs' version.
  var WORDS = __REBOUND_LANGUAGES__;
  var VERSION = '__REBOUND_CATALOG_VERSION__';
  // The page's own files (scripts/finish-dist.mjs): one wasm, one glue and
  // one stylesheet for the hosted page, the iframe and the inline mode.
  var GLUE = '__REBOUND_GLUE__';
  var WASM = '__REBOUND_WASM__';
  var CSS = '__REBOUND_CSS__';
  var HEIGHT = 720; // placeholder height, so the host page does not jump
  var wasm; // one module load shared by every inline widget

  function warn(message) {
    if (warned[message]) return;
    warned[message] = 1;
    try { w.console.warn('Rebound: ' + message); } catch (e) { /* no console */ }
  }

  // Options as plain text, passed on to the app, which alone decides what
  // each accepts (src/options.rs) and warns once per value it ignores. The
  // loader checks only what it acts on itself: the mode.
  function clean(input) {
    var o = {}, v, k, i;
    input = input || {};
    for (i = 0; i < KEYS.length; i++) {
      k = KEYS[i];
      v = input[k];
      if (v === undefined || v === null || v === '') continue;
      o[k] = String(v).slice(0, 200);
    }
    if (o.mode && !/^(iframe|inline)$/.test(o.mode)) {
      warn('ignoring mode "' + o.mode + '": use iframe or inline.');
      delete o.mode;
    }
    return o;
  }

  // The language the app will choose (src/options.rs decides, and warns
  // about a value it does not know): the host's, else the browser's.
  function language(o) {
    var tags = [o.lang].concat(w.navigator.languages || [w.navigator.language]);
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i] || '').toLowerCase().split(/[-_]/)[0];
      if (WORDS[primary]) return primary;
    }
    return 'en';
  }

  function fallback(parent, o) {
    var p = d.createElement('p');
    var a = d.createElement('a');
    a.href = base + 'index.html';
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = WORDS[language(o)];
    p.appendChild(a);
    parent.appendChild(p);
  }

  // The privacy mode: the widget runs on its own origin, so the host page
  // cannot read what the user writes. Prefill travels in the fragment, which
  // browsers never send to a server.
  function frame(box, o, state) {
    var f = d.createElement('iframe');
    var hash = ['embed=iframe'];
    for (var k in o) if (k !== 'mode') hash.push(k + '=' + encodeURIComponent(o[k]));
    // The page prerendered in the visitor's language, so its first screen
    // is in their words before the wasm arrives; frame.html is the one a
    // host lets boards frame (README, "Hosting Rebound").
    var lang = language(o);
    f.src = base + (lang === 'en' ? '' : lang + '/') + 'frame.html#' + hash.join('&');
    f.title = WORDS[lang];
    // allow-forms: the app's forms submit to nothing (preventDefault), but a
    // sandbox without it drops their submit events.
    f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation');
    f.allow = 'clipboard-write';
    f.referrerPolicy = 'no-referrer';
    f.style.cssText = 'display:block;width:100%;border:0;height:' + HEIGHT + 'px';
    function onMessage(e) {
      var m = e.data;
      if (e.origin !== origin || e.source !== f.contentWindow) return;
      if (m && m.type === 'rebound:height' && m.height > 0 && m.height < 1e5) {
        f.style.height = Math.ceil(m.height) + 'px';
        box.style.minHeight = '';
      }
    }
    w.addEventListener('message', onMessage);
    state.undo.push(function () { w.removeEventListener('message', onMessage); });
    box.appendChild(f);
  }

  // The inline mode: the app in an open shadow root of the host page, with
  // its styles only inside it. The host can read its storage (see README).
  function inline(box, o, state) {
    var root = box.attachShadow({ mode: 'open' });
    var css = d.createElement('link');
    var el = d.createElement('div');
    css.rel = 'stylesheet';
    css.href = base + CSS;
    root.appendChild(css);
    root.appendChild(el);
    wasm = wasm || import(base + GLUE).then(function (m) {
      return m.default({ module_or_path: base + WASM }).then(function () { return m; });
    });
    // The words, fetched alongside the wasm; the app reads the response if
    // it is for the language it chooses (and fetches again if it failed).
    var lang = language(o);
    var catalog = { lang: lang, text: w.fetch(base + 'i18n/' + lang + '.json?v=' + VERSION) };
    catalog.text.catch(function () { /* the app fetches the words itself */ });
    wasm.then(function (m) {
      if (state.gone) return;
      state.app = m.mount(el, o, catalog, base);
      box.style.minHeight = '';
    }).catch(function () {
      // Blocked by the host's CSP (no 'wasm-unsafe-eval') or an old browser.
      if (state.gone) return;
      box.style.minHeight = '';
      fallback(el, o);
    });
  }

  // Mounts one widget in `parent` (before `before`, else at the end).
  function place(parent, before, options) {
    var state = { gone: false, undo: [], app: null };
    var handle = {
      destroy: function () {
        if (state.gone) return;
        state.gone = true;
        for (var i = 0; i < state.undo.length; i++) try { state.undo[i](); } catch (e) { /* keep going */ }
        try { if (state.app) { state.app.destroy(); state.app.free(); } } catch (e) { /* already gone */ }
        if (box && box.parentNode) box.parentNode.removeChild(box);
      }
    };
    var box;
    try {
      var o = clean(options);
      var mode = o.mode || 'iframe';
      box = d.createElement('div');
      box.className = 'rebound-embed';
      box.style.cssText = 'display:block;min-height:' + HEIGHT + 'px';
      parent.insertBefore(box, before || null);
      var go = function () { if (!state.gone) (mode === 'inline' ? inline : frame)(box, o, state); };
      if (w.IntersectionObserver) {
        // Load nothing until the widget is near the viewport.
        var io = new w.IntersectionObserver(function (entries) {
          for (var i = 0; i < entries.length; i++) if (entries[i].isIntersecting) { io.disconnect(); go(); return; }
        }, { rootMargin: '400px' });
        io.observe(box);
        state.undo.push(function () { io.disconnect(); });
      } else {
        go();
      }
    } catch (e) {
      warn('could not mount (' + e.message + ').');
    }
    return handle;
  }

  function mount(element, options) {
    if (!element || element.nodeType !== 1) {
      warn('mount needs an element.');
      return { destroy: function () {} };
    }
    return place(element, null, options);
  }

  try {
    base = new URL('.', script && script.src || d.baseURI).href;
    origin = new URL(base).origin;

    var queued = w.Rebound && w.Rebound.q || [];
    if (!w.Rebound || !w.Rebound.loaded) w.Rebound = { loaded: true, mount: mount };
    // Calls made before this loader arrived (the stub-and-queue snippet).
    for (var i = 0; i < queued.length; i++) {
      var h = w.Rebound.mount(queued[i][0], queued[i][1]);
      var stub = queued[i][2];
      if (stub) { if (stub.destroyed) h.destroy(); else stub.destroy = h.destroy; }
    }

    // Every browser with custom elements has classes.
    if (w.customElements && !w.customElements.get('rebound-widget')) {
      w.customElements.define('rebound-widget', class extends HTMLElement {
        connectedCallback() {
          if (this._rebound) return;
          var o = {};
          for (var j = 0; j < KEYS.length; j++) if (this.hasAttribute(KEYS[j])) o[KEYS[j]] = this.getAttribute(KEYS[j]);
          this._rebound = place(this, null, o);
        }

        disconnectedCallback() {
          if (this._rebound) { this._rebound.destroy(); this._rebound = null; }
        }
      });
    }

    // The script tag itself mounts a widget, unless data-mount="manual".
    var data = script && script.dataset;
    if (data && data.mount !== 'manual') {
      var start = function () {
        var target = null;
        if (data.target) {
          try { target = d.querySelector(data.target); } catch (e) { /* invalid selector */ }
          if (!target) warn('no element for data-target="' + data.target + '".');
        }
        if (target) place(target, null, data);
        else if (script.parentNode && script.parentNode !== d.head) place(script.parentNode, script.nextSibling, data);
        else if (d.body) place(d.body, null, data);
      };
      if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start);
      else start();
    }
  } catch (e) {
    warn('could not start (' + e.message + ').');
  }
})(window, document);
