// Text helpers shared by the store and the API: folding for matching and search.

/** Lower-case, strip diacritics and collapse spaces: "Dolmabahçe" and "dolmabahce" fold alike. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case words joined by hyphens, for ids derived from names ("TROIB News" → "troib-news"). */
export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9\u0400-\u04ff]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
