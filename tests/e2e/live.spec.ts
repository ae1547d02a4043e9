/**
 * The live classroom's routes, served by `next start` as users reach them: a session is created,
 * a learner joins and follows a stream, the instructor moves it, a reconnect resumes, and bad
 * requests get a JSON error that says what is wrong. (The handlers' every branch is tested in
 * tests/unit/live-http.test.ts; this checks the routes, the runtime and the headers in front.)
 */
import { sseReader } from "../support/sse";
import { expect, test } from "./fixtures";

const post = (url: string, body: unknown) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

test("a session is created, joined and followed through the real routes, and resumes after a reconnect", async ({ baseURL }) => {
  const api = `${baseURL}/api/live`;
  const created = await post(api, { journey: "kareems-click" });
  expect(created.status).toBe(201);
  const { code, secret } = (await created.json()) as { code: string; secret: string };
  expect(code).toMatch(/^[0-9A-Z]{7}$/);

  const joined = await post(`${api}/${code}/join`, { code, name: "Ada" });
  expect(joined.status).toBe(200);
  const { participantId } = (await joined.json()) as { participantId: string };

  const stream = await fetch(`${api}/${code}/events?participantId=${participantId}`);
  expect(stream.headers.get("content-type")).toContain("text/event-stream");
  const events = sseReader(stream, 5_000);
  const first = await events.nextEvent();
  expect(first.event).toBe("snapshot");
  expect(first.data).toMatchObject({ step: 0, participants: 1, ended: false });

  expect((await post(`${api}/${code}/command`, { secret, command: { type: "go", step: 5 } })).status).toBe(200);
  const step = await events.nextEvent();
  expect(step).toMatchObject({ event: "step", data: { step: 5 } });
  await events.cancel();

  // Back after a drop: only what was missed since the last event seen.
  expect((await post(`${api}/${code}/command`, { secret, command: { type: "go", step: 6 } })).status).toBe(200);
  const again = sseReader(await fetch(`${api}/${code}/events`, { headers: { "last-event-id": step.id ?? "" } }), 5_000);
  expect(await again.nextEvent()).toMatchObject({ event: "step", data: { step: 6 } });
  await again.cancel();

  // Ending closes every stream.
  const last = sseReader(await fetch(`${api}/${code}/events`), 5_000);
  expect((await last.nextEvent()).event).toBe("snapshot");
  expect((await post(`${api}/${code}/command`, { secret, command: { type: "end" } })).status).toBe(200);
  expect((await last.nextEvent()).event).toBe("ended");
  expect(await last.next()).toBeUndefined();
});

test("bad requests get a status and a JSON error that says where and what", async ({ baseURL }) => {
  const api = `${baseURL}/api/live`;
  const unknown = await post(api, { journey: "no-such-journey" });
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: expect.stringMatching(/journey/) });

  const { code } = (await (await post(api, { journey: "kareems-click" })).json()) as { code: string };
  const wrongSecret = await post(`${api}/${code}/command`, { secret: "x".repeat(43), command: { type: "go", step: 1 } });
  expect(wrongSecret.status).toBe(403);
  const badJson = await fetch(`${api}/${code}/join`, { method: "POST", headers: { "content-type": "application/json" }, body: "{bad" });
  expect(badJson.status).toBe(400);
  expect(await badJson.json()).toMatchObject({ problems: ["message: is not JSON"] });
  const tooBig = await post(`${api}/${code}/join`, { code, name: "x".repeat(5_000) });
  expect(tooBig.status).toBe(413);
  expect((await fetch(`${api}/NOSUCH1/events`)).status).toBe(404);
});
