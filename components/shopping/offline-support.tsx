"use client";

import { useEffect } from "react";

/** Registers the service worker that keeps the shopping list readable with no signal (public/sw.js). */
export function OfflineSupport() {
  useEffect(() => {
    if ("serviceWorker" in navigator) void navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  }, []);
  return null;
}
