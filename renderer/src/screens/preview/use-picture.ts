import { useEffect, useState } from 'react';
import { api } from '../../api';

/** Photos already fetched, by media name (a content hash: a name always means the same picture). */
const known = new Map<string, string>();
const pending = new Map<string, Promise<string>>();

/** A photo of the pages as a data: URL, asked of main when first drawn; '' until it has come. */
export function usePicture(media: string): string {
  const [url, setUrl] = useState(() => known.get(media) ?? '');
  useEffect(() => {
    if (known.has(media)) return;
    let request = pending.get(media);
    if (!request) {
      request = api()
        .previewPicture({ media })
        .then((result) => {
          pending.delete(media);
          const value = result.ok ? result.value : '';
          if (value) known.set(media, value);
          return value;
        });
      pending.set(media, request);
    }
    let current = true;
    void request.then((value) => current && setUrl(value));
    return () => {
      current = false;
    };
  }, [media]);
  return url;
}
