using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Reads the lines of a sports results service as what they are: a line that holds only two names, each followed by
/// its score ("Wigan 42 Bradford Bulls 36", "TEXAS 5 Cleveland 3", "Newcastle 2-1 Bolton") names two teams, and a
/// line that holds one name and then only figures ("PITTSBURGH 56 77 .421 15", "Rochdale 4 0 2 2 2 4 2") is a row of a
/// league table. A team named after its town is an organization there, not the place (nor a person: "Kent" at 0.40);
/// in prose the town stays a place.
/// </summary>
/// <remarks>
/// In a result line both names become organizations (a name nothing held is added); in a table row only a place is
/// retyped, as a row that starts with a person is a ranking of athletes or drivers. Words in parentheses ("(in 12)",
/// "(2nd game)") and a final period are not counted.
/// </remarks>
internal static class ResultLineRule
{
    /// <summary>The most tokens one line may have to be read as a result or a table row.</summary>
    private const int MaxLineTokens = 24;

    /// <summary>The most words of one team's name.</summary>
    private const int MaxNameTokens = 4;

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions)
    {
        var tokens = document.Tokens;
        if (mentions.Count == 0 || tokens.Count == 0)
        {
            return;
        }

        Span<int> items = stackalloc int[MaxLineTokens];
        Span<int> itemEnds = stackalloc int[MaxLineTokens];
        var pending = new List<EntityMention>();
        int lineStart = 0;
        while (lineStart < tokens.Count)
        {
            int lineEnd = lineStart + 1;
            while (lineEnd < tokens.Count && (tokens.Flag(lineEnd) & TokenFlags.NewlineBefore) == 0)
            {
                lineEnd++;
            }

            if (lineEnd - lineStart <= MaxLineTokens && HasDigit(document, lineStart, lineEnd))
            {
                ReadLine(document, mentions, pending, lineStart, lineEnd, items, itemEnds);
            }

            lineStart = lineEnd;
        }

        ReadVersus(document, mentions);
        if (pending.Count > 0)
        {
            mentions.AddRange(pending);
            SortedMentions.SortInTextOrder(mentions);
        }
    }

    /// <summary>
    /// Splits the line into items (a run of capitalized words, or one figure) and applies the readings; a team nothing
    /// held goes to <paramref name="pending"/>.
    /// </summary>
    private static void ReadLine(AnalyzedDocument document, List<EntityMention> mentions, List<EntityMention> pending, int first, int end, Span<int> items, Span<int> itemEnds)
    {
        int count = 0;
        int depth = 0;
        int last = end;
        if (last - first > 1 && document.TokenText(last - 1) is ".")
        {
            last--;
        }

        for (int t = first; t < last; t++)
        {
            var word = document.TokenText(t);
            if (word is "(")
            {
                depth++;
                continue;
            }

            if (word is ")")
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (IsFigure(document, t) || (count > 1 && word is "-" && t == last - 1))
            {
                if (count == items.Length)
                {
                    return;
                }

                items[count] = -t - 1; // a figure: negative
                itemEnds[count++] = t + 1;
                continue;
            }

            if (word is "AT" && t > first)
            {
                ReadFixture(document, mentions, first, t, last); // "BOSTON AT OAKLAND"
                return;
            }

            if (!IsNameWord(document, t))
            {
                return;
            }

            if (count > 0 && items[count - 1] >= 0 && itemEnds[count - 1] == t && t - items[count - 1] < MaxNameTokens)
            {
                itemEnds[count - 1] = t + 1; // the name goes on
                continue;
            }

            if (count == items.Length)
            {
                return;
            }

            items[count] = t;
            itemEnds[count++] = t + 1;
        }

        // NAME FIGURE NAME FIGURE ("Wigan 42 Bradford Bulls 36") or NAME SCORE NAME ("Newcastle 2-1 Bolton").
        bool result = (count == 4 && items[0] >= 0 && items[1] < 0 && items[2] >= 0 && items[3] < 0 && IsWholeNumber(document, -items[1] - 1) && IsWholeNumber(document, -items[3] - 1))
            || (count == 3 && items[0] >= 0 && items[1] < 0 && items[2] >= 0 && ScoreToken.Is(document.TokenText(-items[1] - 1)));
        if (result)
        {
            MakeTeam(document, mentions, pending, items[0], itemEnds[0]);
            MakeTeam(document, mentions, pending, items[2], itemEnds[2]);
            return;
        }

        // NAME FIGURE FIGURE ...: a row of a league table.
        if (count >= 3 && items[0] >= 0)
        {
            for (int i = 1; i < count; i++)
            {
                if (items[i] >= 0)
                {
                    return;
                }
            }

            MakeTeam(document, mentions, null, items[0], itemEnds[0]);
        }
    }

    /// <summary>
    /// "Birmingham v Barnsley", "Queens Park Rangers v Bolton": two names on either side of "v" or "vs", one of them a
    /// place, are two sides of a match. "Roe v Wade" (two persons) and the American "Texas v. Johnson" stay as they are.
    /// </summary>
    private static void ReadVersus(AnalyzedDocument document, List<EntityMention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            var a = mentions[i - 1];
            var b = mentions[i];
            if (b.StartToken != a.EndToken + 1 || a.EndToken >= document.Tokens.Count || document.TokenText(a.EndToken) is not ("v" or "vs" or "V" or "Vs")
                || !(a.Type == EntityType.Location || b.Type == EntityType.Location)
                || a.Type is not (EntityType.Location or EntityType.Organization or EntityType.Person)
                || b.Type is not (EntityType.Location or EntityType.Organization or EntityType.Person))
            {
                continue;
            }

            foreach (int k in (ReadOnlySpan<int>)[i - 1, i])
            {
                var m = mentions[k];
                if (m.Type != EntityType.Organization)
                {
                    m.Type = EntityType.Organization;
                    m.Canonical = null;
                    mentions[k] = m;
                }
            }
        }
    }

    /// <summary>
    /// "BOSTON AT OAKLAND" in a list of fixtures: a line that is only two places on either side of "AT", in capitals,
    /// names the visiting team, and the place it plays at. False: no mention is added.
    /// </summary>
    private static void ReadFixture(AnalyzedDocument document, List<EntityMention> mentions, int first, int at, int end)
    {
        if (!IsPlaceAt(mentions, document.Tokens.Start(first), document.Tokens.End(at - 1))
            || at + 1 >= end || !IsPlaceAt(mentions, document.Tokens.Start(at + 1), document.Tokens.End(end - 1)))
        {
            return;
        }

        MakeTeam(document, mentions, null, first, at); // the place after "AT" is where they play: it stays a place
    }

    private static bool IsPlaceAt(List<EntityMention> mentions, int start, int end)
    {
        for (int i = SortedMentions.FirstEndingAfter(mentions, start); i < mentions.Count && mentions[i].Start <= start; i++)
        {
            if (mentions[i].Start == start && mentions[i].End == end && mentions[i].Type == EntityType.Location)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Retypes the place (or, in a result line, the person) that is exactly the name [first, end) as an organization; in
    /// a result line (<paramref name="pending"/> given), a team nothing holds any character of is added there.
    /// </summary>
    private static void MakeTeam(AnalyzedDocument document, List<EntityMention> mentions, List<EntityMention>? pending, int first, int end)
    {
        bool add = pending is not null;
        int start = document.Tokens.Start(first), stop = document.Tokens.End(end - 1);
        int i = SortedMentions.FirstEndingAfter(mentions, start);
        if (i < mentions.Count && mentions[i].Start < stop)
        {
            // a mention already holds part of the name: it is retyped when it is exactly the name, and nothing is added
            var m = mentions[i];
            if (m.Start == start && m.End == stop && (m.Type == EntityType.Location || (add && m.Type == EntityType.Person)))
            {
                m.Type = EntityType.Organization;
                m.Canonical = null;
                mentions[i] = m;
            }

            return;
        }

        if (!add)
        {
            return;
        }

        pending!.Add(new EntityMention(first, end, start, stop, EntityType.Organization, EntityOrigin.Rule, 0.5f));
    }

    /// <summary>Whether the line has a figure, or the "AT" of a capital fixture line.</summary>
    private static bool HasDigit(AnalyzedDocument document, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (document.Tokens.Kind(t) == TokenKind.Number || document.TokenText(t) is "AT")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalized word of a team's name: "Bradford", "BULLS", "St", "Utd".</summary>
    private static bool IsNameWord(AnalyzedDocument document, int t)
    {
        var word = document.TokenText(t);
        if (document.Tokens.Kind(t) != TokenKind.Word || word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not '\'' and not '.' and not '-' and not '&')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A score, a count or a ratio of a table: "42", "2-1", ".421", "1/2", "12.5".</summary>
    private static bool IsFigure(AnalyzedDocument document, int t)
    {
        var word = document.TokenText(t);
        if (word.Length == 0 || word.Length > 8)
        {
            return false;
        }

        bool digit = false;
        foreach (char c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not '.' and not '/' and not '-' and not '–')
            {
                return false;
            }
        }

        return digit;
    }

    private static bool IsWholeNumber(AnalyzedDocument document, int t)
    {
        var word = document.TokenText(t);
        if (word.Length == 0 || word.Length > 3)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
