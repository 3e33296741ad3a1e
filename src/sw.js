/* Rebound's service worker, on the hosted page only (start.js registers
 * it). It keeps this build's own files, so a repeat visit needs no network
 * and the page opens offline. It answers only for Rebound's own origin and
 * holds no one's notes: those stay in localStorage.
 *
 * It never downloads what the page already has. On install it keeps what
 * the page that registered it uses: the files whose names carry this
 * build's hash come from the HTTP cache (the page has just fetched them),
 * and that page itself is revalidated (a 304 when unchanged). Anything
 * else of this build (another language's page or catalog, the install
 * icons) is taken from the HTTP cache if it is there, else fetched when it
 * is asked for, then kept. The screens' chunks are hashed files too: the
 * page registers this worker only after fetching them (start.js).
 *
 * Updates never mix builds. Each build is a cache of its own; a page is
 * kept only if it says it is this build (`<meta name="rebound-build">`),
 * and the other files' names carry a hash or the catalogs' version.
 * scripts/finish-dist.mjs fills in the build and its files. */
'use strict';
var BUILD = '__REBOUND_BUILD__';
var FILES = __REBOUND_FILES__;
var CACHE = 'rebound-' + BUILD;
// The page's own code and style: named by a hash of their content.
var HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

function isPage(file) {
  return file === './' || /(^|\/)(index|frame)\.html$|\/$/.test(file);
}

// A page of this build, or nothing: an older or newer page would mix builds.
function keepPage(cache, file, response) {
  if (!response || !response.ok) return Promise.resolve(false);
  return response.clone().text().then(function (text) {
    if (text.indexOf('name="rebound-build" content="' + BUILD + '"') < 0) return false;
    return cache.put(file, response).then(function () { return true; });
  });
}

// The folders ('' or 'es/') of the pages open in this worker's scope.
function openFolders() {
  var scope = self.registration.scope;
  return self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (list) {
    return list.map(function (client) {
      var path = client.url.split(/[?#]/)[0];
      return path.indexOf(scope) === 0 ? path.slice(scope.length).replace(/index\.html$/, '') : '';
    });
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    Promise.all([caches.open(CACHE), openFolders()]).then(function (both) {
      var cache = both[0];
      var folders = both[1].length ? both[1] : [''];
      // The open pages, each asked for once (a 304 when unchanged) and
      // kept under both its names ('es/' and 'es/index.html'). They must
      // be this build's, or this worker does not take over.
      var pages = folders.filter(function (folder, i) { return folders.indexOf(folder) === i; }).map(function (folder) {
        var name = folder || './';
        return fetch(new Request(name, { cache: 'no-cache' })).then(function (response) {
          return keepPage(cache, name, response.clone()).then(function (kept) {
            if (!kept) throw new Error('Rebound: ' + name + ' is not build ' + BUILD);
            return cache.put(folder + 'index.html', response);
          });
        });
      });
      return Promise.all(pages.concat(FILES.map(function (file) {
        if (isPage(file)) return null;
        // Named by its content: the copy the page fetched is this build's.
        var request = HASHED.test(file)
          ? new Request(file, { cache: 'force-cache' })
          : new Request(file, { cache: 'only-if-cached', mode: 'same-origin' });
        return fetch(request).then(function (response) {
          if (response.ok) return cache.put(file, response);
        }, function () { /* not in the HTTP cache: fetched when asked for */ });
      })));
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener('activate', function (event) {
  // Keys come in the order the caches were made: keep this build and the
  // one before it (a page still open on it may yet ask for its files).
  event.waitUntil(
    caches.keys()
      .then(function (keys) {
        var builds = keys.filter(function (key) { return key.indexOf('rebound-') === 0 && key !== CACHE; });
        return Promise.all(builds.slice(0, -1).map(function (key) { return caches.delete(key); }));
      })
      .then(function () { return self.clients.claim(); })
  );
});

// This build's file `url` names, as FILES lists it, or null.
function buildFile(url) {
  var scope = self.registration.scope;
  if (url.indexOf(scope) !== 0) return null;
  var rest = url.slice(scope.length).split('#')[0];
  var path = rest.split('?')[0];
  for (var i = 0; i < FILES.length; i++) {
    var file = FILES[i];
    if (file === rest || file === path || (file === './' && path === '') || (file.split('?')[0] === path && file.indexOf('?v=') > 0)) return file;
  }
  return null;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // A page is the same page whatever its query (namespace, lang, embed).
  var options = { ignoreSearch: request.mode === 'navigate' };
  event.respondWith(
    caches.open(CACHE).then(function (cache) {
      return cache.match(request, options)
        .then(function (hit) { return hit || caches.match(request, options); })
        .then(function (hit) {
          if (hit) return hit;
          return fetch(request).then(function (response) {
            // Kept for next time, if it is a file of this build.
            var file = buildFile(request.url);
            if (file && response.ok) {
              var copy = response.clone();
              event.waitUntil(isPage(file) ? keepPage(cache, file, copy) : cache.put(file, copy));
            }
            return response;
          });
        });
    })
  );
});
