import { describe, expect, it } from "vitest";
import { frame } from "@/app/_lib/live/event-stream";
import { follow, memoryStore, StoreUnavailable, type LiveStore, type NoticeListener, type StreamItem } from "@/app/_lib/live/store";
import { manualClock, seededRandom } from "@/tests/support/live";
import { started, storeContract } from "@/tests/support/store-contract";

storeContract("memory store", memoryStore);

describe("follow: what a store says of itself", () => {
  it("passes the store's notices straight to the stream, and they frame without an id, so Last-Event-ID still names the last event", async () => {
    const store = memoryStore({ now: manualClock().now, random: seededRandom("notices") });
    const { code, command } = await started(store);
    let tell: NoticeListener = () => {};
    const telling: LiveStore = { ...store, subscribe: (c, listener, onNotice) => ((tell = onNotice ?? tell), store.subscribe(c, listener)) };
    const sent: StreamItem[] = [];
    await follow(telling, code, { audience: "learner" }, (item) => sent.push(item));
    tell({ type: "unavailable", message: "the server has lost touch with the live session" });
    tell({ type: "available" });
    await store.update(code, command({ type: "go", step: 1 }));
    expect(sent.map((item) => item.type)).toEqual(["snapshot", "unavailable", "available", "step"]);
    expect(frame(sent[1]!)).toBe('event: unavailable\ndata: {"type":"unavailable","message":"the server has lost touch with the live session"}\n\n');
    expect(frame(sent[3]!)).toMatch(/^id: 1\nevent: step\n/);
  });

  it("lets go of its subscription when the store cannot be read, and the error reaches the caller", async () => {
    const store = memoryStore({ now: manualClock().now, random: seededRandom("away") });
    const { code, command } = await started(store);
    const away: LiveStore = {
      ...store,
      get: () => Promise.reject(new StoreUnavailable()),
    };
    const sent: StreamItem[] = [];
    await expect(follow(away, code, { audience: "learner" }, (item) => sent.push(item))).rejects.toBeInstanceOf(StoreUnavailable);
    await store.update(code, command({ type: "go", step: 1 }));
    expect(sent).toEqual([]);
  });
});
