import { describe, expect, it } from 'vitest';
import { cleanTitle, findEarlierTitle, findHeads } from '../../functions/ingest/delegations.ts';

const heads = (clause: string) => findHeads(clause).map(({ party, head, title }) => ({ party, head, title }));

describe('findHeads', () => {
  it('reads a title before the name', () => {
    expect(heads('The American team was headed by Deputy Assistant Secretary of State for Russia and Central Europe Sonata Coulter.')).toEqual([
      { party: 'United States', head: 'Sonata Coulter', title: 'Deputy Assistant Secretary of State for Russia and Central Europe' },
    ]);
  });

  it('reads a title before the name set off by a comma', () => {
    expect(heads('The Russian delegation is led by Moscow’s Ambassador to Washington, Alexander Darchiev')).toEqual([
      { party: 'Russia', head: 'Alexander Darchiev', title: 'Ambassador to Washington' },
    ]);
  });

  it('reads an appositive title after the name', () => {
    expect(heads("The Russian delegation was led by Aleksandr Darchiev, Moscow's newly appointed ambassador to Washington")).toEqual([
      { party: 'Russia', head: 'Aleksandr Darchiev', title: 'ambassador to Washington' },
    ]);
  });

  it('reads "<person> headed the <side> team"', () => {
    expect(heads('Foreign Minister Abbas Araghchi headed the Iranian team')).toEqual([{ party: 'Iran', head: 'Abbas Araghchi', title: 'Foreign Minister' }]);
  });

  it('reads two heads led by in one phrase, each with its side', () => {
    expect(heads('The talks, led by Iranian Foreign Minister Abbas Araghchi and US Middle East envoy Steve Witkoff, lasted two hours.').map((head) => head.party)).toEqual(['Iran', 'United States']);
  });

  it('leaves out the host of the talks', () => {
    expect(heads('Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met with Kazakh Foreign Minister Murat Nurtleu.').map((head) => head.party)).toEqual(['Armenia', 'Azerbaijan']);
  });

  it('reads names with particles', () => {
    expect(heads('The Hamas delegation is led by Khalil al-Hayya, the group’s Gaza chief.')[0]?.head).toBe('Khalil al-Hayya');
  });

  it('does not take the head of a technical team for the head of the delegation', () => {
    expect(heads('Michael Anton, the director of policy planning, headed the US technical team')).toEqual([]);
  });
});

describe('cleanTitle', () => {
  it('drops the side, articles and time words', () => {
    expect(cleanTitle("Moscow's newly appointed ambassador to Washington")).toBe('ambassador to Washington');
    expect(cleanTitle('the Deputy Assistant Secretary for European and Eurasian Affairs')).toBe('Deputy Assistant Secretary for European and Eurasian Affairs');
  });

  it('drops whose envoy it is', () => {
    expect(cleanTitle("President Donald Trump's special envoy for the Middle East")).toBe('special envoy for the Middle East');
  });
});

describe('findEarlierTitle', () => {
  it('reads the title held at another time', () => {
    expect(findEarlierTitle("In February, he served as director of the Foreign Ministry's North Atlantic Department.")).toEqual({
      who: 'he',
      title: "director of the Foreign Ministry's North Atlantic Department",
    });
  });
});
