import { describe, expect, it } from 'vitest';
import { resolveVenues, type ArticleIndex } from '../../functions/ingest/conflicts.ts';
import { describedCities, findCities, findVenues, landmarkCity, learnedCityMatcher } from '../../functions/ingest/venues.ts';
import { discoverSides, withSides } from '../../functions/ingest/parties.ts';

const venue = (clause: string) => findVenues(clause).map((found) => found.value);
const city = (clause: string) => findCities(clause, findVenues(clause)).map((found) => found.value);

describe('findVenues', () => {
  it('takes no venue from the writer pointing at a place or describing one after "a"', () => {
    expect(findVenues('after 21 days of tortuous negotiations at this U.S. air base', true)).toEqual([]);
    expect(findVenues('The leaders gathered for talks at a sprawling Air Force base outside the city.', true)).toEqual([]);
    expect(findVenues('The two sides held indirect negotiations at a base of the UN peacekeeping force UNIFIL in the border town of Naqoura.', true).map((v) => v.value)).toHaveLength(1);
  });

  it('keeps an armed group\'s base as the venue, though a nationality\'s base is none', () => {
    const text = 'The SPLM-N and the government signed the truce at a SPLM-N base in the hills. The SPLM-N rebel group and the government of Sudan have talked for years.';
    const found = withSides(discoverSides(text), () => findVenues('The accord was signed at a SPLM-N base in the hills').map((place) => place.value));
    expect(found).toEqual(['SPLM-N base']);
    expect(venue('The accord was signed at a Thai navy base in the south')).toEqual([]);
  });

  it('names the building without the city', () => {
    expect(venue('the April meeting took place at the Russian Consulate General in Istanbul')).toEqual(['Russian Consulate General']);
  });

  it('capitalizes a residence named by whose it is', () => {
    expect(venue('the February round was held at the residence of the US Consul General')).toEqual(['Residence of the US Consul General']);
  });

  it('rewrites "X’s residence" as "Residence of the X"', () => {
    expect(venue('The previous round was held at the US Consul General’s residence in Istanbul on February 27')).toEqual(['Residence of the US Consul General']);
  });

  it('keeps diacritics as written and drops the city’s possessive', () => {
    expect(venue("The meeting at Istanbul's Dolmabahçe Palace lasted two hours")).toEqual(['Dolmabahçe Palace']);
  });

  it('ignores a building mentioned for its staff', () => {
    expect(venue('concerns about staffing levels at the US Embassy in Moscow')).toEqual([]);
  });
});

describe('findCities', () => {
  it('learns the town talks opened or resumed at, known to no list', () => {
    const text = 'The talks opened at Tacnaque on July 10, after months of fighting. Delegates met for three hours.';
    expect(describedCities(text)).toContain('Tacnaque');
    expect(describedCities('The talks resumed in earnest after the break.')).toEqual([]);
  });

  it('reads a town named with its country, but not a country followed by the clause\'s subject', () => {
    expect(city('The talks were held in Ohrid, North Macedonia, on Friday.')).toEqual(['Ohrid']);
    expect(city('After a week of talks in Switzerland, Iran and six powers agreed on a framework.')).toEqual([]);
  });

  it('places talks in the hills an area names, but never in a US state so named', () => {
    expect(city('The sides met for three days of talks in the Nuba mountains.')).toEqual(['Nuba']);
    expect(city('The sides met for two weeks of talks at a retreat in the Virginia hills.')).toEqual([]);
  });

  it('places a meeting in the city said to have hosted it', () => {
    expect(city('Nairobi hosted the second round of talks between the two sides in May')).toEqual(['Nairobi']);
    expect(city('Kenya hosted the second round of talks between the two sides in May')).toEqual([]);
  });

  it('does not take the city a government sits in for where the talks met', () => {
    expect(city('Delegations of the Government of National Unity (GNU) in Juba and the rebels signed the accord at the Palais des Nations in Geneva')).toEqual(['Geneva']);
    expect(city('Delegations from the authorities in Kabul met the envoys in Doha')).toEqual(['Doha']);
  });

  it('finds the city of the meeting', () => {
    expect(city('Russian and US teams met in Istanbul for the second round')).toEqual(['Istanbul']);
  });

  it('resolves "the Omani capital" to Muscat', () => {
    expect(city('the talks resumed in the Omani capital on Saturday')).toEqual(['Muscat']);
  });

  it('reads an unlisted city named with its country', () => {
    expect(city('The previous round in Ohrid, North Macedonia, ended with an agreement')).toEqual(['Ohrid']);
  });

  it('knows the city of a landmark named alone', () => {
    expect(landmarkCity('Blair House')).toBe('Washington');
    expect(landmarkCity('the Apostolic Palace')).toBe('Vatican City');
  });

  it('reads a city-state as its own capital ("at the Vatican")', () => {
    expect(city('The two ministers signed the treaty at the Vatican on Thursday.')).toEqual(['Vatican City']);
  });

  it('reads an unlisted town named with its US state, written out or abbreviated', () => {
    expect(city('The talks opened in Kirkvale, West Virginia, on Monday.')).toEqual(['Kirkvale']);
    expect(city('The leaders met at Kirkvale, Md., on Sunday.')).toEqual(['Kirkvale']);
  });

  it('ignores an embassy’s city in a sentence about staff', () => {
    expect(city('the meeting discussed staff at the US Embassy in Moscow')).toEqual([]);
  });
});

describe('generic and named venues', () => {
  it.each([
    ['The second round began on Saturday at a hotel in Istanbul.'],
    ['The delegations met at a government guest house in Doha.'],
    ['The talks were held at the hotel, officials said.'],
  ])('keeps no venue but the city in "%s"', (clause) => {
    expect(venue(clause)).toEqual([]);
    if (/Istanbul|Doha/.test(clause)) expect(city(clause)).toHaveLength(1);
  });

  it.each([
    ['The delegations met at the Ritz-Carlton in Riyadh on Tuesday.', 'Ritz-Carlton'],
    ['Talks were held at the Hotel Intercontinental in Geneva.', 'Hotel Intercontinental'],
    ['The meeting took place at the Kremlin.', 'Kremlin'],
  ])('names the venue in "%s"', (clause, expected) => {
    expect(venue(clause)).toEqual([expected]);
  });
});

describe('cities the sentence describes as cities', () => {
  const cities = (clause: string) => findCities(clause, []).map((city) => city.value);

  it.each([
    ['The delegations met in the Bolivian city of Cochabamba on Monday.', 'Cochabamba'],
    ['Talks were held in Arusha, northern Tanzania’s Arusha Region, this week.', 'Arusha'],
  ])('reads "%s"', (clause, city) => {
    expect(cities(clause)).toContain(city);
  });

  it('does not take a place the meeting is said not to be in', () => {
    expect(cities('The next round would be held next week, though possibly not in Muscat.')).toEqual([]);
  });

  it('does not take the places of a journey', () => {
    expect(cities('The envoy flew to Muscat after meeting officials in Moscow on Friday.')).toEqual([]);
  });
});

describe('places named in longer phrases', () => {
  it('does not take the first words of a country’s name for a city', () => {
    expect(city('The summit took place at the Grantley Adams Airport in Trinidad and Tobago')).toEqual([]);
  });

  it('reads a town told by the known city it lies near', () => {
    expect(city('The ministers held talks in Chantilly near Paris on Tuesday')).toEqual(['Chantilly']);
  });

  it('reads a venue whose name runs to seven words', () => {
    expect(venue('The ministers met at the John F. Kennedy Memorial Foreign Service Training Center for talks')).toEqual(['John F. Kennedy Memorial Foreign Service Training Center']);
  });

  it('reads a peacekeeping base and the town after the mission’s country and acronym', () => {
    expect(venue('The delegations met at the UNDOF base in Kiryat for talks')).toEqual(['UNDOF base']);
    const clause = 'The session was held at the headquarters of the United Nations Disengagement Force in Syria (UNDOF) in Kiryat on Monday';
    expect(venue(clause)).toEqual(['Headquarters of the United Nations Disengagement Force']);
    expect(city(clause)).toEqual(['Kiryat']);
  });

  it('learns a town the article describes and finds it where named alone', () => {
    const towns = describedCities('The talks opened in the northern Cypriot border town of Pyla. The next round will be held in Pyla.');
    expect(towns).toEqual(['Pyla']);
    expect(findCities('The next round will be held in Pyla', [], false, learnedCityMatcher(towns)).map((found) => found.value)).toEqual(['Pyla']);
  });
});

describe('resolveVenues', () => {
  const articles: ArticleIndex = new Map(['a', 'b', 'c'].map((id) => [id, { countingSource: id, duplicate: false, ingestedAt: '2025-01-01T00:00:00Z', publishedAt: null }]));
  const at = (articleId: string) => ({ articleId, sourceId: articleId, quote: articleId });

  it('reads "U.N." and "UN" as one abbreviation', () => {
    const result = resolveVenues([{ value: 'U.N. compound', text: '', citation: at('a') }, { value: 'UN compound', text: '', citation: at('b') }], new Set(), articles);
    expect(result.conflictValues).toBeNull();
  });

  it('groups partial names that the fullest name holds', () => {
    const result = resolveVenues(
      [
        { value: 'Base of the UN peacekeeping force UNDOF', text: '', citation: at('a') },
        { value: 'UN Base', text: '', citation: at('b') },
        { value: 'UNDOF base', text: '', citation: at('c') },
      ],
      new Set(),
      articles,
    );
    expect(result.conflictValues).toBeNull();
  });

  it('reads translations of one building that name its kind differently as one venue', () => {
    const result = resolveVenues(
      [
        { value: 'Exhibition Palace', text: '', citation: at('a') },
        { value: 'Exhibition Centre', text: '', citation: at('b') },
        { value: 'Palace of Exhibitions', text: '', citation: at('c') },
      ],
      new Set(),
      articles,
    );
    expect(result.conflictValues).toBeNull();
  });

  it('still tells two named buildings of one kind apart', () => {
    const result = resolveVenues([{ value: 'Winter Palace', text: '', citation: at('a') }, { value: 'Marble Palace', text: '', citation: at('b') }], new Set(), articles);
    expect(result.conflictValues).not.toBeNull();
  });
});

describe('places that are not where the talks met', () => {
  it('skips the ministry where a speaker holds a post', () => {
    expect(venue('"It is a first step," said the mediator, Norway\'s state secretary at the Ministry of Foreign Affairs, after the talks.')).toEqual([]);
  });

  it('drops the place an earlier deal is named by when the clause names where the talks met', () => {
    expect(city('The sides agreed to uphold the truce brokered in Cairo, the hosts said after the talks in Istanbul.')).toEqual(['Istanbul']);
  });

  it('keeps that place when it is the only one', () => {
    expect(city('The sides agreed to uphold the truce brokered in Cairo.')).toEqual(['Cairo']);
  });

  it('reads a room and the building that holds it as one venue', () => {
    const articles: ArticleIndex = new Map(['a', 'b'].map((id) => [id, { countingSource: id, duplicate: false, ingestedAt: '2025-01-01T00:00:00Z', publishedAt: null }]));
    const result = resolveVenues(
      [
        { value: 'Treaty Room of the Foreign Ministry', text: '', citation: { articleId: 'a', sourceId: 'a', quote: 'a' } },
        { value: 'Russian Foreign Ministry', text: '', citation: { articleId: 'b', sourceId: 'b', quote: 'b' } },
      ],
      new Set(),
      articles,
    );
    expect(result.conflictValues).toBeNull();
  });
});

describe('venues after a plural of a post', () => {
  it('keeps the venue of talks between the ministers', () => {
    expect(venue('The talks between the two foreign ministers at the Villa Borsig lasted two days')).toEqual(['Villa Borsig']);
  });
});

describe('towns described, not buildings', () => {
  it('reads "at Mont Pelerin, Switzerland" as a town the lists do not know', () => {
    expect(city('Negotiations at Mont Pelerin, Switzerland, ended without a deal.')).toEqual(['Mont Pelerin']);
  });

  it('does not place talks where sources spoke from', () => {
    expect(city('Government sources in Nicosia said no date had been set for a resumption of the talks.')).toEqual([]);
  });

  it('does not take a country\'s resort for a building', () => {
    expect(venue('Guterres told reporters after a final dinner with the delegations in the Swiss Alpine resort.')).toEqual([]);
    expect(venue('The ministers met on the sidelines of a forum in the southern Turkish resort of Antalya.')).toEqual([]);
  });
});

describe('towns told by the buildings in them', () => {
  it('learns the town a named building stands in', () => {
    expect(describedCities('The accord was reached at Ravensholm manor in Kirkvale on Sunday.')).toEqual(['Kirkvale']);
    expect(describedCities('They met at a hotel in March.')).toEqual([]);
  });

  it('learns the town talks were held in', () => {
    expect(describedCities('The peace talks with the other side held in Kirkvale ended on Monday.')).toEqual(['Kirkvale']);
    expect(describedCities('The talks were held in Monday\'s heat. A meeting took place in Norway.')).toEqual([]);
  });

  it('places a meeting where the deal was reached at a named building', () => {
    const clause = 'The agreement was reached at Ravensholm manor in Kirkvale, where the mediator has hosted the sides.';
    const venues = findVenues(clause);
    expect(venues.map((venue) => venue.value)).toEqual(['Ravensholm manor']);
    expect(findCities(clause, venues).map((city) => city.value)).toEqual(['Kirkvale']);
  });

  it('takes a base named after its town as that town', () => {
    const clause = 'The first round of talks was held at the Kirkvale naval base from September 16 to 18.';
    expect(findCities(clause, findVenues(clause)).map((city) => city.value)).toContain('Kirkvale');
  });

  it('places a round where a delegation was led to', () => {
    expect(findCities('The round followed a visit when the envoy led a delegation to Sanaa for talks.', []).map((city) => city.value)).toEqual(['Sanaa']);
    expect(findCities('The envoy sent a letter to Sanaa about the talks.', []).map((city) => city.value)).toEqual([]);
  });
});

describe('a nationality before a kind of building', () => {
  it('takes "a Thai navy base" for no venue, but keeps a named one', () => {
    expect(findVenues('The sides first met at a Thai navy base in September.')).toEqual([]);
    expect(findVenues('The sides first met at the Kirkvale naval base in September.').map((venue) => venue.value)).toEqual(['Kirkvale naval base']);
  });
});

describe('where the sides return to', () => {
  it('places talks where the sides return for the next phase, not where they go home to', () => {
    expect(findCities('The delegations will consult before returning to Lima for the next phase of the talks.', []).map((city) => city.value)).toEqual(['Lima']);
    expect(findCities('The talks collapsed after the delegation sought guarantees that it could return to Lima.', []).map((city) => city.value)).toEqual([]);
  });
});

describe('places told without a city', () => {
  it('places talks at a well-known landmark in its city', () => {
    const clause = 'The delegations signed the accord at the Palais des Nations.';
    expect(findCities(clause, findVenues(clause)).map((city) => city.value)).toEqual(['Geneva']);
  });

  it('places talks in the area the text names when it names no town', () => {
    expect(findCities("The first round of talks took place in Belarus's Gomel region on February 28.", []).map((city) => city.value)).toEqual(['Gomel']);
    expect(findCities('The talks focused on the fighting in the Donbas region.', []).map((city) => city.value)).toEqual([]);
  });
});

describe('venues told in passing', () => {
  it('takes the gathering two sides met on the sidelines of as the venue', () => {
    expect(findVenues('The two prime ministers met on 24 January on the sidelines of the World Economic Forum in Davos.').map((venue) => venue.value)).toEqual(['World Economic Forum']);
  });

  it('takes no venue from a journey’s stops', () => {
    expect(findVenues('After meeting the premier at the Grand Hotel in Oslo on Monday, the envoy said talks would go on.')).toEqual([]);
  });

  it('takes no venue from where a building does its own business', () => {
    expect(findVenues('The delegation took note of the resumed processing of immigrant visas at the US Embassy in Havana.')).toEqual([]);
  });

  it('reads a town described by a compass word alone', () => {
    expect(findCities('The commission will convene in the south-western town of Ghadames next month.', []).map((city) => city.value)).toEqual(['Ghadames']);
    expect(findCities('The sides agreed to a ceasefire in the port city of Hudaydah.', []).map((city) => city.value)).toEqual([]);
  });
});

describe('a city named before the word for the talks', () => {
  it('is where they met', () => {
    expect(findCities('A second round of Jeddah talks, which began in late October, stalled in December.', []).map((city) => city.value)).toEqual(['Jeddah']);
    expect(findCities('The Doha negotiations collapsed in March over the prisoner list.', []).map((city) => city.value)).toEqual(['Doha']);
  });

  it('is not a process or a document named after it', () => {
    expect(findCities('Both sides must honour the Minsk agreements, the envoy said.', []).map((city) => city.value)).toEqual([]);
  });
});

describe('where a government spoke from', () => {
  it('does not place the talks where "In <capital>, the ministry said" something', () => {
    expect(city('In Lima, the Foreign Ministry said its delegation would report to the government.')).toEqual([]);
    expect(city('In Geneva, the two delegations met for a fourth day.')).toEqual(['Geneva']);
  });
});

describe('a host\'s own house', () => {
  const venue = (clause: string) => findVenues(clause, true).map((found) => found.value);
  it('names the house by its owner, the person "his" or "her" refers to', () => {
    expect(venue('The talks ended, Ruiz, Peru\'s president, told reporters at his residence in Lima.')).toEqual(['Ruiz’s residence']);
    expect(venue('The two delegations met separately with Ana Morales at her home in Lima.')).toEqual(['Morales’ home']);
    // The mention's text and index point at the same words.
    const clause = 'The talks ended, Ruiz told reporters at his residence in Lima.';
    const [found] = findVenues(clause, true);
    expect(clause.slice(found!.index, found!.index + found!.text.length)).toBe(found!.text);
  });
});

describe('a town named as a town, and a meeting on a city\'s edge', () => {
  it('reads "in the town of X" as the town, with no adjective before it', () => {
    expect(city('The negotiators met in the town of Arica on Monday.')).toEqual(['Arica']);
  });

  it('places a meeting "on the outskirts of" a city in it, but not one merely "near" or "outside" it', () => {
    expect(city('Peru and Chile held talks on Monday at a hotel on the outskirts of Lima.')).toEqual(['Lima']);
    expect(city('Peru and Chile held talks on Monday at a hotel near Lima.')).toEqual([]);
  });
});

describe('an article before a town\'s name', () => {
  it('learns no town called "The" from "the Peace Palace in The Hague"', () => {
    expect(describedCities('The delegations met at the Peace Palace in The Hague.')).not.toContain('The');
  });
});

describe('a town named beside a meeting word only', () => {
  it('takes no town where fighting, not the meeting, was', () => {
    expect(city('The talks were suspended after an attack in the town of Kidal.')).toEqual([]);
  });
});
