namespace Extractor.Quotes;

/// <summary>Word classes the speaker and clause readers need, from <c>quote-words.txt</c> and <c>resolution-nouns.txt</c>.</summary>
[Flags]
internal enum WordTags : ushort
{
    None = 0,
    Determiner = 1 << 0,
    Preposition = 1 << 1,
    Auxiliary = 1 << 2,
    Adverb = 1 << 3,
    PersonPronoun = 1 << 4,
    ThingPronoun = 1 << 5,
    GroupPronoun = 1 << 6,
    ClauseStart = 1 << 7,
    That = 1 << 8,
    Conjunction = 1 << 9,
    Time = 1 << 10,
    Title = 1 << 11,
    PersonNoun = 1 << 12,
    Document = 1 << 13,
    Group = 1 << 14,
    OrgHead = 1 << 15,

    Pronoun = PersonPronoun | ThingPronoun | GroupPronoun,
}
