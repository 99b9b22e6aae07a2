namespace Extractor.Tests.Dates;

/// <summary>
/// Periods of ordinary news that are not calendar periods: sports and television seasons ("this season", "the end of
/// last season", "the 2005/06 season"), court and school terms ("next term"), fiscal-year shorthand ("FY2006") and
/// "the turn of the century"; each with the uses that must not be read as one.
/// </summary>
public sealed class TemporalNewsPeriodTests
{
    private const string Reference = "2005-06-15"; // a Wednesday, between two football seasons

    public static TheoryData<string, string, string, string?> Seasons => new()
    {
        { "Chelsea have been the best side this season, the manager said.", "this season", "2005", null },
        { "They finished third in the league last season.", "last season", "2004", null },
        { "The striker will move to Spain next season.", "next season", "2006", null },
        { "Fox's prime-time audience fell sharply last season.", "last season", "2004", null },
        { "He has been in poor form earlier this season.", "earlier this season", "2005", "START" },
        { "The club was relegated at the end of last season.", "the end of last season", "2004", "END" },
        { "Artificial pitches will be allowed from the start of next season.", "the start of next season", "2006", "START" },
        { "Ticket prices were frozen for the current season.", "the current season", "2005", null },
    };

    [Theory]
    [MemberData(nameof(Seasons))]
    public void Recognize_SportsOrTelevisionSeason_IsTheYearItOverlaps(string text, string expression, string value, string? modifier)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
        entity.Modifier.Should().Be(modifier);
    }

    [Fact]
    public void Recognize_SeasonWithoutReferenceDate_KeepsTheYearUnknown()
    {
        var entity = TemporalTestText.Single("They finished third in the league last season.", null, "last season");

        entity.Value.Should().Be("XXXX");
    }

    [Theory]
    // Seasons the text does not date, and calendar seasons, keep their readings.
    [InlineData("The harvest failed in the rainy season.", "season")]
    [InlineData("They won the cup in the same season.", "season")]
    [InlineData("He scored twice in the following season.", "season")]
    [InlineData("The festive season is the busiest time for shops.", "season")]
    public void Recognize_SeasonNotPlacedInTime_IsNoExpression(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Recognize_CalendarSeason_KeepsItsSeasonValue()
    {
        TemporalTestText.Single("Prices rose sharply last summer.", Reference, "last summer").Value.Should().Be("2004-SU");
    }

    public static TheoryData<string, string, string, string> SlashYears => new()
    {
        { "He scored 20 goals in the 2004/05 season.", "2004", "05", "2005" },
        { "Contributions rose by 8.6% in 2002/03.", "2002", "03", "2003" },
        { "The budget for the 2005/2006 financial year was cut.", "2005", "2006", "2006" },
        { "Spending rose in 1999/2000, the report said.", "1999", "2000", "2000" },
    };

    [Theory]
    [MemberData(nameof(SlashYears))]
    public void Recognize_ConsecutiveYearsJoinedByASlash_AreBothYears(string text, string first, string second, string secondValue)
    {
        TemporalTestText.Single(text, Reference, first).Value.Should().Be(first);
        TemporalTestText.Single(text, Reference, second).Value.Should().Be(secondValue);
    }

    [Theory]
    // Numbers with a slash that are not a season or financial year stay one number.
    [InlineData("The vote was split 2005/2010 between the two plans.", "2005")]
    [InlineData("Call 0207/123 4567 for details.", "0207")]
    [InlineData("The ratio rose to 1500/20 last month.", "1500")]
    public void Recognize_SlashNumberThatIsNoYearPair_IsNoYear(string text, string part)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text == part);
    }

    public static TheoryData<string, string, string> Terms => new()
    {
        { "The Supreme Court will hear the case next term.", "next term", "FUTURE_REF" },
        { "The rules were adopted by most local education authorities last term.", "last term", "PAST_REF" },
        { "The court's next term begins in October.", "next term", "FUTURE_REF" },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public void Recognize_CourtOrSchoolTerm_IsBeforeOrAfterThePresent(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
    }

    [Theory]
    // A term of office counted or owned ("his last term", "a third term"), a word ("this term") and a term in a
    // series are no time.
    [InlineData("He is now in his last term as governor.")]
    [InlineData("Obama's last term ended in January.")]
    [InlineData("She hopes to win a third term next year.")]
    [InlineData("This term is used widely by economists.")]
    [InlineData("The next term in the series is eight.")]
    [InlineData("The last term of the contract was dropped.")]
    public void Recognize_TermThatIsNoTime_IsNoExpression(string text)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains("term", StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<string, string, string> FiscalShorthand => new()
    {
        { "The firm will publish its FY2006 results in May.", "FY2006", "2006" },
        { "Sales forecasts for FY05 were cut.", "FY05", "2005" },
        { "The target is to break even in FY 2007.", "FY 2007", "2007" },
    };

    [Theory]
    [MemberData(nameof(FiscalShorthand))]
    public void Recognize_FiscalYearShorthand_IsTheYear(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
    }

    [Theory]
    // Lower case, other letters or other lengths are names and codes.
    [InlineData("The fy2006 tag was wrong.", "fy2006")]
    [InlineData("The FY200 form was filed.", "FY200")]
    [InlineData("The GY2006 engine was recalled.", "GY2006")]
    public void Recognize_FiscalShorthandLookalike_IsNoYear(string text, string token)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(token, StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> Turns => new()
    {
        { "The company was founded at the turn of the century.", "the turn of the century", "2000" },
        { "Such houses were common at the turn of the 20th century.", "the turn of the 20th century", "1900" },
        { "Prices peaked around the turn of the millennium.", "the turn of the millennium", "2000" },
    };

    [Theory]
    [MemberData(nameof(Turns))]
    public void Recognize_TurnOfTheCentury_IsTheCenturyYearApproximately(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
        entity.Modifier.Should().Be("APPROX");
    }

    [Fact]
    public void Recognize_TurnOfTheCenturyInOlderNews_IsTheNearestCenturyStart()
    {
        TemporalTestText.Single("The plant should be running by the turn of the century.", "1989-10-30", "the turn of the century").Value.Should().Be("2000");
    }

    [Theory]
    // "turn" as a verb or a noun of order is no time.
    [InlineData("It was his turn of phrase that century-old critics loved.", "turn")]
    [InlineData("The turn of events surprised the market.", "turn")]
    public void Recognize_TurnThatIsNoPeriod_IsNoExpression(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // "last" as a verb after "to", a modal or a negation: the length alone is the expression.
    [InlineData("The trial is expected to last six weeks.", "six weeks", "P6W")]
    [InlineData("The talks will last two days, officials said.", "two days", "P2D")]
    [InlineData("The batteries do not even last four days.", "four days", "P4D")]
    [InlineData("The match will last about 90 minutes.", "about 90 minutes", "PT90M")]
    public void Recognize_LastAsAVerbBeforeALength_LeavesTheVerbOut(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.StartsWith("last", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // "the last six weeks", "these last few years" and "last week" keep "last".
    [InlineData("Shares have fallen in the last six weeks.", "the last six weeks", "P6W")]
    [InlineData("The talks last week were cordial.", "last week", "2005-W23")]
    [InlineData("Prices have risen for the last two years.", "the last two years", "P2Y")]
    public void Recognize_LastAsAnAdjective_StaysInTheExpression(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    public static TheoryData<string, string, string> Feasts => new()
    {
        { "Crowds gathered on Memorial Day.", "Memorial Day", "2005-05-30" },
        { "Congress will return after Labor Day.", "Labor Day", "2005-09-05" },
        { "The strike ended on Labor Day 2003.", "Labor Day 2003", "2003-09-01" },
        { "Turnout was low on Election Day 2003.", "Election Day 2003", "2003-11-04" },
        { "The rising began on Easter Monday, 1916.", "Easter Monday, 1916", "1916-04-24" },
        { "The agreement was signed on Good Friday 1998.", "Good Friday 1998", "1998-04-10" },
        { "Wreaths were laid on Remembrance Day.", "Remembrance Day", "2004-11-11" },
        { "Parades were held on Veterans Day.", "Veterans Day", "2004-11-11" },
    };

    [Theory]
    [MemberData(nameof(Feasts))]
    public void Recognize_NamedFeastDay_IsItsDay(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    // Without "Day", or in lower case, the words are no feasts; "Christmas Friday" keeps Christmas and Friday.
    [InlineData("A memorial service was held on Sunday.", "memorial")]
    [InlineData("He spoke at the UK's Holocaust Memorial Day event.", "Memorial")]
    [InlineData("The Australian Labor party met on Friday.", "Labor")]
    [InlineData("It was a good Friday for shares.", "good")]
    [InlineData("Have a good day, she said.", "good")]
    [InlineData("Veterans groups protested on Monday.", "Veterans")]
    public void Recognize_FeastWordWithoutItsDay_IsNoFeast(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_FeastFollowedByAnOtherWeekday_KeepsBothDates()
    {
        var found = TemporalTestText.Temporal("Shops open on Christmas Friday.", Reference);

        found.Should().Contain(e => e.Text == "Christmas" && e.Value == "2004-12-25");
        found.Should().Contain(e => e.Text == "Friday");
    }

    public static TheoryData<string, string, string> ApostropheYears => new()
    {
        { "In '78 the entrance exams were reinstated.", "'78", "1978" },
        { "He is a member of the class of '68.", "'68", "1968" },
        { "The band toured Europe in '03.", "'03", "2003" },
    };

    [Theory]
    [MemberData(nameof(ApostropheYears))]
    public void Recognize_TwoDigitYearAfterAnApostrophe_IsTheYear(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    // Decades, plain two-digit numbers and three digits are no such year.
    [InlineData("Music of the '90s was louder.", "the '90s", "199")]
    public void Recognize_ApostropheDecade_StaysADecade(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("He scored 78 points.", "78")]
    [InlineData("The code '785' was wrong.", "785")]
    public void Recognize_NumberWithoutAnApostropheYearShape_IsNoYear(string text, string token)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(token, StringComparison.Ordinal));
    }

    [Theory]
    // "early"/"late" before a weekday are part of the expression, as the TIMEX3 guidelines and OntoNotes mark them.
    [InlineData("The dollar rose to 143.80 yen late Tuesday in New York.", "late Tuesday", "2005-06-14", "END")]
    [InlineData("Thousands began gathering in the capital early Tuesday.", "early Tuesday", "2005-06-14", "START")]
    [InlineData("The Treasury may wait until late Monday to decide.", "late Monday", "2005-06-20", "END")]
    public void Recognize_PartBeforeAWeekday_IsInTheExpression(string text, string expression, string value, string modifier)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Value.Should().Be(value);
        entity.Modifier.Should().Be(modifier);
    }

    [Theory]
    // A lower-case weekday is no name; "Earlier Friday", "the middle Saturday of the tie" keep the weekday alone.
    [InlineData("The dollar rose late tuesday.", "tuesday", null)]
    [InlineData("Earlier Friday, the talks collapsed.", "Friday", "Friday")]
    [InlineData("They won the doubles on the middle Saturday of the tie.", "Saturday", "Saturday")]
    public void Recognize_PartBeforeAWeekdayThatIsNoPart_LeavesItOut(string text, string weekday, string? expression)
    {
        var found = TemporalTestText.Temporal(text, Reference).Where(e => e.Text.Contains(weekday, StringComparison.Ordinal)).ToArray();
        if (expression is null)
        {
            found.Should().BeEmpty();
        }
        else
        {
            found.Should().ContainSingle().Which.Text.Should().Be(expression);
        }
    }

    public static TheoryData<string, string, string, string, string> DayRanges => new()
    {
        { "The festival runs from 3 to 5 July.", "3", "2005-07-03", "5 July", "2005-07-05" },
        { "The summit will be held on 9-10 July.", "9", "2005-07-09", "10 July", "2005-07-10" },
        { "Snow fell from 28 to 30 December 2004.", "28", "2004-12-28", "30 December 2004", "2004-12-30" },
        { "The NATO summit will be held on April 24 and 25.", "April 24", "2005-04-24", "25", "2005-04-25" },
        { "The show runs June 3-5.", "June 3", "2005-06-03", "5", "2005-06-05" },
        { "The meeting was held from August 5th to 9th, 1995.", "August 5th", "1995-08-05", "9th, 1995", "1995-08-09" },
    };

    [Theory]
    [MemberData(nameof(DayRanges))]
    public void Recognize_BareDayAtOneEndOfADayRange_TakesTheMonthOfTheOtherEnd(string text, string first, string firstValue, string second, string secondValue)
    {
        TemporalTestText.Single(text, Reference, first).Value.Should().Be(firstValue);
        TemporalTestText.Single(text, Reference, second).Value.Should().Be(secondValue);
    }

    [Theory]
    // Scores, counts and descending pairs are no ranges of days.
    [InlineData("On March 3 and 4 people died in the fire.", "4")]
    [InlineData("They were beaten 3 to 1 in March.", "3")]
    [InlineData("The vote was 12 to 5 May officials said.", "12")]
    [InlineData("The team won 5-3 June 2.", "5")]
    public void Recognize_NumberNextToADayThatIsNoRange_IsNoDate(string text, string number)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text == number);
    }

    [Theory]
    // After "the", a month that is also a word is the month when a noun follows it.
    [InlineData("The March accession will let the three countries join.", "March")]
    [InlineData("The August trade deficit is expected to have widened.", "August")]
    [InlineData("The May contract ended with a gain of 0.54 cent.", "May")]
    public void Recognize_MonthWordBeforeANounAfterThe_IsTheMonth(string text, string month)
    {
        TemporalTestText.Single(text, Reference, month).Type.Should().Be(EntityType.Date);
    }

    [Theory]
    // A procession, or the month-word before a verb or preposition, is no month.
    [InlineData("The March on Washington drew huge crowds.", "March")]
    [InlineData("The March of Dimes raised money.", "March")]
    [InlineData("The March was peaceful, police said.", "March")]
    [InlineData("The march ended near the palace.", "march")]
    public void Recognize_MonthWordThatIsAProcession_IsNoMonth(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    // After a preposition that takes a date, a weekday before a name is the day.
    [InlineData("On Sunday Iraq backed away from an oil export halt.", "Sunday", "2005-06-12")]
    [InlineData("On Tuesday Foreign Secretary Jack Straw said he would go.", "Tuesday", "2005-06-14")]
    [InlineData("Brokers were reacting to Friday's Wall Street plunge.", "Friday", "2005-06-10")]
    [InlineData("In January Mr Blair said he would stay.", "January", "2005-01")]
    [InlineData("She won in November's New York Marathon.", "November", "2004-11")]
    [InlineData("In December Microsoft released a patch.", "December", "2004-12")]
    public void Recognize_WeekdayBeforeANameAfterAPreposition_IsTheDay(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    // Newspaper names stay names.
    [InlineData("The Sunday Times reported the deal.")]
    [InlineData("The book, by Sunday Telegraph journalist Robert Peston, is out.")]
    [InlineData("The Mail on Sunday's Financial Mail said so.")]
    public void Recognize_WeekdayInANewspaperName_IsNoDate(string text)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains("Sunday", StringComparison.Ordinal));
    }

    [Theory]
    // A month that is a first name after a word that takes no date stays a name.
    [InlineData("The question came from April Ryan.", "April")]
    [InlineData("Theresa May said no.", "May")]
    public void Recognize_MonthThatIsAFirstName_IsNoMonth(string text, string month)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text == month);
    }

    [Theory]
    // A clock time takes the calendar date written right after it.
    [InlineData("The offer closes at 5pm on Friday 17 June.", "5pm", "2005-06-17T17:00")]
    [InlineData("Fiat and GM have until midnight on 1 July to settle.", "midnight", "2005-07-01T24:00")]
    [InlineData("The offer closes at 5 p.m. EDT Friday, June 17.", "5 p.m. EDT Friday", "2005-06-17T17:00")]
    [InlineData("The offer closed at 5 p.m. on June 17, 2004.", "5 p.m.", "2004-06-17T17:00")]
    public void Recognize_ClockTimeBeforeADate_TakesThatDate(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_ClockTimeEndingASentenceBeforeADate_KeepsTheReferenceDay()
    {
        TemporalTestText.Single("He left at 5pm. June 17 was a Friday.", Reference, "5pm").Value.Should().Be("2005-06-15T17:00");
    }

    public static TheoryData<string, string, string> MonthsOfAYear => new()
    {
        { "Disneyland will open in September of this year.", "September of this year", "2005-09" },
        { "It is the twelfth hike since June of last year.", "June of last year", "2004-06" },
        { "The opinion was issued on September 1 of this year.", "September 1 of this year", "2005-09-01" },
        { "On March 21st of this year, it set up a branch in Beijing.", "March 21st of this year", "2005-03-21" },
        { "The orders were compressed into the month of October.", "the month of October", "2004-10" },
        { "They married on June twenty-fifth in Newport.", "June twenty-fifth", "2005-06-25" },
        { "He left on the twenty-first of March.", "the twenty-first of March", "2005-03-21" },
    };

    [Theory]
    [MemberData(nameof(MonthsOfAYear))]
    public void Recognize_MonthOfAYearOrSpelledDay_IsOneDate(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    // "of the same year" is the story's year, which the month cannot take from the reference date; a named day
    // ("Black Monday", "Super Tuesday") is not the weekday nearest the story.
    [InlineData("In January 2003 the worm struck. In August of the same year, it struck again.", "August of the same year")]
    [InlineData("Gold was nowhere near its level on Black Monday.", "Monday")]
    [InlineData("Candidates campaigned hard before Super Tuesday.", "Tuesday")]
    [InlineData("The film Black Friday had been due to open.", "Friday")]
    public void Recognize_MonthOfTheStorysYearOrNamedDay_IsNotResolvedFromTheReference(string text, string expression)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text == expression);
    }

    public static TheoryData<string, string, string> UnitsBeforeOrAfter => new()
    {
        { "Orders fell 0.3% in September after climbing 0.9% the month before.", "the month before", "2004-08" },
        { "WMC made net profits of $1bn in 2004, up from $246m the year before.", "the year before", "2003" },
        { "The attack came on 3 May; the day after, troops left.", "the day after", "2005-05-04" },
    };

    [Theory]
    [MemberData(nameof(UnitsBeforeOrAfter))]
    public void Recognize_UnitBeforeOrAfterTheStorysDate_CountsFromIt(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    // Anchored to an event ("the day before the shooting") or with no date to count from, it is left out.
    [InlineData("He was seen near the house the day before the shooting.")]
    [InlineData("They did not do much work the day before.")]
    public void Recognize_UnitBeforeAnEventOrWithoutADate_IsNoExpression(string text)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.StartsWith("the day", StringComparison.Ordinal));
    }
}
