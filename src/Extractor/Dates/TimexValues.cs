using System.Globalization;

namespace Extractor.Dates;

/// <summary>Formats TIMEX3 values: calendar dates, ISO weeks, quarters, seasons, unknown parts as X.</summary>
internal static class TimexValues
{
    public const string UnknownYear = "XXXX";

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static string Quarter(int year, int quarter) => Period(year, 'Q', quarter);

    /// <summary>A quarter (<paramref name="unit"/> Q) or half (H) of a year: "2021-Q3", "2021-H1".</summary>
    public static string Period(int year, char unit, int ordinal) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{unit}{ordinal}");

    /// <summary>The quarter (<paramref name="unit"/> Q) or half (H) of the year that <paramref name="date"/> falls in, from 1.</summary>
    public static int PeriodOf(char unit, DateOnly date) => unit == 'Q' ? QuarterOf(date.Month) : date.Month > 6 ? 2 : 1;

    /// <summary>
    /// Reads a calendar-date value written exactly as "yyyy-MM-dd" (what <see cref="Day"/> writes); false for any other
    /// value ("2021-W05-1", "XXXX-12-25") or a day the calendar lacks. Digit by digit: a culture-aware exact parse
    /// was a fifth of the temporal stage on long texts.
    /// </summary>
    public static bool TryParseDay(string value, out DateOnly day)
    {
        day = default;
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        int year = 0;
        int month = 0;
        int dayOfMonth = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            int digit = value[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                dayOfMonth = (dayOfMonth * 10) + digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    /// <summary>ISO weekday number, Monday 1 … Sunday 7.</summary>
    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    /// <summary>The first month of a season code (spring March, summer June, fall September, winter December).</summary>
    public static int SeasonStart(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    /// <summary>The season code of a month (December to February is winter).</summary>
    public static string SeasonOf(int month) => month switch
    {
        >= 3 and <= 5 => "SP",
        >= 6 and <= 8 => "SU",
        >= 9 and <= 11 => "FA",
        _ => "WI",
    };

    /// <summary>A number as TIMEX3 writes it in durations: "3", "2.5", or X when unknown.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "X" : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The ordering key of a value for the timeline: its earliest day, or null for values with no place in time.</summary>
    public static DateOnly? StartOf(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            if (value is { Length: >= 2 and <= 3 } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int prefix))
            {
                // "19" is a century, "199" a decade.
                int y = value.Length == 2 ? prefix * 100 : prefix * 10;
                return y is >= 1 and <= 9999 ? new DateOnly(y, 1, 1) : null;
            }

            return null;
        }

        year = Math.Max(1, year);
        if (value.Length >= 7 && value[4] == '-')
        {
            var rest = value.AsSpan(5);
            if (rest[0] == 'W' && rest.Length >= 3 && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week) && week is >= 1 and <= 53)
            {
                try
                {
                    return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
                }
                catch (ArgumentOutOfRangeException)
                {
                    return new DateOnly(year, 1, 1);
                }
            }

            if (rest[0] == 'Q' && rest.Length >= 2 && rest[1] is >= '1' and <= '4')
            {
                return new DateOnly(year, ((rest[1] - '1') * 3) + 1, 1);
            }

            if (rest[0] == 'H' && rest.Length >= 2 && rest[1] is '1' or '2')
            {
                return new DateOnly(year, rest[1] == '1' ? 1 : 7, 1);
            }

            if (rest.Length >= 2 && rest[0] is 'S' or 'F' or 'W')
            {
                string season = rest[..2].ToString();
                return new DateOnly(year, season == "WI" ? 1 : SeasonStart(season), 1);
            }

            if (int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12)
            {
                int day = 1;
                if (rest.Length >= 5 && rest[2] == '-' && int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d))
                {
                    day = Math.Clamp(d, 1, DateTime.DaysInMonth(year, month));
                }

                return new DateOnly(year, month, day);
            }
        }

        return new DateOnly(year, 1, 1);
    }
}
