import Link from "next/link";

type Props = {
  href: string;
  title: string;
  summary: string;
};

/** In the narration, where something can break: a way into the failure fork (a plain link, so it works without JavaScript). */
export function ForkLink({ href, title, summary }: Props) {
  return (
    <aside className="fork-card" aria-label={`What if: ${title}`}>
      <p className="fork-card-kicker">What if…</p>
      <Link href={href} prefetch={false} className="fork-card-title" data-fork-card>
        {title} <span aria-hidden>→</span>
      </Link>
      <p className="fork-card-summary">{summary}</p>
    </aside>
  );
}
