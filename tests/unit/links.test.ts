import { describe, expect, it } from "vitest";
import { linkProblem, type Site } from "@/app/_lib/content/links";

const steps = new Set(["lookup", "handshake", "cafés"]);
const site: Site = {
  pages: new Map<string, ReadonlySet<string> | undefined>([
    ["/", undefined],
    ["/concepts/dns", undefined],
    ["/journeys/tiny", steps],
    ["/journeys/tiny/connect", steps],
    ["/journeys/tiny/what-if/dns-fails", new Set(["no-answer"])],
  ]),
  meant: new Map([["/journeys/tiny/ask", "/journeys/tiny, the first chapter's page"]]),
  isPublicFile: (path) => path === "/images/map.png",
};

describe("links that point nowhere", () => {
  it("lets through what leads somewhere, and what leaves the site", () => {
    for (const url of ["/", "/concepts/dns", "/concepts/dns/", "/concepts/dns?from=deck", "/journeys/tiny#lookup", "/journeys/tiny/connect#caf%C3%A9s", "/journeys/tiny/what-if/dns-fails#no-answer", "/images/map.png", "https://example.com/x", "mailto:team@example.com", "//cdn.example.com/a.js", "#handshake"]) {
      expect(linkProblem(url, site, "/journeys/tiny"), url).toBeUndefined();
    }
  });

  it("names the page or step that does not exist, and the one meant when it is close", () => {
    expect(linkProblem("/concepts/dnss", site)).toBe("links to /concepts/dnss, which is no page of this site (did you mean /concepts/dns?)");
    expect(linkProblem("/journeys/tiny/ask", site)).toBe("links to /journeys/tiny/ask, which is no page of this site (did you mean /journeys/tiny, the first chapter's page?)");
    expect(linkProblem("/journeys/tiny/connect#lokup", site)).toBe("links to /journeys/tiny/connect#lokup, but that page has no step 'lokup'");
    expect(linkProblem("/journeys/tiny/what-if/dns-fails#lookup", site)).toMatch(/has no step 'lookup'/);
    expect(linkProblem("#nowhere", site, "/journeys/tiny")).toBe("links to #nowhere, but this page has no step 'nowhere'");
    expect(linkProblem("images/map.png", site)).toMatch(/a relative path/);
    expect(linkProblem("/images/other.png", site)).toMatch(/no page of this site$/);
  });

  it("never throws on a malformed escape", () => {
    expect(linkProblem("/journeys/tiny#%E0%A4%A", site)).toMatch(/has no step '%E0%A4%A'/);
  });
});
