"use client";
import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from "react";

/**
 * A component whose code loads the first time it renders (`React.lazy`), with `fallback` until
 * then (nothing by default). Rendered on the server it is there in the HTML, and hydration keeps
 * that HTML until the code arrives. What `next/dynamic` does for us, without the 1.3 KB gzip of
 * its own it adds to every page that uses it.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function Loaded(props: P) {
    return <Suspense fallback={fallback}>{createElement(Lazy, props)}</Suspense>;
  };
}
