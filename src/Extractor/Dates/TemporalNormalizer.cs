using System.Globalization;

namespace Extractor.Dates;

/// <summary>
/// Turns the slots of a matched rule into a TIMEX3 type, value and mod, resolving relative parts against the
/// reference date, or rejects the match when its context says it is not temporal ("Theresa May", "2022 soldiers").
/// </summary>
internal static class TemporalNormalizer
{
    private const int Unset = TemporalSlots.Unset;

    /// <summary>The last text <see cref="NamesAPersonMay"/> scanned, and its answer (per thread).</summary>
    [ThreadStatic]
    private static WeakReference<string>? _mayText;

    [ThreadStatic]
    private static bool _mayNamed;

    public static bool TryNormalize(TemporalRule rule, ref TemporalSlots s, ref TemporalContext ctx, out EntityType type, out string value, out string? mod)
    {
        type = rule.Type;
        mod = rule.Modifier;
        value = string.Empty;
        string? result = rule.Action switch
        {
            TemporalAction.Date => Date(ref s, ref ctx, ref type, ref mod),
            TemporalAction.Offset => Offset(ref s, ref ctx, ref mod),
            TemporalAction.Time => Time(ref s, ref ctx, ref mod),
            TemporalAction.Ref => Ref(ref s, ref ctx, ref type),
            TemporalAction.Duration => Duration(ref s, ref ctx, ref type, ref mod),
            TemporalAction.Decade => Decade(ref s, ref ctx, ref mod),
            TemporalAction.Century => Century(ref s, ref ctx, ref mod),
            TemporalAction.Set => Set(ref s, ref ctx),
            TemporalAction.Year => Year(ref s, ref ctx),
            TemporalAction.Anaphor => Anaphor(ref s, ref ctx, ref mod),
            TemporalAction.MonthSpan => MonthSpan(ref s, ref ctx),
            TemporalAction.QuarterCode => QuarterCode(ref s, ref ctx),
            TemporalAction.Season => Season(ref s, ref ctx, ref mod),
            TemporalAction.Turn => Turn(ref s, ref ctx, ref mod),
            TemporalAction.DayRange => DayRange(ref s, ref ctx),
            _ => null,
        };
        if (result is null || IsTitle(ref s, ref ctx) || IsUnitToUnit(ref ctx) || IsVerbBeforeDate(ref ctx) || IsVerbLast(ref ctx) || IsAtTheEndOfTheDay(ref ctx))
        {
            return false;
        }

        value = result;
        return true;
    }

    /// <summary>
    /// Unit words are not capitalized in running text; "This Week" (a television programme), "60 Minutes", "High Noon"
    /// are titles. And "march", "may", "august" in lower case are words, whatever comes before ("this march").
    /// </summary>
    private static bool IsTitle(ref TemporalSlots s, ref TemporalContext ctx)
    {
        if (s.Holiday is not null || IsNewYear(ref ctx))
        {
            return false;
        }

        for (int i = ctx.First; i < ctx.End; i++)
        {
            var token = ctx.Tokens[i];
            var text = ctx.Text(i);
            if (token.Is(TemporalCategory.Unit | TemporalCategory.Units | TemporalCategory.Pod | TemporalCategory.Pods | TemporalCategory.ClockWord)
                && !token.Is(TemporalCategory.Month | TemporalCategory.Weekday | TemporalCategory.DayRef)
                && i != ctx.SentenceFirst && text.Length > 2 && char.IsUpper(text[0]) && char.IsLower(text[1]))
            {
                return true;
            }

            if (token.Is(TemporalCategory.Month) && char.IsLower(text[0])
                && (text.Equals("may", StringComparison.Ordinal) || text.Equals("march", StringComparison.Ordinal) || text.Equals("august", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "will close next month", "to start 2005", "could end this year": after a modal or "to" the words that name the
    /// parts of a period ("start", "end", "close") are verbs, so they are no part of the date (which the next token
    /// starts instead); "the close of 2004", "by end-2004", "late next year" keep them.
    /// </summary>
    private static bool IsVerbBeforeDate(ref TemporalContext ctx)
    {
        if (!ctx.Tokens[ctx.First].Is(TemporalCategory.Part) || ctx.End - ctx.First < 2)
        {
            return false;
        }

        var first = ctx.Text(ctx.First);
        if (!first.Equals("start", StringComparison.OrdinalIgnoreCase) && !first.Equals("end", StringComparison.OrdinalIgnoreCase)
            && !first.Equals("close", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return ctx.PreviousIs("to", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "'ll", "’ll", "did", "not", "n't", "n’t");
    }

    /// <summary>
    /// "The trial is expected to last two months", "will last 90 minutes", "do not even last four days": after "to", a
    /// modal or a negation "last" is the verb, and the length after it is the expression (which the next token
    /// starts); "the last two months", "in these last few years" keep it.
    /// </summary>
    private static bool IsVerbLast(ref TemporalContext ctx)
    {
        return ctx.End - ctx.First >= 2 && ctx.Text(ctx.First).Equals("last", StringComparison.OrdinalIgnoreCase)
            && ctx.Tokens[ctx.First + 1].Is(TemporalCategory.Num | TemporalCategory.NumWord | TemporalCategory.ApproxMod)
            && ctx.PreviousIs("to", "will", "would", "could", "should", "can", "cannot", "may", "might", "must", "shall", "'ll", "\u2019ll",
                "not", "n't", "n\u2019t", "even", "did", "does", "do", "usually", "normally", "typically", "often", "ever");
    }

    /// <summary>"New Year's Day", "New Year's Eve": a feast whose words are capitalized units.</summary>
    private static bool IsNewYear(ref TemporalContext ctx)
    {
        int first = ctx.First;
        if (ctx.Tokens[first].Is(TemporalCategory.Rel))
        {
            first++;
        }

        return ctx.End - first >= 4 && ctx.Text(first).Equals("New", StringComparison.Ordinal) && ctx.Text(first + 1).Equals("Year", StringComparison.Ordinal);
    }

    /// <summary>
    /// "At the end of the day, voters will decide": the idiom means "in the end", not a time of day (18 of the 19
    /// uses after "at" in the BBC and PolNeAR articles); "by the end of the day" and "the end of the day's trading"
    /// stay times.
    /// </summary>
    private static bool IsAtTheEndOfTheDay(ref TemporalContext ctx)
    {
        return ctx.End - ctx.First == 5 && ctx.PreviousIs("at") && ctx.Text(ctx.First).Equals("the", StringComparison.OrdinalIgnoreCase)
            && ctx.Text(ctx.First + 1).Equals("end", StringComparison.OrdinalIgnoreCase) && ctx.Text(ctx.First + 3).Equals("the", StringComparison.OrdinalIgnoreCase)
            && ctx.Text(ctx.End - 1).Equals("day", StringComparison.OrdinalIgnoreCase)
            && !(ctx.Next >= 0 && ctx.Text(ctx.Next) is "'s" or "’s");
    }

    /// <summary>"the quarter-to-quarter comparison", "day-to-day": a unit repeated around "to" is a manner, not a time.</summary>
    private static bool IsUnitToUnit(ref TemporalContext ctx)
    {
        int next = ctx.Next;
        if (next < 0 || !ctx.Tokens[next].Is(TemporalCategory.Hyphen) || next + 2 >= ctx.SentenceEnd || !ctx.Text(next + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int next2 = next + 2;
        if (ctx.Tokens[next2].Is(TemporalCategory.Hyphen) && next2 + 1 < ctx.SentenceEnd)
        {
            next2++;
        }

        return ctx.Text(next2).Equals(ctx.Text(ctx.End - 1), StringComparison.OrdinalIgnoreCase);
    }

    private static string? PartMod(string? part) => part switch
    {
        "START" or "MID" or "END" => part,
        _ => null,
    };

    private static string? Date(ref TemporalSlots s, ref TemporalContext ctx, ref EntityType type, ref string? mod)
    {
        var reference = ctx.Reference;
        if (s.Part is not null && (s.Weekday != Unset || s.DayOffset != Unset) && s.Rel == Unset && s.Month == Unset
            && (ctx.Text(ctx.First).Equals("earlier", StringComparison.OrdinalIgnoreCase) || ctx.Text(ctx.First).Equals("later", StringComparison.OrdinalIgnoreCase)
                || ctx.Text(ctx.First).Equals("middle", StringComparison.OrdinalIgnoreCase)))
        {
            // "Earlier Friday", "later today": the comparative places an event against another one on that day; it
            // is not a part of the day (unlike "early Friday"), so the expression is the day alone. "The middle
            // Saturday of the tie" picks one of several Saturdays.
            return null;
        }

        if (s.Unit is not null && s.Month != Unset && s.Day != Unset && s.Rel == Unset && s.Part is null && s.Has(TemporalSlots.LitOf) && s.The)
        {
            if (s.Unit != "W")
            {
                return null;
            }

            // "the week of March 6": the (ISO) week holding that day.
            var day = s;
            day.Unit = null;
            day.The = false;
            return Calendar(ref day, ref ctx) is { Length: 10 } date && TimexValues.StartOf(date) is { } d ? TimexValues.Week(d) : null;
        }

        mod ??= PartMod(s.Part);
        string? value;
        if (s.Month != Unset && s.Day == Unset && (s.Unit is null || (s.Unit == "Y" && s.Rel != Unset)) && s.Ordinal is >= 1 and <= 31)
        {
            // "March eighth", "the first of May": a spelled-out day of the month; not "the May second-quarter report".
            if (ctx.Next >= 0 && ctx.Tokens[ctx.Next].Is(TemporalCategory.Hyphen))
            {
                return null;
            }

            s.Day = s.Ordinal;
            s.Ordinal = Unset;
        }

        if (s.Unit == "Y" && s.The && s.Rel == Unset && s.Part is null && (s.Year != Unset || (s.NumberToken >= 0 && s.Number is >= 1000 and <= 2199)))
        {
            // "the year two thousand", "the year 2000".
            value = TimexValues.Year(s.Year != Unset ? s.Year : s.Number);
        }
        else if (s.DayOffset != Unset || s.Has(TemporalSlots.LitTomorrow) || s.Has(TemporalSlots.LitYesterday))
        {
            int offset = s.DayOffset != Unset ? s.DayOffset
                : (s.Has(TemporalSlots.LitAfter) ? 1 : -1) + (s.Has(TemporalSlots.LitTomorrow) ? 1 : -1);
            value = reference is { } r ? TimexValues.Day(r.AddDays(offset)) : "XXXX-XX-XX";
        }
        else if (s.Month != Unset && s.Unit == "Y" && s.Rel != Unset)
        {
            // "February this year", "April next year", "September of this year", "September 1 of last year"; not
            // "August of the same year", which is the story's year.
            if (s.RelToken >= 0 && ctx.Text(s.RelToken).Equals("same", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (s.Unit == "Y" && s.Day != Unset && s.Day > DaysIn(reference is { } rd ? rd.Year + s.Rel : 2000, s.Month))
            {
                return null;
            }

            value = reference is { } r
                ? (s.Day != Unset ? TimexValues.Day(new DateOnly(r.Year + s.Rel, s.Month, s.Day)) : TimexValues.Month(r.Year + s.Rel, s.Month))
                : s.Day != Unset ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{s.Month:D2}-{s.Day:D2}") : string.Create(CultureInfo.InvariantCulture, $"XXXX-{s.Month:D2}");
        }
        else if (s.Month != Unset && s.Unit == "M" && s.The && s.Has(TemporalSlots.LitOf) && s.Rel == Unset && s.Day == Unset)
        {
            // "the month of October": the month named.
            var month = s;
            month.Unit = null;
            month.The = false;
            if (!CalendarContextOk(ref month, ref ctx))
            {
                return null;
            }

            value = Calendar(ref month, ref ctx);
        }
        else if (s.Rel != Unset && s.Ordinal == Unset && s.RelToken + 1 < ctx.End && ctx.Text(s.RelToken + 1).Equals("year", StringComparison.OrdinalIgnoreCase)
            && (s.Unit == "Q" || s.Has(TemporalSlots.LitQuarter) || s.Has(TemporalSlots.LitPeriod)) && reference is { } ry && ctx.Quarter is { } storyQuarter)
        {
            // "last year's quarter", "the corresponding period last year": the story's quarter in that year.
            value = TimexValues.Quarter(ry.Year + s.Rel, storyQuarter.Quarter);
        }
        else if (s.Unit == "Y" && s.Hyphen && s.Has(TemporalSlots.LitEnd) && s.Rel == Unset && s.Part is null && reference is { } re)
        {
            // "by year-end", "since year-end": the closing day of the books, December 31; looking back ("since
            // year-end", told in the past) it is the last one that has passed.
            int year = (ctx.PreviousIs("since") || ctx.Direction < 0) && !(re.Month == 12 && re.Day == 31) ? re.Year - 1 : re.Year;
            value = TimexValues.Day(new DateOnly(year, 12, 31));
        }
        else if (s.Unit is { } unit && s.Ordinal == Unset && (s.Rel != Unset || s.The || s.Part is not null || s.Has(TemporalSlots.LitEnd)))
        {
            if (unit == "Y" && s.Rel == Unset && s.Part is null && s.The && reference is { } rl && ctx.First + 1 < ctx.End
                && ctx.Text(ctx.First + 1).Equals("latest", StringComparison.OrdinalIgnoreCase))
            {
                // "sales in the latest fiscal year": the last year whose results are out, the one before the
                // reference year.
                return TimexValues.Year(rl.Year - 1);
            }

            if (s.Has(TemporalSlots.LitEnd))
            {
                mod = "END";
            }

            int rel = s.Rel != Unset ? s.Rel : 0;
            if (unit == "WE" && s.Rel == Unset)
            {
                rel = NearWeekend(ref ctx);
            }

            if (s.Rel == Unset && s.Part is null && !s.Has(TemporalSlots.LitEnd) && unit != "WE")
            {
                // "the year" alone is too vague to anchor.
                return null;
            }

            if (unit == "D" && s.Part is not null && ctx.Text(ctx.First + 1).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                // "earlier in the year" is a part of this year, but "later in the day" only orders events of a day.
                return null;
            }

            if (s.Rel == -1 && s.The && s.Part is null && s.RelToken >= 0 && ctx.Text(s.RelToken).Equals("past", StringComparison.OrdinalIgnoreCase)
                && unit is "DE" or "CE")
            {
                // "in the past decade": the ten years up to now, a length like "the past 20 years" (P20Y). ("The
                // past year" stays the calendar year before, as annotators mark it.)
                type = EntityType.Duration;
                return unit == "DE" ? "P10Y" : "P100Y";
            }

            if (unit == "CE" && s.Rel == 0 && s.Part is null && ctx.Text(ctx.First).Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                // "the disasters of this century": annotators mark the hundred years the speaker looks over, a
                // length, rather than the calendar century.
                type = EntityType.Duration;
                return "P100Y";
            }

            value = RelativeUnit(unit, rel, StoryBasis(ref s, ref ctx, unit) ?? reference);
        }
        else if (s.Rel != Unset && s.Weekday != Unset && s.Month == Unset)
        {
            value = RelativeWeekday(s.Weekday, s.Rel, StoryBasis(ref s, ref ctx, null) ?? reference);
        }
        else if (s.Rel != Unset && s.Month != Unset && s.Day == Unset && s.Year == Unset && s.Unit is null)
        {
            value = RelativeMonth(s.Month, s.Rel, reference);
        }
        else if (s.Rel != Unset && s.Season is { } relSeason)
        {
            value = RelativeSeason(relSeason, s.Rel, reference);
        }
        else if (s.Rel != Unset && s.Pod is not null && s.Month == Unset)
        {
            int offset = s.Rel < 0 && s.Pod == "NI" ? -1 : Math.Max(0, s.Rel);
            value = (StoryBasis(ref s, ref ctx, null) ?? reference) is { } r ? TimexValues.Day(r.AddDays(offset)) : "XXXX-XX-XX";
        }
        else if (s.Ordinal == Unset && s.Unit == "Q" && s.Rel != Unset && s.Literals != 0 && reference is { } rq && ctx.Quarter is { } focusQ)
        {
            // "last year's quarter": the story's quarter in that year.
            value = TimexValues.Quarter(rq.Year + s.Rel, focusQ.Quarter);
        }
        else if (s.Ordinal is >= 1 and <= 31 && s.Unit == "D" && s.Year == Unset && s.Month == Unset && s.Rel == Unset)
        {
            // "Today is the eighth day of Desert Shield", "It's the second day of an offensive": a numbered day of
            // an event, said in the present tense, is the day of the report. Told in another tense ("was the first
            // day", "on his first day in office") it is that event's day, which the text does not date.
            if (reference is not { } today || ctx.Previous < 0 || !(ctx.PreviousIs("is", "'s", "\u2019s")))
            {
                return null;
            }

            value = TimexValues.Day(today);
        }
        else if (s.Ordinal != Unset && s.Unit is "Q" or "HALF")
        {
            if (s.The && s.Hyphen)
            {
                // "the third-quarter results": the adjective is the expression.
                return null;
            }

            int count = s.Unit == "Q" ? 4 : 2;
            int ordinal = s.Ordinal == -1 ? count : s.Ordinal;
            if (ordinal < 1 || ordinal > count || (s.Ordinal == -1 && s.Year == Unset))
            {
                return null;
            }

            // Without a year: the reference year's, unless the quarter (or half) has not begun yet and the sentence
            // does not point forward: results are reported after the period, so the fourth quarter in January is
            // last year's.
            char period = s.Unit == "Q" ? 'Q' : 'H';
            int yearAfter = s.Year == Unset && s.Rel == Unset ? RelativeYearAfter(ref ctx) : Unset;
            int year = s.Year == Unset && reference is { } r0 && (yearAfter != Unset || s.Rel != Unset) ? r0.Year + (yearAfter != Unset ? yearAfter : s.Rel)
                : YearOfPeriod(period, ordinal, s.Year, ref ctx);
            value = PeriodValue(year, period, ordinal);
        }
        else if (s.Unit is null && (s.Has(TemporalSlots.LitQuarter) || s.Has(TemporalSlots.LitPeriod)))
        {
            // "the quarter ended Sept. 30": the quarter that month closes; otherwise, in a results story, the quarter
            // the story is about.
            int next = ctx.Next;
            if (next >= 0 && next + 1 < ctx.SentenceEnd && ctx.Text(next) is "ended" or "ending" && ctx.Tokens[next + 1].Is(TemporalCategory.Month | TemporalCategory.MonthAbbr)
                && ctx.Reference is { } r)
            {
                var endWord = ctx.Tokens[next + 1].Word!;
                int month = int.Parse(endWord.ValueOf(ctx.Tokens[next + 1].Is(TemporalCategory.Month) ? TemporalCategory.Month : TemporalCategory.MonthAbbr), CultureInfo.InvariantCulture);
                value = TimexValues.Quarter(InferYear(month, 28, r, -1), TimexValues.QuarterOf(month));
            }
            else if (s.Year != Unset && ctx.FocusQuarter is null && !ctx.QuarterInSentence)
            {
                // "the 1988 period" outside a results story is not a quarter; the year alone is matched instead.
                return null;
            }
            else if (ctx.Quarter is { } focus)
            {
                // "The latest quarter" has been reported, so it is at most the last completed one, even when the
                // story has spoken of the quarter under way ("fourth-quarter outlook"); "the latest period" may be a
                // fiscal quarter and keeps the story's.
                var (year, quarter) = focus;
                if (ctx.Reference is { } rl && ctx.Text(ctx.First + 1).Equals("latest", StringComparison.OrdinalIgnoreCase)
                    && s.Has(TemporalSlots.LitQuarter))
                {
                    int last = (rl.Year * 4) + TimexValues.QuarterOf(rl.Month) - 2;
                    if ((year * 4) + quarter - 1 > last)
                    {
                        (year, quarter) = (last / 4, (last % 4) + 1);
                    }
                }

                // "the 1988 quarter": the story's quarter in the year named.
                value = TimexValues.Quarter(s.Year != Unset ? s.Year : year, quarter);
            }
            else
            {
                return null;
            }
        }
        else if (s.Pod is not null && s.Part is not null && s.Unit is null && s.Month == Unset && s.Weekday == Unset && s.Rel == Unset && s.DayOffset == Unset
            && s.Holiday is null && s.Year == Unset)
        {
            // "By mid afternoon", "until late evening": a part of the day the sentence is about (the last day it
            // named, else the reference date); only after a word that takes a time ("early morning raids" is not).
            if (!ctx.PreviousIs("by", "until", "till", "since", "before", "after", "around", "from", "through"))
            {
                return null;
            }

            value = (ctx.Anchor ?? ctx.Reference) is { } partDay ? TimexValues.Day(partDay) : "XXXX-XX-XX";
        }
        else if (s.Holiday is null && IsNewYear(ref ctx))
        {
            // "New Year's Day", "New Year's Eve" (capitalized: "a new year's day of trading" is no feast).
            value = Holiday(s.Has(TemporalSlots.LitEve) ? "12-31" : "01-01", s.Year, false, s.Rel, ref ctx);
        }
        else if (s.Holiday is { } holiday)
        {
            // "Easter Sunday", "Easter Monday", "Easter week" name days around Easter only; "Election Day", "Boxing
            // Day", "Valentine's Day" need their "Day" and capital letters ("the election", "boxing" are no dates).
            // The feast's last word, before any year ("Labor Day 2003", "Easter Monday, 1998").
            int lastWord = ctx.End - 1;
            while (lastWord > ctx.First && ctx.Tokens[lastWord].Is(TemporalCategory.Year | TemporalCategory.Comma))
            {
                lastWord--;
            }

            var last = ctx.Text(lastWord);
            bool afterEaster = last.Equals("sunday", StringComparison.OrdinalIgnoreCase) || last.Equals("monday", StringComparison.OrdinalIgnoreCase)
                || last.Equals("week", StringComparison.OrdinalIgnoreCase);
            bool remembranceSunday = holiday == "11-11" && last.Equals("sunday", StringComparison.OrdinalIgnoreCase) && char.IsUpper(last[0]);
            if ((afterEaster && holiday != "EA" && !remembranceSunday)
                || (holiday is "ED" or "12-26" or "02-14" or "MD" or "LD" or "11-11" && !remembranceSunday && !(s.Has(TemporalSlots.LitDay) && char.IsUpper(last[0]) && char.IsUpper(ctx.Text(ctx.First)[0])))
                || (holiday is "MD" or "11-11" && ctx.IsNameLike(ctx.Previous))
                || (holiday == "GF") != (ctx.End - ctx.First >= 2 && ctx.Text(ctx.First + 1).Equals("Friday", StringComparison.Ordinal) && char.IsUpper(ctx.Text(ctx.First)[0]))
                || (holiday == "EA" && !afterEaster && !s.Has(TemporalSlots.LitDay) && s.Rel == Unset && s.Year == Unset
                    && !ctx.PreviousIs("at", "on", "over", "before", "after", "until", "till", "since", "by", "for", "around", "during")))
            {
                // "Easter Island", "the Easter Rising", "an Easter egg": a bare "Easter" is the feast only after a
                // word that takes a date. "Holocaust Memorial Day" (January 27) is another memorial day than the US
                // one (the last Monday of May).
                return null;
            }

            if (IsEventAfterFeast(ref ctx))
            {
                // "the Good Friday Agreement", "Good Friday talks", "the Christmas Day Massacre": the feast names
                // an event or a document, not a day.
                return null;
            }

            if (holiday == "11-11" && last.Equals("sunday", StringComparison.OrdinalIgnoreCase))
            {
                // "Remembrance Sunday": the second Sunday of November.
                holiday = "RS";
            }

            value = Holiday(holiday, s.Year, s.Has(TemporalSlots.LitEve), s.Rel, ref ctx);
            if (holiday == "EA" && afterEaster && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var easter))
            {
                value = last.Equals("monday", StringComparison.OrdinalIgnoreCase) ? TimexValues.Day(easter.AddDays(1))
                    : last.Equals("week", StringComparison.OrdinalIgnoreCase) ? TimexValues.Week(easter)
                    : value;
            }
        }
        else if (s.Month != Unset || s.Weekday != Unset || s.Year != Unset || s.Season is not null)
        {
            if (s.The && s.Hyphen && s.Month != Unset)
            {
                // "the late-November meeting": the adjective alone.
                return null;
            }

            if (!CalendarContextOk(ref s, ref ctx))
            {
                return null;
            }

            if (SharedRecurrence(ref s, ref ctx) is { } recurring)
            {
                type = EntityType.Set;
                return recurring;
            }

            value = Calendar(ref s, ref ctx);
        }
        else
        {
            return null;
        }

        if (value is null)
        {
            return null;
        }

        if (s.Pod is { } pod)
        {
            type = EntityType.Time;
            value += "T" + pod;
        }

        return value;
    }

    /// <summary>Bare month and weekday names need context: "Theresa May", "the Sunday Times", "they march" are not dates.</summary>
    private static bool CalendarContextOk(ref TemporalSlots s, ref TemporalContext ctx)
    {
        bool bareMonth = s.Month != Unset && s.Day == Unset && s.Year == Unset && s.Part is null && s.Rel == Unset;
        bool bareWeekday = s.Weekday != Unset && s.Month == Unset && s.Day == Unset && s.Rel == Unset;
        if (s.Season is not null && s.Year == Unset && s.Rel == Unset && s.Part is null)
        {
            // "prices fall", "spring back": a bare season needs a determiner or preposition.
            // "the fall of apartheid", "prices fall": a bare season needs a preposition before it and no "of" after it.
            return !ctx.Text(ctx.Next).Equals("of", StringComparison.OrdinalIgnoreCase)
                && ctx.PreviousIs("in", "this", "last", "next", "during", "by", "until", "till", "since", "through", "throughout", "into", "over", "early", "late", "mid", "each", "every", "that");
        }

        if (!bareMonth && !bareWeekday)
        {
            return true;
        }

        // The name itself must be capitalized ("early Friday": the weekday after the part, not "early").
        int nameIndex = ctx.First;
        while (nameIndex + 1 < ctx.End && !ctx.Tokens[nameIndex].Is(TemporalCategory.Weekday | TemporalCategory.WeekdayAbbr | TemporalCategory.Month | TemporalCategory.MonthAbbr))
        {
            nameIndex++;
        }

        var first = ctx.Tokens[nameIndex];
        if (!first.Is(TemporalCategory.Capitalized))
        {
            return false;
        }

        if (bareWeekday && s.Part is null && ctx.Previous >= 0 && ctx.Text(ctx.Previous) is "Black" or "Bloody" or "Super" or "Cyber" or "Gray" or "Grey"
            or "Terrible" or "Blue" or "Ash" or "Palm" or "Holy" or "Maundy" or "Shrove" or "Fat" or "Giving" or "Manic" or "Mad"
            or "Good" or "Remembrance" or "Mothering" or "Trinity" or "Whit" or "Easter")
        {
            // "Black Monday", "Super Tuesday", "Ash Wednesday", "Mothering Sunday": a named day, not the weekday
            // nearest the story ("Good Friday" and "Remembrance Sunday" are dated as feasts, when they are).
            return false;
        }

        // "Sunday Times", "April Ryan"; and for months "Theresa May". After a preposition that takes a date, a
        // weekday or month before a name is still the day or month ("On Sunday Iraq backed away", "reacting to
        // Friday's Wall Street plunge", "In January Mr Blair said"), unless the preposition is itself part of a name ("the Mail on Sunday's Financial Mail"); "by" is
        // left out, as it names authors ("by Sunday Telegraph journalist Robert Peston").
        bool dayAfterPreposition = ((bareWeekday && ctx.PreviousIs("on", "since", "until", "till", "before", "after", "from", "to"))
                || (bareMonth && ctx.PreviousIs("in", "since", "until", "till", "during", "before", "after")))
            && !(ctx.Previous - 1 >= ctx.SentenceFirst && ctx.IsNameLike(ctx.Previous - 1));

        // "leaked to Sunday Times journalists", "from Sunday Telegraph reporters": after "to" or "from" a weekday
        // that runs straight into a name is the name's first word (a date there would come with "on": "from
        // Monday" starts a period, and "from Monday Mr Blair" is not how news writes it).
        bool nameAfterWeekday = bareWeekday && ctx.PreviousIs("to", "from") && ctx.IsNameLike(ctx.Next);
        if ((ctx.IsNameLike(ctx.Next) && (!dayAfterPreposition || nameAfterWeekday)) || (bareMonth && ctx.IsNameLike(ctx.Previous)))
        {
            return false;
        }

        if (ctx.Next >= 0 && ctx.Text(ctx.Next) is "'s" or "’s" && ctx.Next + 1 < ctx.SentenceEnd && ctx.IsNameLike(ctx.Next + 1) && !dayAfterPreposition)
        {
            return false;
        }

        if (bareMonth)
        {
            var text = ctx.Text(ctx.First);
            bool weak = text.Equals("may", StringComparison.OrdinalIgnoreCase) || text.Equals("march", StringComparison.OrdinalIgnoreCase)
                || text.Equals("august", StringComparison.OrdinalIgnoreCase);
            if (weak)
            {
                // A month that is also a verb, a name or an adjective needs a word that takes dates before it.
                return ctx.PreviousIs("in", "since", "by", "until", "till", "through", "before", "after", "during", "from", "of", "to",
                    "between", "early", "late", "mid", "last", "next", "this", "each", "every", "throughout", "and", "or", "-", "that", "until", "on")
                    || (ctx.PreviousIs("the") && IsNounAfterMonth(ref ctx));
            }
        }

        return true;
    }

    /// <summary>
    /// "the March accession", "the August trade deficit", "the May elections": after "the", a month that is also a
    /// word is the month when a lower-case noun follows it; "the March on Washington", "the March of Dimes", "the
    /// march was peaceful" (a verb after it) are processions.
    /// </summary>
    private static bool IsNounAfterMonth(ref TemporalContext ctx)
    {
        int next = ctx.Next;
        if (next < 0)
        {
            return false;
        }

        var text = ctx.Text(next);
        if (text.Length < 3 || !char.IsLower(text[0]) || ctx.Tokens[next].Is(TemporalCategory.PastCue | TemporalCategory.FutureCue))
        {
            return false;
        }

        if (ctx.Text(ctx.First).Equals("May", StringComparison.Ordinal)
            && (text is "government" or "administration" or "cabinet" or "ministry" or "era" or "premiership" or "years" or "team" or "camp"
                || NamesAPersonMay(ctx.Document.Text)))
        {
            // "the May government", "the May era": the prime minister's name; and in a story about a Mrs May, "the
            // May deal" is hers.
            return false;
        }

        return text is not ("of" or "on" or "to" or "for" or "in" or "against" or "through" or "by" or "and" or "was" or "were" or "is" or "are"
            or "has" or "had" or "have" or "will" or "would" or "began" or "went" or "drew" or "that" or "which" or "past" or "across" or "from" or "into");
    }

    /// <summary>
    /// Whether the text names a person May: a title ("Mrs May", "Mr. May") or a capitalized given name ("Theresa
    /// May", "Brian May") before the word, in the middle of a sentence. Only asked for "the May" before a noun.
    /// </summary>
    private static bool NamesAPersonMay(string text)
    {
        // Asked once per text: a long text with many "the May ..." is scanned once, not once for each.
        if (_mayText is { } cached && cached.TryGetTarget(out var last) && ReferenceEquals(last, text))
        {
            return _mayNamed;
        }

        _mayNamed = ScanForPersonMay(text);
        _mayText = new WeakReference<string>(text);
        return _mayNamed;
    }

    private static bool ScanForPersonMay(string text)
    {
        int at = 0;
        while ((at = text.IndexOf("May", at, StringComparison.Ordinal)) >= 0)
        {
            int after = at + 3;
            bool word = (after >= text.Length || !char.IsLetter(text[after])) && at >= 2 && text[at - 1] == ' ';
            if (word)
            {
                int end = at - 1;
                if (end > 0 && text[end - 1] == '.')
                {
                    end--;
                }

                int start = end;
                while (start > 0 && char.IsLetter(text[start - 1]))
                {
                    start--;
                }

                var before = text.AsSpan(start, end - start);
                bool midSentence = start >= 2 && text[start - 1] == ' ' && (char.IsLower(text[start - 2]) || text[start - 2] == ',');
                if (before is "Mrs" or "Mr" or "Ms" or "Miss" or "Dr" or "Sir" or "Lady" or "Lord"
                    || (midSentence && before.Length > 2 && char.IsUpper(before[0]) && char.IsLower(before[1])))
                {
                    return true;
                }
            }

            at += 3;
        }

        return false;
    }

    private static string? Calendar(ref TemporalSlots s, ref TemporalContext ctx)
    {
        var reference = ctx.Reference;
        if (s.Season is { } season)
        {
            int year = s.Year != Unset ? s.Year : reference is { } r ? InferYear(TimexValues.SeasonStart(season), 15, r, ctx.Direction) : Unset;
            return (year == Unset ? TimexValues.UnknownYear : TimexValues.Year(year)) + "-" + season;
        }

        if (s.Month != Unset)
        {
            if (s.Day != Unset && s.Day > DaysIn(s.Year != Unset ? s.Year : 2000, s.Month))
            {
                return null;
            }

            int year = s.Year;
            if (year == Unset && reference is { } r)
            {
                // Without a tense cue a far month is a past one (news reports what happened), but "by February",
                // "starting March 1", "effective May 1", a schedule "from August 6" set a deadline or a start.
                // "since March" always looks back.
                int direction = s.Rel == Unset || s.Rel == 0 ? 0 : s.Rel > 0 ? 1 : -1;
                direction = direction != 0 ? direction
                    : ctx.PreviousIs("since") ? -1 : ctx.Direction == 0 && (ctx.PreviousIs("by", "starting", "beginning", "effective") || (s.Day != Unset && ctx.PreviousIs("from"))) ? 1 : ctx.Direction;
                year = InferYear(s.Month, s.Day != Unset ? s.Day : 15, r, direction);
                if (s.Day != Unset && ctx.Anchor is { } start && s.Rel == Unset && EndsAtRangeStart(ref ctx, start)
                    && (ctx.PreviousIs("to", "until", "till", "through", "thru") || ctx.Tokens[ctx.Previous].Is(TemporalCategory.Hyphen)))
                {
                    // "from June 3 to June 7", "Dec. 28 - Jan. 3": the end of a range comes after its start, within a
                    // year of it, whatever the tense says.
                    year = s.Month > start.Month || (s.Month == start.Month && s.Day >= start.Day) ? start.Year : start.Year + 1;
                }

                if (s.Day != Unset && s.Day > DaysIn(year, s.Month))
                {
                    // "the twenty-ninth of February" in a year without one: the writer means a day that was or will
                    // be: the leap year nearest the one inferred on the side the tense points to, or without a cue
                    // the leap year nearest the reference (a value must be a real day; TIMEX3 has no 2005-02-29).
                    int back = NearestLeapYear(year, -1);
                    int ahead = NearestLeapYear(year, 1);
                    year = direction > 0 || (direction == 0 && ahead - r.Year < r.Year - back) ? ahead : back;
                }
            }

            string y = year == Unset ? TimexValues.UnknownYear : TimexValues.Year(year);
            return s.Day != Unset
                ? string.Create(CultureInfo.InvariantCulture, $"{y}-{s.Month:D2}-{s.Day:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{y}-{s.Month:D2}");
        }

        if (s.Weekday != Unset)
        {
            if (reference is not { } r)
            {
                return "XXXX-WXX-" + s.Weekday.ToString(CultureInfo.InvariantCulture);
            }

            int diff = s.Weekday - TimexValues.IsoWeekday(r);
            if (diff == 0)
            {
                return TimexValues.Day(r);
            }

            // "Wednesday's ruling", "Friday's close": what a day has produced lies behind, as does "since Monday".
            bool behind = (ctx.Next >= 0 && ctx.Text(ctx.Next) is "'s" or "\u2019s") || ctx.PreviousIs("since");
            if (ctx.Direction > 0 && !behind)
            {
                return TimexValues.Day(r.AddDays(diff > 0 ? diff : diff + 7));
            }

            return TimexValues.Day(r.AddDays(diff < 0 ? diff : diff - 7));
        }

        if (s.Year != Unset)
        {
            return TimexValues.Year(s.Year);
        }

        return null;
    }

    /// <summary>
    /// The day to count from when a relative word points back into the story rather than at its date: "the
    /// following year", "the previous Friday", "the prior month" count from the last year, day or month the story
    /// named; "the next day" or "the next morning" told in the past count from the last day named. Null: count from
    /// the reference date (so also when the story has named no such period).
    /// </summary>
    private static DateOnly? StoryBasis(ref TemporalSlots s, ref TemporalContext ctx, string? unit)
    {
        if (s.RelToken < 0)
        {
            return null;
        }

        var word = ctx.Text(s.RelToken);
        var story = ctx.Story;
        if (!(word.Equals("following", StringComparison.OrdinalIgnoreCase) || word.Equals("previous", StringComparison.OrdinalIgnoreCase)
            || word.Equals("preceding", StringComparison.OrdinalIgnoreCase) || word.Equals("prior", StringComparison.OrdinalIgnoreCase)))
        {
            bool nextDay = word.Equals("next", StringComparison.OrdinalIgnoreCase) && s.The && (unit == "D" || (unit is null && s.Pod is not null));
            return nextDay && ctx.Direction < 0 ? story.Day : null;
        }

        return unit switch
        {
            "Y" => story.Year != Unset ? new DateOnly(story.Year, 7, 1) : null,
            "M" => story.Month,
            "W" or "WE" or "D" or null => story.Day,
            _ => null,
        };
    }

    /// <summary>"that year", "later that day", "that same month": the last such period the story named, else the
    /// reference date's. Not "that year-end" or "that day traders" (a noun follows).</summary>
    private static string? Anaphor(ref TemporalSlots s, ref TemporalContext ctx, ref string? mod)
    {
        if (s.Unit is not ({ } unit and ("Y" or "Q" or "M" or "W" or "D")) || s.UnitPlural || (ctx.Next >= 0 && ctx.Tokens[ctx.Next].Is(TemporalCategory.Hyphen)))
        {
            return null;
        }

        if (ctx.Next >= 0 && ctx.Text(ctx.Next) is { Length: > 2 } after && char.IsLower(after[0]) && after[^1] == 's'
            && !ctx.Tokens[ctx.Next].Is(TemporalCategory.PastCue | TemporalCategory.FutureCue))
        {
            // "said that day traders lost money": a compound noun, not the day.
            return null;
        }

        var first = ctx.Text(ctx.First);
        mod = first.Equals("earlier", StringComparison.OrdinalIgnoreCase) || first.Equals("later", StringComparison.OrdinalIgnoreCase) ? null : PartMod(s.Part);
        var story = ctx.Story;
        if (unit == "Q")
        {
            // "Results for that quarter": the last quarter the story named, else the results story's quarter.
            return story.Quarter ?? ctx.FocusQuarter ?? RelativeUnit(unit, 0, ctx.Reference);
        }

        DateOnly? basis = unit switch
        {
            "Y" => story.Year != Unset ? new DateOnly(story.Year, 7, 1) : null,
            "M" => story.Month,
            _ => story.Day,
        };
        var last = ctx.Text(ctx.End - 1);
        if (s.The && !first.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            // "after rising 3.9% the month before", "a year earlier": the unit before or after the one the story named
            // last. Only at the end of its phrase ("the day before the shooting" is anchored to an event) and only
            // with such a date to count from.
            int offset = last.Equals("before", StringComparison.OrdinalIgnoreCase) || last.Equals("earlier", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            var next = ctx.Text(ctx.Next);
            if (basis is not { } from || unit == "Q"
                || !(next.Length == 0 || !char.IsLetterOrDigit(next[0]) || next is "and" or "or" or "but" or "when" or "while" or "as"))
            {
                return null;
            }

            return RelativeUnit(unit, offset, from);
        }

        return RelativeUnit(unit, 0, basis ?? ctx.Reference);
    }

    /// <summary>
    /// The adjective "current" ("the current weakness", "his current position") is the present the story speaks
    /// from, PRESENT_REF, and "the then current price" a past one. Only before a noun and after a determiner,
    /// possessive or preposition: "a strong current", "the current swept them away" are a flow, and "current account",
    /// "current assets", "in current dollars" are terms of accounting.
    /// </summary>
    private static string? CurrentRef(ref TemporalContext ctx)
    {
        bool then = ctx.End - ctx.First == 2;
        int next = ctx.Next;
        if (next < 0)
        {
            return null;
        }

        var after = ctx.Text(next);
        if (after.Length < 2 || !char.IsLower(after[0]) || after.EndsWith("ed", StringComparison.Ordinal) || ctx.Tokens[next].Is(TemporalCategory.PastCue | TemporalCategory.FutureCue)
            || after.Equals("account", StringComparison.Ordinal) || after.Equals("accounts", StringComparison.Ordinal) || after.Equals("assets", StringComparison.Ordinal)
            || after.Equals("liabilities", StringComparison.Ordinal) || after.Equals("dollars", StringComparison.Ordinal) || after.Equals("prices", StringComparison.Ordinal)
            || after.Equals("affairs", StringComparison.Ordinal) || after.Equals("and", StringComparison.Ordinal) || after.Equals("or", StringComparison.Ordinal)
            || after.Equals("of", StringComparison.Ordinal) || after.Equals("in", StringComparison.Ordinal) || after.Equals("is", StringComparison.Ordinal))
        {
            return null;
        }

        int previous = ctx.Previous;
        if (previous >= 0 && !then)
        {
            var before = ctx.Text(previous);
            if (!(before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Equals("its", StringComparison.OrdinalIgnoreCase)
                || before.Equals("his", StringComparison.OrdinalIgnoreCase) || before.Equals("her", StringComparison.OrdinalIgnoreCase)
                || before.Equals("their", StringComparison.OrdinalIgnoreCase) || before.Equals("our", StringComparison.OrdinalIgnoreCase)
                || before.Equals("my", StringComparison.OrdinalIgnoreCase) || before.Equals("your", StringComparison.OrdinalIgnoreCase)
                || before.Equals("'s", StringComparison.Ordinal) || before.Equals("\u2019s", StringComparison.Ordinal)
                || before.Equals("of", StringComparison.Ordinal) || before.Equals("under", StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return then ? "PAST_REF" : "PRESENT_REF";
    }

    /// <summary>
    /// "on Monday and Tuesday nights", "Mondays and Thursdays": a weekday joined to a recurring one recurs too, with
    /// its time of day ("XXXX-WXX-1TNI"). Null when the weekday stands alone.
    /// </summary>
    private static string? SharedRecurrence(ref TemporalSlots s, ref TemporalContext ctx)
    {
        int next = ctx.Next;
        if (s.Weekday == Unset || s.Month != Unset || s.Rel != Unset || s.Pod is not null || next < 0 || next + 1 >= ctx.SentenceEnd
            || !(ctx.Text(next).Equals("and", StringComparison.Ordinal) || ctx.Text(next).Equals("or", StringComparison.Ordinal))
            || !(ctx.Tokens[next + 1].Is(TemporalCategory.Weekdays)
                || (ctx.Tokens[next + 1].Is(TemporalCategory.Weekday) && next + 2 < ctx.SentenceEnd && ctx.Tokens[next + 2].Is(TemporalCategory.Pods))))
        {
            return null;
        }

        string value = "XXXX-WXX-" + s.Weekday.ToString(CultureInfo.InvariantCulture);
        if (next + 2 < ctx.SentenceEnd && ctx.Tokens[next + 2].Is(TemporalCategory.Pods) && ctx.Tokens[next + 2].Word is { } pods)
        {
            value += "T" + pods.ValueOf(TemporalCategory.Pods);
        }

        return value;
    }

    /// <summary>
    /// "will close at 6pm on Saturday": a weekday just after the clock names the clock's own day, which wins over a day
    /// named earlier in the sentence ("opened at 8am on Friday and will close at 6pm on Saturday").
    /// </summary>
    private static bool WeekdayRightAfter(ref TemporalContext ctx)
    {
        int i = ctx.End;
        if (i < ctx.SentenceEnd && ctx.Text(i).Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            i++;
        }

        return i < ctx.SentenceEnd && ctx.Tokens[i].Is(TemporalCategory.Weekday) && ctx.Tokens[i].Is(TemporalCategory.Capitalized);
    }

    /// <summary>
    /// The calendar date written just after a clock time ("on Friday 17 June", ", June 17, 2005"), as slots with
    /// its month, day and year; null when none follows.
    /// </summary>
    private static TemporalSlots? DateRightAfter(ref TemporalContext ctx, out int dateFirst, out int dateEnd)
    {
        int i = ctx.End;
        int end = ctx.SentenceEnd;
        dateEnd = -1;
        if (i < end && (ctx.Tokens[i].Is(TemporalCategory.Comma) || ctx.Text(i).Equals("on", StringComparison.OrdinalIgnoreCase)))
        {
            i++;
        }

        dateFirst = i;

        if (i < end && ctx.Tokens[i].Is(TemporalCategory.Weekday | TemporalCategory.WeekdayAbbr))
        {
            i++;
            if (i < end && ctx.Tokens[i].Is(TemporalCategory.Comma))
            {
                i++;
            }
        }

        if (i + 1 >= end)
        {
            return null;
        }

        var slots = TemporalSlots.Empty();
        int monthIndex;
        if (ctx.Tokens[i].Is(TemporalCategory.DayNum) && ctx.Tokens[i + 1].Is(TemporalCategory.Month | TemporalCategory.MonthAbbr))
        {
            slots.Day = ctx.Tokens[i].Number;
            monthIndex = i + 1;
        }
        else if (ctx.Tokens[i].Is(TemporalCategory.Month | TemporalCategory.MonthAbbr) && ctx.Tokens[i + 1].Is(TemporalCategory.DayNum))
        {
            slots.Day = ctx.Tokens[i + 1].Number;
            monthIndex = i;
        }
        else
        {
            return null;
        }

        var monthToken = ctx.Tokens[monthIndex];
        if (!monthToken.Is(TemporalCategory.Capitalized))
        {
            return null;
        }

        slots.Month = int.Parse(monthToken.Word!.ValueOf(monthToken.Is(TemporalCategory.Month) ? TemporalCategory.Month : TemporalCategory.MonthAbbr), CultureInfo.InvariantCulture);
        int y = i + 2;
        if (y < end && ctx.Tokens[y].Is(TemporalCategory.Comma))
        {
            y++;
        }

        dateEnd = i + 2;
        if (y < end && ctx.Tokens[y].Is(TemporalCategory.Year))
        {
            slots.Year = ctx.Tokens[y].Number;
            dateEnd = y + 1;
        }

        return slots;
    }

    /// <summary>The weekday named within the six tokens after a clock time ("10:35 a.m. (0735 GMT) Friday", "9 a.m.
    /// in Nairobi on Tuesday"), before any other temporal word; null when there is none.</summary>
    private static int? WeekdayShortlyAfter(ref TemporalContext ctx)
    {
        int high = Math.Min(ctx.SentenceEnd, ctx.End + 6);
        for (int i = ctx.End; i < high; i++)
        {
            var token = ctx.Tokens[i];
            if (token.Is(TemporalCategory.Weekday) && token.Word is { } word && token.Is(TemporalCategory.Capitalized)
                && int.TryParse(word.ValueOf(TemporalCategory.Weekday), NumberStyles.None, CultureInfo.InvariantCulture, out int weekday))
            {
                return weekday;
            }

            if (token.Is(TemporalCategory.Clock) && i > ctx.End && (ctx.Text(i - 1) is "(" or "to" or "and" or "-" || ctx.Tokens[i - 1].Is(TemporalCategory.Hyphen)))
            {
                // "(0735 GMT)": the same time in another zone, not another time; "from 1130 to 1215 GMT on Wednesday":
                // the end of a range on the same day.
                continue;
            }

            if (token.Is(TemporalCategory.Month | TemporalCategory.MonthAbbr | TemporalCategory.DayRef | TemporalCategory.Clock | TemporalCategory.Weekdays))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A stretch of unknown length in a unit: "PXW"; quarters are counted in months ("PXM").</summary>
    private static string UnknownStretch(string unit) => unit switch
    {
        "Q" => "PXM",
        "DE" => "PXDE",
        _ => "PX" + unit,
    };

    /// <summary>"(the first nine) months of the year", "the second half of the year": a stretch of the year named
    /// after it, which is the year itself.</summary>
    private static bool IsPartOfYear(ref TemporalContext ctx)
    {
        int previous = ctx.Previous;
        if (previous - 1 < ctx.SentenceFirst || !ctx.Text(previous).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = ctx.Text(previous - 1);
        return before.Equals("months", StringComparison.OrdinalIgnoreCase) || before.Equals("weeks", StringComparison.OrdinalIgnoreCase)
            || before.Equals("half", StringComparison.OrdinalIgnoreCase) || before.Equals("quarter", StringComparison.OrdinalIgnoreCase)
            || before.Equals("quarters", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the token just before the connector ("to", "-") before the match ends the date <paramref name="start"/>
    /// ("June 3 to", "12 March -", "Dec. 28, 2023 until"), so the match is the end of a range that starts there (and not
    /// "the week to 25 December" or "9-10 July" after some other date of the sentence).
    /// </summary>
    private static bool EndsAtRangeStart(ref TemporalContext ctx, DateOnly start)
    {
        int last = ctx.Previous - 1;
        if (ctx.Previous < 0 || last < ctx.SentenceFirst)
        {
            return false;
        }

        var token = ctx.Tokens[last];
        if (token.Is(TemporalCategory.DayNum | TemporalCategory.Year))
        {
            return token.Number == start.Day || token.Number == start.Year;
        }

        var category = token.Is(TemporalCategory.Month) ? TemporalCategory.Month : TemporalCategory.MonthAbbr;
        return token.Is(TemporalCategory.Month | TemporalCategory.MonthAbbr) && token.Word is { } word
            && int.TryParse(word.ValueOf(category), NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month == start.Month;
    }

    /// <summary>
    /// "the first half of next year", "the fourth quarter of last year": the year named just after a quarter or half
    /// (a separate expression) says which year's it is, as an offset from the reference year; Unset when none is.
    /// </summary>
    private static int RelativeYearAfter(ref TemporalContext ctx)
    {
        int next = ctx.Next;
        if (next < 0 || next + 2 >= ctx.SentenceEnd || !ctx.Text(next).Equals("of", StringComparison.OrdinalIgnoreCase)
            || !ctx.Tokens[next + 1].Is(TemporalCategory.Rel) || ctx.Tokens[next + 1].Word is not { } rel
            || !ctx.Text(next + 2).Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            return Unset;
        }

        var relText = ctx.Text(next + 1);
        if (!relText.Equals("this", StringComparison.OrdinalIgnoreCase) && !relText.Equals("next", StringComparison.OrdinalIgnoreCase)
            && !relText.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            return Unset;
        }

        return int.TryParse(rel.ValueOf(TemporalCategory.Rel), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int offset) ? offset : Unset;
    }

    /// <summary>
    /// The year of quarter or half <paramref name="ordinal"/> (<paramref name="unit"/> Q or H): <paramref name="year"/>
    /// when the text gives one; otherwise the reference year's, unless that period has not begun yet and the sentence
    /// does not point forward (results are reported after the period, so the fourth quarter in January is last
    /// year's); <see cref="Unset"/> with no reference date.
    /// </summary>
    private static int YearOfPeriod(char unit, int ordinal, int year, ref TemporalContext ctx) =>
        year != Unset ? year
        : ctx.Reference is not { } r ? Unset
        : ctx.Direction <= 0 && ordinal > TimexValues.PeriodOf(unit, r) ? r.Year - 1 : r.Year;

    /// <summary>"2021-Q3", "2021-H1"; with the year <see cref="Unset"/>, "XXXX-Q3".</summary>
    private static string PeriodValue(int year, char unit, int ordinal) =>
        year == Unset ? string.Create(CultureInfo.InvariantCulture, $"{TimexValues.UnknownYear}-{unit}{ordinal}") : TimexValues.Period(year, unit, ordinal);

    /// <summary>The quarter or half <paramref name="rel"/> periods from the one <paramref name="reference"/> falls in.</summary>
    private static string RelativePeriod(char unit, DateOnly reference, int rel)
    {
        int perYear = unit == 'Q' ? 4 : 2;
        int index = (reference.Year * perYear) + TimexValues.PeriodOf(unit, reference) - 1 + rel;
        return TimexValues.Period(index / perYear, unit, (index % perYear) + 1);
    }

    /// <summary>The first leap year from <paramref name="year"/> on (step +1) or back (step -1).</summary>
    private static int NearestLeapYear(int year, int step)
    {
        while (year > 1 && year < 9999 && !DateTime.IsLeapYear(year))
        {
            year += step;
        }

        return year;
    }

    private static int DaysIn(int year, int month) => DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month);

    /// <summary>
    /// The year of a month (and day) given without one. A date within two months of the reference date is the nearest
    /// one whatever the tense (reports of last week and plans for next month both keep the year); further away, the
    /// tense decides ("said in March" in December is this March, "will in March" next March); with no cue, the nearest.
    /// </summary>
    private static int InferYear(int month, int day, DateOnly reference, int direction)
    {
        int target = (month * 32) + day;
        int now = (reference.Month * 32) + reference.Day;
        int months = month - reference.Month;
        int nearest = months > 6 ? reference.Year - 1 : months < -6 ? reference.Year + 1 : reference.Year;

        // Months apart across the year end too: January is one month after December (but a past report of
        // "February" in December is the last one).
        int apart = months > 6 ? months - 12 : months < -6 ? months + 12 : months;
        if (months == 0 || (direction < 0 && months is > 0 and <= 2) || (direction > 0 && apart is < 0 and >= -2) || (direction == 0 && apart is >= -2 and <= 2))
        {
            return nearest;
        }

        if (direction > 0)
        {
            return target > now ? reference.Year : reference.Year + 1;
        }

        if (direction < 0 || (direction == 0 && apart > 2))
        {
            return target < now ? reference.Year : reference.Year - 1;
        }

        return nearest;
    }

    private static int NearWeekend(ref TemporalContext ctx)
    {
        if (ctx.Reference is { } r && TimexValues.IsoWeekday(r) >= 6)
        {
            return 0;
        }

        return ctx.Direction > 0 ? 0 : -1;
    }

    private static string? RelativeUnit(string unit, int rel, DateOnly? reference)
    {
        if (reference is not { } r)
        {
            return unit switch
            {
                "D" => "XXXX-XX-XX",
                "W" => "XXXX-WXX",
                "WE" => "XXXX-WXX-WE",
                "M" => "XXXX-XX",
                "Y" => "XXXX",
                "Q" => "XXXX-QX",
                "DE" => "XXX",
                "CE" => "XX",
                _ => null,
            };
        }

        switch (unit)
        {
            case "D":
                return TimexValues.Day(r.AddDays(rel));
            case "W":
                return TimexValues.Week(r.AddDays(7 * rel));
            case "WE":
                return TimexValues.Week(r.AddDays(7 * rel)) + "-WE";
            case "M":
                var m = r.AddMonths(rel);
                return TimexValues.Month(m.Year, m.Month);
            case "Y":
                return TimexValues.Year(r.Year + rel);
            case "Q":
                return RelativePeriod('Q', r, rel);
            case "HALF":
                return RelativePeriod('H', r, rel);
            case "DE":
                return ((r.Year / 10) + rel).ToString(CultureInfo.InvariantCulture);
            case "CE":
                return ((r.Year / 100) + rel).ToString("D2", CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    private static string RelativeWeekday(int weekday, int rel, DateOnly? reference)
    {
        if (reference is not { } r)
        {
            return "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture);
        }

        int diff = weekday - TimexValues.IsoWeekday(r);
        return rel switch
        {
            < 0 => TimexValues.Day(r.AddDays(diff < 0 ? diff : diff - 7)),
            > 0 => TimexValues.Day(r.AddDays(diff > 0 ? diff : diff + 7)),
            _ => TimexValues.Day(r.AddDays(diff)),
        };
    }

    private static string RelativeMonth(int month, int rel, DateOnly? reference)
    {
        if (reference is not { } r)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
        }

        int year = rel switch
        {
            < 0 => month < r.Month ? r.Year : r.Year - 1,
            > 0 => month > r.Month ? r.Year : r.Year + 1,
            _ => r.Year,
        };
        return TimexValues.Month(year, month);
    }

    private static string RelativeSeason(string season, int rel, DateOnly? reference)
    {
        if (reference is not { } r)
        {
            return "XXXX-" + season;
        }

        // Seasons as months since year 0; winter is named for the year of its January and starts the December
        // before, so "last fall" in February is the fall of the year before.
        string currentSeason = TimexValues.SeasonOf(r.Month);
        int currentStart = SeasonStartMonth(currentSeason, currentSeason == "WI" && r.Month == 12 ? r.Year + 1 : r.Year);
        int year = r.Year;
        if (rel < 0)
        {
            year = r.Year + 1;
            while (SeasonStartMonth(season, year) >= currentStart)
            {
                year--;
            }
        }
        else if (rel > 0)
        {
            year = r.Year - 1;
            while (SeasonStartMonth(season, year) <= currentStart)
            {
                year++;
            }
        }

        return TimexValues.Year(year) + "-" + season;
    }

    private static int SeasonStartMonth(string season, int year) =>
        (year * 12) + (season == "WI" ? -1 : TimexValues.SeasonStart(season) - 1);

    /// <summary>
    /// A feast that modifies what follows it names an event or a document: a capitalized word ("the Good Friday
    /// Agreement", "the Easter Rising", "Christmas Island") or a word of negotiation ("Good Friday talks", "the
    /// Christmas peace deal"). After a preposition that takes a date a name is the next clause's subject ("on
    /// Christmas Day Mr Blair said", "over Easter Labour gained").
    /// </summary>
    private static bool IsEventAfterFeast(ref TemporalContext ctx)
    {
        int next = ctx.Next;
        if (next < 0)
        {
            return false;
        }

        var word = ctx.Text(next);
        return (ctx.IsNameLike(next) && !ctx.PreviousIs("on", "at", "over", "before", "after", "until", "till", "since", "by", "during", "for", "around"))
            || word is "agreement" or "agreements" or "accord" or "accords" or "talks" or "deal" or "peace" or "treaty"
            or "truce" or "ceasefire" or "settlement" or "process" or "negotiations";
    }

    private static string Holiday(string holiday, int year, bool eve, int rel, ref TemporalContext ctx)
    {
        bool movable = holiday is "TG" or "EA" or "ED" or "MD" or "LD" or "GF" or "RS";
        // Movable feasts take their year as if on a typical day (Thanksgiving November 25, Easter April 10, Election
        // Day November 5, Memorial Day May 28, Labor Day September 3, Good Friday April 8), then their own day in
        // that year.
        int month = holiday switch { "TG" or "ED" or "RS" => 11, "EA" or "GF" => 4, "MD" => 5, "LD" => 9, _ => int.Parse(holiday.AsSpan(0, 2), CultureInfo.InvariantCulture) };
        int day = holiday switch { "TG" => 25, "ED" => 5, "RS" => 11, "EA" => 10, "GF" => 8, "MD" => 28, "LD" => 3, _ => int.Parse(holiday.AsSpan(3, 2), CultureInfo.InvariantCulture) - (eve ? 1 : 0) };
        if (year == Unset && ctx.Reference is { } r)
        {
            // "last Thanksgiving" is the one before the reference date, "next Christmas" the one after it.
            int target = (month * 32) + day;
            int now = (r.Month * 32) + r.Day;
            year = rel < 0 && rel != Unset ? (target < now ? r.Year : r.Year - 1)
                : rel > 0 ? (target > now ? r.Year : r.Year + 1)
                : InferYear(month, day, r, ctx.Direction);
        }

        if (movable)
        {
            if (year == Unset)
            {
                return holiday == "EA" ? "XXXX-XX-XX" : "XXXX-11-XX";
            }

            var feast = MovableFeast(holiday, Math.Clamp(year, 2, 9998));
            if (ctx.Reference is { } rr && rel != Unset && rel != 0)
            {
                // "last Easter" on April 17 of a year whose Easter is April 23 is the year before's.
                if (rel < 0 && feast >= rr)
                {
                    feast = MovableFeast(holiday, feast.Year - 1);
                }
                else if (rel > 0 && feast <= rr)
                {
                    feast = MovableFeast(holiday, feast.Year + 1);
                }
            }

            year = feast.Year;
            month = feast.Month;
            day = feast.Day;
        }

        string y = year == Unset ? TimexValues.UnknownYear : TimexValues.Year(year);
        return string.Create(CultureInfo.InvariantCulture, $"{y}-{month:D2}-{day:D2}");
    }

    /// <summary>The day of a movable feast: Easter Sunday, Thanksgiving (the fourth Thursday of November) or Election
    /// Day (the Tuesday after the first Monday of November).</summary>
    private static DateOnly MovableFeast(string holiday, int year)
    {
        switch (holiday)
        {
            case "EA":
                return EasterSunday(year);
            case "GF":
                return EasterSunday(year).AddDays(-2);
            case "MD":
                // The last Monday of May (US Memorial Day).
                var may31 = new DateOnly(year, 5, 31);
                return may31.AddDays(-((TimexValues.IsoWeekday(may31) - 1 + 7) % 7));
            case "LD":
                // The first Monday of September (US Labor Day).
                var september1 = new DateOnly(year, 9, 1);
                return september1.AddDays((1 - TimexValues.IsoWeekday(september1) + 7) % 7);
            case "RS":
                // The second Sunday of November (Remembrance Sunday).
                var november1 = new DateOnly(year, 11, 1);
                return november1.AddDays(((7 - TimexValues.IsoWeekday(november1)) % 7) + 7);
        }

        var first = new DateOnly(year, 11, 1);
        int day = holiday == "TG"
            ? 1 + ((4 - TimexValues.IsoWeekday(first) + 7) % 7) + 21
            : 1 + ((1 - TimexValues.IsoWeekday(first) + 7) % 7) + 1;
        return new DateOnly(year, 11, day);
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static string? Offset(ref TemporalSlots s, ref TemporalContext ctx, ref string? mod)
    {
        if (s.Unit is not { } unit)
        {
            return null;
        }

        int direction = s.Has(TemporalSlots.LitFrom) ? 1 : s.Ago;
        if (direction == 0)
        {
            return null;
        }

        if (s.The && s.Hyphen && !s.Has(TemporalSlots.LitQuarter) && !s.Has(TemporalSlots.LitPeriod))
        {
            // "the year-ago results": the adjective alone is the expression.
            return null;
        }

        int n;
        if (s.NumberToken < 0)
        {
            // "year-earlier", "year-ago": one unit, and only as a hyphenated word.
            if (!s.Hyphen)
            {
                return null;
            }

            n = 1;
        }
        else if (s.Number == TemporalToken.UnknownNumber)
        {
            return direction < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        else
        {
            n = s.Number;
        }

        if (s.Approx is not null)
        {
            mod = "APPROX";
        }

        if (n > 5000)
        {
            return null;
        }

        int delta = n * direction;
        if (unit == "Y" && n == 1 && direction < 0 && (s.Has(TemporalSlots.LitQuarter) || s.Has(TemporalSlots.LitPeriod) || ((ctx.QuarterInSentence || ctx.FocusQuarter is not null) && !ctx.MonthsBefore))
            && ctx.Quarter is { } focus)
        {
            // "up from a year ago" in a quarterly report: the same quarter a year before.
            return TimexValues.Quarter(focus.Year - 1, focus.Quarter);
        }

        if (ctx.Reference is not { } r)
        {
            return unit switch
            {
                "Y" or "DE" => "XXXX",
                "M" => "XXXX-XX",
                "W" => "XXXX-WXX",
                _ => "XXXX-XX-XX",
            };
        }

        return unit switch
        {
            "Y" => TimexValues.Year(r.Year + delta),
            "DE" => TimexValues.Year(r.Year + (10 * delta)),
            "CE" => ((r.Year / 100) + delta).ToString("D2", CultureInfo.InvariantCulture),
            "M" => TimexValues.Month(r.AddMonths(delta).Year, r.AddMonths(delta).Month),
            "W" => TimexValues.Week(r.AddDays(7 * delta)),
            "2W" => TimexValues.Day(r.AddDays(14 * delta)),
            "D" => TimexValues.Day(r.AddDays(delta)),
            "Q" => RelativeUnit("Q", delta, r),
            "H" or "MIN" => TimexValues.Day(r),
            _ => null,
        };
    }

    private static string? Time(ref TemporalSlots s, ref TemporalContext ctx, ref string? mod)
    {
        int hour;
        int minute = 0;
        if (s.ClockWord is { } word)
        {
            hour = word == "24:00" ? 24 : 12;
        }
        else if (s.Clock != Unset)
        {
            hour = s.Clock / 100;
            minute = s.Clock % 100;
            if (s.AmPm == 0 && !s.TimeZone && s.Month == Unset && !ctx.PreviousIs("at", "by", "until", "till", "from", "before", "after", "around", "about", "to", "between"))
            {
                return null;
            }

            if (s.AmPm == 0 && s.TimeZone && ctx.Text(ctx.First).Length == 4 && ctx.IsNameLike(ctx.Previous))
            {
                // "Windows 2000 ET": a name with a number.
                return null;
            }

            if (s.AmPm == 0 && s.TimeZone && s.Approx is null && ctx.PreviousIs("(") && ctx.Text(ctx.First).Length == 4)
            {
                // "10:35 a.m. (0735 GMT)": the 24-hour clock in parentheses restates the time just given in another
                // zone; TimeBank leaves it unmarked.
                return null;
            }
        }
        else if (s.Number is >= 1 and <= 12 && s.AmPm == 0 && (s.Pod is "MO" or "AF" or "EV" or "NI" || ctx.Text(ctx.End - 1).Equals("night", StringComparison.OrdinalIgnoreCase))
            && ctx.Tokens[s.NumberToken].Is(TemporalCategory.Num) && !ctx.Tokens[s.NumberToken].Is(TemporalCategory.Unit))
        {
            // "4 in the morning", "10 at night", "three in the afternoon": the part of the day says a.m. or p.m.
            hour = s.Number;
            bool night = s.Pod == "NI" || s.Pod is null;
            s.AmPm = s.Pod == "MO" || (night && hour < 6) ? 1 : 2;
        }
        else if (s.Number is >= 0 and <= 12 && (s.AmPm != 0 || s.Has(TemporalSlots.LitOClock)))
        {
            hour = s.Number;
        }
        else
        {
            return null;
        }

        if (s.AmPm == 2 && hour < 12)
        {
            hour += 12;
        }
        else if (s.AmPm == 1 && hour == 12)
        {
            hour = 0;
        }

        if (hour > 24)
        {
            return null;
        }

        if (s.Approx is not null)
        {
            mod = "APPROX";
        }

        string day;
        if (s.DayOffset == Unset && s.Month == Unset && DateRightAfter(ref ctx, out int dateFirst, out int dateEnd) is { } dated)
        {
            // "at 5pm on Friday 17 June", "5 p.m. EDT Friday, June 17": the date that follows names the day. Its
            // year is read in the date's own place ("from 7am to 10pm on 5 May": what comes before "5 May", not
            // before "10pm"), so the clock and the date agree.
            var copy = dated;
            var dateContext = new TemporalContext(ctx.Document, ctx.Tokens, dateFirst, dateEnd, ctx.SentenceFirst, ctx.SentenceEnd, ctx.Anchor, ctx.FocusQuarter, ctx.Story);
            day = Calendar(ref copy, ref dateContext) ?? "XXXX-XX-XX";
        }
        else if (s.DayOffset != Unset || s.Weekday != Unset || s.Month != Unset)
        {
            var copy = s;
            day = s.DayOffset != Unset
                ? (ctx.Reference is { } r0 ? TimexValues.Day(r0.AddDays(s.DayOffset)) : "XXXX-XX-XX")
                : Calendar(ref copy, ref ctx) ?? "XXXX-XX-XX";
        }
        else if (ctx.Anchor is { } anchor && !WeekdayRightAfter(ref ctx))
        {
            day = TimexValues.Day(anchor);
        }
        else if (WeekdayShortlyAfter(ref ctx) is int weekday)
        {
            // "at about 10:35 a.m. (0735 GMT) Friday": the day follows a parenthesis or a place.
            var copy = TemporalSlots.Empty();
            copy.Weekday = weekday;
            day = Calendar(ref copy, ref ctx) ?? "XXXX-XX-XX";
        }
        else
        {
            day = ctx.Reference is { } r ? TimexValues.Day(r) : "XXXX-XX-XX";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{day}T{hour:D2}:{minute:D2}");
    }

    private static string? Ref(ref TemporalSlots s, ref TemporalContext ctx, ref EntityType type)
    {
        if (ctx.Text(ctx.End - 1).Equals("current", StringComparison.OrdinalIgnoreCase))
        {
            return CurrentRef(ref ctx);
        }

        if (s.Ref is { } word)
        {
            // "Now, he says, it looks bad": opening a sentence and set off by a comma, "now" turns the discourse to
            // what follows (a discourse marker, which TIMEX3 leaves unmarked; none of the three in TimeBank and
            // AQUAINT is annotated), unlike "now" inside the clause ("is now worth", "for now,").
            if (ctx.First == ctx.SentenceFirst && ctx.End - ctx.First == 1 && ctx.Next >= 0 && ctx.Text(ctx.Next) is ","
                && ctx.Text(ctx.First).Equals("now", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return word;
        }

        if (s.RefAdj is { } adj)
        {

            if (s.Unit is null && s.The && s.Literals == 0)
            {
                // "the past", "the future", "the present"; not "the recent", "the coming".
                var last = ctx.Text(ctx.End - 1);
                if (!(last.Equals("past", StringComparison.OrdinalIgnoreCase) || last.Equals("future", StringComparison.OrdinalIgnoreCase) || last.Equals("present", StringComparison.OrdinalIgnoreCase)))
                {
                    return null;
                }
            }

            if (s.Unit is null && adj is "PAST_REF" && !s.The)
            {
                return null;
            }

            if (s.Unit is null && s.NumberToken < 0 && (s.Literals == 0 && !s.The))
            {
                return null;
            }

            if (s.NumberToken >= 0 && s.Number != TemporalToken.UnknownNumber)
            {
                return null;
            }

            if (s.Unit is not null && s.Unit is "H" or "MIN")
            {
                return null;
            }

            if (s.Unit is { } unit && s.NumberToken < 0 && !s.The && ctx.Text(ctx.First).Equals("recent", StringComparison.OrdinalIgnoreCase))
            {
                // "(in) recent years" and "recent decades" are the vague past the story looks back on (TIMEX3
                // PAST_REF, as most annotators mark them); shorter stretches are lengths of unknown size ("recent
                // weeks" PXW), quarters counted in months ("recent quarters" PXM).
                if (unit is "Y" or "DE")
                {
                    return "PAST_REF";
                }

                type = EntityType.Duration;
                return UnknownStretch(unit);
            }

            if (s.Unit is { } stretch and not "Q" && s.UnitPlural && (adj == "FUTURE_REF" || (adj == "PAST_REF" && s.NumberToken >= 0)))
            {
                // "(in) the coming weeks", "the past few weeks": a stretch of unknown length next to now, as
                // annotators mark "the next few days" and "the weeks ahead" (PXW), not a vague point. Quarters of a
                // results story stay its vague past or future ("coming quarters", "the past several quarters").
                type = EntityType.Duration;
                return UnknownStretch(stretch);
            }

            return adj;
        }

        // "in the near term", "for the short term", "over the long term": the time ahead of the story; not "the
        // long term of the loan" (a length of office or contract).
        if (ctx.Text(ctx.End - 1).Equals("term", StringComparison.OrdinalIgnoreCase))
        {
            return ctx.Next >= 0 && ctx.Text(ctx.Next).Equals("of", StringComparison.OrdinalIgnoreCase) ? null : "FUTURE_REF";
        }

        return "PRESENT_REF";
    }

    private static string? Duration(ref TemporalSlots s, ref TemporalContext ctx, ref EntityType type, ref string? mod)
    {
        if (s.Unit is not { } unit || unit is "WE" or "HALF")
        {
            return null;
        }

        // "a year-long probe", "decades-long battle", "the two-week-long strike": the adjective in "-long" is the
        // length; a shorter match inside it ("a year") gives way to it.
        bool longAdjective = s.Hyphen && ctx.Text(ctx.End - 1).Equals("long", StringComparison.OrdinalIgnoreCase);
        if ((!longAdjective && ctx.Next >= 0 && ctx.Tokens[ctx.Next].Is(TemporalCategory.Hyphen) && ctx.Next + 1 < ctx.SentenceEnd
                && ctx.Text(ctx.Next + 1).Equals("long", StringComparison.OrdinalIgnoreCase))
            || (longAdjective && s.NumberToken >= 0 && ctx.Text(s.NumberToken) is { Length: <= 2 } article
                && (article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        double n;
        if (s.Has(TemporalSlots.LitHalf) && s.NumberToken < 0)
        {
            n = 0.5;
        }
        else if (longAdjective && s.NumberToken < 0)
        {
            n = s.UnitPlural ? double.NaN : 1;
        }
        else if (s.NumberToken < 0 && s.The && !s.UnitPlural && unit == "Y"
            && ((ctx.Next >= 0 && (ctx.Text(ctx.Next).Equals("ended", StringComparison.OrdinalIgnoreCase) || ctx.Text(ctx.Next).Equals("ending", StringComparison.OrdinalIgnoreCase)))
                || ctx.PreviousIs("throughout")))
        {
            // "throughout the fiscal year": the whole twelve months, a length.
            // "the (fiscal) year ended March 31": a results story's twelve months, which TimeBank marks as a length.
            n = 1;
        }
        else if (s.NumberToken < 0 && s.The && !s.UnitPlural && unit == "Y" && (ctx.PreviousIs("for") || IsPartOfYear(ref ctx))
            && !(ctx.Next >= 0 && ctx.Tokens[ctx.Next].Is(TemporalCategory.Hyphen)))
        {
            // "earnings for the (full, fiscal) year", "the first nine months of the year": the reporting year, the
            // reference date's.
            type = EntityType.Date;
            return ctx.Reference is { } r ? TimexValues.Year(r.Year) : TimexValues.UnknownYear;
        }
        else if (s.NumberToken < 0)
        {
            // Bare "years", "decades": only after a word that makes them a length of time.
            if (s.The && !ctx.Text(ctx.End - 1).Equals("ahead", StringComparison.OrdinalIgnoreCase))
            {
                // "over the years", "in the years that followed", "through the decades": a stretch of years of
                // unknown length (TIMEX3 PXY), annotated so in TimeBank and AQUAINT. Shorter units stay out: "in the
                // weeks before the shooting" is a date anchored to an event, not a length.
                if (!s.UnitPlural || unit is not ("Y" or "DE") || !ctx.PreviousIs("over", "through", "throughout", "in", "during", "across"))
                {
                    return null;
                }
            }
            else if (!s.UnitPlural || !(ctx.PreviousIs("for", "over", "within", "took", "spent", "lasted", "in", "last", "after", "during", "throughout", "follows", "followed")
                || ctx.Text(ctx.End - 1).Equals("ahead", StringComparison.OrdinalIgnoreCase)
                || (ctx.Text(ctx.Next).Equals("of", StringComparison.OrdinalIgnoreCase) && ctx.Previous >= 0 && !ctx.Tokens[ctx.Previous].Is(TemporalCategory.Num | TemporalCategory.Part)
                    && !ctx.PreviousIs("first", "last", "final", "closing", "opening"))))
            {
                return null;
            }

            n = double.NaN;
        }
        else if (s.Number == TemporalToken.UnknownNumber)
        {
            n = double.NaN;
        }
        else
        {
            var numberText = ctx.Text(s.NumberToken);
            if (char.IsAsciiDigit(numberText[0]))
            {
                if (!double.TryParse(numberText.ToString().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out n))
                {
                    return null;
                }

                if (ctx.Tokens[s.NumberToken].Is(TemporalCategory.Year) && !s.UnitPlural)
                {
                    return null;
                }
            }
            else
            {
                n = s.Number;
            }

            if (s.Has(TemporalSlots.LitHalf))
            {
                n += 0.5;
            }

            // "three times a day": a frequency, a set; "$100 a year", "four flights a week": a rate, a unit of
            // measure rather than a time (TimeBank leaves most of them unmarked).
            var word = ctx.Text(s.NumberToken);
            if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) && s.NumberToken == ctx.First)
            {
                if (ctx.PreviousIs("times", "once", "twice"))
                {
                    type = EntityType.Set;
                    return "P1" + UnitCode(unit).Code;
                }

                if (IsRateBefore(ref ctx))
                {
                    return null;
                }
            }
        }

        // "Islam will one day be the second religion": "one day" after a modal is some day to come.
        if (unit == "D" && !s.UnitPlural && s.NumberToken == ctx.First && ctx.Text(s.NumberToken).Equals("one", StringComparison.OrdinalIgnoreCase)
            && ctx.PreviousIs("will", "would", "could", "may", "might", "'ll", "shall", "should", "can"))
        {
            type = EntityType.Date;
            return "FUTURE_REF";
        }

        // "a year-earlier loss": the adjective "year-earlier" is the expression, not "a year".
        if (ctx.Next >= 0 && ctx.Tokens[ctx.Next].Is(TemporalCategory.Hyphen) && ctx.Next + 1 < ctx.Tokens.Length && ctx.Tokens[ctx.Next + 1].Is(TemporalCategory.Ago))
        {
            return null;
        }

        // "a 35-year-old", "52 years old": an age, left alone.
        if (ctx.Next >= 0 && ((ctx.Tokens[ctx.Next].Is(TemporalCategory.Hyphen) && ctx.Text(ctx.Next + 1).StartsWith("old", StringComparison.OrdinalIgnoreCase))
            || ctx.Text(ctx.Next).Equals("old", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // "a quarter of the votes", "one-quarter of": a fraction.
        if (unit is "Q" && s.Number != TemporalToken.UnknownNumber && ctx.Text(ctx.Next).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "a quarter point rise", "a quarter stake", "a quarter-final", "a quarter-century", "between a quarter and a
        // third": a single quarter is a fraction or part of a compound unless what follows places it in time ("a
        // quarter in advance", "a quarter earlier").
        if (unit is "Q" && s.Number == 1 && !s.UnitPlural && ctx.End - ctx.First == 2 && ctx.Next >= 0
            && !(ctx.Text(ctx.Next) is "." or "in" or "ahead" or "earlier" or "later" or "before" or "after" or "ago" or "from" or "into"))
        {
            return null;
        }

        // "the two-year contract": the adjective alone; "three-quarters" is a fraction; "a two-year" keeps no "a".
        bool period = s.Has(TemporalSlots.LitPeriod) || s.Has(TemporalSlots.LitOf);
        if ((s.Hyphen && !longAdjective && (s.The || s.UnitPlural || (s.Has(TemporalSlots.LitA) && !period))) || (s.Has(TemporalSlots.LitA) && s.Number != TemporalToken.UnknownNumber && !period && !s.Has(TemporalSlots.LitHalf)))
        {
            return null;
        }

        if (s.Approx is { } approx && mod is null)
        {
            mod = approx;
        }

        var (code, time, factor) = UnitCode(unit);
        if (code.Length == 0)
        {
            return null;
        }

        if (!double.IsNaN(n))
        {
            n *= factor;
            if (code is "DE" or "CE")
            {
                // TimeBank counts decades and centuries in years: "two decades" is P20Y, "a century" P100Y.
                n *= code == "DE" ? 10 : 100;
                code = "Y";
            }

            if (n != Math.Floor(n))
            {
                // Halves become the next smaller unit where TIMEX3 has one: 2.5 years is P2Y6M.
                double whole = Math.Floor(n);
                double fraction = n - whole;
                string? smaller = code switch
                {
                    "Y" => $"{(int)Math.Round(fraction * 12)}M",
                    "D" => null,
                    "H" => $"{(int)Math.Round(fraction * 60)}M",
                    "M" when time => $"{(int)Math.Round(fraction * 60)}S",
                    _ => null,
                };
                if (smaller is not null)
                {
                    string head = whole > 0 ? TimexValues.Number(whole) + code : string.Empty;
                    return (time ? "PT" : "P") + head + smaller;
                }
            }
        }

        return (time ? "PT" : "P") + TimexValues.Number(n) + code;
    }

    private static bool IsRateBefore(ref TemporalContext ctx)
    {
        int previous = ctx.Previous;
        if (previous < 0)
        {
            return false;
        }

        var token = ctx.Tokens[previous];
        if (token.Is(TemporalCategory.Num) && char.IsAsciiDigit(ctx.Text(previous)[0]))
        {
            return true;
        }

        // "four flights a week", "10,000 units annually": a count of things per unit.
        var noun = ctx.Text(previous);
        if (previous > ctx.SentenceFirst && noun.Length > 2 && char.IsLower(noun[0]) && noun[^1] == 's'
            && ctx.Tokens[previous - 1].Is(TemporalCategory.Num) && ctx.Tokens[previous - 1].Number != TemporalToken.NoNumber)
        {
            return true;
        }

        return ctx.PreviousIs("percent", "%", "dollars", "million", "billion", "cents", "pounds", "euros");
    }

    /// <summary>The TIMEX3 unit letters of a lexicon unit, whether it is a clock unit (PT…), and a multiplier.</summary>
    private static (string Code, bool Time, int Factor) UnitCode(string unit) => unit switch
    {
        "D" => ("D", false, 1),
        "W" => ("W", false, 1),
        "2W" => ("W", false, 2),
        "M" => ("M", false, 1),
        "Y" => ("Y", false, 1),
        "Q" => ("Q", false, 1),
        "DE" => ("DE", false, 1),
        "CE" => ("CE", false, 1),
        "ML" => ("ML", false, 1),
        "H" => ("H", true, 1),
        "MIN" => ("M", true, 1),
        _ => (string.Empty, false, 1),
    };

    private static string? Decade(ref TemporalSlots s, ref TemporalContext ctx, ref string? mod)
    {
        if (s.Unit == "HALF")
        {
            // "the last half of the '80s", "the first half of the 1990s".
            mod = s.Ordinal switch
            {
                1 => "START",
                2 or -1 => "END",
                _ => null,
            };
            if (mod is null)
            {
                return null;
            }
        }

        mod ??= PartMod(s.Part);
        if (s.DecadeWord != Unset)
        {
            return "19" + s.DecadeWord.ToString(CultureInfo.InvariantCulture);
        }

        if (s.Decade == Unset)
        {
            return null;
        }

        var text = ctx.Text(s.DecadeToken);
        if (text.Length >= 4 && char.IsAsciiDigit(text[3]))
        {
            return (s.Decade / 10).ToString("D3", CultureInfo.InvariantCulture);
        }

        // "the '90s", "the 90s".
        bool apostrophe = text is ['\'' or '\u2019' or '\u2018', ..] || (s.DecadeToken > 0 && ctx.Text(s.DecadeToken - 1) is ['\'' or '\u2019' or '\u2018']);
        if (!apostrophe && !s.The)
        {
            return null;
        }

        return (s.Decade >= 30 ? "19" : "20") + (s.Decade / 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string? Century(ref TemporalSlots s, ref TemporalContext ctx, ref string? mod)
    {
        if (s.Unit != "CE" || s.Ordinal is < 1 or > 30)
        {
            return null;
        }

        mod ??= PartMod(s.Part);
        return (s.Ordinal - 1).ToString("D2", CultureInfo.InvariantCulture);
    }

    private static string? Set(ref TemporalSlots s, ref TemporalContext ctx)
    {
        if (s.SetWord is { } word)
        {
            // "rise 8.5% annually", "10,000 units annually", "average daily volume": a rate, not a recurrence.
            return !ctx.PreviousIs("times", "once", "twice") && (IsRateBefore(ref ctx) || ctx.PreviousIs("average")) ? null : word;
        }

        string pod = s.Pod is { } p ? "T" + p : string.Empty;
        if (s.Weekday != Unset)
        {
            if (!s.Every && !ctx.Tokens[ctx.First].Is(TemporalCategory.Capitalized))
            {
                return null;
            }

            return "XXXX-WXX-" + s.Weekday.ToString(CultureInfo.InvariantCulture) + pod;
        }

        if (s.Month != Unset)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{s.Month:D2}");
        }

        if (s.Season is { } season)
        {
            return "XXXX-" + season;
        }

        if (s.Unit is { } unit)
        {
            var (code, time, factor) = UnitCode(unit);
            if (code.Length == 0)
            {
                return null;
            }

            int n = s.NumberToken >= 0 && s.Number > 0 ? s.Number : 1;
            if (s.Has(TemporalSlots.LitOther))
            {
                n = 2;
            }

            return (time ? "PT" : "P") + (n * factor).ToString(CultureInfo.InvariantCulture) + code;
        }

        if (s.Pod is not null)
        {
            return "XXXX-XX-XX" + pod;
        }

        return null;
    }

    /// <summary>
    /// "the April-June quarter", "the January-to-March quarter", "the July to September period": three months that
    /// make a calendar quarter are that quarter (its year as for "the second quarter": a quarter not begun yet is last
    /// year's unless the sentence points forward). Other spans ("the June-August quarter" of a fiscal year) are rejected, and their
    /// months are read one by one.
    /// </summary>
    private static string? MonthSpan(ref TemporalSlots s, ref TemporalContext ctx)
    {
        int first = Unset;
        int last = Unset;
        for (int i = ctx.First; i < ctx.End; i++)
        {
            var token = ctx.Tokens[i];
            if (token.Is(TemporalCategory.Month | TemporalCategory.MonthAbbr) && token.Word is { } word
                && int.TryParse(word.ValueOf(token.Is(TemporalCategory.Month) ? TemporalCategory.Month : TemporalCategory.MonthAbbr), NumberStyles.None, CultureInfo.InvariantCulture, out int month))
            {
                if (first == Unset)
                {
                    first = month;
                }

                last = month;
            }
        }

        if (first == Unset || last != first + 2 || first % 3 != 1)
        {
            return null;
        }

        int quarter = TimexValues.QuarterOf(first);
        return PeriodValue(YearOfPeriod('Q', quarter, s.Year, ref ctx), 'Q', quarter);
    }

    /// <summary>
    /// "Q3", "Q4 2023", "H1": a quarter or half in business shorthand, upper case only and not after a name ("Audi
    /// Q5" is a car); without a year as "the third quarter" (a period not begun yet is last year's unless the sentence
    /// points forward).
    /// </summary>
    private static string? QuarterCode(ref TemporalSlots s, ref TemporalContext ctx)
    {
        var code = ctx.Text(ctx.First);
        if (code.Length != 2 || code[0] is not ('Q' or 'H') || ctx.IsNameLike(ctx.Previous)
            || (ctx.Next >= 0 && ctx.Tokens[ctx.Next].Is(TemporalCategory.Hyphen)))
        {
            // "Audi Q5", "the H1-B visa": names and codes.
            return null;
        }

        int ordinal = code[1] - '0';
        return PeriodValue(YearOfPeriod(code[0], ordinal, s.Year, ref ctx), code[0], ordinal);
    }

    /// <summary>
    /// "this season", "last season", "the end of next season" (a sports, television or fashion season) and "next
    /// term", "last term" (of a court, school or parliament). Neither is a calendar season: a football season runs
    /// from August to May, a court term from October. A season is given the calendar year of the reference date
    /// moved by its relation (this 0, last -1, next +1): whatever the sport, that year overlaps the season meant (the
    /// 2004-05 season, "this season" in January or June 2005, overlaps 2005; "last season", the 2003-04 or 2004-05
    /// one, overlaps 2004). A term is only placed before or after the present, as its calendar varies.
    /// </summary>
    private static string? Season(ref TemporalSlots s, ref TemporalContext ctx, ref string? mod)
    {
        if (s.Rel == Unset || s.RelToken < 0)
        {
            return null;
        }

        var rel = ctx.Text(s.RelToken);
        if (rel.Equals("same", StringComparison.OrdinalIgnoreCase))
        {
            // "the same season": the story's season, which the text has not dated.
            return null;
        }

        var last = ctx.Text(ctx.End - 1);
        bool season = last.Equals("season", StringComparison.OrdinalIgnoreCase);
        var beforeRel = s.RelToken > ctx.SentenceFirst ? ctx.Text(s.RelToken - 1) : default;
        bool theRel = beforeRel.Equals("the", StringComparison.OrdinalIgnoreCase);
        bool intoStory = rel.Equals("following", StringComparison.OrdinalIgnoreCase) || rel.Equals("preceding", StringComparison.OrdinalIgnoreCase)
            || rel.Equals("previous", StringComparison.OrdinalIgnoreCase) || rel.Equals("prior", StringComparison.OrdinalIgnoreCase)
            || (rel.Equals("next", StringComparison.OrdinalIgnoreCase) && theRel && ctx.Direction < 0);
        if (season && intoStory)
        {
            // "joined Leeds in 1998 and left the next season", "the previous season", "the following season": a
            // season before or after the one the story tells of, counted from the last year it named; with none
            // named, "the previous season" is the one before the reference year's and the others are not dated.
            if (ctx.Story.Year != Unset)
            {
                mod ??= PartMod(s.Part);
                return TimexValues.Year(ctx.Story.Year + s.Rel);
            }

            if (s.Rel > 0 || rel.Equals("preceding", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        if (season && s.Rel < 0 && rel.Equals("last", StringComparison.OrdinalIgnoreCase)
            && (theRel || beforeRel is "his" or "her" or "their" or "its" or "my" or "our" or "your" or "a" or "an" or "'s" or "\u2019s"))
        {
            // "his last season at Arsenal", "the club's last season in the top flight", "the last season of the
            // show": the final one, which the phrase does not date (as with "his last term").
            return null;
        }

        if (last.Equals("term", StringComparison.OrdinalIgnoreCase))
        {
            // "his last term", "the next term in the series", "this term" (a word): only a bare "next/last term"
            // places a term in time.
            if (s.Rel == 0 || s.The || s.Part is not null || ctx.PreviousIs("the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "final", "second", "third")
                || (s.Rel < 0 && ctx.PreviousIs("'s", "\u2019s")))
            {
                return null;
            }

            return s.Rel > 0 ? "FUTURE_REF" : "PAST_REF";
        }

        mod ??= PartMod(s.Part);
        return ctx.Reference is { } r ? TimexValues.Year(r.Year + s.Rel) : TimexValues.UnknownYear;
    }

    /// <summary>
    /// "the turn of the century": the years around a century's first year. Without an ordinal it is the century
    /// boundary nearest the reference year (2000 for news of 1989 or of 2021); "the turn of the 20th century" is 1900,
    /// "the turn of the millennium" 2000.
    /// </summary>
    private static string? Turn(ref TemporalSlots s, ref TemporalContext ctx, ref string? mod)
    {
        int size = s.Unit switch
        {
            "CE" => 100,
            "ML" => 1000,
            _ => 0,
        };
        if (size == 0 || s.UnitPlural)
        {
            return null;
        }

        mod = "APPROX";
        if (s.Ordinal != Unset)
        {
            return s.Ordinal is >= 1 and <= 30 ? TimexValues.Year((s.Ordinal - 1) * size) : null;
        }

        return ctx.Reference is { } r ? TimexValues.Year((r.Year + (size / 2)) / size * size) : TimexValues.UnknownYear;
    }

    /// <summary>
    /// A bare day next to a day of a month, joined by "to", "and", "through" or a dash, is the other end of a range in
    /// that month: "from 3 to 5 June" (3 June), "9-10 July" (9 July), "April 24 and 25", "August 5th to 9th, 1995"
    /// (the end, with the year of the range). The
    /// start must come before the end ("won 3-2 May 5" is a score), and after an end day only punctuation, a year or
    /// a function word may follow ("March 3 and 4 people died" is a count).
    /// </summary>
    private static string? DayRange(ref TemporalSlots s, ref TemporalContext ctx)
    {
        if (s.Day == Unset)
        {
            return null;
        }

        int next = ctx.Next;
        int previous = ctx.Previous;
        int monthIndex;
        int otherDay;
        bool start;
        if (ctx.End - ctx.First == 1 && next >= 0 && next + 2 < ctx.SentenceEnd && IsRangeConnector(ref ctx, next) && ctx.Tokens[next + 1].Is(TemporalCategory.DayNum)
            && ctx.Tokens[next + 2].Is(TemporalCategory.Month | TemporalCategory.MonthAbbr))
        {
            // "from 3 to 5 June 2005": the month (and year) come after the other end.
            monthIndex = next + 2;
            otherDay = ctx.Tokens[next + 1].Number;
            start = true;
        }
        else if ((ctx.End - ctx.First == 1 || s.Year != Unset) && previous - 2 >= ctx.SentenceFirst && IsRangeConnector(ref ctx, previous) && ctx.Tokens[previous - 1].Is(TemporalCategory.DayNum)
            && ctx.Tokens[previous - 2].Is(TemporalCategory.Month | TemporalCategory.MonthAbbr) && EndDayFollowerOk(ref ctx, next))
        {
            // "April 24 and 25", "June 3-5".
            monthIndex = previous - 2;
            otherDay = ctx.Tokens[previous - 1].Number;
            start = false;
        }
        else
        {
            return null;
        }

        if (start ? s.Day >= otherDay : otherDay >= s.Day)
        {
            return null;
        }

        var monthToken = ctx.Tokens[monthIndex];
        var monthWord = monthToken.Word!;
        s.Month = int.Parse(monthWord.ValueOf(monthToken.Is(TemporalCategory.Month) ? TemporalCategory.Month : TemporalCategory.MonthAbbr), CultureInfo.InvariantCulture);
        int yearIndex = monthIndex + 1;
        if (start && yearIndex < ctx.SentenceEnd && ctx.Tokens[yearIndex].Is(TemporalCategory.Comma))
        {
            yearIndex++;
        }

        if (start && yearIndex < ctx.SentenceEnd && ctx.Tokens[yearIndex].Is(TemporalCategory.Year))
        {
            s.Year = ctx.Tokens[yearIndex].Number;
        }

        if (s.Month == 5 && ctx.Text(monthIndex).Equals("may", StringComparison.Ordinal))
        {
            return null;
        }

        return Calendar(ref s, ref ctx);
    }

    private static bool IsRangeConnector(ref TemporalContext ctx, int index) =>
        ctx.Tokens[index].Is(TemporalCategory.Hyphen) || ctx.Text(index) is "to" or "and" or "through" or "until" or "till";

    private static bool EndDayFollowerOk(ref TemporalContext ctx, int next)
    {
        if (next < 0 || ctx.Tokens[next].Is(TemporalCategory.Comma | TemporalCategory.Year))
        {
            return true;
        }

        var text = ctx.Text(next);
        return text.Length == 0 || !char.IsLetterOrDigit(text[0])
            || text is "in" or "at" or "on" or "and" or "or" or "to" or "when" or "with" or "for" or "by" or "of" or "from" or "the" or "this" or "next"
                or "last" or "before" or "after" or "while" or "as" or "that" or "respectively";
    }

    /// <summary>
    /// A two-digit year with an apostrophe ("in '78", "the class of '68", "since ’99", "the '82 Salon", "'74.") is
    /// a year after a word that takes one, or standing alone before punctuation; an opening quote mark before digits
    /// that run into words is a quotation ("'10 Downing Street's worst day'", "‘99 per cent of them"). Other years
    /// pass.
    /// </summary>
    private static bool IsQuotedYearOk(ref TemporalContext ctx)
    {
        var text = ctx.Text(ctx.First);
        if (text.Length != 3 || text[0] is not ('\'' or '\u2018' or '\u2019'))
        {
            return true;
        }

        int next = ctx.Next;
        var after = ctx.Text(next);
        if (text[0] == '\u2018' || after.Equals("per", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return ctx.PreviousIs("in", "of", "since", "from", "until", "till", "by", "before", "after", "during", "to", "and", "or", "between", "the", "a", "'s", "\u2019s")
            || after.IsEmpty || !char.IsLetterOrDigit(after[0]);
    }

    private static string? Year(ref TemporalSlots s, ref TemporalContext ctx)
    {
        if (s.Year == Unset)
        {
            return null;
        }

        if (ctx.End - ctx.First == 1 && ctx.Text(ctx.First).StartsWith("FY", StringComparison.Ordinal))
        {
            // "FY2006 results": the shorthand is a year whatever follows.
            return TimexValues.Year(s.Year);
        }

        if (ctx.End - ctx.First == 1 && !IsQuotedYearOk(ref ctx))
        {
            return null;
        }

        int previous = ctx.Previous;
        var before = ctx.Text(previous);
        // "$2022", "No. 1990", "3 1990"; but "a 1996 law" is a date.
        if (before is "$" or "#" or "No." or "no." || (previous >= 0 && ctx.Tokens[previous].Is(TemporalCategory.Num)
            && !before.Equals("a", StringComparison.OrdinalIgnoreCase) && !before.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // "Euro 2004", "Windows 2000": a name with a number.
        if (ctx.IsNameLike(previous))
        {
            return null;
        }

        bool dateWordBefore = s.Approx is not null || ctx.PreviousIs("in", "since", "by", "until", "till", "through", "before", "after", "during", "from", "of",
            "to", "between", "early", "late", "mid", "fiscal", "and", "or", "the", "'s", "around", "circa", "year", "summer", "spring", "fall", "winter", "autumn")
            || (previous >= 0 && ctx.Tokens[previous].Is(TemporalCategory.Hyphen | TemporalCategory.Comma | TemporalCategory.Month | TemporalCategory.Part));
        if (s.Year < 1800 && !dateWordBefore)
        {
            return null;
        }

        int next = ctx.Next;
        if (next >= 0)
        {
            var after = ctx.Text(next);
            if (after is "%" or "percent")
            {
                return null;
            }

            // "2022 soldiers": a count followed by a plural noun.
            if (!dateWordBefore && after.Length > 2 && char.IsLower(after[0]) && after[^1] == 's' && !ctx.Tokens[next].Is(TemporalCategory.PastCue | TemporalCategory.FutureCue)
                && !after.Equals("has", StringComparison.Ordinal) && !after.Equals("was", StringComparison.Ordinal) && !after.Equals("as", StringComparison.Ordinal)
                && !after.Equals("is", StringComparison.Ordinal) && !after.Equals("levels", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return TimexValues.Year(s.Year);
    }
}
