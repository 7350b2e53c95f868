// Runs in the page (Chromium or Firefox, through either driver's evaluate): the page's own visible text
// (not the overlay's) whose rectangles meet `r` = [left, top, right, bottom], at the current scroll.
export function pageTextUnder(r: number[]): string[] {
  const hits: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim() || n.parentElement?.closest('dlens-overlay, script, style')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const b of range.getClientRects()) {
      if (b.width < 1 || b.height < 1 || b.bottom < 0 || b.top > innerHeight) continue;
      if (b.right > r[0] && b.left < r[2] && b.bottom > r[1] && b.top < r[3]) hits.push(n.textContent.trim().slice(0, 30));
    }
  }
  return hits;
}
