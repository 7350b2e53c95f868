// Saves a string as a file through a temporary <a download>; no permission needed.
/** `parent`: where the link lives for a moment — the page overlay keeps it inside its closed
 *  shadow root, so the page's script never sees the report's blob: address. */
export function download(name: string, text: string, mime: string, parent: ParentNode = document.body) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  parent.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const EXPORT_MIME = { md: 'text/markdown', csv: 'text/csv', json: 'application/json' } as const;
