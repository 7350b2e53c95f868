// Stable paths to elements ("body/div[2]/p[1]") so findings can point back into an HTML page.
// Works on any DOM implementation (the browser's, or linkedom in Node); uses no DOM globals.

export function nodePath(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.tagName && cur.tagName.toLowerCase() !== 'html') {
    const tag = cur.tagName.toLowerCase();
    const parent: Element | null = cur.parentElement;
    if (!parent) {
      parts.push(tag);
      break;
    }
    const same = Array.from(parent.children).filter((c) => c.tagName === cur!.tagName);
    parts.push(same.length > 1 ? `${tag}[${same.indexOf(cur) + 1}]` : tag);
    cur = parent;
  }
  return parts.reverse().join('/');
}

export function resolveNodePath(doc: Document, path: string): Element | null {
  let cur: Element | null = doc.documentElement;
  for (const step of path.split('/')) {
    if (!cur) return null;
    const m = /^([a-z0-9-]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) return null;
    const same: Element[] = Array.from(cur.children).filter((c: Element) => c.tagName.toLowerCase() === m[1]);
    cur = same[(m[2] ? Number(m[2]) : 1) - 1] ?? null;
  }
  return cur;
}
