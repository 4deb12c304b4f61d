// The shopping list offline: the open week's list page is kept (network first, the last copy when there
// is no signal), and the app's static files are cached as they load. Ticks made offline wait in
// IndexedDB (components/shopping/tick-queue.ts) and are sent by the page when the connection returns.
// A list opened by a link inside the app arrives as a client-side navigation (no page request passes
// through here), and its scripts loaded before this worker took control: the page sends their addresses
// ("keep"), and they are fetched and kept, so a reload with no signal finds the page and all it runs.
const CACHE = "nutriweek-shopping-v2";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  ),
);

const isShoppingPage = (url) => url.origin === self.location.origin && url.pathname === "/shopping";
const isStatic = (url) => url.origin === self.location.origin && url.pathname.startsWith("/_next/static/");

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await cache.match(request, { ignoreVary: true })) ??
      (await cache.match(request, { ignoreSearch: true, ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Fetches and keeps the shopping page the client shows and the static files it loaded. */
async function keep(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location.origin);
      if (!isShoppingPage(url) && !isStatic(url)) return;
      if (isStatic(url) && (await cache.match(url.href))) return;
      try {
        const response = await fetch(url.href, { credentials: "same-origin" });
        if (response.ok) await cache.put(url.href, response);
      } catch {
        // No signal now: the next visit tries again.
      }
    }),
  );
}

self.addEventListener("message", (event) => {
  const data = event.data;
  if (data?.type === "keep" && Array.isArray(data.urls)) {
    const done = keep(data.urls.filter((url) => typeof url === "string"));
    event.waitUntil(done.then(() => event.source?.postMessage({ type: "kept" })));
  }
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (request.mode === "navigate" && isShoppingPage(url)) {
    event.respondWith(networkFirst(request));
  } else if (isStatic(url)) {
    event.respondWith(cacheFirst(request));
  }
});
