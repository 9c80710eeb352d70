/**
 * What a phone-width reader cannot reach (issue 14): run inside a loaded page, so the browser
 * tests fold it into a page load they already make. Returns one line per problem:
 *
 * - the page itself scrolls sideways;
 * - a visible link or control lies outside the viewport, or outside the visible part of the
 *   sideways scroll box it sits in (a download link pushed off-screen is as good as missing);
 * - a table box that does scroll sideways shows no sign of it (the edge shadow of
 *   src/styles/tables.css) or cannot be scrolled with the keyboard (tabindex 0).
 */
export function clippedControls(): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide in ${width} px)`);
  const what = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  const scroller = (el: Element): HTMLElement | undefined => {
    for (let box = el.parentElement; box; box = box.parentElement) if (/(auto|scroll|hidden)/.test(getComputedStyle(box).overflowX)) return box;
    return undefined;
  };
  for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]')) {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Screen-reader-only text (1 px, clipped) is no visible control.
    if (r.width <= 1 && r.height <= 1) continue;
    const box = scroller(el)?.getBoundingClientRect();
    const left = Math.max(0, box?.left ?? 0);
    const right = Math.min(width, box?.right ?? width);
    if (r.left < left - 1 || r.right > right + 1) problems.push(`${what(el)} at ${Math.round(r.left)}–${Math.round(r.right)} px, outside ${Math.round(left)}–${Math.round(right)} px`);
  }
  for (const table of document.querySelectorAll('table')) {
    const box = scroller(table);
    if (!box || box.scrollWidth <= box.clientWidth + 1) continue;
    if (!getComputedStyle(box).backgroundImage.includes('gradient')) problems.push(`the table "${table.caption?.textContent?.trim() ?? ''}" scrolls sideways with no shadow at its edge`);
    if (box.tabIndex !== 0) problems.push(`the table "${table.caption?.textContent?.trim() ?? ''}" scrolls sideways but cannot be focused to scroll with the keyboard`);
  }
  return problems;
}
