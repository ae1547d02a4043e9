import Link from "next/link";
import { getContent } from "@/app/_lib/content/content.server";
import { journeyHref } from "@/app/_lib/journey/pages";
import { ContinueReading } from "@/components/learner/continue-reading";
import { PageTop } from "@/components/search/page-top";
import styles from "./page.module.css";
import { shareOf, SITE_LINE, SITE_TITLE } from "@/app/_lib/share/pictures";
import { ShareMeta } from "@/components/ui/share-meta";

export default function HomePage() {
  const { journeys: all, architectures } = getContent();
  // Flows are short journeys that belong to an architecture; they are listed there.
  const journeys = all.filter((j) => j.kind === "journey");
  return (
    <main className="home">
      <ShareMeta share={shareOf(SITE_TITLE, SITE_LINE)} />
      <header className={styles.homeHead}>
        <PageTop lineClass={styles.brand}>Clickpath</PageTop>
        <h1>Follow a request through a real system, one step at a time.</h1>
        <p className="lede">
          Each journey takes one user action and follows it across the network, the infrastructure, your code and your
          data, while a map shows where it is.
        </p>
      </header>
      <ul className={styles.journeyList} aria-label="Journeys">
        {journeys.map((j) => (
          <li key={j.slug} className={styles.journeyCard}>
            <h2>{j.title}</h2>
            <p>{j.pitch}</p>
            <p className={styles.journeyLength}>
              {j.chapters.length} chapters · {j.steps.length} steps · about {j.minutes} min
            </p>
            <Link className="button" href={journeyHref(j.slug)}>
              Start the journey<span className="sr-only">: {j.title}</span>
            </Link>
            <ContinueReading
              slug={j.slug}
              chapters={j.chapters.map(({ id, title, firstStep, stepCount }) => ({ id, title, firstStep, stepCount }))}
              stepIds={j.steps.map((s) => s.id)}
            />
          </li>
        ))}
      </ul>
      {architectures.length > 0 ? (
        <section aria-labelledby="home-architectures">
          <h2 id="home-architectures">Architectures</h2>
          <p>
            {architectures.length} architectures, from a classic web app to multi-region and serverless, each a map to click
            and play: what every part owns, what breaks without it, a request travelling through, variations that change the
            picture, and the code that implements it. <Link href="/architectures">Explore the architectures</Link> and
            compare which one fits when.
          </p>
        </section>
      ) : null}
      <section aria-labelledby="home-cards">
        <h2 id="home-cards">Concept cards</h2>
        <p>
          Every idea the journeys use, from DNS to runbooks, as a card of its own: why it matters, when to use it, an
          example. <Link href="/concepts">Browse and search the cards</Link>, or open <Link href="/deck">your deck</Link> of
          bookmarked cards to review them.
        </p>
        <p>
          <Link href="/progress">Your progress</Link> shows how much of each layer you have covered and how well you know
          each concept; it is also where you move your data to another device.
        </p>
      </section>
    </main>
  );
}
