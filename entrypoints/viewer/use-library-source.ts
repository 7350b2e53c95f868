// `viewer.html?library=<key>`: opens a PDF kept in the local library (the library page links here).
import { useEffect } from 'preact/hooks';
import { getEntry } from '../../components/library/db';
import type { Source } from './use-pdf-document';

export function useLibrarySource(setSource: (s: Source) => void): void {
  useEffect(() => {
    const key = new URLSearchParams(location.search).get('library');
    if (!key) return;
    void getEntry(key).then((e) => {
      if (e?.bytes) setSource({ kind: 'file', file: new File([e.bytes as BlobPart], e.sourceName, { type: 'application/pdf' }) });
    });
  }, []);
}
