"use client";
import Link from "next/link";
import { forkHref } from "@/app/_lib/journey/pages";
import { ToolMenu, ToolNote } from "@/components/ui/stage-tools";

type Props = {
  slug: string;
  forks: readonly { id: string; title: string }[];
};

/** At a step where something can break: the failure forks to play from here. */
export function WhatIfMenu({ slug, forks }: Props) {
  return (
    <ToolMenu menu="what-if" summary="What if…" label="Break something at this step" lazy={false} tone="alert">
      <p>
        <ToolNote>Break something here and play what follows:</ToolNote>
      </p>
      <ul>
        {forks.map((f) => (
          <li key={f.id}>
            <Link href={forkHref(slug, f.id)} prefetch={false} data-fork-link={f.id}>
              {f.title}
            </Link>
          </li>
        ))}
      </ul>
    </ToolMenu>
  );
}
