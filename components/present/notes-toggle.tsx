"use client";
import { useState } from "react";

/** Shows or hides the speaker notes on the print version (on screen and on paper). */
export function NotesToggle() {
  const [on, setOn] = useState(false);
  return (
    <label>
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => {
          setOn(e.target.checked);
          e.target.closest("[data-notes]")?.setAttribute("data-notes", e.target.checked ? "on" : "off");
        }}
        data-notes-toggle
      />{" "}
      Include the speaker notes
    </label>
  );
}
