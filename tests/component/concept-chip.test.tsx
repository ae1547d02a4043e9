// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { ConceptChip } from "@/components/concepts/concept-chip";
import type { ConceptData } from "@/app/_lib/content/types";
import type { SystemMap } from "@/app/_lib/content/schema";

afterEach(cleanup);

const map: SystemMap = {
  width: 600,
  height: 400,
  groups: [],
  nodes: [
    { id: "browser", label: "Kareem's browser", layer: "client", x: 80, y: 200 },
    { id: "dns", label: "DNS resolver", layer: "network", x: 300, y: 80 },
  ],
  edges: [{ from: "browser", to: "dns", kind: "flow" }],
};

const concept: ConceptData = {
  id: "dns",
  title: "DNS",
  summary: "Turns a name into an address.",
  why: "The browser cannot connect until it knows where the shop is.",
  use: "Whenever a client finds a service by name.",
  avoid: "As the only failover mechanism: caches keep old answers.",
  layer: "network",
  nodes: ["dns", "browser", "edge-cache"],
  related: [],
  path: "/content/concepts/dns.mdx",
  body: "",
};

function renderChip() {
  const { container } = render(
    <ConceptChip concept={concept} map={map}>
      <p>A resolver answers with an IP address and a TTL.</p>
    </ConceptChip>,
  );
  return container.querySelector("details")!;
}

describe("ConceptChip", () => {
  it("is a closed disclosure marked with the concept's id and layer", () => {
    const details = renderChip();
    expect(details).toHaveAttribute("data-concept", "dns");
    expect(details).toHaveAttribute("data-layer", "network");
    expect(details.open).toBe(false);
  });

  it("shows the title and summary in the chip itself", () => {
    const summary = renderChip().querySelector("summary")!;
    expect(summary).toHaveTextContent("Concept");
    expect(summary).toHaveTextContent("DNS");
    expect(summary).toHaveTextContent("Turns a name into an address.");
  });

  it("explains why it matters and names the map nodes by their labels", () => {
    renderChip();
    expect(screen.getByText("Why it matters here.").parentElement).toHaveTextContent(concept.why);
    const where = screen.getByText("Where it lives.").parentElement;
    // Labels from the map, in the card's order; an id the map does not know is shown as is.
    expect(where).toHaveTextContent("DNS resolver, Kareem's browser, edge-cache · network layer");
  });

  it("sits where the journey places it, and says why it matters there when the journey says so", () => {
    render(<ConceptChip concept={concept} map={map} place={{ nodes: ["browser"], why: "The laptop finds the app by name." }} />);
    expect(screen.getByText("Why it matters here.").parentElement).toHaveTextContent("The laptop finds the app by name.");
    expect(screen.getByText("Where it lives.").parentElement).toHaveTextContent("Where it lives. Kareem's browser · network layer");
  });

  it("renders the card's body inside", () => {
    const details = renderChip();
    expect(details.querySelector("summary + div")).toContainElement(screen.getByText("A resolver answers with an IP address and a TTL."));
  });
});
