import Link from "next/link";
import { JoinForm } from "./join-form";
import { PageTop } from "@/components/search/page-top";

/** Where a learner types the code shown on the room's screen. */
export function JoinPage({ code }: { code?: string }) {
  return (
    <main className="page">
      <PageTop>
        <Link href="/">Clickpath</Link> / Join a live session
      </PageTop>
      <h1>Join a live session</h1>
      <p className="lede">Your screen follows the instructor from step to step, and you answer the quizzes with the room. You can look around on your own at any time and come back with one button.</p>
      <JoinForm code={code} />
      <noscript>
        <p>Following a live session needs JavaScript. Without it you can still read every journey on your own.</p>
      </noscript>
    </main>
  );
}
