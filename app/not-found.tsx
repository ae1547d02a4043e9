import Link from "next/link";

export default function NotFound() {
  return (
    <main className="home">
      <h1>Nothing here</h1>
      <p>
        That page does not exist. <Link href="/">See all journeys</Link>.
      </p>
    </main>
  );
}
