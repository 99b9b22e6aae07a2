namespace Extractor.Quotes;

/// <summary>What a speaker phrase names, read from its words; decides how the phrase is resolved.</summary>
internal enum SpeakerKind : byte
{
    /// <summary>A proper name, possibly after a title: "Stoltenberg", "NATO Secretary General Jens Stoltenberg", "BNS".</summary>
    Name,

    /// <summary>A pronoun: "he", "it", "they".</summary>
    Pronoun,

    /// <summary>A role or office without a name: "the NATO secretary general", "the secretary".</summary>
    Role,

    /// <summary>A text that speaks for its author: "the press release", "the NATO statement".</summary>
    Document,

    /// <summary>A body or collective: "the alliance", "the coalition".</summary>
    Group,

    /// <summary>Any other noun phrase: "a source", "officials", "authorities in Kiev".</summary>
    Generic,
}
