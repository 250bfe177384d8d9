import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitClauses, splitSentences } from '../../functions/ingest/sentences.ts';

describe('splitSentences', () => {
  it('does not end a sentence after a rank or dotted initials, and ends it after a dotted abbreviation a sentence opener follows', () => {
    const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);
    expect(texts('The army team was led by Brig. Gen. Omar Haddad on Monday. It met at the border.')).toEqual(['The army team was led by Brig. Gen. Omar Haddad on Monday.', 'It met at the border.']);
    expect(texts('India sent Lieutenant General R.K.S. Bhadoria. China sent a colonel.')).toEqual(['India sent Lieutenant General R.K.S. Bhadoria.', 'China sent a colonel.']);
    expect(texts('The accord was signed in the U.S. The next round is due in May.')).toEqual(['The accord was signed in the U.S.', 'The next round is due in May.']);
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'The talks ended. Both sides agreed.\n\nA new paragraph.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not split after abbreviations such as U.S. and initials', () => {
    expect(splitSentences('The U.S. delegation met Mr. J. Smith in Rome. It ended.').map((s) => s.text)).toEqual(['The U.S. delegation met Mr. J. Smith in Rome.', 'It ended.']);
  });

  it('keeps a multi-sentence quotation with its attribution', () => {
    expect(splitSentences('"It was useful. We heard each other," Lavrov said. Then they left.')).toHaveLength(2);
  });

  it('splits a paragraph of a quotation that runs on into the next paragraph, which holds no attribution', () => {
    const text = 'The minister read this statement:\n\n"On April 8 I met in Lima with the president. On April 10 I was in Quito for talks.\n\n"We made progress," he said.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The minister read this statement:',
      '"On April 8 I met in Lima with the president.',
      'On April 10 I was in Quito for talks.',
      '"We made progress," he said.',
    ]);
  });

  it('marks short unpunctuated lines as headings', () => {
    expect(splitSentences('US comments\n\nThe statement said so.')[0]?.isHeading).toBe(true);
  });

  it('ends a sentence on a one-letter platform name before a new quotation', () => {
    const text = '"We made real progress," the mediator wrote on X. "More work remains before a deal."';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['"We made real progress," the mediator wrote on X.', '"More work remains before a deal."']);
  });

  it('ends a sentence on a one-letter word before a sentence opener, but keeps initials before names', () => {
    expect(splitSentences('The fallback was called Plan B. The talks failed anyway.')).toHaveLength(2);
    expect(splitSentences('The envoy met K. Raman and S. Iyer in Delhi. It ended.')).toHaveLength(2);
  });

  it('starts after a skipped dateline', () => {
    const text = 'ISTANBUL, April 10. /TASS/. Russia and the US met.';
    expect(splitSentences(text, 28)[0]?.text).toBe('Russia and the US met.');
  });
});

describe('splitClauses', () => {
  it('splits two sides joined by "while"', () => {
    expect(splitClauses('The Russian delegation is led by A B while the US delegation is headed by C D.')).toHaveLength(2);
  });

  it('splits two rounds joined by ", as the"', () => {
    const clauses = splitClauses('The April meeting took place at the consulate, as the February round was held at the residence.');
    expect(clauses.map((clause) => clause.joiner)).toEqual(['', 'as']);
  });

  it('splits a second predicate that reports another fact', () => {
    expect(splitClauses('Vučić rejected the demand and proposed that Kosovo act first.')).toHaveLength(2);
  });

  it('splits two full clauses joined by a semicolon', () => {
    const clauses = splitClauses('The first meeting was held in Geneva in May; the second took place in London in June.');
    expect(clauses.map((clause) => clause.text)).toEqual(['The first meeting was held in Geneva in May', 'the second took place in London in June.']);
    expect(clauses[1]?.joiner).toBe(';');
  });

  it('does not split a semicolon list or a clause that points back to the one before', () => {
    expect(splitClauses('Delegates came from Egypt and Sudan; observers from the UN and the African Union.')).toHaveLength(1);
    expect(splitClauses('The meeting took place in Doha on Monday; a government spokesman called it constructive.')).toHaveLength(1);
  });

  it('does not split inside a quotation', () => {
    expect(splitClauses('He said "we agreed while they objected to it" on Friday.')).toHaveLength(1);
  });
});

describe('run-on text', () => {
  it('cuts a "sentence" longer than any prose sentence into verbatim pieces no rule reads more than', () => {
    const text = 'Serbia and Kosovo held talks in Brussels and agreed to continue, '.repeat(80);
    const sentences = splitSentences(text);

    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});

describe('a place opening a coordinated clause', () => {
  it('cuts ", and in London they agreed" into a clause of its own', () => {
    const clauses = splitClauses('The envoys agreed in Oslo to a truce that lowered tariffs, and in Lisbon they agreed a framework on exports.');
    expect(clauses.map((clause) => clause.text.trim())).toEqual(['The envoys agreed in Oslo to a truce that lowered tariffs', 'and in Lisbon they agreed a framework on exports.']);
  });
});
