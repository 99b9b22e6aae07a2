namespace Extractor.Text;

/// <summary>How a word that keeps its trailing period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation: a following period is sentence punctuation.</summary>
    None,

    /// <summary>
    /// Always followed by more of the same sentence: titles before names ("Mr.", "Gov.", "Sen.") and Latin
    /// connectives ("e.g.", "i.e.", "vs.", "cf."). It never ends a sentence.
    /// </summary>
    Title,

    /// <summary>
    /// May end a sentence ("in the U.S.", "Apple Inc.", "John F."): it does when the next word clearly starts one.
    /// Acronyms, initials, company suffixes, months, US states.
    /// </summary>
    Ordinary,

    /// <summary>
    /// Ends a company or place name ("Acme Inc.", "Portland, Ore."): ends a sentence when the next word clearly starts
    /// one, or is capitalized and followed by a lowercase word ("Acme Corp. Shares fell"), but not before a title and
    /// name ("Acme Inc. Chairman John Smith").
    /// </summary>
    Suffix,

    /// <summary>Takes the period only before a number ("No. 10", "Vol. 3", "Art. 5"); never ends a sentence.</summary>
    BeforeNumber,
}
