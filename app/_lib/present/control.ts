/**
 * The shared presentation state changed by a command: pure, so the audience view and the
 * console (and the tests) agree on what each key does. Commands that only open something in one
 * window (overview, help, full screen, the console) do not touch the shared state.
 */
import type { Command } from "./keys";
import type { PresentState } from "./protocol";

export function startState(step: number, total: number): PresentState {
  return { step: clamp(step, total), revealed: false, blackout: false };
}

function clamp(step: number, total: number): number {
  return Math.min(Math.max(0, Math.trunc(step)), Math.max(0, total - 1));
}

/** Moving to another step hides its answer again and lifts a black screen. */
function moveTo(state: PresentState, step: number, total: number): PresentState {
  const to = clamp(step, total);
  return to === state.step && !state.blackout ? state : { step: to, revealed: false, blackout: false };
}

export function applyCommand(state: PresentState, command: Command, total: number): PresentState {
  switch (command.type) {
    case "next":
      return moveTo(state, state.step + 1, total);
    case "previous":
      return moveTo(state, state.step - 1, total);
    case "first":
      return moveTo(state, 0, total);
    case "last":
      return moveTo(state, total - 1, total);
    case "go":
      return moveTo(state, command.number - 1, total);
    case "reveal":
      return { ...state, revealed: !state.revealed };
    case "blackout":
      return { ...state, blackout: !state.blackout };
    default:
      return state;
  }
}
