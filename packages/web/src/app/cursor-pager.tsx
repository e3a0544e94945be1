import { useState } from "react";
import { useI18n } from "./i18n/i18n.tsx";

/** Where a keyset-paged list stands: the cursor to read after and how to move. */
export interface CursorPages {
  /** `after` for the current page; null on the first page. */
  after: string | null;
  /** 1-based number of the current page. */
  page: number;
  previous(): void;
  next(endCursor: string): void;
}

/**
 * Keyset paging cannot jump backwards, so the cursors of visited pages are stacked:
 * "Previous" pops back to the cursor the previous page started after.
 */
export function useCursorPages(): CursorPages {
  const [stack, setStack] = useState<string[]>([]);
  return {
    after: stack.at(-1) ?? null,
    page: stack.length + 1,
    previous: () => setStack((cursors) => cursors.slice(0, -1)),
    next: (endCursor) => setStack((cursors) => [...cursors, endCursor]),
  };
}

/**
 * Cursor paging kept in the URL: `stack` holds the cursors of the pages before the current one
 * and `onChange` writes a new stack, so Back and a shared link return to the same page.
 */
export function urlCursorPages(stack: readonly string[], onChange: (next: string[]) => void): CursorPages {
  return {
    after: stack.at(-1) ?? null,
    page: stack.length + 1,
    previous: () => onChange(stack.slice(0, -1)),
    next: (endCursor) => onChange([...stack, endCursor]),
  };
}

/** "Previous / Page n / Next page" for a Relay connection. */
export function CursorPager({ pages, pageInfo, fetching, label, shownPage }: {
  pages: CursorPages;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  fetching: boolean;
  label: string;
  /** The page whose rows are on screen, while the next one loads; defaults to the current page. */
  shownPage?: number;
}) {
  const { t } = useI18n();
  const endCursor = pageInfo.endCursor;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={fetching || pages.page === 1} onClick={pages.previous}>
        {t("customers.previous")}
      </button>
      <span aria-live="polite">{t("customers.page", { page: shownPage ?? pages.page })}</span>
      <button
        type="button"
        // While a page loads the shown page info is the old one; a second click would skip a page.
        disabled={fetching || !pageInfo.hasNextPage || !endCursor}
        onClick={() => {
          if (endCursor) pages.next(endCursor);
        }}
      >
        {t("customers.next")}
      </button>
    </nav>
  );
}
