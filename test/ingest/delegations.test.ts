import { describe, expect, it } from 'vitest';
import { discoverSides, withSides } from '../../functions/ingest/parties.ts';
import { cleanTitle, findEarlierTitle, findHeads, findIntroducedPeople, findPluralPosts, pairedHeadsByPost, singularTitle, splitTitleAndName, type KnownPerson, type PersonLookup } from '../../functions/ingest/delegations.ts';
import { buildPeople } from '../../functions/ingest/people.ts';

const heads = (clause: string, lookup?: PersonLookup) => findHeads(clause, lookup).map(({ party, head, title }) => ({ party, head, title }));

/** An article that introduced "Serbian Foreign Minister Marko Petrovic" and "Kosovo envoy Arben Krasniqi" elsewhere. */
const introduced: KnownPerson[] = [
  { name: 'Marko Petrovic', party: 'Serbia', title: 'Foreign Minister' },
  { name: 'Arben Krasniqi', party: 'Kosovo', title: 'envoy' },
];
const lookup: PersonLookup = (name) => introduced.find((person) => person.name === name || person.name.endsWith(` ${name}`)) ?? null;

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

describe('findHeads: two sides as the subject of a meeting', () => {
  it('reads titled officials of two sides whatever they did together', () => {
    expect(heads('Japanese Foreign Minister Kenji Sato and South Korean envoy Min-ho Park sat in separate rooms at the hotel')).toEqual([
      { party: 'Japan', head: 'Kenji Sato', title: 'Foreign Minister' },
      { party: 'South Korea', head: 'Min-ho Park', title: 'envoy' },
    ]);
    expect(heads('Egyptian Foreign Minister Sameh Shoukry and Ethiopian Water Minister Seleshi Bekele held closed-door talks on Tuesday').map((head) => head.head)).toEqual(['Sameh Shoukry', 'Seleshi Bekele']);
  });

  it('reads two sides\' heads giving or accepting something together', () => {
    expect(heads('At their first meeting in Vienna, Petrovic and Krasniqi gave their backing to the plan.', lookup).map((head) => head.party)).toEqual(['Serbia', 'Kosovo']);
  });

  it('reads sides given as possessives, without a title', () => {
    expect(heads("Egypt's Sameh Shoukry and Ethiopia's Seleshi Bekele met for five hours")).toEqual([
      { party: 'Egypt', head: 'Sameh Shoukry', title: null },
      { party: 'Ethiopia', head: 'Seleshi Bekele', title: null },
    ]);
  });

  it('reads the side of a post given first and set off by a comma', () => {
    expect(heads('Turkish Foreign Minister Hakan Yilmaz and the Foreign Minister of Greece, Nikos Pappas, signed the declaration').map((head) => head.party)).toEqual(['Türkiye', 'Greece']);
  });

  it('takes the first named of two officials of one side as its head', () => {
    expect(heads('Chinese Vice Premier Li Wei held talks with US Treasury Secretary John Carter and US Trade Representative Mary Hill in Oslo.')).toEqual([
      { party: 'China', head: 'Li Wei', title: 'Vice Premier' },
      { party: 'United States', head: 'John Carter', title: 'Treasury Secretary' },
    ]);
    expect(heads('Treasury Secretary John Carter and US Trade Representative Mary Hill will meet Chinese Vice Premier Li Wei in Oslo.').map((head) => head.head)).toEqual(['John Carter', 'Li Wei']);
    expect(heads('US Treasury Secretary John Carter and Trade Representative Mary Hill represented Washington.')).toEqual([{ party: 'United States', head: 'John Carter', title: 'Treasury Secretary' }]);
  });

  it('leaves out a meeting with a third party', () => {
    expect(heads('Krasniqi met Russian President Ivan Sokolov in Moscow on Friday before flying to Brussels.', lookup)).toEqual([]);
  });

  it('leaves out a meeting that is only proposed or possible', () => {
    expect(heads('Kyiv proposed a meeting between Ukrainian President Ivan Bondar and Russian President Oleg Volkov.')).toEqual([]);
    expect(heads('Trump has said he could meet Chinese leader Li Wei later this year.')).toEqual([]);
  });
});

describe('people introduced with their side', () => {
  it('reads a post held for now ("Peru\'s interim President X") and a side named with its initials in brackets', () => {
    expect(findIntroducedPeople("He met Peru's interim President Jorge Soto in the capital.")).toEqual([{ name: 'Jorge Soto', party: 'Peru', title: 'interim President' }]);
    const article = 'Northern Liberation Forces (NLF) commander Ana Ruiz said on Wednesday that her forces and Lima had reached an agreement.';
    expect(withSides(discoverSides(article), () => findIntroducedPeople(article))).toEqual([{ name: 'Ana Ruiz', party: 'NLF', title: 'commander' }]);
  });
});

describe('findHeads: people the article introduced elsewhere', () => {
  it('resolves bare surnames in a "led by" phrase to their full name, side and post', () => {
    expect(heads('That meeting, also led by Petrovic and Krasniqi, lasted two hours.', lookup)).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' },
      { party: 'Kosovo', head: 'Arben Krasniqi', title: 'envoy' },
    ]);
  });

  it('resolves a bare surname as the subject of "led the <side> delegation"', () => {
    expect(heads('Petrovic also led the Serbian delegation then.', lookup)).toEqual([{ party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' }]);
  });

  it('reads "A and B headed their delegations" with the sides from the introductions', () => {
    expect(heads('Petrovic and Krasniqi have headed their delegations in every round.', lookup).map((head) => head.party)).toEqual(['Serbia', 'Kosovo']);
    expect(heads('Petrovic and Arben Krasniqi, the Kosovo envoy, again headed the delegations.', lookup).map((head) => head.head)).toEqual(['Marko Petrovic', 'Arben Krasniqi']);
  });

  it('gives the introduced post when the head clause names none', () => {
    expect(heads("Marko Petrovic, who led Belgrade's delegation, told reporters the talks went well.", lookup)).toEqual([{ party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' }]);
  });

  it('does not take a pronoun for a surname', () => {
    const he: PersonLookup = (name) => (name === 'He' || name === 'He Lin' ? { name: 'He Lin', party: 'China', title: 'Vice Premier' } : null);
    expect(heads('He also led the Chinese delegation.', he)).toEqual([]);
  });
});

describe('findHeads: who is not the head', () => {
  it('leaves out the leads of expert-level talks', () => {
    expect(heads('The expert-level talks were led on the Iranian side by Deputy Foreign Minister Reza Karimi.')).toEqual([]);
  });

  it('leaves out a person whose ministry leads the delegation', () => {
    expect(heads("Chilean Mining Minister Ana Soto, whose ministry leads Chile's delegation, said the talks were useful.")).toEqual([]);
  });

  it('leaves out a company that "led" something', () => {
    expect(heads("Guyana's oil boom, led by an Exxon Mobil consortium, has drawn attention.")).toEqual([]);
  });

  it('never reads a side\'s name as the person who headed a delegation', () => {
    expect(heads('Foreign Minister Ana Soto returned to Lima from the United States, where she headed the Peruvian delegation to the talks.').map((head) => head.head)).not.toContain('United States');
  });

  it('reads "X negotiated with <side> <post> Y" as X heading the own side', () => {
    expect(heads('Chilean Foreign Minister Ana Soto negotiated with Peruvian Foreign Minister Jorge Ruiz.')).toEqual([{ party: 'Chile', head: 'Ana Soto', title: 'Foreign Minister' }]);
  });

  it('leaves out the leader whose time a meeting is dated by ("under President X")', () => {
    expect(heads('The first high-level meeting between Peru and Chile under President Ana Soto opened with a public spat.')).toEqual([]);
  });
});

describe('findHeads: forms of the head', () => {
  it('reads "<person>, head of the <side> delegation,"', () => {
    expect(heads('Kremlin aide Pavel Orlov, head of the Russian delegation, handed over a memorandum.')).toEqual([{ party: 'Russia', head: 'Pavel Orlov', title: 'aide' }]);
  });

  it('reads "who heads the delegation" with the side of the head\'s own post', () => {
    expect(heads('Russian presidential aide Pavel Orlov, who heads the delegation, told reporters.')).toEqual([{ party: 'Russia', head: 'Pavel Orlov', title: 'presidential aide' }]);
  });

  it('reads the post held at the time ("then-Secretary of State X") and the US post written without its state', () => {
    expect(heads('Chinese Foreign Minister Wang Yi and then-Secretary of State Mike Pompeo met in Honolulu.')).toEqual([
      { party: 'China', head: 'Wang Yi', title: 'Foreign Minister' },
      { party: 'United States', head: 'Mike Pompeo', title: 'Secretary of State' },
    ]);
  });

  it('keeps "del" and "dos" inside a name ("Jaime del Valle Alliende")', () => {
    expect(heads('The Chilean delegation was headed by Foreign Minister Jaime del Valle Alliende.')).toEqual([{ party: 'Chile', head: 'Jaime del Valle Alliende', title: 'Foreign Minister' }]);
  });

  it('reads initials for the given names as part of the name ("V. S. Orlov")', () => {
    expect(heads('The Russian delegation at the talks was headed by V. S. Orlov, Deputy Minister of Foreign Affairs, and the delegation of Chile by Ana Soto.')[0]).toEqual({ party: 'Russia', head: 'V. S. Orlov', title: 'Deputy Minister of Foreign Affairs' });
  });

  it('reads a seat city as the side', () => {
    expect(heads("Ukrainian Defence Minister Oleh Marchenko, who led Kyiv's delegation, spoke to reporters.")).toEqual([{ party: 'Ukraine', head: 'Oleh Marchenko', title: 'Defence Minister' }]);
  });

  it('keeps the title to the words right before the name', () => {
    expect(heads('The sides agreed to swap prisoners during the talks in Istanbul, Security Council Secretary Oleh Marchenko, who led the Ukrainian delegation, said.')[0]?.title).toBe('Security Council Secretary');
  });

  it('reads the post a head was given since', () => {
    expect(heads("Oleh Marchenko, who led Ukraine's delegation and was recently appointed secretary of the Security Council, spoke.")[0]?.title).toBe('secretary of the Security Council');
  });
});

describe('findHeads: sides named beside the head', () => {
  const inArticle = (article: string, clause: string) => withSides(discoverSides(article), () => heads(clause));

  it('does not give a listed attendee the side of the source that told of the meeting ("according to a source close to X")', () => {
    const article = 'The Northern Liberation Forces (NLF) delegation and the government of Peru ended talks in Lima.';
    expect(inArticle(article, 'The meeting on Tuesday was attended by US envoy Jorge Soto and CENTCOM commander Admiral Ana Ruiz, according to a source close to the NLF.')).toEqual([{ party: 'United States', head: 'Jorge Soto', title: 'envoy' }]);
  });

  it('reads two people the article introduced for two sides who "signed" a deal as those sides\' heads', () => {
    const lookup: PersonLookup = (name) => (name === 'Soto' ? { name: 'Jorge Soto', party: 'Peru', title: 'President' } : name === 'Ruiz' ? { name: 'Ana Ruiz', party: 'Chile', title: 'President' } : null);
    expect(findHeads('Soto and Ruiz signed a landmark agreement in Lima on March 10.', lookup).map((head) => [head.party, head.head])).toEqual([['Peru', 'Jorge Soto'], ['Chile', 'Ana Ruiz']]);
  });

  it('reads the side of each head of "the two delegations, headed by A, director of <side>\'s agency, and B" from the head\'s own post', () => {
    const found = heads("Chilean Foreign Minister Ana Soto welcomed the two delegations, headed by Jorge Ruiz, director of Peru's arms agency, and Bolivian Deputy Foreign Minister Luis Paz.");
    expect(found.find((head) => head.head === 'Jorge Ruiz')?.party).toBe('Peru');
  });

  it('gives the head of "the <side> delegation to the talks with <other side>, headed by X" to the first side', () => {
    expect(heads('The Peruvian delegation to the negotiations on a border treaty with Chile, headed by Defence Minister Ana Soto, met on Monday.')).toEqual([{ party: 'Peru', head: 'Ana Soto', title: 'Defence Minister' }]);
  });

  it('reads the signatories of two sides, each with the appositive that names the side', () => {
    const article = 'The government of Mali and the Azawad Liberation Front rebel group signed a truce in Algiers.';
    expect(inArticle(article, 'The truce was signed in Algiers by Moussa Traore, head of the Malian government delegation, and Ali Ag Intalla, spokesman of the Azawad Liberation Front, at a ceremony hosted by Algerian officials.')).toEqual([
      { party: 'Mali', head: 'Moussa Traore', title: 'head of the Malian government delegation' },
      { party: 'Azawad Liberation Front', head: 'Ali Ag Intalla', title: 'spokesman' },
    ]);
  });

  it('reads "X, the <side> spokesman who heads the group\'s negotiating team" as that side\'s head', () => {
    const article = 'Talks between the Houthis and the government ended in Muscat.';
    expect(inArticle(article, 'Yahya Saree, the Houthi spokesman who heads the group\'s negotiating team, said the talks ended.')).toEqual([{ party: 'Houthis', head: 'Yahya Saree', title: 'spokesman' }]);
  });

  it('reads "the government delegation" facing a movement the table knows as that movement\'s government', () => {
    const article = 'The Houthi delegation met the government delegation in Muscat under United Nations auspices.';
    expect(inArticle(article, 'The government delegation is led by Foreign Minister Ahmed Awad bin Mubarak.')).toEqual([{ party: 'Yemen', head: 'Ahmed Awad bin Mubarak', title: 'Foreign Minister' }]);
  });
});

describe('findHeads: officers named by rank', () => {
  it('reads an abbreviated rank as the title, not as the end of the phrase', () => {
    expect(heads('The Chilean side sent a small team led by Brig. Gen. Tomas Vidal.')).toEqual([{ party: 'Chile', head: 'Tomas Vidal', title: 'Brig. Gen.' }]);
  });

  it('keeps both the rank and the post given after the name', () => {
    expect(heads("Peru's team was headed by Major General Luis Torres, the army's chief of operations.")).toEqual([
      { party: 'Peru', head: 'Luis Torres', title: "Major General, army's chief of operations" },
    ]);
  });

  it('moves a rank written before the name into the title when the post comes first', () => {
    expect(heads('The Ecuadorian delegation was headed by the Chief of the Joint Staff, Rear Admiral Jorge Ortiz, and included two colonels.')).toEqual([
      { party: 'Ecuador', head: 'Jorge Ortiz', title: 'Rear Admiral, Chief of the Joint Staff' },
    ]);
  });
});

describe('findHeads: two sides listed together', () => {
  it('pairs a plural post over two names with the sides listed before it, in order', () => {
    expect(heads('Talks between the delegations of Chile and Peru, headed by the Ministers of Foreign Affairs Ana Rojas and Pedro Salas, ended in Lima.')).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'Minister of Foreign Affairs' },
      { party: 'Peru', head: 'Pedro Salas', title: 'Minister of Foreign Affairs' },
    ]);
  });

  it('does not give a plural post\'s first name to the side named last', () => {
    expect(heads('Chile sent its delegation, and the two delegations, headed by the foreign ministers Ana Rojas and Pedro Salas, met in Lima.')).toEqual([]);
  });

  it('reads "talks between" two people whose posts name their sides', () => {
    expect(heads('The negotiations between the Foreign Minister of Chile Ana Rojas and Peruvian Foreign Minister Pedro Salas, which opened on Monday, ended today.')).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'Foreign Minister' },
      { party: 'Peru', head: 'Pedro Salas', title: 'Foreign Minister' },
    ]);
    expect(heads('The talks held in Vienna between Chilean envoy Ana Rojas and Peruvian envoy Pedro Salas ended late.').map((head) => head.party)).toEqual(['Chile', 'Peru']);
  });

  it('reads people named again by post and surname', () => {
    expect(heads('A further meeting between Minister Petrovic and Krasniqi is planned for May.', lookup)).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'Minister' },
      { party: 'Kosovo', head: 'Arben Krasniqi', title: 'envoy' },
    ]);
  });

  it('reads the guests of a host as the heads, and leaves out who hosted along with him', () => {
    expect(heads('The UN chief spoke after hosting Ethiopian Prime Minister Dawit Alemu and Eritrean President Yonas Tesfay, together with AU envoy Grace Mensah.')).toEqual([
      { party: 'Ethiopia', head: 'Dawit Alemu', title: 'Prime Minister' },
      { party: 'Eritrea', head: 'Yonas Tesfay', title: 'President' },
    ]);
  });

  it('does not take the host of a meeting for a guest', () => {
    expect(heads('The meeting, hosted by Swiss President Anna Keller, lasted three hours.')).toEqual([]);
  });

  it('reads the subject and the person met across the table', () => {
    expect(heads('Albanian Prime Minister Edi Hoxha said on Sunday, after ten hours of talks in Skopje with the prime minister of the authorities in Priština, Arben Gashi, that nothing was signed.')).toEqual([
      { party: 'Albania', head: 'Edi Hoxha', title: 'Prime Minister' },
      { party: 'Kosovo', head: 'Arben Gashi', title: 'prime minister of the authorities in Priština' },
    ]);
  });

  it('takes two sides met at once by a third person as the heads, not the third person', () => {
    expect(heads('German Foreign Minister Anna Weber held a trilateral meeting with Petrovic and Krasniqi on Friday.', lookup).map((head) => head.party)).toEqual(['Serbia', 'Kosovo']);
  });

  it('leaves a head named only as across from a side for the article to place', () => {
    expect(findHeads('The meeting between Novak and his Kosovo counterpart, Arben Gashi, took place in Ohrid.').map(({ party, head, opposite }) => ({ party, head, opposite }))).toEqual([
      { party: null, head: 'Novak', opposite: 'Kosovo' },
      { party: 'Kosovo', head: 'Arben Gashi', opposite: undefined },
    ]);
  });
});

describe('findHeads: third parties and plural possessives', () => {
  it('does not read the leader of a mediation team or observer mission as a side\'s head', () => {
    expect(heads('A panel of mediators from the Arab League, led by former minister Karim Nassar, met both sides.')).toEqual([]);
    expect(heads('Election observers from the EU, headed by envoy Lena Vos, arrived on Sunday.')).toEqual([]);
  });

  it('still reads a side\'s delegation that mediators met or shuttled between', () => {
    expect(heads('The facilitators shuttled between the Chilean delegation, led by Ana Rojas, and the Peruvian team.')).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: null },
    ]);
  });

  it('gives the parallel head the role said once for the first, but never a post', () => {
    expect(heads("The teams were led by Chile's chief negotiator Ana Rojas and Peru's Luis Vega.")).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'chief negotiator' },
      { party: 'Peru', head: 'Luis Vega', title: 'chief negotiator' },
    ]);
    expect(heads("The teams were led by Chile's foreign minister Ana Rojas and Peru's Luis Vega.")).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'foreign minister' },
      { party: 'Peru', head: 'Luis Vega', title: null },
    ]);
  });

  it('reads the second head of a "led by" list named after a plural possessive', () => {
    expect(heads("The meeting was led by Peru's trade minister Luis Vega and the United States' Mary Cole.")).toEqual([
      { party: 'Peru', head: 'Luis Vega', title: 'trade minister' },
      { party: 'United States', head: 'Mary Cole', title: null },
    ]);
  });
});

describe('findHeads: roles, lists and asides', () => {
  const inArticle = (article: string, clause: string, known?: PersonLookup) => withSides(discoverSides(article), () => heads(clause, known));

  it('reads the officials a list says attended the talks, each with the side the article gave them', () => {
    expect(heads('Talks in Geneva on May 3 and 4, attended by the mediator Jan Berg and Petrovic, ended without a deal.', lookup)).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' },
    ]);
  });

  it('does not take one dignitary attending for a side', () => {
    expect(heads('The talks, attended by Petrovic, ended without a deal.', lookup)).toEqual([]);
  });

  it('does not read the role of the next person in a list as a post of the first', () => {
    expect(heads("The text was signed in Ohrid by Belgrade's envoy Marko Petrovic and the head of the Kosovo delegation, Arben Krasniqi, and takes effect at once.")).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'envoy' },
      { party: 'Kosovo', head: 'Arben Krasniqi', title: null },
    ]);
  });

  it('reads a side\'s chief negotiator as its head whatever the verb, with the role as the title only when no post is given', () => {
    const article = "Yemen's government and the Houthi movement began talks in Sweden.";
    expect(inArticle(article, 'Houthi chief negotiator Mohammed Saleh told reporters the airport must reopen.')).toEqual([{ party: 'Houthis', head: 'Mohammed Saleh', title: 'chief negotiator' }]);
    expect(inArticle(article, "The government's chief negotiator, Ahmed Nasser, said the port must be handed over.")).toEqual([{ party: 'Yemen', head: 'Ahmed Nasser', title: 'chief negotiator' }]);
    expect(inArticle(article, "The government's chief negotiator, Ahmed Nasser, the deputy foreign minister, said the port must reopen.")).toEqual([{ party: 'Yemen', head: 'Ahmed Nasser', title: 'deputy foreign minister' }]);
    expect(inArticle(article, 'Government panel chair and Finance Minister Ahmed Nasser said the port must reopen.')).toEqual([{ party: 'Yemen', head: 'Ahmed Nasser', title: 'Finance Minister' }]);
    expect(inArticle(article, 'Houthi peace panel chairman Mohammed Saleh said the airport must reopen.')).toEqual([{ party: 'Houthis', head: 'Mohammed Saleh', title: 'peace panel chairman' }]);
    expect(inArticle(article, 'Ahmed Nasser, the government\'s lead negotiator, said the port must be handed over.')).toEqual([{ party: 'Yemen', head: 'Ahmed Nasser', title: 'lead negotiator' }]);
    expect(inArticle(article, 'Ahmed Nasser, chief negotiator for the Houthis, said the port must be handed over.')).toEqual([{ party: 'Houthis', head: 'Ahmed Nasser', title: 'chief negotiator' }]);
    expect(inArticle(article, 'Ahmed Nasser, the government\'s lead negotiator and deputy prime minister, said the port must be handed over.')).toEqual([{ party: 'Yemen', head: 'Ahmed Nasser', title: 'deputy prime minister' }]);
    expect(inArticle(article, 'Chief rebel negotiator Mohammed Saleh said the airport must reopen.')).toEqual([{ party: 'Houthis', head: 'Mohammed Saleh', title: 'chief rebel negotiator' }]);
  });

  it('does not take a standing or former negotiator for the head of the round', () => {
    expect(heads("China's top trade negotiator, Li Wen, told reporters the talks were candid.")).toEqual([]);
    expect(heads('Former Serbian chief negotiator Marko Petrovic said the talks were candid.')).toEqual([]);
  });

  it('gives a role in the talks as the title only where no post is reported', () => {
    const article = 'Colombia\'s government and the ELN rebels began talks in Caracas.';
    expect(inArticle(article, 'Colombian Foreign Minister Ana Ruiz and chief rebel negotiator Pablo Vera shook hands as the talks ended.')).toEqual([
      { party: 'Colombia', head: 'Ana Ruiz', title: 'Foreign Minister' },
      { party: 'ELN', head: 'Pablo Vera', title: 'chief rebel negotiator' },
    ]);
  });

  it('does not read a form of address or an added companion as a post', () => {
    expect(heads('The mediators met a Kosovo delegation headed by Dr. Arben Krasniqi, as well as with the Serbian negotiating team, on Monday.')).toEqual([
      { party: 'Kosovo', head: 'Arben Krasniqi', title: null },
    ]);
  });

  it('reads a list of signatories past a relative clause about the first', () => {
    expect(heads("The accord was signed in Geneva by Ana Silva, who heads the Brazilian delegation, and Jorge Paz, Argentina's trade secretary.")).toEqual([
      { party: 'Brazil', head: 'Ana Silva', title: null },
      { party: 'Argentina', head: 'Jorge Paz', title: 'trade secretary' },
    ]);
  });

  it('reads the side said after each name of a "led by" phrase', () => {
    expect(heads('The talks were led by Marko Petrovic on the Serbian side and Arben Krasniqi on the Kosovo side.')).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: null },
      { party: 'Kosovo', head: 'Arben Krasniqi', title: null },
    ]);
  });

  it('reads "X led the talks for <side>"', () => {
    expect(heads('Foreign Minister Marko Petrovic led the talks for Serbia on Monday.')).toEqual([{ party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' }]);
  });

  it('reads "Heading the <side> delegation was X"', () => {
    expect(heads('Heading the Serbian delegation was Foreign Minister Marko Petrovic.')).toEqual([{ party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' }]);
    expect(heads('Leading the Serbian side, Foreign Minister Marko Petrovic said the talks were useful.')).toEqual([{ party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' }]);
  });

  it('reads a side whose name has digits before the post', () => {
    const article = "Congo's government and the M23 rebel group resumed talks in Doha.";
    expect(inArticle(article, 'Government envoy Jean Mbala and M23 envoy Paul Kabila signed the text.')).toEqual([
      { party: 'Democratic Republic of the Congo', head: 'Jean Mbala', title: 'envoy' },
      { party: 'M23', head: 'Paul Kabila', title: 'envoy' },
    ]);
  });

  it('reads the two people a go-between shuttled between as the heads', () => {
    expect(heads('Omani Foreign Minister Said Harthi shuttled between Serbian Foreign Minister Marko Petrovic and Kosovo envoy Arben Krasniqi.')).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' },
      { party: 'Kosovo', head: 'Arben Krasniqi', title: 'envoy' },
    ]);
  });

  it('does not take whoever chaired the talks for a head', () => {
    expect(heads('The talks in Geneva were chaired by UN envoy Jan Berg.')).toEqual([]);
  });

  it('reads a side named by its common noun in an elided "led by" list', () => {
    const article = "Talks between Syria's government and the opposition resumed in Geneva.";
    expect(inArticle(article, 'The Syrian government delegation was led by Omar Haddad and the opposition by Nasr Karim.')).toEqual([
      { party: 'Syria', head: 'Omar Haddad', title: null },
      { party: 'Syrian opposition', head: 'Nasr Karim', title: null },
    ]);
  });

  it('takes no head from who leads working groups', () => {
    expect(heads("Detailed work will be done in working groups, led on the Chilean side by senior civil servant Ana Torres and on the Peruvian side by Luis Salas.")).toEqual([]);
  });

  it('gives a first head with no side the side across the table from the second', () => {
    const article = 'The Colombian government and the National Liberation Army (ELN) resumed talks in Havana.';
    const clause = 'Delegations led by Interior Minister Ana Torres and ELN delegation leader Luis Salas met in Havana.';
    expect(inArticle(article, clause)).toEqual([
      { party: null, head: 'Ana Torres', title: 'Interior Minister' },
      { party: 'ELN', head: 'Luis Salas', title: 'delegation leader' },
    ]);
    expect(withSides(discoverSides(article), () => findHeads(clause))[0]?.opposite).toBe('ELN');
  });

  it('reads each side named alone in an elided "represented by" list', () => {
    expect(heads('Chile was represented by Deputy Foreign Minister Ana Torres, Peru by Deputy Foreign Minister Luis Salas, and Bolivia by Ambassador Eva Quispe.')).toEqual([
      { party: 'Chile', head: 'Ana Torres', title: 'Deputy Foreign Minister' },
      { party: 'Peru', head: 'Luis Salas', title: 'Deputy Foreign Minister' },
      { party: 'Bolivia', head: 'Eva Quispe', title: 'Ambassador' },
    ]);
  });

  it('gives a counterpart the post of the person across the table', () => {
    expect(heads('Serbian Foreign Minister Marko Petrovic and his Kosovo counterpart Arben Krasniqi met for two days.')).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' },
      { party: 'Kosovo', head: 'Arben Krasniqi', title: 'Foreign Minister' },
    ]);
  });

  it('reads the first of two heads meeting with a post set off by commas', () => {
    expect(heads("Ana Silva, Brazil's deputy foreign minister, and Argentine trade secretary Jorge Paz met in Geneva on Monday.")).toEqual([
      { party: 'Brazil', head: 'Ana Silva', title: 'deputy foreign minister' },
      { party: 'Argentina', head: 'Jorge Paz', title: 'trade secretary' },
    ]);
  });
});

describe('findHeads: how news says who led a round', () => {
  it('reads the verb of leading in any tense, after auxiliaries and an aside about the head', () => {
    expect(heads('Special Envoy Laura Brandt, who landed in Oslo on Sunday, is leading the Canadian team.')).toEqual([{ party: 'Canada', head: 'Laura Brandt', title: 'Special Envoy' }]);
    expect(heads('Deputy Foreign Minister Tomas Varga is expected to lead the Slovak delegation.')).toEqual([{ party: 'Slovakia', head: 'Tomas Varga', title: 'Deputy Foreign Minister' }]);
    expect(heads('Trade Minister Ines Lobo will head the Portuguese team in Geneva.')).toEqual([{ party: 'Portugal', head: 'Ines Lobo', title: 'Trade Minister' }]);
    expect(heads('Interior Minister Karl Weiss has led the Austrian delegation since March.')).toEqual([{ party: 'Austria', head: 'Karl Weiss', title: 'Interior Minister' }]);
    expect(heads('Interior Minister Karl Weiss then led the Austrian delegation.')).toEqual([{ party: 'Austria', head: 'Karl Weiss', title: 'Interior Minister' }]);
    expect(heads('Mediator Ana Ruiz will head to Vienna with the Austrian delegation.')).toEqual([]);
  });

  it('reads a head appointed to lead, and a delegation of "his country"', () => {
    expect(heads('State Secretary Anna Kiss was appointed to head the Hungarian delegation.')).toEqual([{ party: 'Hungary', head: 'Anna Kiss', title: 'State Secretary' }]);
    expect(heads("Hungary's State Secretary Anna Kiss, who will lead her country's delegation, spoke first.")).toEqual([{ party: 'Hungary', head: 'Anna Kiss', title: 'State Secretary' }]);
  });

  it('reads a clause that opens with "Led by X" as about the side named right after', () => {
    expect(heads('Led by Foreign Minister Pedro Soto, the Chilean delegation arrived in Lima on Sunday.')).toEqual([{ party: 'Chile', head: 'Pedro Soto', title: 'Foreign Minister' }]);
    expect(heads('Led by Pedro Soto, the Chilean team arrived in Lima on Sunday.')).toEqual([{ party: 'Chile', head: 'Pedro Soto', title: null }]);
  });

  it('reads a delegation told by its size as the head\'s own', () => {
    expect(heads('Chilean Foreign Minister Pedro Soto headed a 12-member delegation to Lima.')).toEqual([{ party: 'Chile', head: 'Pedro Soto', title: 'Foreign Minister' }]);
    expect(heads('Chilean Foreign Minister Pedro Soto headed a delegation of businessmen to Lima.')).toEqual([]);
  });

  it('leaves the sender out of the post of the one sent to lead', () => {
    expect(heads('Hungary sent state secretary Anna Kiss to lead its delegation.')[0]?.title).toBe('state secretary');
  });

  it('reads the role first and its holder set off after it', () => {
    expect(heads('The head of the Estonian delegation, Defence Minister Mart Kask, told reporters the session was useful.')).toEqual([
      { party: 'Estonia', head: 'Mart Kask', title: 'Defence Minister' },
    ]);
    expect(heads('Head of the Latvian delegation Janis Ozols said the text was ready.')).toEqual([{ party: 'Latvia', head: 'Janis Ozols', title: null }]);
    expect(heads("Finland's delegation chief, Mikko Laine, said little.")).toEqual([{ party: 'Finland', head: 'Mikko Laine', title: null }]);
    expect(heads('Swedish delegation head Erik Lund spoke first.')).toEqual([{ party: 'Sweden', head: 'Erik Lund', title: null }]);
  });

  it('does not take a deputy, a former head or the next person of a list for the head', () => {
    expect(heads('Olav Berg, deputy head of the Norwegian delegation, said the talks went well.')).toEqual([]);
    expect(heads('The deputy head of the Norwegian delegation, Olav Berg, said the talks went well.')).toEqual([]);
    expect(heads('The head of the Norwegian delegation, who declined to be named, said the talks went well.')).toEqual([]);
  });

  it('reads the side said after each name with "for"', () => {
    expect(heads('The talks were led by Deputy Minister Ana Cruz for Peru and by Ambassador Luis Vera for Ecuador.')).toEqual([
      { party: 'Peru', head: 'Ana Cruz', title: 'Deputy Minister' },
      { party: 'Ecuador', head: 'Luis Vera', title: 'Ambassador' },
    ]);
    expect(heads('The talks were led by Ana Cruz for the first time.')).toEqual([]);
  });

  it('reads the side put first with "Leading the talks for" and "Representing"', () => {
    expect(heads('Leading the talks for Chile was Foreign Minister Pedro Soto.')).toEqual([{ party: 'Chile', head: 'Pedro Soto', title: 'Foreign Minister' }]);
    expect(heads('Representing Peru was Ana Cruz, the deputy foreign minister.')).toEqual([{ party: 'Peru', head: 'Ana Cruz', title: 'deputy foreign minister' }]);
  });

  it('reads talks between one side\'s head and the other side by name', () => {
    expect(heads('Talks between Canadian envoy Laura Brandt and the Danish government ended on Monday.')).toEqual([{ party: 'Canada', head: 'Laura Brandt', title: 'envoy' }]);
    expect(heads('Talks between Denmark and Canadian envoy Laura Brandt ended on Monday.')).toEqual([{ party: 'Canada', head: 'Laura Brandt', title: 'envoy' }]);
    expect(heads('Talks between Canadian envoy Laura Brandt and Denmark could resume next year.')).toEqual([]);
  });

  it('reads two people put across the table from each other', () => {
    expect(heads('It was the first session at which Petrovic faced Krasniqi across the table.', lookup).map((head) => head.head)).toEqual(['Marko Petrovic', 'Arben Krasniqi']);
    expect(heads('Petrovic sat across the table from Krasniqi for six hours.', lookup).map((head) => head.party)).toEqual(['Serbia', 'Kosovo']);
    expect(heads('Petrovic faced questions from reporters.', lookup)).toEqual([]);
  });

  it('reads people put across the table with their posts set off by commas', () => {
    expect(heads('Marta Ilves, then Estonia\'s defence minister, faced Olav Berg, a Norwegian envoy, across the table.')).toEqual([
      { party: 'Estonia', head: 'Marta Ilves', title: 'defence minister' },
      { party: 'Norway', head: 'Olav Berg', title: 'envoy' },
    ]);
  });

  it('reads an elided second side named in full with its initials', () => {
    const text = "Talks between Ethiopia's government and the Oromo Liberation Army (OLA) went on. The Ethiopian delegation was led by Redwan Ali, and the Oromo Liberation Army (OLA) team by its spokesman Odaa Tarbii.";
    const lastSentence = text.slice(text.indexOf('The Ethiopian'));
    expect(withSides(discoverSides(text), () => heads(lastSentence))).toEqual([
      { party: 'Ethiopia', head: 'Redwan Ali', title: null },
      { party: 'OLA', head: 'Odaa Tarbii', title: 'spokesman' },
    ]);
  });

  it('reads a head said to have led every round', () => {
    expect(heads('Krasniqi, who has led every round of the talks, said progress was made.', lookup)).toEqual([{ party: 'Kosovo', head: 'Arben Krasniqi', title: 'envoy' }]);
  });

  it('ends the head\'s phrase at the place the delegation went to', () => {
    expect(heads('Chile sent a delegation headed by Ambassador Pedro Soto to Lima.')).toEqual([{ party: 'Chile', head: 'Pedro Soto', title: 'Ambassador' }]);
    expect(heads('The Chilean team was led by Ambassador to Peru Pedro Soto.')).toEqual([{ party: 'Chile', head: 'Pedro Soto', title: 'Ambassador to Peru' }]);
  });

  it('keeps the remit of a post out of the name', () => {
    expect(heads('Special Envoy for Sudan Peace Laura Brandt is leading the Canadian team.')[0]?.head).toBe('Laura Brandt');
  });
});

describe('a host met at home', () => {
  it('gives a prime minister or minister named without a side the side whose capital or landmark the talks were in', () => {
    const atHome = findHeads('U.S. Secretary of State Ana Soto held talks with Prime Minister Luis Brun at 10 Downing Street on Thursday.');
    expect(atHome.map((head) => [head.party, head.head])).toEqual([['United States', 'Ana Soto'], ['United Kingdom', 'Luis Brun']]);
    const inCapital = findHeads('U.S. Secretary of State Ana Soto held talks with President Luis Brun in Lima on Thursday.');
    expect(inCapital.map((head) => [head.party, head.head])).toEqual([['United States', 'Ana Soto'], ['Peru', 'Luis Brun']]);
    expect(findHeads('U.S. Secretary of State Ana Soto held talks with President Luis Brun in Geneva on Thursday.').map((head) => head.head)).not.toContain('Luis Brun');
    // The Palais des Nations stands in Geneva, which is no side's capital: the president there is nobody's host.
    expect(findHeads('U.S. Secretary of State Ana Soto held talks with President Luis Brun at the Palais des Nations on Thursday.').map((head) => head.head)).not.toContain('Luis Brun');
  });
});

describe('a text signed alongside others', () => {
  it('heads each side with the subject who signed and those it signed alongside, "bin" and "al-" names included', () => {
    const heads = findHeads("Chile's Emir Sheikh Omar bin Hamad al-Soto signed the declaration alongside Peru's President Luis Brun and Bolivian Foreign Minister Eva Lago.");
    expect(heads.map((head) => [head.party, head.head])).toEqual([
      ['Chile', 'Omar bin Hamad al-Soto'],
      ['Peru', 'Luis Brun'],
      ['Bolivia', 'Eva Lago'],
    ]);
  });
});

describe('the side a delegation is named by', () => {
  it('gives "the Yugoslav delegation, headed by Serbian Deputy Prime Minister X" to Yugoslavia, not to Serbia', () => {
    const heads = findHeads('But the Yugoslav delegation, headed by Serbian Deputy Prime Minister Ivo Kral, refused the plan.');
    expect(heads.map((head) => [head.party, head.head])).toEqual([['Yugoslavia', 'Ivo Kral']]);
    expect(findHeads('The delegation was headed by Serbian Deputy Prime Minister Ivo Kral.').map((head) => head.party)).toEqual(['Serbia']);
  });
});

describe('a pair said to have headed the delegations', () => {
  it('takes the two named before ", who headed their countries\' delegations" over the ministers who signed', () => {
    const heads = findHeads("Chilean Foreign Minister Ana Soto and her Peruvian counterpart Jorge Ruiz signed the accord as the mediator looked on alongside Peru's President Luis Brun and Chile's Prime Minister Eva Lago, who headed their countries' delegations.");
    expect(heads.map((head) => [head.party, head.head, head.title])).toEqual([
      ['Peru', 'Luis Brun', 'President'],
      ['Chile', 'Eva Lago', 'Prime Minister'],
    ]);
  });
});

describe('buildPeople: one head under forms of address', () => {
  it('reads a head written with and without a religious form of address as one person', () => {
    const people = buildPeople(['Mullah Hamid Karimi Akhund', 'Hamid Karimi', 'Maulvi Karimi'].map((name) => ({ name, countingSource: name, duplicate: false })));
    expect(people.people.map((person) => person.name)).toEqual(['Hamid Karimi']);
  });

  it('reads a name written with and without a hyphen, or with Kh/H and Sh/S, as one person, and keeps others apart', () => {
    const one = (names: string[]) => buildPeople(names.map((name) => ({ name, countingSource: name, duplicate: false }))).people.length;
    expect(one(['Tesfaye Gebre-Medhin', 'Tesfaye Gebre Medhin'])).toBe(1);
    expect(one(['Pak Son-il', 'Pak Son Il'])).toBe(1);
    expect(one(['Rustam Khamidov', 'Rustam Hamidov'])).toBe(1);
    expect(one(['Ion Şerban', 'Ion Sherban', 'Ion Serban'])).toBe(1);
    expect(one(['Tesfaye Gebre-Medhin', 'Tesfaye Gebre-Kidan'])).toBe(2);
    expect(one(['Khaled al-Sharif', 'Khaled Sharif'])).toBe(1);
  });

  it('reads a given name one transliteration writes with a sound more ("Izedin"/"Izeldin") as one person', () => {
    const one = (names: string[]) => buildPeople(names.map((name) => ({ name, countingSource: name, duplicate: false }))).people.length;
    expect(one(['Izedin al-Tayeb', 'Izeldin al-Tayeb'])).toBe(1);
    expect(one(['Mohagher Bashir', 'Mohaqher Bashir'])).toBe(1);
    expect(one(['Omar Bashir', 'Tamer Bashir'])).toBe(2);
  });
});

describe('pairedHeadsByPost', () => {
  it('reads the heads named by their shared post as the subject of a meeting', () => {
    const ministers = pairedHeadsByPost('Last year the two ministers held talks in Vienna.');
    expect(ministers?.fits('Foreign Minister')).toBe(true);
    expect(ministers?.fits('President')).toBe(false);
    expect(pairedHeadsByPost('Both leaders met in Geneva in June.')?.fits('Prime Minister')).toBe(true);
    expect(pairedHeadsByPost('Both leaders met in Geneva in June.')?.fits('Foreign Minister')).toBe(false);
  });

  it('does not read the heads named inside another phrase', () => {
    expect(pairedHeadsByPost('The previous round of talks between the two ministers took place in Rome.')).toBeNull();
  });

  it('reads the heads referred back to as having led a meeting', () => {
    expect(pairedHeadsByPost('The same two officials led the first round in March in Oslo.')?.fits('Deputy Foreign Minister')).toBe(true);
    expect(pairedHeadsByPost('The two envoys also headed the previous talks.')?.fits('Special Envoy')).toBe(true);
    expect(pairedHeadsByPost('At the summit in Bern, the two leaders for the first time exchanged proposals.')?.fits('President')).toBe(true);
  });

  it('does not read unnamed officials or a remark as the heads', () => {
    expect(pairedHeadsByPost('The two officials, who asked not to be named, said the talks were tense.')).toBeNull();
    expect(pairedHeadsByPost('The two officials led the talks.')).toBeNull();
    expect(pairedHeadsByPost('The two leaders said little after the talks.')).toBeNull();
  });
});

describe('singularTitle', () => {
  it('puts the post word in the singular', () => {
    expect(singularTitle('Ministers of Foreign Affairs')).toBe('Minister of Foreign Affairs');
    expect(singularTitle('foreign secretaries')).toBe('foreign secretary');
  });
});

describe('findIntroducedPeople', () => {
  it('reads people introduced with a side before or after the name', () => {
    expect(findIntroducedPeople('Kremlin aide Pavel Orlov spoke first.')).toEqual([{ name: 'Pavel Orlov', party: 'Russia', title: 'aide' }]);
    expect(findIntroducedPeople("Oleh Marchenko, Ukraine's defence minister, spoke.")).toEqual([{ name: 'Oleh Marchenko', party: 'Ukraine', title: 'defence minister' }]);
    expect(findIntroducedPeople("Egypt's Sameh Shoukry arrived.")).toEqual([{ name: 'Sameh Shoukry', party: 'Egypt', title: null }]);
  });

  it('reads a capitalized post before a full name as the post of a person with no side given', () => {
    expect(findIntroducedPeople('The talks opened with Minister of Trade and Regional Integration Ana Silva calling for calm.')).toEqual([
      { name: 'Ana Silva', party: null, title: 'Minister of Trade and Regional Integration' },
    ]);
    expect(findIntroducedPeople('The Border Commission met in Ohrid on Monday.')).toEqual([]);
  });

  it('reads a post set off after a name that a role opens', () => {
    expect(findIntroducedPeople('Co-chair Jan Holm, the Norwegian special envoy, spoke.')).toContainEqual({ name: 'Jan Holm', party: 'Norway', title: 'special envoy' });
  });

  it('keeps the full stops of an abbreviated side inside a post set off after the name', () => {
    expect(findIntroducedPeople('Laura Brandt, the U.K. special envoy for the region, said so.')).toEqual([{ name: 'Laura Brandt', party: 'United Kingdom', title: 'special envoy for the region' }]);
  });

  it('does not take a relative clause or the delegation role for a post', () => {
    expect(findIntroducedPeople("Oleh Marchenko, who led Ukraine's delegation, spoke.").map((person) => person.title)).toEqual([]);
    expect(findIntroducedPeople('Oleh Marchenko, the head of the Ukrainian delegation, spoke.').map((person) => person.title)).toEqual([null]);
  });
});

describe('findPluralPosts', () => {
  it('gives each side the post of a plural', () => {
    expect(findPluralPosts('The foreign ministers of Egypt and Ethiopia met on Monday.')).toEqual([
      { party: 'Egypt', title: 'foreign minister' },
      { party: 'Ethiopia', title: 'foreign minister' },
    ]);
  });
});

describe('cleanTitle', () => {
  it('drops the side, articles and time words', () => {
    expect(cleanTitle("Moscow's newly appointed ambassador to Washington")).toBe('ambassador to Washington');
    expect(cleanTitle('the Deputy Assistant Secretary for European and Eurasian Affairs')).toBe('Deputy Assistant Secretary for European and Eurasian Affairs');
  });

  it('drops whose delegation it is before the post', () => {
    expect(cleanTitle('the government delegation of Justice Minister')).toBe('Justice Minister');
  });

  it('drops the side a post is of', () => {
    expect(cleanTitle('the Foreign Minister of Chile')).toBe('Foreign Minister');
    expect(cleanTitle('the President of the Republic of Chile')).toBe('President');
    expect(cleanTitle('Ambassador to Chile')).toBe('Ambassador to Chile');
  });

  it('drops a bare form of address', () => {
    expect(cleanTitle('Dr.')).toBeNull();
  });

  it('drops whose envoy it is', () => {
    expect(cleanTitle("President Donald Trump's special envoy for the Middle East")).toBe('special envoy for the Middle East');
  });

  it('drops a form of address written between the post and the name', () => {
    expect(cleanTitle('Interior Minister Dr')).toBe('Interior Minister');
    expect(cleanTitle('Deputy Foreign Minister Ambassador')).toBe('Deputy Foreign Minister');
    expect(cleanTitle('Trade and Industry Minister Prof.')).toBe('Trade and Industry Minister');
    expect(cleanTitle('Special Ambassador')).toBe('Special Ambassador');
  });
});

describe('splitTitleAndName: hyphenated posts', () => {
  it.each([
    ['Attorney-General Maria Lindqvist', 'Attorney-General', 'Maria Lindqvist'],
    ['Chilean Ambassador-at-Large Pablo Rojas Vidal', 'Ambassador-at-Large', 'Pablo Rojas Vidal'],
    ['Vice-President Tomas Herrera', 'Vice-President', 'Tomas Herrera'],
    ['Commander-in-Chief Ko Ko Aung', 'Commander-in-Chief', 'Ko Ko Aung'],
  ])('reads "%s" as a post and a name', (span, title, name) => {
    expect(splitTitleAndName(span)).toMatchObject({ title, name });
  });

  it('keeps a name whose particles run two deep', () => {
    expect(splitTitleAndName('Trade Commissioner Lotte van der Berg')).toMatchObject({ title: 'Trade Commissioner', name: 'Lotte van der Berg' });
    // A form of address between post and name ends no post.
    expect(splitTitleAndName('Emir Sheikh Omar bin Khalid al-Soto')).toMatchObject({ title: 'Emir', name: 'Omar bin Khalid al-Soto' });
    expect(splitTitleAndName('Secretary-General of the Ministry of Foreign Affairs Dr. Ana Soto')).toMatchObject({ title: 'Secretary-General of the Ministry of Foreign Affairs' });
    expect(splitTitleAndName('Interior Minister Rosa de la Fuente')).toMatchObject({ title: 'Interior Minister', name: 'Rosa de la Fuente' });
    expect(heads("Peru's chief negotiator Rosa de la Fuente told reporters the round had gone well.")).toEqual([
      { party: 'Peru', head: 'Rosa de la Fuente', title: 'chief negotiator' },
    ]);
  });

  it('keeps a hyphenated name whole', () => {
    expect(splitTitleAndName('Foreign Minister Anna-Lena Berg')).toMatchObject({ title: 'Foreign Minister', name: 'Anna-Lena Berg' });
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

describe('findHeads: names, appositive posts and background meetings', () => {
  it('keeps a short last name in title case that is also a side in capitals', () => {
    expect(splitTitleAndName('North Korean vice minister Ri Chol Un')?.name).toBe('Ri Chol Un');
  });

  it('does not resolve a longer full name to an introduced person sharing its first word', () => {
    const pak: PersonLookup = (name) => (name === 'Pak' || name === 'Pak Jong Il' ? { name: 'Pak Jong Il', party: 'North Korea', title: 'leader' } : null);
    expect(heads('Chief negotiator Pak Myong Su told reporters in Hanoi the session had gone nowhere.', pak)).toEqual([]);
  });

  it('leaves out the heads of an earlier meeting the talks are measured from', () => {
    expect(heads('It was the first round of expert talks since the summit between Japanese Prime Minister Taro Sato and South Korean President Min-jun Lee in Busan.')).toEqual([]);
  });

  it('reads two heads each written post first, the unnamed republic facing the other side', () => {
    const found = findHeads('The President of the Republic, General Amadou Keita Traore, and the President of the Republic of Mali, Oumar Diallo, signed the accord on Monday.');
    expect(found.map(({ party, head, title, opposite }) => ({ party, head, title, opposite }))).toEqual([
      { party: null, head: 'Amadou Keita Traore', title: 'General, President', opposite: 'Mali' },
      { party: 'Mali', head: 'Oumar Diallo', title: 'President', opposite: undefined },
    ]);
  });

  it('pairs the names after a plural post of two sides with those sides in order', () => {
    expect(heads('The prime ministers of Thailand and Cambodia, Somchai Wongsawat and Hun Vannak, on Monday agreed to reopen the border.')).toEqual([
      { party: 'Thailand', head: 'Somchai Wongsawat', title: 'prime minister' },
      { party: 'Cambodia', head: 'Hun Vannak', title: 'prime minister' },
    ]);
  });

  it('reads a second side named with its possessive before a verb', () => {
    expect(heads("Talks led by Kenya's trade minister Joseph Mwangi and Uganda's Peter Okello agreed on lower tariffs.").map((head) => [head.party, head.head])).toEqual([
      ['Kenya', 'Joseph Mwangi'],
      ['Uganda', 'Peter Okello'],
    ]);
  });

  it('reads a pair that had been negotiating', () => {
    expect(heads('Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Vargas had been negotiating for a week.').map((head) => head.party)).toEqual(['Chile', 'Peru']);
  });
});

describe('findHeads: panels of negotiators', () => {
  const article = 'The Government of the Republic of Colombia (GRC) and the Popular Liberation Front of Colombia (PLFC) resumed talks. The GRC panel met the PLFC panel.';
  const inTalks = (clause: string) => withSides(discoverSides(`${article} ${clause}`), () => heads(clause));

  it('reads the head of a side named after its negotiating panel', () => {
    expect(inTalks('Rosa Mejia, who heads the negotiating panel of the PLFC, said prisoners must be freed.')).toEqual([{ party: 'PLFC', head: 'Rosa Mejia', title: null }]);
  });

  it('reads whoever chairs the government panel', () => {
    expect(inTalks('The talks went well, said Interior Minister Jorge Ruiz, who chairs the government panel.')).toEqual([{ party: 'Colombia', head: 'Jorge Ruiz', title: 'Interior Minister' }]);
  });

  it('does not take the head of a panel of experts for a side', () => {
    expect(inTalks('Ana Lopez, who chaired the panel of experts, said the data was incomplete.')).toEqual([]);
  });

  it('keeps a middle initial inside the name', () => {
    expect(inTalks('The GRC panel, headed by Jorge P. Ruiz, wants a truce first.')).toEqual([{ party: 'Colombia', head: 'Jorge P. Ruiz', title: null }]);
  });

  it('does not take the envoy of a facilitator set off as such for a head', () => {
    expect(heads('The Swiss government, the third-party facilitator, was represented by Special Envoy Anna Keller.')).toEqual([]);
  });
});

describe('findHeads: a side\'s role set off before the holder', () => {
  it('reads two people each named by their side\'s role, then their post and name', () => {
    expect(heads("Chile's envoy, senior diplomat Marta Rojas, and Peru's representative, deputy foreign minister Luis Vargas, met in Lima on Monday.")).toEqual([
      { party: 'Chile', head: 'Marta Rojas', title: 'senior diplomat' },
      { party: 'Peru', head: 'Luis Vargas', title: 'deputy foreign minister' },
    ]);
  });

  it('keeps the role when the post named is a former one', () => {
    expect(heads("Chile's envoy, former ambassador to Spain Marta Rojas, and Peru's representative, deputy foreign minister Luis Vargas, met in Lima.")[0]).toEqual({ party: 'Chile', head: 'Marta Rojas', title: 'envoy' });
  });

  it('reads a side named in full with its initials in brackets before the post', () => {
    const article = 'Greek Cypriot negotiators and Turkish Cypriot negotiators met. The Turkish Republic of Northern Cyprus (TRNC) issued a statement.';
    const found = withSides(discoverSides(article), () => heads('Turkish Republic of Northern Cyprus (TRNC) President Kemal Ozer and Greek Cypriot leader Andreas Pavlou had been holding talks since May.'));
    expect(found.map((head) => [head.party, head.head])).toEqual([
      ['Turkish Cypriots', 'Kemal Ozer'],
      ['Greek Cypriots', 'Andreas Pavlou'],
    ]);
  });
});

describe('findHeads: sides listed before "led by"', () => {
  it('pairs the people with the sides in the order listed', () => {
    expect(heads('The Kenyan and Ugandan delegations were headed by Trade Minister Joseph Mwangi and Finance Minister Peter Okello, respectively.')).toEqual([
      { party: 'Kenya', head: 'Joseph Mwangi', title: 'Trade Minister' },
      { party: 'Uganda', head: 'Peter Okello', title: 'Finance Minister' },
    ]);
  });

  it('lets a person who names a side head that side', () => {
    expect(heads("The delegations of Kenya and Uganda were led by Uganda's Peter Okello and Kenya's Joseph Mwangi.").map((head) => [head.party, head.head])).toEqual([
      ['Uganda', 'Peter Okello'],
      ['Kenya', 'Joseph Mwangi'],
    ]);
  });

  it('does not give the side named last to a lone person who names none', () => {
    expect(heads('Talks between Kenya and Uganda, led by Joseph Mwangi, lasted two hours.')).toEqual([]);
  });
});

describe('findHeads: meetings denied', () => {
  it('takes no heads from a meeting that did not happen', () => {
    expect(heads('Chilean President Ana Rojas and Peruvian President Luis Vargas have not met since 2021.')).toEqual([]);
    expect(heads('Chilean President Ana Rojas has refused to meet Peruvian President Luis Vargas.')).toEqual([]);
  });
});

describe('findHeads: an aside naming whom a person speaks for', () => {
  it('takes the side the relative aside names over the adjective of the post', () => {
    const article = 'Greek Cypriot negotiators and Turkish Cypriot negotiators met in Geneva.';
    const found = withSides(discoverSides(article), () => heads("Cypriot President Andreas Pavlou, who represents the island's Greek Cypriots, and Turkish Cypriot leader Kemal Ozer had been meeting since May."));
    expect(found.map((head) => [head.party, head.head])).toEqual([
      ['Greek Cypriots', 'Andreas Pavlou'],
      ['Turkish Cypriots', 'Kemal Ozer'],
    ]);
  });
});

describe('pairedHeadsByPost: envoys of two named sides', () => {
  it('reads the envoys of two sides meeting as the article\'s heads, whatever their posts', () => {
    const envoys = pairedHeadsByPost('Special envoys from Chile and Peru will meet in Geneva on June 3 for a fourth round.');
    expect(envoys?.fits('deputy speaker')).toBe(true);
    expect(pairedHeadsByPost('Envoys from Chile and Peru spoke by phone on Monday.')).toBeNull();
  });
});

describe('findHeads: people met and listed under a plural role', () => {
  const known: PersonLookup = (name) => (/Olsen/.test(name) ? { name: 'Erik Olsen', party: 'Norway', title: 'special envoy' } : null);

  it('reads the person met in a sentence about negotiating as across the table', () => {
    expect(heads("Olsen last held formal negotiations with the Russians in Moscow in May, when he met Pavel Orlov, then Moscow's special representative for U.S. affairs, to prepare a summit.", known)).toEqual([
      { party: 'Norway', head: 'Erik Olsen', title: 'special envoy' },
      { party: 'Russia', head: 'Pavel Orlov', title: 'special representative for U.S. affairs' },
    ]);
  });

  it('does not take a person met in passing outside talks', () => {
    expect(heads('Olsen toured Moscow in May, when he met Pavel Orlov, a Russian official.', known)).toEqual([]);
  });

  it('reads the holders a plural role lists, each with the side the sentence gives', () => {
    expect(heads("The terms were set by the chief negotiators, party secretary Anan Deng and Kenya's minister of state at the presidency Joseph Mwangi.")).toEqual([
      { party: 'Kenya', head: 'Joseph Mwangi', title: 'minister of state at the presidency' },
    ]);
  });
});

describe('findHeads: a name after a side\'s possessive', () => {
  it('reads the second person of a list named only by side and name before a verb', () => {
    expect(heads("Talks between Nairobi's envoy Joseph Mwangi and Kampala's Peter Okello lasted eight hours.").map((head) => [head.party, head.head])).toEqual([
      ['Kenya', 'Joseph Mwangi'],
      ['Uganda', 'Peter Okello'],
    ]);
  });
});

describe('parsePersonSpan: a description, then the office before the name', () => {
  it('keeps the capitalized office written right before the name', () => {
    expect(heads("Chile's top diplomat, Foreign Minister Ana Rojas, and the Peruvian envoy, Luis Vargas, held talks.")[0]).toEqual({ party: 'Chile', head: 'Ana Rojas', title: 'Foreign Minister' });
  });
});

describe('titles and heads: posts once held, backers, principals, blocs of counterparts', () => {
  it('leaves a former post out of the title', () => {
    expect(cleanTitle('a senior adviser to the president and a former interior minister')).toBe('senior adviser to the president');
    expect(cleanTitle('chief negotiator, and ex-finance minister')).toBe('chief negotiator');
  });

  it("leaves who backs a side out of the title", () => {
    expect(cleanTitle("the Iran-backed Houthis' chief negotiator")).toBe('chief negotiator');
  });

  it('pairs no one with the first of several sides named as counterparts', () => {
    expect(heads('Foreign Minister Tomas Varga met his Polish, Czech and Austrian counterparts Jan Nowak, Petr Dvorak and Karl Huber in Vienna.')).toEqual([]);
  });

  it('takes no head from a side named by its leader\'s government', () => {
    expect(heads('Oman has mediated the talks between Iran and the administration of U.S. President Joe Smith.')).toEqual([]);
  });

  it('reads a head met across the table with a side named without a person', () => {
    expect(heads('Armenian Deputy Foreign Minister Vahan Petrosyan met Azerbaijani officials in Tbilisi.')).toEqual([
      { party: 'Armenia', head: 'Vahan Petrosyan', title: 'Deputy Foreign Minister' },
    ]);
    expect(heads('Slovak Deputy Foreign Ministers Tomas Varga and Jan Novak held talks with the Hungarian delegation in Vienna.')).toEqual([
      { party: 'Slovakia', head: 'Tomas Varga', title: 'Deputy Foreign Minister' },
    ]);
    expect(heads('Armenian Foreign Minister Vahan Petrosyan met reporters in Tbilisi.')).toEqual([]);
  });

  it('reads where a side was led before "by"', () => {
    expect(heads('The Kosovo delegation was led at the talks by envoy Arben Krasniqi.')).toEqual([{ party: 'Kosovo', head: 'Arben Krasniqi', title: 'envoy' }]);
  });
});

describe('heads met as counterparts, unnamed delegations and names with particles', () => {
  it('keeps a particle with the given name when a place precedes the name', () => {
    expect(splitTitleAndName('ambassador to Oman Khalid Al Rashid')?.name).toBe('Khalid Al Rashid');
  });

  it('reads a head who led an unnamed delegation, but not a delegation of some other body', () => {
    expect(heads('Qatari envoy Khalid Al Rashid led a delegation to Kabul.')).toEqual([{ party: 'Qatar', head: 'Khalid Al Rashid', title: 'envoy' }]);
    expect(heads('Qatari envoy Khalid Al Rashid led a delegation of bankers to Kabul.')).toEqual([]);
  });

  it('reads counterparts of one bloc across from the subject, after a time phrase', () => {
    const sides = discoverSides('The E3 warned Iran again.');
    const found = withSides(sides, () => findHeads('On May 2, a day after the vote, Foreign Minister Ali Karimi met his British, French and German counterparts Ann Lee, Paul Roux and Karl Weber in Oslo.'));
    expect(found.map(({ party, head, opposite }) => ({ party, head, opposite }))).toEqual([
      { party: null, head: 'Ali Karimi', opposite: 'E3' },
      { party: 'E3', head: 'Ann Lee', opposite: undefined },
    ]);
  });
});

describe('heads: posts, verbs and background pairs that are not heads', () => {
  it('ends the person led by at "and" before a verb', () => {
    expect(heads('The Serbian delegation was headed by Petrovic and included Deputy Minister Ivan Ilic.', lookup)).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' },
    ]);
  });

  it('reads a post given first with its remit, then an honorific and the name', () => {
    expect(heads('The Tunisian delegation was led by Minister of Foreign Affairs and Regional Integration, Mr. Karim Haddad, and included two envoys.')).toEqual([
      { party: 'Tunisia', head: 'Karim Haddad', title: 'Minister of Foreign Affairs and Regional Integration' },
    ]);
  });

  it('takes no remit of a post for a name', () => {
    expect(splitTitleAndName('Minister of Trade and Regional Integration')).toBeNull();
  });

  it('takes no head from a splinter group led by someone', () => {
    const sides = discoverSides('The government and the Kuro rebel movement resumed talks. Kuro rebels said they wanted peace.');
    expect(withSides(sides, () => heads('A breakaway wing calling itself the Kuro Military Council, led by commander Tomas Abiro, rejected the talks.'))).toEqual([]);
  });

  it('reads a pair that signed "today" or "yesterday"', () => {
    expect(heads('Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Paredes yesterday signed the border protocol.')).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'Foreign Minister' },
      { party: 'Peru', head: 'Luis Paredes', title: 'Foreign Minister' },
    ]);
  });

  it('reads two people each given post first when the second post is in lower case', () => {
    expect(heads('The President of Ghana, Kofi Mensah, and the leader of Togo, Yao Agbeko, today signed the accord.')).toEqual([
      { party: 'Ghana', head: 'Kofi Mensah', title: 'President' },
      { party: 'Togo', head: 'Yao Agbeko', title: 'leader' },
    ]);
  });

  it('takes no heads from the leaders who founded the framework of the talks', () => {
    expect(heads('The session was the fourth in a consultation format that US President Tom Reed and Chinese President Li Wen set up when they met last year.')).toEqual([]);
    expect(heads('The talks ran under a dialogue that Indian Prime Minister Ravi Nair and Pakistani Prime Minister Ali Shah agreed to launch.')).toEqual([]);
  });

  it('gives an unqualified president facing the one armed group the government side', () => {
    const sides = discoverSides('Gabon and the Ngove rebel movement held talks. The government said the Ngove rebels must disarm. Gabon wants peace.');
    expect(withSides(sides, () => heads('President Paul Obame and Ngove leader Marc Essono on Friday signed a truce.'))).toEqual([
      { party: 'Gabon', head: 'Paul Obame', title: 'President' },
      { party: 'Ngove', head: 'Marc Essono', title: 'leader' },
    ]);
  });

  it('drops the words describing a side from a post that ends with it', () => {
    expect(cleanTitle('leader of the former rebel movement Hamas')).toBe('leader');
  });

  it('reads the people of talks "held in" a city "with" them', () => {
    expect(heads('Progress was made in the talks held in Oslo with Chile\'s negotiator, Ambassador Ana Rojas, and the negotiator of Peru, Luis Paredes.')).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'Ambassador' },
      { party: 'Peru', head: 'Luis Paredes', title: 'negotiator' },
    ]);
  });

  it('reads a list of people after "with" where the second is named with a possessive side', () => {
    expect(heads('There was progress at the meeting with Chile\'s negotiator, Ambassador Ana Rojas, and Peru\'s Luis Paredes.')).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'Ambassador' },
      { party: 'Peru', head: 'Luis Paredes', title: null },
    ]);
  });

  it('sets a person paired with "his <side> counterpart" across from that side', () => {
    const found = findHeads('Foreign Minister Ana Rojas and her Peruvian counterpart Luis Paredes are expected to meet next month.');
    expect(found.map(({ party, head, title, opposite }) => ({ party, head, title, opposite }))).toEqual([
      { party: null, head: 'Ana Rojas', title: 'Foreign Minister', opposite: 'Peru' },
      { party: 'Peru', head: 'Luis Paredes', title: 'Foreign Minister', opposite: undefined },
    ]);
  });
});

describe('heads of background meetings', () => {
  it('reads "headed respectively by" after two listed sides', () => {
    expect(heads('Last year the Chilean and Peruvian delegations, headed respectively by Ana Rojas and Luis Paredes, met in Lima.')).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: null },
      { party: 'Peru', head: 'Luis Paredes', title: null },
    ]);
  });

  it('reads the subject of a meeting "with" someone after a time phrase', () => {
    const people: KnownPerson[] = [
      { name: 'Ana Rojas', party: 'Chile', title: 'President' },
      { name: 'Luis Paredes', party: 'Peru', title: 'President' },
    ];
    const known: PersonLookup = (name) => people.find((person) => person.name === name || person.name.endsWith(` ${name}`)) ?? null;
    expect(heads('On 4 May 2019, Rojas flew to the border for a first meeting with Paredes in two years.', known)).toEqual([
      { party: 'Chile', head: 'Ana Rojas', title: 'President' },
      { party: 'Peru', head: 'Luis Paredes', title: 'President' },
    ]);
  });

  it('reads two introduced heads of two sides named as a pair in a clause about a meeting', () => {
    expect(heads('At their first meeting, in Vienna in May, the mediator handed Petrovic and Krasniqi a draft text.', lookup)).toEqual([
      { party: 'Serbia', head: 'Marko Petrovic', title: 'Foreign Minister' },
      { party: 'Kosovo', head: 'Arben Krasniqi', title: 'envoy' },
    ]);
    expect(heads('Petrovic and Krasniqi have not met since the war.', lookup)).toEqual([]);
    expect(heads('A call between Petrovic and Krasniqi by telephone was arranged before the meeting.', lookup)).toEqual([]);
  });

  it('introduces a person named after the side\'s post and a comma', () => {
    expect(findIntroducedPeople('Talks stalled, after which the then Peruvian leader, Luis Paredes, called Lima.')).toContainEqual({ name: 'Luis Paredes', party: 'Peru', title: 'leader' });
    expect(findIntroducedPeople('Progress came at the meeting with Chile\'s negotiator, Ambassador Ana Rojas, on Monday.')).toContainEqual({ name: 'Ana Rojas', party: 'Chile', title: 'Ambassador' });
  });
});

describe('people introduced with a long capitalized post', () => {
  it('introduces a person whose post runs to three capitalized words', () => {
    expect(findIntroducedPeople('The talks were frank, Chilean Deputy Foreign Minister Ana Maria Rojas told journalists.')).toContainEqual({ name: 'Ana Maria Rojas', party: 'Chile', title: 'Deputy Foreign Minister' });
  });
});

describe('heads named by their shared post for a meeting to come', () => {
  it('reads "the two leaders are due to sign" as the pair of heads', () => {
    const subject = pairedHeadsByPost('The deal precedes a wider accord, which the two leaders are due to sign in Lima on Friday.');
    expect(subject?.fits('President')).toBe(true);
    expect(subject?.fits('Foreign Minister')).toBe(false);
  });
});

describe('co-chairs of a bilateral mechanism', () => {
  it('reads the two co-chairs as the heads of their own sides', () => {
    expect(heads('The fourth meeting of the joint fisheries commission was co-chaired by Peruvian Deputy Foreign Minister Ana Ruiz and Chilean Undersecretary Jorge Soto.')).toEqual([
      { party: 'Peru', head: 'Ana Ruiz', title: 'Deputy Foreign Minister' },
      { party: 'Chile', head: 'Jorge Soto', title: 'Undersecretary' },
    ]);
  });

  it('does not give the first co-chair the last side named before the verb', () => {
    const found = heads('The accord came at a joint session of the Peruvian and Chilean border commissions co-chaired by Deputy Minister Ana Ruiz and her Chilean counterpart Jorge Soto.');
    expect(found.find((head) => head.head === 'Ana Ruiz')?.party).not.toBe('Chile');
  });
});

describe('clergy at the head of a side', () => {
  it('reads "Bishop" as the post before the name, as with any rank', () => {
    expect(heads('Bishop Tomas Okello, leader of the Ugandan delegation, signed the accord.')).toEqual([{ party: 'Uganda', head: 'Tomas Okello', title: 'Bishop' }]);
  });
});

describe('buildings are no one', () => {
  it('does not read the hall a ceremony was held in as a head', () => {
    const found = heads('In a brief ceremony at the Kleber International Conference Center, four members of the Peruvian delegation put their names to the accord: Ana Ruiz, the head of the delegation, and Jorge Soto.');
    expect(found.map((head) => head.head)).not.toContain('Conference Center');
  });
});

describe('the remit of a post before the name', () => {
  it('does not read "Water Resources" or "Indus Waters" as a person', () => {
    expect(heads("Peru's delegation was headed by Water Resources and Irrigation Minister Ana Ruiz.")).toEqual([{ party: 'Peru', head: 'Ana Ruiz', title: 'Water Resources and Irrigation Minister' }]);
    expect(heads('The Chilean delegation was headed by the Chilean Commissioner for Andean Waters, Mr. Jorge Soto.').map((head) => head.head)).toEqual(['Jorge Soto']);
  });
});

describe('titles: forms of address, ages and plural posts', () => {
  it('drops "His Excellency" and an age, and reads no title into "Mr X and Mr"', () => {
    expect(cleanTitle('His Excellency Dr.')).toBeNull();
    expect(cleanTitle('the 64-year-old special envoy')).toBe('special envoy');
    expect(cleanTitle('Mr Haddad and Mr')).toBeNull();
    expect(cleanTitle('Mr. Secretary')).not.toBeNull();
  });

  it('takes the post after the name when only a form of address stands before it', () => {
    expect(heads('The delegation of the Kingdom of Morocco, headed by His Excellency Dr. Karim Alaoui, Minister of State, held talks in Geneva.')).toEqual([
      { party: 'Morocco', head: 'Karim Alaoui', title: 'Minister of State' },
    ]);
  });

  it('reads a plural post before two names as the first name\'s post, not part of it', () => {
    expect(heads('The session was held between the Chilean team, headed by Luis Vera, and Peruvian Ambassadors Ana Quispe and Jorge Salas.')).toContainEqual(
      { party: 'Peru', head: 'Ana Quispe', title: 'Ambassador' },
    );
  });
});

describe('a summit attended by leaders listed with their posts', () => {
  it('reads each listed leader as the head of the side the post names, past forms of address and semicolons', () => {
    expect(heads('The summit was attended by His Highness Sheikh Hamad bin Khalid Al Nahyan, Emir of the State of Qatar; His Excellency Carla Quispe, President of Peru; and Luis Vera, Foreign Minister of Chile.')).toEqual([
      { party: 'Qatar', head: 'Hamad bin Khalid Al Nahyan', title: 'Emir' },
      { party: 'Peru', head: 'Carla Quispe', title: 'President' },
      { party: 'Chile', head: 'Luis Vera', title: 'Foreign Minister' },
    ]);
  });

  it('keeps one dignitary attending as a guest, not a side', () => {
    expect(heads('The summit was attended by Luis Vera, Foreign Minister of Chile.')).toEqual([]);
  });
});

describe('the person met across from the one head a clause names', () => {
  const lookupOf = (sentence: string): PersonLookup => {
    const people = findIntroducedPeople(sentence);
    return (name) => people.find((person) => person.name === name || person.name.endsWith(` ${name}`)) ?? null;
  };

  it('reads "A, Peru\'s negotiator, met B, Chile\'s deputy minister" as both sides\' heads', () => {
    const clause = "Ana Quispe, Peru's top negotiator, met Luis Vera, Chile's deputy foreign minister, for four hours.";
    expect(heads(clause, lookupOf(clause))).toEqual([
      { party: 'Peru', head: 'Ana Quispe', title: 'top negotiator' },
      { party: 'Chile', head: 'Luis Vera', title: 'deputy foreign minister' },
    ]);
  });

  it('takes nobody from a meeting only hoped for', () => {
    const clause = "Ana Quispe, Peru's top negotiator, hopes for a future meeting with Luis Vera, Chile's deputy foreign minister.";
    expect(heads(clause, lookupOf(clause)).map((head) => head.party)).not.toContain('Chile');
  });
});

describe('a side led "under" its head, or a people led as a whole', () => {
  it('reads "the Peruvian team, under Foreign Minister X" as X heading Peru', () => {
    expect(heads('The Peruvian team, under Foreign Minister Ana Quispe, pressed for a joint commission.')).toEqual([
      { party: 'Peru', head: 'Ana Quispe', title: 'Foreign Minister' },
    ]);
    expect(heads('The first meeting between Lima and Santiago under President Ana Quispe ended in a deal.')).toEqual([]);
  });

  it('reads "while X led the Peruvians" as X heading Peru', () => {
    expect(heads('while Ana Quispe led the Peruvians at the talks.')).toEqual([{ party: 'Peru', head: 'Ana Quispe', title: null }]);
    expect(heads('Ana Quispe, who led the Peruvians during the 1995 war, said little.')).toEqual([]);
    expect(heads('The Peruvian team, under President Luis Vera\'s instructions, refused to sign.')).toEqual([]);
  });
});

describe('a pair whose first person has the post set off before the name', () => {
  it('reads "Peru\'s foreign minister, A, and Chilean Interior Minister B met" as both heads', () => {
    expect(heads("Peru's foreign minister, Ana Quispe, and Chilean Interior Minister Luis Vera met in Lima.")).toEqual([
      { party: 'Peru', head: 'Ana Quispe', title: 'foreign minister' },
      { party: 'Chile', head: 'Luis Vera', title: 'Interior Minister' },
    ]);
  });
});

describe('a side in brackets after a name', () => {
  it('reads "A (Peru) and Ambassador B (Chile) co-chaired" as both heads, the bracket giving the side', () => {
    expect(heads('Deputy Foreign Minister Ana Quispe (Peru) and Ambassador Luis Vera (Chile) co-chaired the meeting.')).toEqual([
      { party: 'Peru', head: 'Ana Quispe', title: 'Deputy Foreign Minister' },
      { party: 'Chile', head: 'Luis Vera', title: 'Ambassador' },
    ]);
  });

  it('keeps an organisation\'s initials in brackets part of its name, not a side after a person', () => {
    expect(heads('The Barisan Revolusi Nasional (BRN) and Thailand held talks in Kuala Lumpur.').map((head) => head.head)).not.toContain('Revolusi Nasional');
  });
});
