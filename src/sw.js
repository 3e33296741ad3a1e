/* Rebound's service worker, on the hosted page only (start.js registers
 * it). It keeps this build's own files, so a repeat visit needs no network
 * and the page opens offline. It answers only for Rebound's own origin and
 * holds no one's notes: those stay in localStorage.
 *
 * Updates never mix builds. Each build is a cache of its own, filled whole
 * before its worker takes over; a page finds its own build's files (their
 * names carry a hash, the catalogs a version) in its build's cache, which
 * stays until the next update, while a new visit gets the newest page.
 * scripts/finish-dist.mjs fills in the build and its files. */
'use strict';
var BUILD = '__REBOUND_BUILD__';
var FILES = __REBOUND_FILES__;
var CACHE = 'rebound-' + BUILD;

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE)
      .then(function (cache) {
        // Past the HTTP cache: the files must be this build's.
        return cache.addAll(FILES.map(function (file) { return new Request(file, { cache: 'reload' }); }));
      })
      .then(function () { return self.skipWaiting(); })
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

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // A page is the same page whatever its query (namespace, lang, embed).
  var options = { ignoreSearch: request.mode === 'navigate' };
  event.respondWith(
    caches.open(CACHE)
      .then(function (cache) { return cache.match(request, options); })
      .then(function (hit) { return hit || caches.match(request, options); })
      .then(function (hit) { return hit || fetch(request); })
  );
});
