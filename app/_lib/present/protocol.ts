/**
 * How the audience view and the presenter console keep each other in step: a small typed
 * protocol over a BroadcastChannel named for the journey. Pure apart from the port it is given,
 * so it is tested with a fake one.
 *
 * - Every message carries the namespace, a version, the journey and the sender's id; anything
 *   else on the channel is ignored.
 * - Echo guard: a window ignores its own messages, never re-sends a state it was just sent, and
 *   orders states by a Lamport clock (ties broken by sender id), so two windows that act at the
 *   same moment still end on the same state.
 * - A window opened late says "hello"; the others answer with the state they show, which the
 *   late window takes over whatever its own URL said, until it is changed there.
 */

export const NAMESPACE = "clickpath-present";
export const VERSION = 1;

/** What both windows show: the step, whether its quiz answer is revealed, whether the screen is black. */
export type PresentState = { step: number; revealed: boolean; blackout: boolean };

type Envelope = { ns: typeof NAMESPACE; v: typeof VERSION; slug: string; from: string };
export type PresentMessage = (Envelope & { kind: "state"; state: PresentState; clock: number }) | (Envelope & { kind: "hello" });

/** The part of a BroadcastChannel the link uses. */
export type Port = { postMessage(message: PresentMessage): void };

export function channelName(slug: string): string {
  return `${NAMESPACE}:${slug}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** No talk makes this many changes; a clock past it is a broken or hostile sender, which would otherwise outrank every window for good. */
export const MAX_CLOCK = 2 ** 31;

/**
 * A message for this journey, checked field by field; undefined for anything else, including a
 * step outside the journey's `steps` and an absurd clock.
 */
export function parseMessage(data: unknown, slug: string, steps = Number.POSITIVE_INFINITY): PresentMessage | undefined {
  if (!isRecord(data) || data.ns !== NAMESPACE || data.v !== VERSION || data.slug !== slug) return undefined;
  if (typeof data.from !== "string" || data.from === "" || data.from.length > 100) return undefined;
  const envelope: Envelope = { ns: NAMESPACE, v: VERSION, slug, from: data.from };
  if (data.kind === "hello") return { ...envelope, kind: "hello" };
  if (data.kind !== "state" || !isCount(data.clock) || data.clock > MAX_CLOCK || !isRecord(data.state)) return undefined;
  const { step, revealed, blackout } = data.state;
  if (!isCount(step) || step >= steps || typeof revealed !== "boolean" || typeof blackout !== "boolean") return undefined;
  return { ...envelope, kind: "state", clock: data.clock, state: { step, revealed, blackout } };
}

export function sameState(a: PresentState, b: PresentState): boolean {
  return a.step === b.step && a.revealed === b.revealed && a.blackout === b.blackout;
}

/**
 * One window's end of the channel. `send` is for changes the presenter made here; `receive` is
 * for whatever arrives on the channel, and calls `onRemote` with a state to show.
 */
export class PresentLink {
  private clock = 0;
  /** The state this window shows, and the stamp of the change that set it. */
  private current: { state: PresentState; clock: number; from: string };

  constructor(
    private readonly port: Port,
    private readonly slug: string,
    readonly id: string,
    initial: PresentState,
    private readonly onRemote: (state: PresentState) => void,
    /** How many steps the journey has: a state naming another step is ignored. */
    private readonly steps = Number.POSITIVE_INFINITY,
  ) {
    // Stamp 0: anything another window has done outranks a window that has only just opened.
    this.current = { state: initial, clock: 0, from: id };
  }

  private envelope(): Envelope {
    return { ns: NAMESPACE, v: VERSION, slug: this.slug, from: this.id };
  }

  /** Asks the other windows for the state they show (a window opened late, or reloaded). */
  hello(): void {
    this.port.postMessage({ ...this.envelope(), kind: "hello" });
  }

  /**
   * The state this window opened on, once it is known (the URL is read after hydration). Not
   * sent: a window that has only opened follows the room. Ignored once anything has happened.
   */
  opened(state: PresentState): void {
    if (this.current.clock === 0 && this.current.from === this.id) this.current = { state, clock: 0, from: this.id };
  }

  /** A change made in this window: shown here already, sent unless it changes nothing. */
  send(state: PresentState): void {
    if (sameState(state, this.current.state)) return;
    this.clock += 1;
    this.current = { state, clock: this.clock, from: this.id };
    this.port.postMessage({ ...this.envelope(), kind: "state", state, clock: this.clock });
  }

  receive(data: unknown): void {
    const message = parseMessage(data, this.slug, this.steps);
    if (!message || message.from === this.id) return;
    if (message.kind === "hello") {
      // Answer with what this window shows, at its own stamp so it does not outrank newer news.
      this.port.postMessage({ ...this.envelope(), kind: "state", state: this.current.state, clock: this.current.clock });
      return;
    }
    this.clock = Math.max(this.clock, message.clock);
    const opening = this.current.clock === 0 && this.current.from === this.id;
    const newer =
      message.clock > this.current.clock || (message.clock === this.current.clock && (opening || message.from > this.current.from));
    if (!newer) return;
    const changed = !sameState(message.state, this.current.state);
    this.current = { state: message.state, clock: message.clock, from: message.from };
    if (changed) this.onRemote(message.state);
  }

  /** The state this window should show. */
  get state(): PresentState {
    return this.current.state;
  }
}
