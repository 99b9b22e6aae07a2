namespace Extractor;

/// <summary>The broad class of a <see cref="Token"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>A word in any script, including contractions, abbreviations and hyphenated compounds.</summary>
    Word,

    /// <summary>A number: "100,000", "3.5", "2022", "21st".</summary>
    Number,

    /// <summary>A punctuation mark other than a quotation mark.</summary>
    Punctuation,

    /// <summary>A quotation mark or an apostrophe used as one.</summary>
    Quote,

    /// <summary>A symbol: currency, emoji, math or other signs.</summary>
    Symbol,

    /// <summary>A URL, e-mail address, hashtag or handle.</summary>
    Url,
}
