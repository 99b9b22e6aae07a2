using System.Globalization;

namespace Extractor.Dates;

/// <summary>
/// The last year, month and day a story has named, in text order: the anchor of expressions that point back into the
/// story rather than at its date ("that year", "later that day", "the following month", "the previous Friday").
/// </summary>
internal struct StoryAnchor
{
    /// <summary>The last year named, or <see cref="TemporalSlots.Unset"/>.</summary>
    public int Year;

    /// <summary>The first day of the last month named (a month or a day), or null.</summary>
    public DateOnly? Month;

    /// <summary>The last day named, or null.</summary>
    public DateOnly? Day;

    /// <summary>The last quarter named ("1988-Q2"), or null.</summary>
    public string? Quarter;

    public static StoryAnchor None => new() { Year = TemporalSlots.Unset };

    /// <summary>Takes the year, quarter, month and day of a resolved DATE or TIME value ("1998", "1998-Q2", "1998-10", "1998-10-23T22:00");
    /// values with unknown or vague parts leave the anchor as it is.</summary>
    public void Observe(string value)
    {
        if (value.Length < 4 || !IsDigits(value.AsSpan(0, 4)) || (value.Length > 4 && value[4] != '-'))
        {
            return;
        }

        int year = int.Parse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return;
        }

        Year = year;
        if (value.Length == 7 && value[5] == 'Q' && value[6] is >= '1' and <= '4')
        {
            Quarter = value;
            return;
        }

        if (value.Length >= 7 && IsDigits(value.AsSpan(5, 2)) && (value.Length == 7 || value[7] == '-'))
        {
            int month = int.Parse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return;
            }

            Month = new DateOnly(year, month, 1);
            if (value.Length >= 10 && IsDigits(value.AsSpan(8, 2)) && (value.Length == 10 || value[10] == 'T'))
            {
                int day = int.Parse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
                if (day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    Day = new DateOnly(year, month, day);
                }
            }
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
