"use client";
import Link from "next/link";
import { forkHref } from "@/app/_lib/journey/pages";

type Props = {
  slug: string;
  forks: readonly { id: string; title: string }[];
};

/** At a step where something can break: the failure forks to play from here. */
export function WhatIfMenu({ slug, forks }: Props) {
  return (
    <details className="tool-menu tool-menu-alert" data-menu="what-if">
      <summary>What if…</summary>
      <div className="tool-panel" role="group" aria-label="Break something at this step">
        <p className="tool-note">Break something here and play what follows:</p>
        <ul>
          {forks.map((f) => (
            <li key={f.id}>
              <Link href={forkHref(slug, f.id)} prefetch={false} data-fork-link={f.id}>
                {f.title}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
