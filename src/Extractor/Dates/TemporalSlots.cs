using System.Globalization;

namespace Extractor.Dates;

/// <summary>
/// What the words of one match say, slot by slot (month, day, unit, relation …), filled from the categories the
/// pattern matched. The normalizer reads only these slots, never the raw text, except for digits.
/// </summary>
internal struct TemporalSlots
{
    public const int Unset = int.MinValue;

    public int Year;
    public int Month;
    public int Day;
    public int Weekday;
    public string? Season;
    public int Number;
    public int NumberToken;
    public string? Unit;
    public bool UnitPlural;
    public int Rel;

    /// <summary>The token of the relative word ("next", "following"), or -1.</summary>
    public int RelToken;
    public string? Part;
    public string? Pod;
    public int DayOffset;
    public string? Ref;
    public string? RefAdj;
    public int Ordinal;
    public string? Approx;
    public int Clock;
    public int AmPm;
    public bool TimeZone;
    public int Ago;
    public bool Every;
    public string? SetWord;
    public int Decade;
    public int DecadeToken;
    public int DecadeWord;
    public string? Holiday;
    public bool Fiscal;
    public bool The;
    public bool HalfAdded;
    public bool Hyphen;
    public string? ClockWord;
    public int Literals;

    public const int LitAfter = 1, LitBefore = 2, LitTomorrow = 4, LitYesterday = 8, LitOther = 16, LitHalf = 32, LitEve = 64,
        LitEnd = 128, LitNow = 256, LitOClock = 512, LitMore = 1024, LitOnce = 2048, LitTwice = 4096, LitFrom = 8192, LitOf = 16384, LitDay = 32768, LitA = 65536, LitQuarter = 131072, LitPeriod = 262144, LitPossessive = 524288;

    public static TemporalSlots Empty() => new()
    {
        Year = Unset, Month = Unset, Day = Unset, Weekday = Unset, Number = Unset, NumberToken = -1, Rel = Unset, RelToken = -1, DayOffset = Unset,
        Ordinal = Unset, Clock = Unset, Decade = Unset, DecadeToken = -1, DecadeWord = Unset,
    };

    public readonly bool Has(int literal) => (Literals & literal) != 0;

    /// <summary>Records what token <paramref name="token"/> says as <paramref name="category"/> (or as a literal when None).</summary>
    public void Fill(TemporalCategory category, in TemporalToken token, int index, ReadOnlySpan<char> text)
    {
        string value = token.Word?.ValueOf(category) ?? string.Empty;
        switch (category)
        {
            case TemporalCategory.Month or TemporalCategory.MonthAbbr:
                Month = Int(value);
                break;
            case TemporalCategory.Weekday or TemporalCategory.WeekdayAbbr or TemporalCategory.Weekdays:
                Weekday = Int(value);
                break;
            case TemporalCategory.Season:
                Season = value;
                break;
            case TemporalCategory.Unit or TemporalCategory.Units:
                Unit = value;
                UnitPlural = category == TemporalCategory.Units;
                break;
            case TemporalCategory.SetWord:
                SetWord = value;
                break;
            case TemporalCategory.DayRef:
                if (value.EndsWith("NI", StringComparison.Ordinal))
                {
                    Pod = "NI";
                    value = value[..^2];
                }

                DayOffset = Int(value);
                break;
            case TemporalCategory.Ref:
                Ref = value;
                break;
            case TemporalCategory.RefAdj:
                RefAdj = value;
                break;
            case TemporalCategory.Num or TemporalCategory.NumWord:
                Number = token.Number;
                NumberToken = index;
                break;
            case TemporalCategory.DayNum:
                Day = token.Number;
                break;
            case TemporalCategory.Year:
                Year = token.Number;
                break;
            case TemporalCategory.OrdWord or TemporalCategory.OrdNum:
                Ordinal = category == TemporalCategory.OrdNum ? token.Number : Int(value);
                break;
            case TemporalCategory.Rel:
                Rel = Int(value);
                RelToken = index;
                break;
            case TemporalCategory.Part:
                Part = value;
                break;
            case TemporalCategory.Pod or TemporalCategory.Pods:
                Pod = value;
                break;
            case TemporalCategory.Ago:
                Ago = Int(value);
                break;
            case TemporalCategory.Every:
                Every = true;
                break;
            case TemporalCategory.ApproxMod:
                Approx = value;
                break;
            case TemporalCategory.TimeZone:
                TimeZone = true;
                break;
            case TemporalCategory.AmPm:
                AmPm = text.Length > 0 && (text[0] is 'p' or 'P') ? 2 : 1;
                break;
            case TemporalCategory.ClockWord:
                ClockWord = value;
                break;
            case TemporalCategory.Clock:
                Clock = token.Number;
                if (text.Length > 2 && text[^1] is 'm' or 'M' && text[^2] is 'a' or 'A' or 'p' or 'P')
                {
                    // "8pm", "10.38am": the a.m. or p.m. is glued to the clock.
                    AmPm = text[^2] is 'p' or 'P' ? 2 : 1;
                }

                break;
            case TemporalCategory.Decade:
                Decade = token.Number;
                DecadeToken = index;
                break;
            case TemporalCategory.DecadeWord:
                DecadeWord = Int(value);
                break;
            case TemporalCategory.Holiday:
                Holiday = value;
                break;
            case TemporalCategory.Fiscal:
                Fiscal = true;
                break;
            case TemporalCategory.Hyphen:
                Hyphen = true;
                break;
            default:
                FillLiteral(text);
                break;
        }
    }

    private void FillLiteral(ReadOnlySpan<char> text)
    {
        if (text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            The = true;
        }
        else if (text.Equals("after", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitAfter;
        }
        else if (text.Equals("before", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitBefore;
        }
        else if (text.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitTomorrow;
        }
        else if (text.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitYesterday;
        }
        else if (text.Equals("other", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitOther;
        }
        else if (text.Equals("half", StringComparison.OrdinalIgnoreCase) || text.Equals("1/2", StringComparison.Ordinal))
        {
            Literals |= LitHalf;
        }
        else if (text.Equals("eve", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitEve;
        }
        else if (text.Equals("end", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitEnd;
        }
        else if (text.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitNow;
        }
        else if (text.Equals("o'clock", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitOClock;
        }
        else if (text.Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitMore;
        }
        else if (text.Equals("once", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitOnce;
        }
        else if (text.Equals("twice", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitTwice;
        }
        else if (text.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitFrom;
        }
        else if (text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitOf;
        }
        else if (text.Equals("day", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitDay;
        }
        else if (text.Equals("a", StringComparison.OrdinalIgnoreCase) || text.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitA;
        }
        else if (text.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitQuarter;
        }
        else if (text.Equals("'s", StringComparison.OrdinalIgnoreCase) || text.Equals("\u2019s", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitPossessive;
        }
        else if (text.Equals("period", StringComparison.OrdinalIgnoreCase) || text.Equals("span", StringComparison.OrdinalIgnoreCase)
            || text.Equals("term", StringComparison.OrdinalIgnoreCase) || text.Equals("stretch", StringComparison.OrdinalIgnoreCase))
        {
            Literals |= LitPeriod;
        }
    }

    private static int Int(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? v : Unset;
}
