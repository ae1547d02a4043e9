import type { ReactNode } from "react";
import { SearchBox } from "./search-box";
import styles from "./page-top.module.css";

type Props = {
  /** The breadcrumbs (links back up); none on a page at the top. */
  children?: ReactNode;
  /** The class of the line beside the box. Default: the breadcrumbs' (`crumbs`). */
  lineClass?: string | undefined;
};

/** The top of every page but the reader's and the presenter's: its breadcrumbs (or the name), and the search box across from them. */
export function PageTop({ children, lineClass = "crumbs" }: Props) {
  return (
    <div className={styles.top}>
      {children ? <p className={lineClass}>{children}</p> : null}
      <SearchBox />
    </div>
  );
}
