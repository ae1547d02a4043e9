/** Issue 17: no secret of a trace reaches a drafted journey. */
import { describe, expect, it } from "vitest";
import { draftJourney } from "@/app/_lib/trace/draft";
import { isSecretName, REDACTED, redactAttributes, redactText } from "@/app/_lib/trace/redact";
import { otlpText } from "../support/otlp";

describe("redaction", () => {
  it("replaces the values of attributes whose names say they are secret", () => {
    const out = redactAttributes({
      "http.request.header.authorization": ["Bearer abc.def"],
      "http.request.header.cookie": ["sid=1"],
      "http.response.header.set-cookie": ["sid=2; HttpOnly"],
      "http.request.header.x-api-key": ["k-123"],
      "app.db_password": "hunter2",
      "aws.secret_access_key": "AKIA…",
      "session.id": "s-9",
      "http.request.header.x-request-id": ["req-1"],
      "http.response.status_code": 200,
    });
    expect(out).toEqual({
      "http.request.header.authorization": REDACTED,
      "http.request.header.cookie": REDACTED,
      "http.response.header.set-cookie": REDACTED,
      "http.request.header.x-api-key": REDACTED,
      "app.db_password": REDACTED,
      "aws.secret_access_key": REDACTED,
      "session.id": REDACTED,
      "http.request.header.x-request-id": ["req-1"],
      "http.response.status_code": 200,
    });
    expect(isSecretName("http.route")).toBe(false);
  });

  it("replaces secret query parameters, credentials in URLs and bearer tokens inside any text", () => {
    expect(redactText("https://api.example/v1?token=t0k&lang=en&api_key=k3y&sig=abc#top")).toBe(`https://api.example/v1?token=${REDACTED}&lang=en&api_key=${REDACTED}&sig=${REDACTED}#top`);
    expect(redactText("access_token=xyz&page=2")).toBe(`access_token=${REDACTED}&page=2`);
    expect(redactText("postgres://app:s3cret@db.internal:5432/shop")).toBe(`postgres://${REDACTED}@db.internal:5432/shop`);
    expect(redactText("retrying with Bearer eyJhbGciOi.x.y")).toBe(`retrying with Bearer ${REDACTED}`);
    expect(redactText("GET /items?page=2")).toBe("GET /items?page=2");
  });

  it("replaces string literals compared with password-like columns in SQL, and leaves parameters alone", () => {
    expect(redactText("SELECT id FROM users WHERE email = 'a@b.example' AND password_hash = 'x''y' AND api_key='k'")).toBe(
      `SELECT id FROM users WHERE email = 'a@b.example' AND password_hash = '${REDACTED}' AND api_key='${REDACTED}'`,
    );
    expect(redactText("UPDATE users SET password = $1 WHERE id = $2")).toBe("UPDATE users SET password = $1 WHERE id = $2");
  });

  it("makes every string literal of a query a parameter: its shape stays, its values go", () => {
    expect(redactAttributes({ "db.statement": "SELECT id FROM users WHERE email = 'a@b.example' AND name = 'O''Brien' AND age > 3" })).toEqual({
      "db.statement": "SELECT id FROM users WHERE email = ? AND name = ? AND age > 3",
    });
    expect(redactAttributes({ "db.query.text": "INSERT INTO orders (id, sku) VALUES (?, ?)" })).toEqual({ "db.query.text": "INSERT INTO orders (id, sku) VALUES (?, ?)" });
  });

  it("leaves nothing secret in any drafted file: headers, query strings, events, status messages", () => {
    const text = otlpText([
      {
        id: "a",
        service: "shop",
        name: "POST /login",
        kind: "server",
        start: 0,
        end: 10,
        attrs: { "http.request.method": "POST", "url.path": "/login", "url.query": "token=SECRET1", "http.request.header.authorization": ["Bearer SECRET2"], "http.request.header.cookie": ["sid=SECRET3"] },
        events: [{ name: "login", at: 1, attrs: { "user.password": "SECRET4", note: "called https://x.example/?api_key=SECRET5" } }],
        error: "auth failed for Bearer SECRET6",
      },
      { id: "b", parent: "a", service: "shop", name: "SELECT", kind: "client", start: 2, end: 4, attrs: { "db.system": "postgresql", "db.statement": "SELECT 1 FROM users WHERE password = 'SECRET7'" } },
    ]);
    const files = Object.values(draftJourney({ text, file: "t.json", slug: "t" }).files).join("\n");
    expect(files).not.toMatch(/SECRET\d/);
    expect(files).toContain(`/login?token=${REDACTED}`);
  });
});
