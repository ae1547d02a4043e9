"use client";
import { ToolMenu } from "@/components/ui/stage-tools";
import { lazyComponent } from "@/components/ui/lazy-component";

// What the panel holds (addresses, the snippet, copying) loads when it first opens.
const SharePanel = lazyComponent(() => import("./share-panel").then((m) => m.SharePanel));

type Props = {
  slug: string;
  title: string;
  /** The step on stage. */
  stepId: string | undefined;
  /** Where the step is read (its chapter's page and the step's hash). */
  href: string | undefined;
  /** Whether the step can be embedded (main-line steps; a fork's steps are read on the fork's page). */
  embeddable: boolean;
};

/** In the stage's row of tools: a link to this step, and the snippet that embeds it on another site. */
export function ShareMenu(props: Props) {
  return (
    <ToolMenu menu="share" summary="Share" label="Share this step" wide>
      <SharePanel {...props} />
    </ToolMenu>
  );
}
