// Shape of one state in the generated country table (countries.generated.ts).

export interface GeneratedCountry {
  /** Common English short name ("Myanmar"). */
  name: string;
  /** How the name reads inside a sentence ("the Gambia"). */
  inSentence?: string;
  /** Names, official names and adjectives that always mean the state. */
  forms: string[];
  /** The capital as the state's seat: an actor ("Naypyidaw said") or a place ("talks in Naypyidaw"). */
  seats: string[];
  /** Names that are also common words or given names ("Chad", "Jordan"): the state only when the article names it otherwise too. */
  guarded?: string[];
  /** Capitals that are also common names elsewhere ("Kingston", "Georgetown"): a seat only when the article names the state. */
  guardedSeats?: string[];
  capital: string | null;
}

/** A name or adjective several states share ("Congolese"), read by which candidate the article names otherwise. */
export interface SharedCountryForm {
  states: readonly string[];
  /** The state it names when the article settles nothing, if one is usual ("Sudanese" → Sudan). */
  usual: string | null;
}
