// Generated coverage of a long negotiation: one wire report per round, for tests that need many rounds.
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CITIES = ['Geneva', 'Vienna', 'Oslo', 'Muscat', 'Doha', 'Rome'];
const TOPICS = ['sanctions relief', 'prisoner exchanges', 'enrichment limits', 'inspection access', 'shipping lanes', 'frozen assets', 'consular access', 'verification steps', 'aviation safety', 'border crossings', 'humanitarian corridors', 'energy exports'];

export interface GeneratedArticle {
  text: string;
  source: string;
  publishedAt: string;
}

/** Round n (1-based) of a fictional Iran–US track, as one outlet reported it. */
export function roundReport(n: number, outlet = 'Reuters'): GeneratedArticle {
  const month = MONTHS[(n - 1) % 12]!;
  const day = 3 + ((n * 7) % 20);
  const publishedAt = `2025-${String(((n - 1) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const city = CITIES[n % CITIES.length]!;
  const topic = TOPICS[(n - 1) % TOPICS.length]!;
  const text = [
    `${city.toUpperCase()}, ${month} ${day} (${outlet}) - Iranian and U.S. negotiators held the ${ORDINALS[n - 1]} round of talks in ${city} on ${month} ${day}, 2025, officials said.`,
    `The talks lasted ${2 + (n % 4)} hours.`,
    `The Iranian delegation was led by Foreign Minister Abbas Araghchi, while the U.S. side was headed by special envoy Steve Witkoff.`,
    `The two sides agreed to continue technical work on ${topic} before the next round.`,
    `Iran called for the lifting of sanctions on ${topic}.`,
    `Washington raised concerns about delays over ${topic}.`,
  ].join('\n\n');
  return { text, source: outlet, publishedAt };
}
