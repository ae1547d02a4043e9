import { KEY_HELP } from "@/app/_lib/present/keys";
import { Overlay } from "./overlay";
import styles from "./key-help.module.css";

/** The keys presenter mode answers to, as an overlay opened with "?". */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <Overlay aria-labelledby="key-help-title" data-key-help>
      <div className={styles.presentPanel}>
        <h2 id="key-help-title">Keys</h2>
        <dl className={styles.keyHelp}>
          {KEY_HELP.map((k) => (
            <div key={k.does}>
              <dt>
                {k.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? " " : ""}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{k.does}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close <kbd>Esc</kbd>
        </button>
      </div>
    </Overlay>
  );
}
