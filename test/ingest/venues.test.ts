import { describe, expect, it } from 'vitest';
import { findCities, findVenues } from '../../functions/ingest/venues.ts';

const venue = (clause: string) => findVenues(clause).map((found) => found.value);
const city = (clause: string) => findCities(clause, findVenues(clause)).map((found) => found.value);

describe('findVenues', () => {
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
  it('finds the city of the meeting', () => {
    expect(city('Russian and US teams met in Istanbul for the second round')).toEqual(['Istanbul']);
  });

  it('resolves "the Omani capital" to Muscat', () => {
    expect(city('the talks resumed in the Omani capital on Saturday')).toEqual(['Muscat']);
  });

  it('reads an unlisted city named with its country', () => {
    expect(city('The previous round in Ohrid, North Macedonia, ended with an agreement')).toEqual(['Ohrid']);
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
