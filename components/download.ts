// Saves a string or bytes as a file through a temporary <a download>; no permission needed.
/** `parent`: where the link lives for a moment — the page overlay keeps it inside its closed
 *  shadow root, so the page's script never sees the report's blob: address. */
export function download(name: string, text: string, mime: string, parent: ParentNode = document.body) {
  save(name, new Blob([text], { type: `${mime};charset=utf-8` }), parent);
}

/** The bytes exactly as given (the original PDF). */
export function downloadBytes(name: string, bytes: Uint8Array, mime: string) {
  save(name, new Blob([bytes as BlobPart], { type: mime }));
}

function save(name: string, blob: Blob, parent: ParentNode = document.body) {
  const url = URL.createObjectURL(blob);
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
