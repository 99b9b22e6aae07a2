namespace Extractor.Dates;

/// <summary>
/// The word classes temporal rules are written in. A token can belong to several (the lexicon's "later" is both a
/// <see cref="Part"/> and an <see cref="Ago"/>), so they are bits.
/// </summary>
[Flags]
internal enum TemporalCategory : ulong
{
    None = 0,
    Month = 1UL << 0,
    MonthAbbr = 1UL << 1,
    Weekday = 1UL << 2,
    WeekdayAbbr = 1UL << 3,
    Weekdays = 1UL << 4,
    Season = 1UL << 5,
    Unit = 1UL << 6,
    Units = 1UL << 7,
    SetWord = 1UL << 8,
    DayRef = 1UL << 9,
    Ref = 1UL << 10,
    NumWord = 1UL << 11,
    OrdWord = 1UL << 12,
    Rel = 1UL << 13,
    Part = 1UL << 14,
    Pod = 1UL << 15,
    Pods = 1UL << 16,
    Ago = 1UL << 17,
    Every = 1UL << 18,
    ApproxMod = 1UL << 19,
    TimeZone = 1UL << 20,
    AmPm = 1UL << 21,
    ClockWord = 1UL << 22,
    DecadeWord = 1UL << 23,
    Holiday = 1UL << 24,
    Fiscal = 1UL << 25,
    FutureCue = 1UL << 26,
    RefAdj = 1UL << 28,
    Literal = 1UL << 29,

    /// <summary>A literal word some rule can start with ("the", "at", "every"): only these open the gate.</summary>
    LeadLiteral = 1UL << 30,
    PastCue = 1UL << 27,

    /// <summary>A word ending in "-ed" that is not a past form ("succeed", "hundred"), so it is no past cue.</summary>
    NotPast = 1UL << 31,

    // Computed from the token's characters, not the lexicon.

    /// <summary>A number in digits or a number word ("20", "two", "a", "several").</summary>
    Num = 1UL << 32,

    /// <summary>A day of the month: 1 to 31, with or without an ordinal suffix ("22nd").</summary>
    DayNum = 1UL << 33,

    /// <summary>A four-digit year from 1000 to 2199, or an apostrophe year ("'98").</summary>
    Year = 1UL << 34,

    /// <summary>A clock time "10:30".</summary>
    Clock = 1UL << 35,

    /// <summary>A decade "1990s", "90s", "'90s".</summary>
    Decade = 1UL << 36,

    /// <summary>An ordinal in digits ("20th").</summary>
    OrdNum = 1UL << 37,

    /// <summary>A hyphen, whether split out of a word ("two-year") or standing alone.</summary>
    Hyphen = 1UL << 38,

    /// <summary>A comma.</summary>
    Comma = 1UL << 39,

    /// <summary>Anything: the first character of a token is upper case (used by context checks, not rules).</summary>
    Capitalized = 1UL << 40,

    /// <summary>A quarter or half in business shorthand: "Q3", "H1".</summary>
    QuarterCode = 1UL << 41,
}
