// Stands in for `brotli/decompress.js` in the briefing bundle: fontkit needs it only for WOFF2, and we embed TTF.
export class Woff2UnsupportedError extends Error {
  constructor() {
    super('WOFF2 fonts are not supported in the Lambda bundle: brotli is left out to keep cold starts short; use TTF');
    this.name = 'Woff2UnsupportedError';
  }
}

export default function decompress(): never {
  throw new Woff2UnsupportedError();
}
