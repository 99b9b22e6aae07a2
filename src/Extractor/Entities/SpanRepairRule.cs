using System.Runtime.InteropServices;
using Extractor.Internal;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Repairs name spans whose edges the model put in the wrong place, on signs no name has in it:
/// <list type="bullet">
/// <item>a sum of money read as a name ("£5m" gives "5m"): a one-token mention that starts with a digit and has no
/// capital letter is not reported;</item>
/// <item>a quote mark that opens or closes a quotation, not a nickname, taken into the name ("\"The Audit Commission",
/// "British American Tobacco\""): the edge moves past it when the mention has an odd number of double quote marks;</item>
/// <item>a bracket with no partner inside the name ("MMS (Multimedia Messaging Services", "Igor) Biscan"): the name is
/// cut there into the parts that hold a capitalized word;</item>
/// <item>a score between two teams ("Newcastle 2-1 Bolton" read as one person): the teams on either side are
/// organizations;</item>
/// <item>a dash or list mark at an edge ("- Tim Dams" under a review) is left out, and so is a figure after a person's
/// name in a list of scorers ("Terry 17, Gudjohnsen 46": the goal's minute);</item>
/// <item>a person or place ending in a word that only ends a football club's name ("Aston Villa"), or opening with one
/// that only opens a club's name ("Stade Toulousain", "Borussia Dortmund"; not the stadium "Stade de France"), is an
/// organization;</item>
/// <item>a post-nominal title is no part of a person's name ("Labour MP Barry Sheerman": the party, then the person;
/// "Nicholas Blake QC"; "Labour MPs": the party);</item>
/// <item>two complete names joined by "and" ("Amazon.com Inc and Alphabet Inc", "Oasis and Basement Jaxx" where the
/// document names both alone): the left one ends in a company designator, both end in the word for a kind of body, or
/// the document names each side on its own elsewhere. A coordination inside one name stays whole ("Procter and Gamble", "Johnson and Johnson", "Bank of
/// England and Wales", "the Department for Education and Skills").</item>
/// </list>
/// </summary>
internal static class SpanRepairRule
{
    /// <summary>Words that end a company's name: what follows "and" after one of them is another name.</summary>
    private static readonly SpanSet Designators = new(
        ["Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "Co", "Co.", "plc", "Plc", "PLC", "LLC", "LLP", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "SpA", "AB", "ASA", "Holdings", "Group"]);

    /// <summary>Words for a kind of body that end an organization's name.</summary>
    private static readonly SpanSet BodyWords = new(
        ["Association", "Council", "Commission", "University", "Party", "Bank", "Ministry", "Department", "Agency", "Institute", "Union",
         "Federation", "Authority", "Company", "Committee", "Board", "Office", "Society", "Foundation", "League", "Club", "College",
         "Trust", "Fund", "Organisation", "Organization", "Corporation", "Bureau", "Court"]);

    /// <summary>Names of political parties that are never a person's.</summary>
    private static readonly SpanSet Parties = new(["Labour", "Plaid Cymru", "Sinn Fein", "UKIP"]);

    /// <summary>
    /// Words for a party's members or its adjective, never a person's name: a political group (NORP), as "Republicans"
    /// and "Democratic" are, not the party as a body.
    /// </summary>
    private static readonly SpanSet PartyMembers = new(["Lib Dem", "Lib Dems", "Liberal Democrats", "Tories", "Tory", "Conservatives"]);

    /// <summary>Words that end only the names of football clubs.</summary>
    private static readonly SpanSet ClubWords = new(
        ["United", "Utd", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Rangers", "FC", "AFC", "Villa", "Argyle", "Orient", "Thistle", "Academical", "Wednesday"]);

    /// <summary>Words that open only the names of sports clubs ("Stade Toulousain", "Real Betis", "Borussia Dortmund").</summary>
    private static readonly SpanSet ClubFirstWords = new(
        ["Stade", "Real", "Atletico", "Atlético", "Sporting", "Dynamo", "Dinamo", "Olympique", "Borussia", "Deportivo", "Racing", "FC", "AC", "AS", "SC", "CSKA", "Spartak", "Lokomotiv", "Maccabi", "Hapoel", "Bnei", "Partizan"]);

    /// <summary>
    /// Whether the tokens are a place the gazetteer lists: after a two-letter club prefix ("AC Milan", "FC Porto") the
    /// rest must be the club's town, as the same letters are also a person's initials ("AC Grayling", "AS Byatt").
    /// </summary>
    private static bool IsListedPlace(AnalyzedDocument document, int first, int end) =>
        first < end && Gazetteer.Default.TryGet(document.TokenRangeText(first, end), out var entry) && entry.Type == EntityType.Location;

    /// <summary>Titles written after a party's name or a person's name, never part of the name.</summary>
    private static readonly SpanSet PostNominals = new(["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "QC", "KC"]);

    /// <summary>Words after which a following "and" may coordinate inside one name ("Bank of England and Wales").</summary>
    private static readonly SpanSet Prepositions = new(["of", "for", "on", "in"]);

    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions)
    {
        SpanDictionary<EntityType>? known = null;
        List<EntityMention>? output = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.IsTemporal || m.EndToken <= m.StartToken || m.EndToken > document.Tokens.Count)
            {
                output?.Add(m);
                continue;
            }

            var parts = Repair(document, mentions, m, ref known);
            if (parts is null)
            {
                output?.Add(m);
                continue;
            }

            if (output is null)
            {
                // the thread's scratch list, so a long text does not copy its mentions into a new list every call
                output = _output ?? [];
                _output = null;
                output.AddRange(CollectionsMarshal.AsSpan(mentions)[..i]);
            }

            output.AddRange(parts);
        }

        if (output is not null)
        {
            mentions.Clear();
            mentions.AddRange(CollectionsMarshal.AsSpan(output));
            output.Clear();
            _output = output.Capacity <= MaxPooledMentions ? output : null;
        }
    }

    /// <summary>Scratch lists grown past this many mentions (a text of several megabytes) are not kept for the next call.</summary>
    private const int MaxPooledMentions = 1 << 16;

    [ThreadStatic]
    private static List<EntityMention>? _output;

    /// <summary>The mentions that replace <paramref name="m"/>, or null when it stays as it is.</summary>
    private static List<EntityMention>? Repair(AnalyzedDocument document, List<EntityMention> mentions, EntityMention m, ref SpanDictionary<EntityType>? known)
    {
        var tokens = document.Tokens;
        int first = m.StartToken, end = m.EndToken;

        // "£5m", "$3.8bn": an amount, not a name.
        if (end - first == 1)
        {
            if (IsAmount(document.TokenText(first)))
            {
                return [];
            }
        }

        bool changed = false;

        // A dash or mark of a list or a byline at an edge ("- Tim Dams" under a review, "the European Court of Human
        // Rights -"): not part of the name.
        while (end - first > 1 && IsEdgeMark(document.TokenText(first)))
        {
            first++;
            changed = true;
        }

        while (end - first > 1 && IsEdgeMark(document.TokenText(end - 1)))
        {
            end--;
            changed = true;
        }

        // "Terry 17, Gudjohnsen 46", "A. Dale 69, H. Morris 69;": in a list of scorers the minute or the runs after a
        // person's name are no part of it ("Maroon 5, Mary J Blige" and "Andre 3000 said" keep their numbers).
        if (m.Type == EntityType.Person && end - first > 1 && tokens.Kind(end - 1) == TokenKind.Number && IsScoreListFigure(document, first, end - 1))
        {
            end--;
            changed = true;
        }

        // Quote marks: an odd count means one of them belongs to a quotation around or next to the name.
        if (CountDoubleQuotes(document, first, end) % 2 == 1)
        {
            int lead = first;
            if (end - lead > 1 && IsThe(document.TokenText(lead)) && IsDoubleQuote(document.TokenText(lead + 1)))
            {
                lead++; // 'the "State of Agricultural Commodity Markets 2004'
            }

            if (IsDoubleQuote(document.TokenText(lead)) && end - lead > 1)
            {
                first = lead + 1;
                changed = true;
            }
            else if (IsDoubleQuote(document.TokenText(end - 1)) && end - first > 1)
            {
                end--;
                changed = true;
            }
        }

        // A bracket with no partner inside the span, or a score between two teams: cut there.
        for (int t = first; t < end; t++)
        {
            var word = document.TokenText(t);
            bool score = ScoreToken.Is(word);
            if (!score && !IsUnpairedBracket(document, first, end, t))
            {
                continue;
            }

            var result = new List<EntityMention>(2);
            var type = score ? EntityType.Organization : m.Type;
            AddPart(document, result, m, first, t, type);
            if (score || m.Type != EntityType.Person || !IsOpeningBracket(word))
            {
                // "Howard Webb (South Yorkshire", "N Buckfield (Crawley AC": what a person's name opens a bracket on is
                // a note about them (a place, a club), not more of the person, so that part is not reported as one.
                AddPart(document, result, m, t + 1, end, type);
            }

            return result;
        }

        // "Labour", "Lib Dems" read as a person (British party names look like surnames to the model): the party, or
        // its members as a political group.
        if (m.Type == EntityType.Person && document.TokenRangeText(first, end) is var name && (Parties.Contains(name) || PartyMembers.Contains(name)))
        {
            var party = new List<EntityMention>(1);
            AddPart(document, party, m, first, end, Parties.Contains(name) ? EntityType.Organization : EntityType.Nationality);
            return party;
        }

        // "Aston Villa", "Man Utd", "West Bromwich Albion" read as a person or a place: a word that only ends a
        // football club's name makes the name an organization ("City", "Town" and "County" also end towns' names).
        if (m.Type is EntityType.Person or EntityType.Location && end - first >= 2
            && (ClubWords.Contains(document.TokenText(end - 1)) || (ClubFirstWords.Contains(document.TokenText(first)) && AllCapitalized(document, first, end)
                && (document.TokenText(first).Length > 2 || IsListedPlace(document, first + 1, end)))))
        {
            var club = new List<EntityMention>(1);
            AddPart(document, club, m, first, end, EntityType.Organization);
            return club;
        }

        // "Labour MP Barry Sheerman", "Nicholas Blake QC": a post-nominal title is no part of a person's name, and what
        // stands before it is the body the person belongs to.
        if (m.Type == EntityType.Person && end - first >= 2)
        {
            for (int t = first; t < end; t++)
            {
                if (!PostNominals.Contains(document.TokenText(t)))
                {
                    continue;
                }

                var result = new List<EntityMention>(2);
                var body = PartyMembers.Contains(document.TokenRangeText(first, t)) ? EntityType.Nationality : EntityType.Organization;
                AddPart(document, result, m, first, t, body);
                AddPart(document, result, m, t + 1, end, EntityType.Person);
                if (t == end - 1 && result.Count == 1)
                {
                    var title = document.TokenText(t);
                    if (title is "QC" or "KC")
                    {
                        result[0] = Retyped(result[0], EntityType.Person); // "Nicholas Blake QC": the name is before it
                    }
                    else if (title[^1] != 's')
                    {
                        result.Clear(); // "the Glasgow Kelvin MP": a person named by a seat, not a name
                    }
                }

                return result;
            }
        }

        // Two names joined by "and".
        if (m.Type == EntityType.Organization)
        {
            for (int t = first + 1; t < end - 1; t++)
            {
                if (!document.TokenText(t).Equals("and", StringComparison.Ordinal) || !IsCapitalized(document.TokenText(t + 1)))
                {
                    continue;
                }

                // "Amazon.com Inc and Alphabet Inc"; "the British Bankers Association and Building Societies Association",
                // where both sides end in the word for a kind of body and the right one does not start with one
                // ("Harris Bank and Trust Company" stays whole).
                if (Designators.Contains(document.TokenText(t - 1))
                    || (BodyWords.Contains(document.TokenText(t - 1)) && end - (t + 1) >= 2 && BodyWords.Contains(document.TokenText(end - 1))
                        && !BodyWords.Contains(document.TokenText(t + 1))))
                {
                    var result = new List<EntityMention>(2);
                    AddPart(document, result, m, first, t, m.Type);
                    AddPart(document, result, m, t + 1, end, m.Type);
                    return result;
                }

                known ??= KnownNames(document, mentions);
                var left = NameText(document, first, t);
                var right = NameText(document, t + 1, end);
                if (left.Equals(right, StringComparison.Ordinal) || !known.TryGetValue(left, out var leftType) || !known.TryGetValue(right, out var rightType))
                {
                    continue; // "Johnson and Johnson"; "Procter and Gamble", which the document never splits
                }

                // "Bank of England and Wales": a single word after "of England and" may still be inside the name.
                if (end - (t + 1) == 1 && HasPreposition(document, first, t))
                {
                    continue;
                }

                var split = new List<EntityMention>(2);
                AddPart(document, split, m, first, t, leftType);
                AddPart(document, split, m, t + 1, end, rightType);
                return split;
            }
        }

        if (!changed)
        {
            return null;
        }

        var trimmed = new List<EntityMention>(1);
        AddPart(document, trimmed, m, first, end, m.Type);
        return trimmed;
    }

    /// <summary>Adds the tokens [first, end) of <paramref name="m"/> as a mention when they hold a capitalized word.</summary>
    private static void AddPart(AnalyzedDocument document, List<EntityMention> result, EntityMention m, int first, int end, EntityType type)
    {
        // Punctuation left at the edges by the cut ("Nathan Hines (" → "Nathan Hines").
        while (first < end && document.Tokens.Kind(first) != TokenKind.Word && !IsCapitalized(document.TokenText(first)))
        {
            first++;
        }

        while (end > first && document.Tokens.Kind(end - 1) != TokenKind.Word && !char.IsLetterOrDigit(document.TokenText(end - 1)[^1]))
        {
            end--;
        }

        bool capitalized = false;
        for (int t = first; t < end && !capitalized; t++)
        {
            var word = document.TokenText(t);
            capitalized = IsCapitalized(word) && !IsThe(word);
        }

        if (!capitalized)
        {
            return;
        }

        var part = m;
        part.Start = first == m.StartToken ? m.Start : document.Tokens.Start(first);
        part.End = end == m.EndToken ? m.End : document.Tokens.End(end - 1);
        part.StartToken = first;
        part.EndToken = end;
        part.Type = type;
        part.Canonical = null;
        result.Add(part);
    }

    private static EntityMention Retyped(EntityMention m, EntityType type)
    {
        m.Type = type;
        return m;
    }

    /// <summary>The names the document gives as mentions, less a leading "the", with their types.</summary>
    private static SpanDictionary<EntityType> KnownNames(AnalyzedDocument document, List<EntityMention> mentions)
    {
        var known = new SpanDictionary<EntityType>();
        foreach (var m in mentions)
        {
            if (m.IsTemporal || m.EndToken <= m.StartToken || m.EndToken > document.Tokens.Count)
            {
                continue;
            }

            // A name standing next to "and" may itself be half of a name the model cut in two ("the Pew Internet" and
            // "American Life Project"): it is no evidence that the halves are names of their own.
            if ((m.EndToken < document.Tokens.Count && IsConjunction(document.TokenText(m.EndToken)))
                || (m.StartToken > 0 && IsConjunction(document.TokenText(m.StartToken - 1))))
            {
                continue;
            }

            var name = NameText(document, m.StartToken, m.EndToken);
            if (name.Length > 0 && !known.ContainsKey(name))
            {
                known.Set(name.ToString(), m.Type);
            }
        }

        return known;
    }

    /// <summary>The text of tokens [first, end), less a leading "the".</summary>
    private static ReadOnlySpan<char> NameText(AnalyzedDocument document, int first, int end)
    {
        if (end - first > 1 && IsThe(document.TokenText(first)))
        {
            first++;
        }

        return document.TokenRangeText(first, end);
    }

    private static bool HasPreposition(AnalyzedDocument document, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (Prepositions.Contains(document.TokenText(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountDoubleQuotes(AnalyzedDocument document, int first, int end)
    {
        int count = 0;
        for (int t = first; t < end; t++)
        {
            if (IsDoubleQuote(document.TokenText(t)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether the figure at <paramref name="figure"/>, right after a name that starts at <paramref name="first"/>, is
    /// a score of a list of scorers: another name and figure or another figure follow it after a comma or semicolon
    /// ("Terry 17, Gudjohnsen 46", "Lita 45, 52"), "not out" follows it, or the name and figure make the whole line
    /// ("Daniel Williams 72.").
    /// </summary>
    private static bool IsScoreListFigure(AnalyzedDocument document, int first, int figure)
    {
        var tokens = document.Tokens;
        int next = figure + 1;
        if (next < tokens.Count && document.TokenText(next) is "." && (next + 1 == tokens.Count || (tokens.Flag(next + 1) & TokenFlags.NewlineBefore) != 0))
        {
            next++;
        }

        if (next == tokens.Count || (tokens.Flag(next) & TokenFlags.NewlineBefore) != 0)
        {
            return first == 0 || (tokens.Flag(first) & TokenFlags.NewlineBefore) != 0;
        }

        var after = document.TokenText(next);
        if (after is "not" && next + 1 < tokens.Count && document.TokenText(next + 1) is "out")
        {
            return true;
        }

        if (after is not ("," or ";") || next + 1 >= tokens.Count)
        {
            return false;
        }

        // The next item: a figure, or up to four capitalized words and then a figure.
        for (int t = next + 1; t < tokens.Count && t <= next + 5; t++)
        {
            if (tokens.Kind(t) == TokenKind.Number)
            {
                return true;
            }

            if (!IsCapitalized(document.TokenText(t)) && document.TokenText(t) is not ".")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether every token of [first, end) opens with a capital: not "Stade de France", a stadium.</summary>
    private static bool AllCapitalized(AnalyzedDocument document, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (!IsCapitalized(document.TokenText(t)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOpeningBracket(ReadOnlySpan<char> word) => word.Length == 1 && word[0] is '(' or '[' or '{';

    private static bool IsUnpairedBracket(AnalyzedDocument document, int first, int end, int t)
    {
        var word = document.TokenText(t);
        if (word.Length != 1)
        {
            return false;
        }

        char c = word[0];
        char partner = c switch { '(' => ')', '[' => ']', ')' => '(', ']' => '[', _ => '\0' };
        if (partner == '\0')
        {
            return false;
        }

        bool opening = c is '(' or '[';
        int depth = 0;
        int from = opening ? t + 1 : first, to = opening ? end : t;
        for (int u = from; u < to; u++)
        {
            var other = document.TokenText(u);
            if (other.Length == 1 && (other[0] == partner || other[0] == c))
            {
                depth += other[0] == partner == opening ? -1 : 1;
                if (opening && depth < 0)
                {
                    return false; // "(LCD)" closed inside the span
                }
            }
        }

        return opening || depth <= 0;
    }

    private static bool IsDoubleQuote(ReadOnlySpan<char> word) => word.Length == 1 && word[0] is '"' or '“' or '”';

    private static bool IsConjunction(ReadOnlySpan<char> word) => word is "and" or "&";

    private static bool IsThe(ReadOnlySpan<char> word) => word is "the" or "The";

    private static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsEdgeMark(ReadOnlySpan<char> word) => word is "-" or "–" or "—" or "*" or "," or ":" or ";" or "/" or "|";

    /// <summary>An amount with its magnitude glued on: "5m", "3.8bn", "250k" (the currency sign is a token of its own).</summary>
    private static bool IsAmount(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || (digits > 0 && word[digits] is '.' or ',')))
        {
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        var unit = word[digits..];
        return unit is "m" or "bn" or "mn" or "k" or "tn" or "p" or "m." or "bn.";
    }
}
