"use client";
import Link from "next/link";
import { useState } from "react";
import { compareRows, type CompareRow, type Filter, type SortKey } from "@/app/_lib/architecture/compare";
import { COMPARE_LEVELS, COMPARE_SCALES, COMPARE_TEAMS } from "@/app/_lib/architecture/compare-values";
import styles from "./compare-table.module.css";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "title", label: "Architecture" },
  { key: "scale", label: "Scale" },
  { key: "complexity", label: "Complexity" },
  { key: "team", label: "Team" },
];

/** "Which one when": every architecture side by side, sortable by column and filtered by scale, complexity and team. */
export function CompareTable({ rows }: { rows: readonly CompareRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "complexity", ascending: true });
  const [filter, setFilter] = useState<Filter>({});
  const shown = compareRows(rows, sort.key, sort.ascending, filter);
  const select = <K extends keyof Filter>(key: K, label: string, values: readonly NonNullable<Filter[K]>[]) => (
    <label>
      {label}{" "}
      <select
        value={filter[key] ?? ""}
        onChange={(e) => {
          // Read the value now: the event's target is gone by the time the state updater runs.
          const value = e.currentTarget.value || undefined;
          setFilter((f) => ({ ...f, [key]: value }));
        }}
        data-filter={key}
      >
        <option value="">any</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div>
      <div className={styles.compareFilters} role="group" aria-label="Filter the architectures">
        {select("scale", "Scale", COMPARE_SCALES)}
        {select("complexity", "Complexity", COMPARE_LEVELS)}
        {select("team", "Team", COMPARE_TEAMS)}
        <span role="status" className={styles.compareCount}>
          {shown.length} of {rows.length} shown
        </span>
      </div>
      <table className={styles.compareTable}>
        <caption className="sr-only">Which architecture when: scale, complexity, team size and typical use</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.ascending ? "ascending" : "descending") : "none"}>
                <button
                  type="button"
                  data-sort={c.key}
                  onClick={() => setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : true }))}
                >
                  {c.label}
                  <span aria-hidden>{sort.key === c.key ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
                </button>
              </th>
            ))}
            <th scope="col">Typical use</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-compare-row={r.id}>
              <th scope="row">
                <Link href={`/architectures/${r.id}`} prefetch={false}>
                  {r.title}
                </Link>
              </th>
              <td data-level={r.scale}>{r.scale}</td>
              <td data-level={r.complexity}>{r.complexity}</td>
              <td>{r.team}</td>
              <td>{r.use}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
