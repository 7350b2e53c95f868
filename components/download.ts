// Saves a string or bytes as a file through a temporary <a download>; no permission needed.
export function download(name: string, text: string, mime: string) {
  save(name, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** The bytes exactly as given (the original PDF). */
export function downloadBytes(name: string, bytes: Uint8Array, mime: string) {
  save(name, new Blob([bytes as BlobPart], { type: mime }));
}

function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const EXPORT_MIME = { md: 'text/markdown', csv: 'text/csv', json: 'application/json' } as const;
