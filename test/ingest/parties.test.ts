import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateCountryTable } from '../../functions/ingest/countries/generate.ts';
import { extractRounds } from '../../functions/ingest/extract.ts';
import { canonicalParty, capitalOf, discoverSides, findPartyMentions, isKnownCity, sameSide, withSides } from '../../functions/ingest/parties.ts';

describe('canonicalParty', () => {
  it.each([
    ['US', 'United States'], ['U.S.', 'United States'], ['USA', 'United States'], ['America', 'United States'], ['the American team', 'United States'],
    ['Washington', 'United States'], ['Russian Federation', 'Russia'], ['the Kremlin', 'Russia'], ['Moscow', 'Russia'], ['Kiev', 'Ukraine'],
    ['Beijing', 'China'], ['Tehran', 'Iran'], ['Turkey', 'Türkiye'], ['Ankara', 'Türkiye'], ['EU', 'European Union'], ['Brussels', 'European Union'],
    ['UK', 'United Kingdom'], ['Yerevan', 'Armenia'], ['Baku', 'Azerbaijan'], ['Doha', 'Qatar'], ['Muscat', 'Oman'], ['Hamas', 'Hamas'],
    ['the Russian delegation', 'Russia'], ["Moscow's", 'Russia'],
  ])('maps "%s" to %s', (mention, party) => {
    expect(canonicalParty(mention)).toBe(party);
  });

  it('returns null for a word that names no party', () => {
    expect(canonicalParty('Galatasaray')).toBeNull();
  });
});

describe('findPartyMentions', () => {
  it('treats a capital after "in" as a place', () => {
    const [moscow] = findPartyMentions('talks in Moscow');
    expect(moscow).toMatchObject({ party: 'Russia', isPlace: true });
  });

  it('treats a capital as the subject of a verb as the party', () => {
    const [washington] = findPartyMentions('Washington demanded guarantees.');
    expect(washington).toMatchObject({ party: 'United States', isPlace: false });
  });

  it('treats "ambassador to Washington" as a place', () => {
    const mentions = findPartyMentions("Moscow's Ambassador to Washington");
    expect(mentions.map((mention) => mention.isPlace)).toEqual([false, true]);
  });

  it('treats a country named after a city as a place', () => {
    const mentions = findPartyMentions('talks in Istanbul, Türkiye, the delegations said');
    expect(mentions.find((mention) => mention.party === 'Türkiye')?.isPlace).toBe(true);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(findPartyMentions('the talks are behind us')).toEqual([]);
  });
});

describe('states that no longer exist', () => {
  it('reads the Yugoslav delegation and the Soviet Union as sides, but not a Soviet-era map', () => {
    expect(canonicalParty('Yugoslav')).toBe('Yugoslavia');
    expect(canonicalParty('USSR')).toBe('Soviet Union');
    expect(findPartyMentions('The Yugoslav delegation met the Soviet Union team.').map((m) => m.party)).toEqual(['Yugoslavia', 'Soviet Union']);
    expect(findPartyMentions('The sides used Soviet-era maps of the border.').map((m) => m.party)).toEqual([]);
  });

  it('reads "the Soviet team" as the Soviet Union in an article that never writes the state\'s name', () => {
    const result = extractRounds('American and Soviet negotiators opened arms talks in Helsinki on Monday. The American delegation is headed by Gerard Smith, and the Soviet team by Deputy Foreign Minister Vladimir Semyonov.', '1969-11-18');
    expect(result.parties).toEqual(['United States', 'Soviet Union']);
  });
});

describe('named commands and armies', () => {
  it('reads the UN Command as a side of its own and a state\'s army by its name as the state', () => {
    expect(canonicalParty('U.N. Command')).toBe('United Nations Command');
    expect(canonicalParty('UN')).toBe('United Nations');
    expect(canonicalParty("Korean People's Army")).toBe('North Korea');
    expect(canonicalParty('IDF')).toBe('Israel');
  });
});

describe('communities of one land', () => {
  it('reads "Bosnian Serb" and "Bosnian Croat" as two communities, and "Bosnian President" as the state', () => {
    const text = 'Bosnian Croat leader Ana Soto signed the plan on Sunday. Bosnian Serb leader Ivo Kral refused. Bosnian President Luka Brun signed part of it.';
    const sides = discoverSides(text, '1993-01-04');
    const parties = withSides(sides, () => findPartyMentions(text).filter((mention) => !mention.isPlace).map((mention) => mention.party));
    expect(parties).toEqual(['Bosnian Croats', 'Bosnian Serbs', 'Bosnia and Herzegovina']);
  });
});

describe('groups named in full', () => {
  it('reads "the Movement for the Liberation of Congo (MLC)" whole, never as a group called "Movement"', () => {
    const names = discoverSides('Under the accord struck this week between Kinshasa and the Movement for the Liberation of Congo (MLC), Kabila would stay on.', '2002-04-19')?.names?.source ?? '';
    expect(names).toContain('Movement for the Liberation of Congo|MLC');
  });

  it('reads a body a state backs, named with its initials, as a group ("the Uganda-backed … (MLK)")', () => {
    const names = discoverSides('The talks bring together the government, the Uganda-backed Movement for the Liberation of Kivu (MLK) of Ana Soto, and smaller groups.', '2002-02-25')?.names?.source ?? '';
    expect(names).toContain('MLK');
  });

  it('reads "the rebel Peruvian Rally for Peace (RPP-Norte)" as one side known by its hyphenated initials, and heads its delegation', () => {
    const text = 'Talks between the government of Peru and the rebel Peruvian Rally for Peace (RPP-Norte) opened in Lima on Monday. The RPP-Norte delegation is headed by Ana Soto.';
    const result = extractRounds(text, '2002-02-26');
    expect(result.parties).toEqual(['Peru', 'RPP-Norte']);
    expect(result.rounds[0]?.delegations.map((d) => [d.party, d.head])).toContainEqual(['RPP-Norte', 'Ana Soto']);
  });

  it('does not make the facilitator who leads the talks a side', () => {
    const result = extractRounds('Talks between the government of Peru and the Shining Path rebel group opened in Lima on Monday. The talks, led by facilitator Sir Ana Soto, a former president of Chile, bring together the two sides.', '2002-02-26');
    expect(result.parties).toEqual(['Peru', 'Shining Path']);
  });
});

describe('non-state sides', () => {
  const sides = (text: string) => withSides(discoverSides(text), () => findPartyMentions(text).filter((m) => !m.isPlace).map((m) => m.party));

  it('reads a government and its opposition as the state and "<adjective> opposition"', () => {
    const text = "Colombia's government and the opposition resumed talks. The opposition delegation walked out; the government said it would return.";
    expect(new Set(sides(text))).toEqual(new Set(['Colombia', 'Colombian opposition']));
  });

  it('names an opposition by the name the report gives it, and keeps "<adjective> opposition" as another of its names', () => {
    const text = "Colombia's government and the opposition coalition Democratic Pact resumed talks. The opposition delegation walked out; the government said it would return.";
    expect(new Set(sides(text))).toEqual(new Set(['Colombia', 'Democratic Pact']));
    const lexicon = discoverSides(text);
    expect(withSides(lexicon, () => canonicalParty('Colombian opposition'))).toBe('Democratic Pact');
    expect(lexicon?.aliases?.get('Democratic Pact')).toEqual(['Colombian opposition']);
    // A name of generic words alone takes the country's adjective: "the opposition National Coalition".
    const generic = "Peru's government and the opposition National Coalition resumed talks in Lima. The opposition walked out.";
    expect(new Set(sides(generic))).toEqual(new Set(['Peru', 'Peruvian National Coalition']));
  });

  it('takes a group introduced with its initials as a side when its chief negotiator speaks for it', () => {
    const text = 'The government and the Frente Unido del Sur (FUS) opened talks in Cusco. "We came to stay," said Ana Vera, the FUS\'s chief negotiator.';
    expect(sides(text)).toContain('FUS');
  });

  it('takes a body that took part in the talks, or refused to send a delegation, as a side', () => {
    const text = 'The Northern Defence Forces (NDF) took part in the talks in person. The Southern Guard Forces (SGF) did not send a delegation to Geneva.';
    expect(new Set(sides(text))).toEqual(new Set(['NDF', 'SGF']));
  });

  it('reads the states named before ", the four guarantor countries" as guarantors', () => {
    const text = 'Diplomats from Norway, Ireland, Switzerland and Cuba, the four guarantor countries, attended the ceremony.';
    expect(findPartyMentions(text).every((mention) => mention.isMediator)).toBe(true);
  });

  it('reads a land\'s name before another state\'s people as that community, and "ethnic" people as the same community', () => {
    const text = 'The Kosovo Albanian negotiators met Belgrade officials in Vienna. Ethnic leaders said the ethnic Albanians wanted a vote.';
    const found = sides(text);
    expect(found.filter((party) => party === 'Kosovo Albanians')).toHaveLength(2);
    expect(found).not.toContain('Albania');
  });

  it('names the opposition by a name the report writes out with "Opposition" in it, keeping "<adjective> opposition" as another', () => {
    const text = "Peru's government and the opposition resumed talks. The United Andean Opposition is an alliance of six parties. The opposition walked out.";
    const lexicon = discoverSides(text);
    expect(new Set(sides(text))).toEqual(new Set(['Peru', 'United Andean Opposition']));
    expect(lexicon?.aliases?.get('United Andean Opposition')).toEqual(['Peruvian opposition']);
  });

  it('reads "Moslem-led rebels" as rebels, with no group named "Moslem-led"', () => {
    const text = "Peru's government and Moslem-led rebels agreed to extend a truce. The rebels said they would return.";
    expect(sides(text)).not.toContain('Moslem-led');
  });

  it('reads "Kosovo\'s ethnic Albanians" as the community, and the bare people too where their state goes unnamed', () => {
    const text = 'Kosovo\'s ethnic Albanians signed the plan on Thursday. The Serbs refused. Officials praised the Albanians for signing.';
    const found = sides(text);
    expect(found.filter((party) => party === 'Kosovo Albanians')).toHaveLength(2);
    expect(found).not.toContain('Albania');
    // Where the state itself is named, its people's name stays the state's.
    expect(sides('Kosovo\'s ethnic Albanians signed the plan. Albania welcomed it, and Albanian officials praised it.')).toContain('Albania');
  });

  it('reads a movement and its armed wing written with a slash ("Movement/Army (SPLM/A)") by the movement\'s initials', () => {
    const text = "Peru's vice-president and Ana Ruiz, leader of the Andean People's Liberation Movement/Army (APLM/A), signed two protocols.";
    expect(discoverSides(text)?.byForm.get('aplm')).toBe('APLM');
  });

  it('reads "the opposition by X" in a list of delegations as the opposition side', () => {
    const text = 'The Syrian government delegation was led by Omar Haddad and the opposition by Nasr Karim.';
    expect(sides(text)).toContain('Syrian opposition');
  });

  it('keeps "opposition to" as disagreement and leaves state-to-state articles alone', () => {
    expect(discoverSides('Egypt voiced its opposition to the dam during talks with Ethiopia.')).toBeNull();
  });

  it('recognises a rebel group introduced as such, under its acronym when one is given', () => {
    const text = 'The Congolese government and the M23 rebel group held talks in Doha. The M23 delegation was led by Benjamin Mbonimpa.';
    expect(new Set(sides(text))).toEqual(new Set(['Democratic Republic of the Congo', 'M23']));
    const eln = 'Talks between the government and the National Liberation Army (ELN) resumed in Caracas. ELN negotiators said the ceasefire holds.';
    const lexicon = discoverSides(eln);
    expect(withSides(lexicon, () => canonicalParty('National Liberation Army'))).toBe('ELN');
    expect(withSides(lexicon, () => findPartyMentions(eln).filter((m) => !m.isPlace).map((m) => m.party))).toContain('ELN');
  });

  it('joins a group\'s name and its initials, bracketed or "known by its initials"', () => {
    for (const text of [
      "The Philippines' government and the Popular Revolutionary Army (PRA) rebel group ended talks. The PRA team left on Monday.",
      "Talks between the government of the Philippines and the Popular Revolutionary Army, known by its Spanish initials PRA, ended. The PRA delegation left.",
    ]) {
      const lexicon = discoverSides(text);
      expect(withSides(lexicon, () => [canonicalParty('Popular Revolutionary Army'), canonicalParty('PRA'), canonicalParty('the government')])).toEqual(['PRA', 'PRA', 'Philippines']);
    }
  });

  it('reads "the rebels" as the one armed group facing the government', () => {
    const text = 'The Philippine government and the Popular Revolutionary Army (PRA) resumed talks. The rebels said the truce holds.';
    expect(sides(text)).toEqual(['Philippines', 'PRA', 'PRA', 'PRA']);
  });

  it('leaves "former guerrilla" and "rebel-held" to the person and the place they describe', () => {
    const text = 'The Philippine government and the Popular Revolutionary Army (PRA) resumed talks. Former guerrilla Ana Cruz led the talks on rebel-held Jolo.';
    expect(sides(text)).toEqual(['Philippines', 'PRA', 'PRA']);
  });

  it('does not read "rebels" as a side when the article names two groups', () => {
    const text = 'The Philippine government met the Popular Revolutionary Army (PRA) rebel group, then the Southern Liberation Front (SLF) rebel group. The rebels said little.';
    expect(sides(text).filter((party) => party === 'PRA' || party === 'SLF')).toEqual(['PRA', 'PRA', 'SLF', 'SLF']);
  });

  it('names a side found by its adjective after the place the article also names', () => {
    const text = 'Georgia and officials from the breakaway region of North Vardania met in Geneva. The North Vardanian delegation walked out.';
    expect(withSides(discoverSides(text), () => [canonicalParty('North Vardanian'), canonicalParty('North Vardania')])).toEqual(['North Vardania', 'North Vardania']);
    const adjectiveOnly = 'The Georgian government and the North Vardanian delegation met in Geneva.';
    expect(withSides(discoverSides(adjectiveOnly), () => canonicalParty('North Vardanian'))).toBe('North Vardanian');
  });

  it('reads the adjective of the place a group is named after, before a delegation noun, as the group', () => {
    const text = 'The Philippine government and the Mindor People\'s Liberation Front (MPLF) met in Oslo. The Mindoran delegation left early.';
    expect(withSides(discoverSides(text), () => canonicalParty('Mindoran'))).toBe('MPLF');
    const state = "Sudan's government and the Sudan People's Liberation Movement-North (SPLM-N) met. The Sudanese delegation left.";
    expect(withSides(discoverSides(state), () => canonicalParty('Sudanese'))).toBe('Sudan');
  });

  it('treats the Houthis as a side of their own', () => {
    expect(canonicalParty('the Houthis')).toBe('Houthis');
  });

  it('forgets an article\'s sides once it is extracted', () => {
    withSides(discoverSides('The government and the opposition met in Oslo.'), () => undefined);
    expect(canonicalParty('opposition')).toBeNull();
  });
});

describe('sides of the negotiation in an article', () => {
  it('takes "X and Y agreed …" as the two sides even when each is named once', () => {
    const text = 'ANKARA - Pakistan and Afghanistan have agreed to maintain the ceasefire, the Turkish Foreign Ministry said after talks hosted by Türkiye and Qatar in Istanbul. The talks were held in Istanbul.';
    expect(extractRounds(text, '2025-10-30').parties).toEqual(['Pakistan', 'Afghanistan']);
  });

  it('takes a proper-noun body that sends a delegation as a side', () => {
    const text = "The Southern Transitional Council's delegation, led by Aidarous al-Zubaidi, met Yemen's government delegation in Riyadh. The talks ended on Sunday.";
    const { parties, rounds } = extractRounds(text, '2025-10-30');
    expect(parties).toEqual(expect.arrayContaining(['Southern Transitional Council', 'Yemen']));
    expect(rounds[0]?.delegations.map((d) => d.party)).toContain('Southern Transitional Council');
  });
});

describe('armed forces and armed groups as sides', () => {
  const sides = (text: string) => withSides(discoverSides(text), () => findPartyMentions(text).filter((m) => !m.isPlace).map((m) => m.party));

  it('reads "<Country>\'s army", "the military" and "the <Adj> Armed Forces (ACR)" as the state when the other side is an armed group', () => {
    const text = "Sudan's army and the paramilitary Rapid Support Forces (RSF) signed a pledge in Jeddah. The military said the RSF must withdraw.";
    expect(new Set(sides(text))).toEqual(new Set(['Sudan', 'RSF']));
    expect(withSides(discoverSides(text), () => canonicalParty('the military'))).toBe('Sudan');
    const ethiopia = 'The Ethiopian National Defense Force (ENDF) and the rebel Oromo Liberation Army (OLA) met in Zanzibar. ENDF commanders and OLA negotiators agreed to meet again. The army said talks went well.';
    const lexicon = discoverSides(ethiopia);
    expect(withSides(lexicon, () => [canonicalParty('ENDF'), canonicalParty('the army'), canonicalParty('OLA')])).toEqual(['Ethiopia', 'Ethiopia', 'OLA']);
    const saf = "Talks between the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) resumed. SAF negotiators said the RSF must leave homes.";
    expect(new Set(sides(saf))).toEqual(new Set(['Sudan', 'RSF']));
  });

  it('leaves a state\'s army alone when no armed group is a side', () => {
    expect(discoverSides("India's army and China's military held corps commander talks at Chushul.")).toBeNull();
  });

  it.each([
    ['the paramilitary X (ACR)', 'Iraq\'s government and the paramilitary Popular Mobilization Forces (PMF) met in Baghdad.', 'PMF', 'Popular Mobilization Forces'],
    ['the militia X', 'The Libyan Tripoli government and the militia Radaa Deterrence Apparatus agreed a truce on Monday.', 'Radaa Deterrence Apparatus', 'Radaa Deterrence Apparatus'],
    ['the rebel X', 'The federal government and the rebel Tigray People\'s Liberation Front signed the deal in Pretoria.', 'Tigray People\'s Liberation Front', 'Tigray People\'s Liberation Front'],
    ['the rebel X, acronym later', 'The federal government and the rebel Tigray People\'s Liberation Front signed the deal in Pretoria. TPLF fighters will disarm.', 'TPLF', 'Tigray People\'s Liberation Front'],
    ['the armed group X (ACR)', 'The Colombian government and the armed group Comuneros del Sur (CDS) agreed to talks.', 'CDS', 'Comuneros del Sur'],
    ['the X paramilitary group', 'Sudan\'s army and the Rapid Support Forces paramilitary group met in Jeddah.', 'Rapid Support Forces', 'Rapid Support Forces'],
    ['the X (ACR) paramilitary group', 'Sudan\'s army and the Rapid Support Forces (RSF) paramilitary group met in Jeddah.', 'RSF', 'Rapid Support Forces'],
  ])('discovers a group introduced descriptor-first or descriptor-after: %s', (_, text, canonical, name) => {
    expect(withSides(discoverSides(text), () => canonicalParty(name))).toBe(canonical);
  });

  it('joins a bare acronym to a group introduced by its full name', () => {
    const text = 'The military and the Rapid Support Forces signed the declaration in Jeddah. Warplanes pounded RSF positions in the capital.';
    const lexicon = discoverSides(text);
    expect(withSides(lexicon, () => [canonicalParty('Rapid Support Forces'), canonicalParty('RSF')])).toEqual(['RSF', 'RSF']);
  });

  it('does not take a descriptor followed by a common word for a group', () => {
    expect(discoverSides('The rebel fighters and paramilitary units withdrew after talks in Geneva.')).toBeNull();
    expect(discoverSides('Rebel Tigrayan forces and militant Islamist fighters were not at the talks in Geneva.')).toBeNull();
  });
});

describe('the generated country table', () => {
  it('is what the generator makes of the installed dataset (run npm run gen:countries after an update)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateCountryTable());
  });

  it.each([
    ['Burmese', 'Myanmar'], ['Burma', 'Myanmar'], ['Naypyidaw', 'Myanmar'], ['Mozambican', 'Mozambique'], ['Maputo', 'Mozambique'],
    ['Cooperative Republic of Guyana', 'Guyana'], ['Guyanese', 'Guyana'], ['Libyan', 'Libya'], ['Somalis', 'Somalia'], ['Peruvian', 'Peru'],
    ['St Vincent and the Grenadines', 'Saint Vincent and the Grenadines'], ['Ivorian', 'Ivory Coast'], ['Kyrgyz', 'Kyrgyzstan'],
  ])('knows a state the hand table lacks: "%s" → %s', (mention, party) => {
    expect(canonicalParty(mention)).toBe(party);
  });

  it('keeps the hand-written names and metonyms on top', () => {
    expect([canonicalParty('Turkey'), canonicalParty('DR Congo'), canonicalParty('Hashemite Kingdom of Jordan'), canonicalParty('Kremlin')])
      .toEqual(['Türkiye', 'Democratic Republic of the Congo', 'Jordan', 'Russia']);
    expect(canonicalParty('Sanaa')).toBe('Houthis');
  });

  it('knows every capital as a city and as its state\'s capital', () => {
    expect(isKnownCity('Maputo')).toBe(true);
    expect(capitalOf('Mozambican')).toBe('Maputo');
    expect(findPartyMentions('Talks opened in Maputo on Monday.')[0]).toMatchObject({ party: 'Mozambique', isPlace: true });
  });
});

describe('state names that are common words or shared', () => {
  const parties = (text: string) => withSides(discoverSides(text), () => findPartyMentions(text).filter((m) => !m.isPlace).map((m) => m.party));

  it('reads a name that is also a given name or word as the state only when the article names that state otherwise', () => {
    expect(parties('Chad said he would coach the team in Georgia next year.')).toEqual([]);
    expect(parties('Chad and Sudan agreed to reopen the border. Chadian officials said the talks in N\'Djamena went well.')).toEqual(['Chad', 'Sudan', 'Chad']);
    expect(parties("Niger's junta met Benin's envoy.")).toEqual(['Niger', 'Benin']);
  });

  it('reads a capital that is also a common place name as a seat only once its state is named', () => {
    expect(withSides(discoverSides('Georgetown won the game.'), () => isKnownCity('Georgetown'))).toBe(false);
    expect(parties('Venezuela accused Georgetown of provocation, but Guyana rejected it.')).toEqual(['Venezuela', 'Guyana', 'Guyana']);
  });

  it('gives a demonym several states share to the one the article names', () => {
    const brazzaville = 'Congolese officials met Angolan mediators in Brazzaville, where the Republic of the Congo hosted the talks.';
    expect(parties(brazzaville)[0]).toBe('Republic of the Congo');
    expect(parties('Congolese and Rwandan ministers met in Washington.')[0]).toBe('Democratic Republic of the Congo');
    expect(parties('Dominican fishermen were detained.')).toEqual([]);
    expect(parties('Dominican officials in Santo Domingo said Haiti had agreed.')).toEqual(['Dominican Republic', 'Haiti']);
    expect(parties('Equatorial Guinea and Gabon signed the deal; Guinean officials called it fair.').at(-1)).toBe('Equatorial Guinea');
    expect(parties('Sudanese and South Sudanese envoys met in Juba. Sudan wants the oil to flow.')[0]).toBe('Sudan');
  });
});

describe('"Congo" alone', () => {
  it('reads "Congo" as the DRC unless the article names the Republic of Congo', () => {
    expect(canonicalParty('Congo')).toBe('Democratic Republic of the Congo');
    expect(canonicalParty('Republic of Congo')).toBe('Republic of the Congo');
    const text = "The Republic of Congo and Angola signed a border deal. Congo's president welcomed it.";
    expect(withSides(discoverSides(text), () => findPartyMentions(text).map((m) => m.party))).toEqual(['Republic of the Congo', 'Angola', 'Republic of the Congo']);
  });
});

describe('movements before they governed', () => {
  it('reads the Taliban as the movement in a report filed before the takeover, and as Afghanistan after it', () => {
    const text = 'The United States and the Taliban held a new round of talks in Doha on Saturday. US envoy Zalmay Khalilzad led the American delegation.';
    expect(extractRounds(text, '2019-06-30').parties).toEqual(['United States', 'Taliban']);
    expect(extractRounds(text, '2023-06-30').parties).toEqual(['United States', 'Afghanistan']);
  });
});

describe('who backs a group', () => {
  it('leaves the backer out of the group\'s name', () => {
    const sides = discoverSides('Mozambique and the Tanzania-backed Ruvuma Front rebel group signed a truce in Maputo on Monday.');
    expect(sides?.byForm.get('ruvuma front')).toBe('Ruvuma Front');
  });
});

describe("wire copy's creed or leaning before a group's name", () => {
  it('is no part of the name', () => {
    const sides = discoverSides("Mozambique's government and the Islamist Ruvuma Front rebels resumed talks in Maputo on Monday.");
    expect(sides?.byForm.get('ruvuma front')).toBe('Ruvuma Front');
    expect(sides?.byForm.get('islamist ruvuma front')).toBeUndefined();
  });
});

describe('coalitions of armed groups', () => {
  const lexiconOf = (text: string) => discoverSides(text);
  const parties = (text: string) => withSides(discoverSides(text), () => findPartyMentions(text).filter((m) => !m.isPlace).map((m) => m.party));

  it('makes an alliance named with its members one side, under the alliance\'s name', () => {
    const text = "Myanmar's junta and an alliance of three rebel groups agreed to a truce in Bangkok. The Northern Freedom Alliance, made up of the Kayan Liberation Army (KLA), the Highland Defence Front (HDF) and the Salween Army, began its offensive in May. The KLA said the alliance would keep its positions.";
    const lexicon = lexiconOf(text);
    expect(lexicon?.government).toBe('Myanmar');
    expect(withSides(lexicon, () => ['KLA', 'Highland Defence Front', 'Salween Army', 'the junta'].map(canonicalParty))).toEqual(['Northern Freedom Alliance', 'Northern Freedom Alliance', 'Northern Freedom Alliance', 'Myanmar']);
    expect(new Set(parties(text))).toEqual(new Set(['Myanmar', 'Northern Freedom Alliance']));
  });

  it('reads a shorter form of the alliance\'s name as the same side', () => {
    const text = 'The regime and the Freedom Alliance of four armed groups met in Bangkok. The Northern Freedom Alliance, comprising the Kayan Liberation Army and the Salween Army, said the talks went well.';
    expect(withSides(lexiconOf(text), () => [canonicalParty('Freedom Alliance'), canonicalParty('Kayan Liberation Army')])).toEqual(['Northern Freedom Alliance', 'Northern Freedom Alliance']);
  });

  it('names a coalition only listed by its members after them, and reads "the armed groups" as it', () => {
    const text = "Mozambique's army and two armed groups, namely the Coastal Liberation Front (CLF) and the Ruvuma Resistance Movement (RRM), held talks in Maputo. The two armed groups said they would disarm.";
    expect(new Set(parties(text))).toEqual(new Set(['Mozambique', 'CLF and RRM']));
  });

  it('tells a group whose name starts with a state\'s from the state\'s own forces', () => {
    const text = "Sudan's army and the Sudan Liberation Movement (SLM) rebel group met in Juba. The Sudanese Armed Forces said SLM fighters must leave.";
    expect(new Set(parties(text))).toEqual(new Set(['Sudan', 'SLM']));
  });

  it('prefers the state whose forces face the group over a mediator named more often as the government', () => {
    const text = 'China said Myanmar\'s military and the rebel Kayan Liberation Army had met. China hosted the talks, China said, and China will host more. Chinese officials were pleased.';
    expect(discoverSides(text)?.government).toBe('Myanmar');
  });

  it('does not take "former guerrilla <person>" for a group', () => {
    const text = "The government team, led by former guerrilla Juan Ortega, and the ELN delegation met in Havana.";
    expect(withSides(discoverSides(text), () => canonicalParty('Juan Ortega'))).toBeNull();
  });

  it('links a group\'s names across outlets', () => {
    expect(sameSide('RSF', 'Rapid Support Forces')).toBe(true);
    expect(sameSide('Brotherhood Alliance', 'Three Brotherhood Alliance')).toBe(true);
    expect(sameSide('Arakan Army', 'Kachin Independence Army')).toBe(false);
    expect(sameSide('Liberation Front', 'Oromo Liberation Front')).toBe(true);
    expect(sameSide('Front', 'Oromo Liberation Front')).toBe(false);
    // A group's one name word, with its organisation noun in either language and order.
    expect(sameSide('Sendero', 'Frente Sendero')).toBe(true);
    expect(sameSide('Sendero', 'the Sendero Movement')).toBe(true);
    expect(sameSide('Sendero', 'Sendero Luminoso')).toBe(false);
  });
});

describe('hosts, mediators and places', () => {
  it.each([
    ['talks mediated by Qatar and Egypt', 'Qatar'], ['the Qatar-brokered truce', 'Qatar'], ['with the facilitation of Norway, the two sides met', 'Norway'],
    ['under the auspices of Kenya', 'Kenya'], ['Oman, which hosted the talks, said', 'Oman'], ['Qatari mediators said', 'Qatar'],
    ["Beijing's special envoy, Li Wen, oversaw the negotiations", 'China'],
    ['talks brokered by Kenya and the United States', 'United States'], ['Mediator Norway said progress was made', 'Norway'],
    ['Norway facilitates talks between the two sides', 'Norway'], ['Qatar has been mediating talks in Doha', 'Qatar'],
    ["the African Union's chief mediator said", 'African Union'], ['Omani Foreign Minister Sayyid Badr shuttled between the rooms', 'Oman'],
    ['Kenyan President Daniel Moi said after hosting talks', 'Kenya'], ['Turkish Foreign Minister Ali Kaya, who hosted the talks, said', 'Türkiye'],
    ['Norway began hosting the negotiations in March', 'Norway'], ['Switzerland first brought the two sides together in Bern', 'Switzerland'],
    ["said Anna Berg, Norway's deputy foreign minister, who led the mediation", 'Norway'],
    ['praised the joint mediation efforts of the Kingdom of Norway, the Swiss Confederation and Kenya', 'Kenya'],
    ['mediators Norway, Kenya and the United States will monitor it', 'United States'],
    ['after talks in which Norwegian, Swiss and Kenyan mediators shuttled between the rooms', 'Norway'],
    ['Cuba, Mexico and Norway act as guarantors of the process', 'Cuba'],
    ['the talks are co-chaired by the African Union, the United Nations and Norway', 'United Nations'],
    ['Co-chair Jan Holm, the Norwegian special envoy, told reporters', 'Norway'],
    ['with the EU and Norwegian monitors on the ground', 'Norway'], ['Kenyan observers watched the vote', 'Kenya'],
  ])('marks the host or mediator in "%s"', (text, party) => {
    expect(findPartyMentions(text).find((m) => m.party === party)?.isMediator).toBe(true);
  });

  it('leaves a side that merely speaks unmarked', () => {
    expect(findPartyMentions('Qatar said the talks would resume.')[0]?.isMediator).toBe(false);
  });

  it.each([
    ['Iran and the United States held talks mediated by Oman', 'Iran'],
    ['with the facilitation of Norway, the Colombian government and the rebels met', 'Colombia'],
    ['Serbian President Aleksandar Novak said the talks failed', 'Serbia'],
    ["the deal was signed under Swiss mediation by Belgrade's envoy Marko Ilic", 'Serbia'],
    ['the U.N. coordinator for Lebanon Jan Novak hosted the meeting', 'Lebanon'],
    ['officials of the two guarantors and Armenia met on the sidelines', 'Armenia'],
    ['the session was co-chaired by Peruvian Deputy Foreign Minister Ana Ruiz and Chilean Undersecretary Jorge Soto', 'Peru'],
    ['the session was co-chaired by Peruvian Deputy Foreign Minister Ana Ruiz and Chilean Undersecretary Jorge Soto', 'Chile'],
  ])('leaves the sides unmarked in "%s"', (text, party) => {
    expect(findPartyMentions(text).find((m) => m.party === party)?.isMediator).toBe(false);
  });

  it.each([
    ['The Stockholm talks ended on Tuesday.', 'Sweden'], ["They met at Rosenbad, the Swedish prime minister's office.", 'Sweden'],
    ['They met in central Stockholm.', 'Sweden'], ["The leaders met in Putrajaya, Malaysia's administrative capital.", 'Malaysia'],
    ['They met at the seat of the Swedish government.', 'Sweden'], ['The Nairobi track runs alongside the Geneva talks.', 'Kenya'],
  ])('reads a state named as the place of the talks as a place: "%s"', (text, party) => {
    expect(findPartyMentions(text).find((m) => m.party === party)?.isPlace).toBe(true);
  });

  it.each([
    ['NAIROBI, Kenya (AP) — Ethiopia and Eritrea agreed on Monday to reopen the border.', 'Kenya'],
    ['Oslo, Norway, Dec 6 (Reuters) - The two sides began talks on Thursday.', 'Norway'],
  ])('reads the country of a dateline as where the story was filed: "%s"', (text, party) => {
    expect(findPartyMentions(text).find((m) => m.text === party)?.isPlace).toBe(true);
  });

  it('keeps a list of states opening a sentence as actors', () => {
    expect(findPartyMentions('Iran, Oman and Qatar met on Monday.').filter((m) => m.isPlace).map((m) => m.party)).toEqual([]);
  });

  it('reads "the delegation of the Israeli side" as the side, not a place', () => {
    expect(findPartyMentions('The delegation of the Israeli side sat in the same hall.')[0]).toMatchObject({ party: 'Israel', isPlace: false });
  });
});

describe('communities of one people as sides', () => {
  const text = 'Greek Cypriot negotiator Andreas Pavlou and Turkish Cypriot negotiator Kemal Ozer resumed talks. Rival Greek and Turkish Cypriots disagree on security.';

  it('names each community as a side in place of the two state words', () => {
    const mentions = withSides(discoverSides(text), () => findPartyMentions(text).map((mention) => [mention.party, mention.text]));
    expect(mentions).toEqual([
      ['Greek Cypriots', 'Greek Cypriot'],
      ['Turkish Cypriots', 'Turkish Cypriot'],
      ['Greek Cypriots', 'Greek'],
      ['Turkish Cypriots', 'Turkish Cypriots'],
    ]);
  });

  it('leaves a lone compound adjective to its states', () => {
    const lone = 'A Greek Cypriot businessman attended the talks between Greece and Turkey.';
    expect(withSides(discoverSides(lone), () => findPartyMentions(lone).map((mention) => mention.party))).toEqual(['Greece', 'Cyprus', 'Greece', 'Türkiye']);
  });

  it('reads a post of a republic as whose post, not a place', () => {
    expect(findPartyMentions('the President of the Republic of Ghana said').map((mention) => mention.isPlace)).toEqual([false]);
  });
});

describe('a movement named with the country it is of, and a government by its initials', () => {
  const text = 'The Government of the Republic of Colombia (GRC) and the Popular Liberation Front of Colombia (PLFC) resumed talks in Oslo.';

  it('reads the movement by its initials and the government initials as the state', () => {
    const mentions = withSides(discoverSides(text), () => findPartyMentions('The GRC panel met the PLFC panel.').map((mention) => mention.party));
    expect(mentions).toEqual(['Colombia', 'PLFC']);
  });

  it('takes the initials with and without the country letter for one side', () => {
    expect(sameSide('PLF', 'PLFC')).toBe(true);
    expect(sameSide('PLF', 'PLA')).toBe(false);
    expect(sameSide('SPLM', 'SPLM-N')).toBe(false);
  });
});

describe('backers, spellings and short names of one side', () => {
  it('does not count a backer named before "-backed" as a side', () => {
    expect(findPartyMentions('The Iran-backed rebels said the talks were positive.').map((m) => m.party)).toEqual([]);
    expect(findPartyMentions('a decade of U.S.-backed military offensives').map((m) => m.party)).toEqual(['United States']);
  });

  it('reads the Houthis in the spelling some agencies use', () => {
    expect(canonicalParty('Huthis')).toBe('Houthis');
  });

  it('joins a common short name to the full name given with its initials', () => {
    const sides = discoverSides("Myanmar's government and Karen Eagle rebels met in Bangkok on Monday. The Liberation Eagles of Karen Land (LEKL) said the talks were useful.");
    expect(sides?.byForm.get('karen eagle')).toBe('LEKL');
  });

  it('names the opposition by the initials of the alliance that calls itself so', () => {
    const sides = discoverSides("Sudan's government and the opposition resumed talks in Juba. The Lakeland Opposition Unity Front (LOUF) sent ten delegates.");
    expect(sides?.opposition).toBe('LOUF');
  });

  it('takes no byline for a group', () => {
    const sides = discoverSides('By Agence Staff\nMarch 3\nThe government and the rebels of the Lakeland Liberation Front resumed talks in Juba.');
    expect([...(sides?.byForm.values() ?? [])].some((name) => name.includes('\n'))).toBe(false);
  });
});

describe('a standing bloc of states as one side', () => {
  it('resolves the members to the bloc the article names', () => {
    const sides = discoverSides('Iran held talks with the E3 in Oslo on Monday. Britain said the talks were useful.');
    expect(withSides(sides, () => canonicalParty('Britain'))).toBe('E3');
    expect(withSides(sides, () => canonicalParty('E3'))).toBe('E3');
  });

  it('resolves the members when the bloc is described as one with its members listed', () => {
    const sides = discoverSides('Iran held talks with the three European powers, Britain, France and Germany, in Oslo on Monday.');
    expect(withSides(sides, () => canonicalParty('French'))).toBe('E3');
  });

  it('leaves the members as states when no bloc is named', () => {
    const sides = discoverSides('Iran held talks with Britain, France and Germany in Oslo on Monday.');
    expect(withSides(sides, () => canonicalParty('Britain'))).toBe('United Kingdom');
  });

  it('counts a member state as the bloc\'s side across a track', () => {
    expect(sameSide('E3', 'France')).toBe(true);
    expect(sameSide('E3', 'Spain')).toBe(false);
  });
});

describe('bodies that act as sides', () => {
  it('reads an acronym with a side or panel as a side', () => {
    expect(discoverSides('Thai officials met in Penang. The PLF side was headed by its chief negotiator.')?.byForm.get('plf')).toBe('PLF');
  });

  it('reads a movement that concludes talks with another, or is represented at them, as a side', () => {
    expect(discoverSides('Chile and the Southern Lakes Movement (SLM) reached agreement on Sunday.')?.byForm.get('slm')).toBe('SLM');
    expect(discoverSides('The Southern Lakes Movement (SLM), whose leaders live abroad, was represented by its chairman.')?.byForm.get('slm')).toBe('SLM');
  });
});

describe('one movement named several ways', () => {
  it('finds a movement described by what it fights for', () => {
    expect(discoverSides('Ethiopia and the Ogaden Liberation Front independence movement ended a round of talks.')?.byForm.get('ogaden liberation front')).toBe('Ogaden Liberation Front');
  });

  it('reads a movement by its own word alone as that movement', () => {
    const sides = discoverSides('Ethiopia and the Ogaden Liberation Front independence movement met. The Ogaden delegation left early, and Ethiopia accused the Ogaden of delays.');
    expect(sides?.byForm.get('ogaden')).toBe('Ogaden Liberation Front');
  });

  it('does not take a region named like the movement for it', () => {
    const sides = discoverSides('Ethiopia and the Ogaden Liberation Front independence movement met. Fighting went on in the Ogaden region.');
    expect(sides?.byForm.get('ogaden')).toBeUndefined();
  });

  it('takes a name in another language and word order for the same side', () => {
    expect(sameSide('Frente Ogaden', 'Ogaden Front')).toBe(true);
    expect(sameSide('Movimiento Ogaden', 'Ogaden Front')).toBe(false);
  });

  it('keeps counts and ordinals out of a group name', () => {
    const sides = discoverSides('The government and the Kuro rebels signed a deal. More than 2,000 Kuro rebels and the First Kuro guerrillas handed in weapons.');
    expect([...new Set(sides?.byForm.values())].filter((side) => /Kuro/.test(side))).toEqual(['Kuro']);
  });

  it('knows the former UN name of North Macedonia and its initials', () => {
    expect(canonicalParty('FYROM')).toBe('North Macedonia');
    expect(canonicalParty('the Former Yugoslav Republic of Macedonia')).toBe('North Macedonia');
  });
});

describe('force nouns inside a proper name', () => {
  it('does not read the capitalized "Junta" of a faction\'s name as the government', () => {
    const sides = discoverSides('Gabon and the Ngove rebels held talks. The government said the Ngove rebels must disarm. Gabon wants peace.');
    const parties = withSides(sides, () => findPartyMentions('The Ngove Military Junta rejected the deal.').map((mention) => mention.party));
    expect(parties).toEqual(['Ngove']);
  });
});

describe('states that no longer exist, and breakaway territories', () => {
  it.each([
    ['The Transnistrian negotiator left Tiraspol.', 'Transnistria'],
    ['Somaliland and Somalia met in Djibouti.', 'Somaliland'],
    ['Abkhaz and South Ossetian representatives took part.', 'South Ossetia'],
    ['The North Vietnamese delegation walked out.', 'North Vietnam'],
    ['Saigon and the Republic of Vietnam delegation', 'South Vietnam'],
    ['The Rhodesian delegation signed.', 'Rhodesia'],
    ['The Zimbabwe-Rhodesia government signed.', 'Rhodesia'],
  ])('reads "%s" as %s', (text, party) => {
    expect(findPartyMentions(text).map((mention) => mention.party)).toContain(party);
  });
});
