// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { LazyDetails } from "@/components/ui/lazy-details";

afterEach(cleanup);

/** What a browser does when the reader clicks the summary: flip `open`, then fire `toggle`. */
function toggle(details: HTMLDetailsElement) {
  act(() => {
    details.open = !details.open;
    details.dispatchEvent(new Event("toggle"));
  });
}

function menu(onOpen = vi.fn()) {
  return (
    <LazyDetails className="tool-menu" menu="lens" summary="Lens" onOpen={onOpen} fallback={<a href="/all">Every chapter</a>}>
      <p>The panel</p>
    </LazyDetails>
  );
}

describe("LazyDetails", () => {
  it("ships its fallback closed and renders the panel only while open", () => {
    const onOpen = vi.fn();
    const { container } = render(menu(onOpen));
    const details = container.querySelector("details")!;
    expect(details).toHaveAttribute("data-menu", "lens");
    expect(screen.getByRole("link", { name: "Every chapter" })).toBeInTheDocument();
    expect(screen.queryByText("The panel")).toBeNull();
    toggle(details);
    expect(screen.getByText("The panel")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Every chapter" })).toBeNull();
    expect(onOpen).toHaveBeenCalledTimes(1);
    toggle(details);
    expect(screen.queryByText("The panel")).toBeNull();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it("fills in at hydration when the reader opened it before the script ran", async () => {
    const host = document.createElement("div");
    host.innerHTML = renderToString(menu());
    document.body.append(host);
    const details = host.querySelector("details")!;
    details.open = true;
    expect(host.textContent).not.toContain("The panel");
    const onOpen = vi.fn();
    await act(async () => {
      hydrateRoot(host, menu(onOpen));
    });
    expect(host.textContent).toContain("The panel");
    expect(onOpen).toHaveBeenCalledTimes(1);
    host.remove();
  });
});
