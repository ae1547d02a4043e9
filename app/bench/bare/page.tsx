import type { Metadata } from "next";

export const metadata: Metadata = { title: "Reference page", robots: { index: false } };

/** A bare page: the floor `npm run bench` compares the journey against. */
export default function BarePage() {
  return (
    <main className="home">
      <h1>Reference page</h1>
      <p>Nothing but the framework, for measuring what the journey adds.</p>
    </main>
  );
}
