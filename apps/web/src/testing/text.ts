/**
 * The text of an element as a reader meets it: every text node, separated by a space, with runs
 * of white space collapsed (textContent glues "Address" and "•••• hidden" of adjacent cells).
 */
export function readableText(element: Element | null | undefined): string {
  if (!element) {
    return '';
  }
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    parts.push(node.textContent ?? '');
  }
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\s([.,;)])/g, '$1')
    .replace(/\(\s/g, '(')
    .trim();
}
