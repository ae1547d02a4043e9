import type { ArchitectureData } from "@/app/_lib/content/types";
import styles from "./architecture-sections.module.css";

/** An architecture's notes below the map (limits, costs, tables of settings, tips), as plain HTML: intro, table, then the points that comment on it. */
export function ArchitectureSections({ sections }: { sections: ArchitectureData["sections"] }) {
  return sections.map((s, i) => (
    <section key={s.title} aria-labelledby={`arch-section-${i}`} className={styles.section} data-arch-section>
      <h2 id={`arch-section-${i}`}>{s.title}</h2>
      {s.intro ? <p>{s.intro}</p> : null}
      {s.table ? (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                {s.table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.table.rows.map((row) => (
                <tr key={row.join("|")}>
                  {row.map((cell, k) => (k === 0 ? <th key={k} scope="row">{cell}</th> : <td key={k}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {s.points.length > 0 ? (
        <ul>
          {s.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </section>
  ));
}
