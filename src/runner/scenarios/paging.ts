/**
 * Finding an object in a paged list, so a scenario works on a real account with many objects too.
 */

/** A page as the vendors answer it: its items, and whether more pages follow. */
export interface FoundPage<T> {
  items: readonly T[];
  more: boolean;
}

/**
 * Walks pages 1, 2, ... until `match` finds an item or the pages run out (at most `maxPages`).
 *
 * @example
 * const found = await findInPages((n) => polyv.listLotteryActivities({ channelId, pageNumber: n, pageSize: 100 }).then((p) => ({ items: p.contents, more: n < p.totalPages })), (a) => a.id === id);
 */
export async function findInPages<T>(page: (pageNumber: number) => Promise<FoundPage<T>>, match: (item: T) => boolean, maxPages = 20): Promise<T | undefined> {
  for (let n = 1; n <= maxPages; n += 1) {
    const { items, more } = await page(n);
    const found = items.find(match);
    if (found !== undefined) return found;
    if (!more) return undefined;
  }
  return undefined;
}
