namespace Extractor.Dates;

/// <summary>How a rule's matched words become a TIMEX3 value (see <see cref="TemporalNormalizer"/>).</summary>
internal enum TemporalAction
{
    /// <summary>A calendar date or time from its parts, absolute or relative to the reference date.</summary>
    Date,

    /// <summary>A count of units before or after the reference date ("three years ago").</summary>
    Offset,

    /// <summary>A clock time.</summary>
    Time,

    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    Ref,

    /// <summary>A length of time.</summary>
    Duration,

    /// <summary>A decade ("199").</summary>
    Decade,

    /// <summary>A century ("19").</summary>
    Century,

    /// <summary>A recurring time.</summary>
    Set,

    /// <summary>A period the story named before ("that year", "later that day").</summary>
    Anaphor,

    /// <summary>A bare four-digit year, checked against its context.</summary>
    Year,

    /// <summary>A calendar quarter named by its first and last months: "the April-June quarter".</summary>
    MonthSpan,

    /// <summary>A quarter or half in its business shorthand: "Q3", "H1 2024".</summary>
    QuarterCode,

    /// <summary>A season or term that is not a calendar season: "this season", "the end of last season", "next term".</summary>
    Season,

    /// <summary>The years around the start of a century or millennium: "the turn of the century".</summary>
    Turn,

    /// <summary>A bare day that starts or ends a range of days of one month: "3" in "from 3 to 5 June", "25" in
    /// "April 24 and 25".</summary>
    DayRange,
}
