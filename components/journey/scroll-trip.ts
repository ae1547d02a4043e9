/**
 * A scroll the reader asked for (a button, a chapter link, a deep link). While it is under way
 * the steps it passes must not take over the stage, or the stage would flicker back to where
 * the scroll started. It ends when the target reaches the trigger band, when the reader takes
 * over (wheel, touch, key), or after a while.
 */
export type Trip = { index: number; timer: number };
export type TripRef = { current: Trip | null };

const GIVE_UP_AFTER_MS = 1500;

export function startTrip(ref: TripRef, index: number, el: HTMLElement, behavior: ScrollBehavior, onGiveUp: () => void) {
  endTrip(ref);
  ref.current = {
    index,
    timer: window.setTimeout(() => {
      ref.current = null;
      onGiveUp();
    }, GIVE_UP_AFTER_MS),
  };
  el.scrollIntoView({ behavior, block: "start" });
}

export function endTrip(ref: TripRef) {
  if (ref.current) window.clearTimeout(ref.current.timer);
  ref.current = null;
}
