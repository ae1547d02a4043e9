"use client";
import { useEffect } from "react";
import { MANIFEST_HREF } from "@/app/_lib/share/icons";

/**
 * Links the web app manifest and installs the service worker (`public/sw.js`, built with the app; see app/_lib/offline/worker.ts)
 * once the page has loaded (its `load` event), and tells it which page opened, so it keeps that page's journey for
 * reading offline. Not in `next dev`, which has no worker to install.
 */
export function OfflineKeeper() {
  useEffect(() => {
    // The manifest that makes the site installable, linked once the page has loaded: in the HTML
    // it would cost the heaviest chapter its first round trip (see app/manifest.webmanifest).
    const offerInstall = () => {
      if (document.querySelector('link[rel="manifest"]')) return;
      const link = document.createElement("link");
      link.rel = "manifest";
      link.href = MANIFEST_HREF;
      document.head.append(link);
    };
    if (document.readyState === "complete") offerInstall();
    else window.addEventListener("load", offerInstall, { once: true });
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const install = () =>
      void navigator.serviceWorker
        .register("/sw.js")
        .then(() => navigator.serviceWorker.ready)
        .then((r) => r.active?.postMessage({ type: "opened", path: location.pathname }))
        .catch(() => undefined);
    // After the page's own loading: what the worker downloads never competes with it.
    if (document.readyState === "complete") install();
    else window.addEventListener("load", install, { once: true });
  }, []);
  return null;
}
