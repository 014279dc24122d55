// Pelita's service worker: after one visit the whole app lives on the device.
//
// - install: caches every file of this build (the list below), all or nothing: each file is
//   checked against its hash in the list (`integrity`), so a deployment copied halfway (a new
//   list, some old files) fails the install and never becomes the offline app. A new version
//   then waits: the page offers "Versi baru tersedia — muat ulang" and switches only when the
//   user taps it, so the page in use never runs against another version's files.
// - activate: deletes the caches of every other version.
// - navigations: the page drawn for that address at build time, kept once it was opened, so it
//   opens with no network as it did online; an address never opened yet gets it from the
//   network, and offline the home page (index.html), which the app turns into the right page.
// - data (/data/*.json): the network's copy when it is good, so content updates arrive; the
//   last good copy when the network fails, is too slow, answers with an error or sends
//   something that is not Pelita's data (a captive portal's page, even one that is JSON).
//   With ?build-copy, the copy this version was built with: the
//   app asks for it when newer content does not pass its own validation.
// - every other file of the build: from the cache (the names of code files carry a hash).
// - files loaded only when used (/kiosk/: the QR encoder; /later/: sharing and printing): not
//   precached, so a first visit does not download them; kept once a page has used them (so
//   sharing works offline after that), and all of them when a kiosk asks at start.
// - "erase all" asks it to forget the pages kept as they were opened (which tell what someone
//   read); the files every install holds stay.
// Anything else (other origins, other methods, files not in the build) is left alone.

// Written by scripts/build/precache.mjs from the finished files of each build: the version is
// a hash of their contents, each file comes with its own hash (`[path, "sha256-…"]`), and
// `data` names the files the content bundle holds. These values only stand in for an unbuilt
// copy.
const BUILD = { version: "unbuilt", id: "unbuilt", files: [], later: [], data: [] };

const CACHE_PREFIX = "pelita-";
// This version's files as built, never changed after install.
const CACHE = CACHE_PREFIX + BUILD.version;
// Data downloaded since, kept apart so the copies the build shipped stay at hand.
const LATEST_DATA = CACHE + "-latest-data";
const SHELL = "/index.html";
const PRECACHED = new Set(BUILD.files.map(([path]) => path));
const DATA = /^\/data\/[^/]+\.json$/;
const LATER_FILES = new Set(BUILD.later);
// Must match BUILD_COPY in src/platform/data.rs.
const BUILD_COPY = "build-copy";
// On a connection that hangs (weak signal, captive portal), the cached data is shown after
// this long; a good answer arriving later still replaces the cached copy for next time.
const SLOW_NETWORK_MS = 4000;
// The page sends this when the user taps the update prompt (src/platform/service_worker.rs).
const SKIP_WAITING = "skip-waiting";
// A kiosk sends this when it starts (src/platform/service_worker.rs).
const KEEP_KIOSK_FILES = "keep-kiosk-files";
// "Erase all" sends this (src/platform/service_worker.rs).
const FORGET_PAGES = "forget-pages";

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  // "no-cache" revalidates with the server (an unchanged file costs a 304, not a download)
  // so a stale copy in the HTTP cache never becomes part of a new version.
  // The hash makes a file of another version (a deployment half copied) fail the whole install,
  // which then leaves no cache behind.
  try {
    await cache.addAll(BUILD.files.map(([path, integrity]) => new Request(path, { cache: "no-cache", integrity })));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

async function activate() {
  const current = [CACHE, LATEST_DATA];
  const old = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && !current.includes(name));
  await Promise.all(old.map((name) => caches.delete(name)));
  // On a first visit this makes the open page work offline without a reload. After an
  // update the page asked for the switch and reloads as soon as it is controlled.
  await self.clients.claim();
}

self.addEventListener("message", (event) => {
  if (event.data === SKIP_WAITING) self.skipWaiting();
  else if (event.data === KEEP_KIOSK_FILES) event.waitUntil(keepKioskFiles());
  else if (event.data === FORGET_PAGES) event.waitUntil(forgetPages());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && !hasFileExtension(url.pathname)) {
    event.respondWith(page(url.pathname, request));
  } else if (DATA.test(url.pathname) && url.searchParams.has(BUILD_COPY)) {
    event.respondWith(cachedOrNetwork(url.pathname, request));
  } else if (DATA.test(url.pathname)) {
    event.respondWith(freshDataOrLastGood(event, url.pathname));
  } else if (PRECACHED.has(url.pathname)) {
    event.respondWith(cachedOrNetwork(url.pathname, request));
  } else if (LATER_FILES.has(url.pathname)) {
    event.respondWith(keptOrNetwork(url.pathname, request));
  }
});

// The build id every page of a version carries in its head (scripts/build/pages.mjs).
function buildOf(html) {
  return html.match(/<meta name="pelita-build" content="([^"]*)">/)?.[1];
}

// The server's rule too: a path with a file extension is a file, never an app route.
function hasFileExtension(path) {
  return /\.[a-z0-9]+$/i.test(path);
}

// One cached copy per address, whatever its query (`?q=`, `?lang=`): the page drawn at build
// time is the same for all of them. A page from the network is kept only when it is this
// version's: its build id (naming the code it loads, the policy, the settings) is this
// version's. After a deployment the server already has the next version, whose code must
// not run under this worker; then, and offline, this version's home page stands in.
async function page(path, request) {
  const key = path.length > 1 ? path.replace(/\/$/, "") : path;
  const cache = await caches.open(CACHE);
  const cached = (await cache.match(key)) ?? (key === "/" ? await cache.match(SHELL) : undefined);
  if (cached) return cached;
  const shell = async () => (await cache.match(SHELL)) ?? Response.error();
  try {
    const response = await fetch(request);
    if (!response.ok || !response.headers.get("content-type")?.startsWith("text/html")) return response;
    if (buildOf(await response.clone().text()) !== BUILD.id) return shell();
    await cache.put(key, response.clone());
    return response;
  } catch {
    return shell();
  }
}

async function cachedOrNetwork(key, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) ?? fetch(request);
}

// The cached copy, or the network's, kept in this version's cache for the next time.
async function keptOrNetwork(key, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

// Into this version's cache, like the precached files; offline, the next start tries again.
async function keepKioskFiles() {
  const cache = await caches.open(CACHE);
  for (const path of BUILD.later) {
    if (!(await cache.match(path))) await cache.add(new Request(path, { cache: "no-cache" }));
  }
}

// Every page kept as it was opened; what the build lists (the home page among them) stays.
async function forgetPages() {
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!PRECACHED.has(path) && !LATER_FILES.has(path)) await cache.delete(request);
  }
}

async function freshDataOrLastGood(event, key) {
  // Start the download first: it may finish after the page has had its answer.
  const download = fetch(event.request).then((response) => keepIfGood(key, response), () => null);
  event.waitUntil(download);
  const lastGood = await lastGoodCopy(key);
  if (!lastGood) return (await download) ?? Response.error();
  const fresh = await Promise.race([download, delay(SLOW_NETWORK_MS)]);
  return fresh?.ok ? fresh : lastGood;
}

// The newest good download, else the copy this version was built with. Only this version's
// caches: another version's may be installing alongside.
async function lastGoodCopy(key) {
  const latest = await (await caches.open(LATEST_DATA)).match(key);
  return latest ?? (await caches.open(CACHE)).match(key);
}

// Stores a good response as the new last good copy and hands it on. A failed one is handed on
// too (the page sees the error when nothing is cached) but never replaces the cached copy.
async function keepIfGood(key, response) {
  if (!response.ok) return response;
  if (!(await isPelitaData(key, response.clone()))) return Response.error();
  await (await caches.open(LATEST_DATA)).put(key, response.clone());
  return response;
}

// A cut-off download, an error page sent with status 200, or a captive portal's answer (which
// may well be JSON) is not Pelita's data: the bundle is an object holding every data file this
// version was built with; a single data file is a JSON object.
async function isPelitaData(key, response) {
  try {
    const data = JSON.parse(await response.text());
    if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
    return !key.endsWith("/content.json") || BUILD.data.every((name) => name in data);
  } catch {
    return false;
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
