import { describe, expect, it } from "vitest";
import { htmlElementProblem, unsafeUrlScheme } from "@/app/_lib/content/html-policy";

describe("URLs in content", () => {
  it("finds a scripting or data scheme however it is spelled", () => {
    expect(unsafeUrlScheme("javascript:alert(1)")).toBe("javascript");
    expect(unsafeUrlScheme("JaVaScRiPt:alert(1)")).toBe("javascript");
    expect(unsafeUrlScheme(" java\tscript:alert(1)")).toBe("javascript");
    expect(unsafeUrlScheme("java\u0000script:alert(1)")).toBe("javascript");
    expect(unsafeUrlScheme("vbscript:msgbox")).toBe("vbscript");
    expect(unsafeUrlScheme("data:text/html,<script>")).toBe("data");
  });

  it("lets ordinary links through", () => {
    for (const url of ["https://example.com/a?javascript:x", "http://x", "/concepts/dns", "#step", "../x", "mailto:a@b.c", "javascript-guide.html"]) {
      expect(unsafeUrlScheme(url)).toBeUndefined();
    }
  });
});

describe("HTML elements in content", () => {
  it("allows a few inline ones with harmless attributes", () => {
    expect(htmlElementProblem("kbd", [])).toBeUndefined();
    expect(htmlElementProblem("abbr", ["title"])).toBeUndefined();
    expect(htmlElementProblem("span", ["lang", "dir"])).toBeUndefined();
  });

  it("refuses everything that could act, and says what to do instead", () => {
    for (const name of ["script", "style", "iframe", "object", "embed", "img", "a", "form", "svg", "link", "meta", "base"]) {
      expect(htmlElementProblem(name, [])).toMatch(new RegExp(`^HTML <${name}> is not allowed`));
    }
    expect(htmlElementProblem("span", ["onclick", "style"])).toBe("<span> may carry only title, lang, dir: remove onclick, style");
    expect(htmlElementProblem("b", ["{…}"])).toContain("remove {…}");
  });
});
