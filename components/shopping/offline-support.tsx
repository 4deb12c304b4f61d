"use client";

import { useEffect } from "react";

/**
 * Registers the service worker that keeps the shopping list readable with no signal (public/sw.js), then
 * asks it to keep this page and the scripts and styles it loaded: a list opened by a link inside the app
 * never passed through the worker. `data-offline-ready` on <html> says it has them (tests wait for it).
 */
export function OfflineSupport() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const onMessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === "kept") document.documentElement.dataset.offlineReady = "true";
    };
    navigator.serviceWorker.addEventListener("message", onMessage);
    void (async () => {
      await navigator.serviceWorker.register("/sw.js");
      const { active } = await navigator.serviceWorker.ready;
      const loaded = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.startsWith("/_next/static/"));
      active?.postMessage({ type: "keep", urls: [window.location.href, ...loaded] });
    })().catch(() => undefined);
    return () => navigator.serviceWorker.removeEventListener("message", onMessage);
  }, []);
  return null;
}
