using Extractor.Internal;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Reads a town's or a person-like name as the sports club it is where the document itself uses that name as a team:
/// "Liverpool have little chance", "Bolton host Arsenal", "Bolton keeper Jussi Jaaskelainen", "Arsenal's defence",
/// "Manchester City boss Kevin Keegan". A name so used once is an organization everywhere in the document where it
/// stands as a whole mention read as a place or a person, except right after a preposition of place ("in Liverpool",
/// "flights to Newcastle"), where it may well be the town; and where it stands alone and nothing holds it, it is
/// found again ("Bath" the model missed after "Bath boss John Connolly").
/// </summary>
/// <remarks>
/// The signs of a team, each a word right after the name: a word for a club's staff, players or following ("boss",
/// "striker", "fans", "side"); after a possessive, also a word for a side's play ("defence", "equaliser"); and, where the
/// name opens its clause, a plural verb: British news gives a club the plural ("Liverpool are", "Arsenal face Bolton"),
/// never a town or a person, or a past verb of a match before another name or a score ("Chelsea beat Arsenal", where
/// "Arsenal" is a team too).
/// Countries and the home nations are left as they are: a national team keeps its country's name and type, as in
/// CoNLL-2003 ("England beat France" is two places). A one-word name some longer person's name of the document ends
/// or starts with ("Bolton" beside "Michael Bolton") is left a person.
/// Outside sports prose (no score and no word only sport uses, see <see cref="SportWords"/>) a name needs a strong sign
/// (or two ordinary words beside a place), and a subjunctive ("insisted that Beijing take") or a plural place ("The
/// Balkans are") is no sign. Linear: a few passes over the tokens (sport evidence, signs outside mentions, finding
/// teams again) and two over the mentions, with a bounded number of lookups per word.
/// </remarks>
internal static class TeamNameRule
{
    /// <summary>Score of a team found again where nothing held it.</summary>
    private const float FoundScore = 0.5f;

    /// <summary>The most tokens of a team's name.</summary>
    private const int MaxNameTokens = 4;

    /// <summary>
    /// Words for a club's people, right after its name ("Bolton keeper", "Manchester City boss"). Not "fans" nor "players":
    /// a festival, a forum and a star have fans ("Glastonbury fans", "Davos fans", "Diana fans"), an industry players.
    /// </summary>
    private static readonly SpanSet StaffWords = new(
    [
        "boss", "manager", "coach", "striker", "strikers", "midfielder", "defender", "defenders", "goalkeeper", "keeper", "winger",
        "captain", "skipper", "chairman", "squad", "side", "team-mate", "team-mates", "teammate", "full-back", "left-back", "right-back", "centre-back", "centre-half", "academy", "youngster",
        "forward", "playmaker", "hooker", "fly-half", "scrum-half", "flanker", "clash", "match", "fixture", "derby",
    ]);

    /// <summary>
    /// The words of <see cref="StaffWords"/> that no person has after his name: "the Beckham game" and "Woods captain"
    /// do not make a team.
    /// </summary>
    private static readonly SpanSet PersonStaffWords = new(
    [
        "boss", "manager", "striker", "strikers", "midfielder", "defender", "defenders", "goalkeeper", "keeper", "winger", "skipper",
        "squad", "team-mate", "team-mates", "teammate", "full-back", "left-back", "right-back", "centre-back", "centre-half",
        "hooker", "fly-half", "scrum-half", "flanker",
    ]);

    /// <summary>
    /// The words of <see cref="StaffWords"/> ordinary outside sport ("a London coach overturned", "a Newcastle coach
    /// firm", "the Paris match"), and the officer's pairs: beside a name the gazetteer lists as a place, half a sign.
    /// </summary>
    private static readonly SpanSet OrdinaryStaffWords = new(
        ["coach", "side", "match", "clash", "chairman", "captain", "academy", "squad", "fixture", "derby", "forward", "youngster"]);

    /// <summary>Words for a club's following or its matches, which a festival, a forum or a video game has too: weak signs.</summary>
    private static readonly SpanSet FollowingWords = new(["fans", "supporters", "players", "player", "game", "games"]);

    /// <summary>Words for a side's play, after its name and a possessive ("Arsenal's defence", "Liverpool's equaliser").</summary>
    private static readonly SpanSet PlayWords = new(
        ["defence", "defense", "midfield", "attack", "title", "equaliser", "equalizer", "opener", "winner", "unbeaten", "back-line", "backline", "line-up", "lineup", "pack", "scrum", "lineout"]);

    /// <summary>Plural verbs a club takes in British news and a town or one person does not ("Liverpool are", "Arsenal face Bolton").</summary>
    private static readonly SpanSet PluralVerbs = new(
        ["are", "were", "have", "'re", "'ve", "host", "face", "play", "meet", "visit", "travel", "trail", "sit", "welcome", "need", "remain", "go", "take", "look", "lead"]);

    /// <summary>Past verbs of a match, read as a team's only before another name or a score ("Chelsea beat Arsenal", "Wasps drew 20-20").</summary>
    private static readonly SpanSet MatchVerbs = new(
        ["beat", "defeated", "thrashed", "drew", "edged", "hammered", "trounced", "routed", "outclassed", "overcame", "crushed", "stunned"]);

    /// <summary>Words that open a clause or report one, after which a name opens the clause ("but Liverpool are", "felt Newcastle were").</summary>
    private static readonly SpanSet ClauseOpeners = new(
    [
        "but", "while", "when", "after", "before", "because", "that", "if", "though", "although", "since", "until", "so", "where",
        "whereas", "whether", "unless", "once", "now", "then", "said", "says", "say", "felt", "feels", "think", "thinks",
        "believe", "believes", "hope", "hopes", "know", "knows", "knew", "thought", "admitted", "admits", "insisted", "insists",
        "claimed", "claims", "added", "reckons", "warned", "accepts", "accepted", "realise", "realised", "realize", "realized",
    ]);

    /// <summary>
    /// Words that open a clause whose verb may be a subjunctive ("insisted that Beijing take steps", "ordered that Smith
    /// remain in custody"): after one, only a verb that cannot be a subjunctive or a singular's is read as a plural's.
    /// </summary>
    private static readonly SpanSet SubjunctiveOpeners = new(["that", "if", "whether", "unless", "until", "before", "lest"]);

    /// <summary>Plural verbs that no subjunctive and no singular subject takes ("that Liverpool are", "if Arsenal have").</summary>
    private static readonly SpanSet PluralOnlyVerbs = new(["are", "were", "have", "'re", "'ve"]);

    /// <summary>
    /// Words that only sports prose uses: a document with one of them (or a score) is about sport, and there one sign
    /// shows a team; elsewhere a name needs two ("a London coach overturned", "The Paris match" are not clubs).
    /// </summary>
    private static readonly SpanSet SportWords = new(
    [
        "keeper", "goalkeeper", "goalkeepers", "striker", "strikers", "midfielder", "midfielders", "winger", "wingers", "full-back",
        "centre-back", "centre-half", "fly-half", "scrum-half", "flanker", "Premiership", "goalless", "equaliser", "equalizer",
        "hat-trick", "half-time", "relegation", "relegated", "touchdown", "touchdowns", "innings", "wicket", "wickets",
        "semi-final", "quarter-final", "play-off", "play-offs", "kick-off", "defender", "defenders", "footballer", "footballers",
        "cricketer", "cricketers", "goalscorer", "goalscorers", "captaincy", "SOCCER", "RUGBY", "CRICKET", "Soccer", "rugby", "match-day",
    ]);

    /// <summary>Prepositions of place: a name right after one may be the town, whatever the document does with it elsewhere.</summary>
    private static readonly SpanSet PlacePrepositions = new(
        ["in", "near", "outside", "around", "across", "to", "of", "from", "at", "via", "into", "between", "towards", "toward", "through", "In", "Near", "Outside", "Around", "From", "At", "To"]);

    /// <summary>National teams: their country's name stays a place (CoNLL-2003 calls "England" in a match a place).</summary>
    private static readonly SpanSet Nations = new(
        ["England", "Scotland", "Wales", "Ireland", "Northern Ireland", "Britain", "Great Britain", "Republic of Ireland", "English", "Scottish", "Welsh", "Irish", "British", "Maori", "UK", "US", "USA", "U.S.", "Europe", "Africa", "Asia", "America", "Oceania"]);

    /// <summary>
    /// Applies the rule; <paramref name="lexicon"/> (the model's word lists) tells a country from a town,
    /// <paramref name="caseProfile"/> which words running text also writes in lower case, and <paramref name="places"/>
    /// (the pipeline's gazetteer; the embedded one when null) which names are places.
    /// </summary>
    public static void Apply(AnalyzedDocument document, List<EntityMention> mentions, PhraseLexicon? lexicon, WordCaseProfile? caseProfile, Gazetteer? places = null)
    {
        var gazetteer = places ?? Gazetteer.Default;
        var tokens = document.Tokens;
        if (mentions.Count == 0 || tokens.Count == 0)
        {
            return;
        }

        // The names the document uses as teams, the words of persons' names of two or more words, and the one-word
        // names of the mentions (with the type a sign beside them is read for).
        SpanDictionary<int>? teams = null;
        SpanDictionary<bool>? personWords = null;
        SpanDictionary<EntityType>? words = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            bool candidate = IsCandidate(document, m);
            if (m.EndToken - m.StartToken == 1 && candidate)
            {
                words ??= new SpanDictionary<EntityType>();
                var word = document.TokenText(m.StartToken);
                if (!words.TryGetValue(word, out var seen))
                {
                    words.Set(word.ToString(), m.Type);
                }
                else if (m.Type == EntityType.Person && seen != EntityType.Person)
                {
                    words.Set(word.ToString(), EntityType.Person); // the strictest reading of the signs
                }
            }

            if (m.Type == EntityType.Person && m.EndToken - m.StartToken >= 2)
            {
                personWords ??= new SpanDictionary<bool>();
                for (int t = m.StartToken; t < m.EndToken; t++)
                {
                    var word = document.TokenText(t);
                    if (word.Length > 1 && char.IsUpper(word[0]) && !personWords.ContainsKey(word))
                    {
                        personWords.Set(word.ToString(), true);
                    }
                }
            }

            var sign = candidate ? TeamSign(document, m, caseProfile, gazetteer) : Sign.None;
            if (sign != Sign.None)
            {
                AddTeam(ref teams, document.Text.AsSpan(m.Start, m.Length), sign, sign == Sign.Ordinary && IsKnownPlace(document, m.StartToken, m.EndToken, lexicon, gazetteer));

                // "Dallas beat Philadelphia 31-14": the side beaten is a team too.
                if (m.Type != EntityType.Person && MatchVerbs.Contains(document.TokenText(m.EndToken)) && i + 1 < mentions.Count
                    && mentions[i + 1].StartToken == m.EndToken + 1 && mentions[i + 1].Type != EntityType.Person && IsCandidate(document, mentions[i + 1]))
                {
                    AddTeam(ref teams, document.Text.AsSpan(mentions[i + 1].Start, mentions[i + 1].Length), Sign.Strong, false);
                }
            }
        }

        AddSignsOutsideMentions(document, mentions, words, lexicon, caseProfile, gazetteer, ref teams);

        // Weak signs ("Liverpool fans") count only in a document that shows some team by a strong one; outside sports
        // prose a name needs a strong sign or two ordinary words beside a listed place, so one word ordinary outside
        // sport ("a London coach overturned", "The Leeds chief executive") retypes nothing.
        if (teams is not null && !HasSportEvidence(document))
        {
            teams = KeepAtLeast(teams, 2);
        }

        if (teams is null || !AnyStrong(teams))
        {
            return;
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is not (EntityType.Location or EntityType.Person) || m.End > document.Text.Length
                || !teams.TryGetValue(document.Text.AsSpan(m.Start, m.Length), out _) || IsCountry(document, m, lexicon, gazetteer)
                || (AfterPlacePreposition(document, m.StartToken) && !IsUnlistedLongerName(document, m.StartToken, m.EndToken, gazetteer))
                || (i > 0 && AfterPlaceAndComma(document, mentions[i - 1], m))
                || (m.Type == EntityType.Person && m.EndToken - m.StartToken == 1 && personWords is not null && personWords.ContainsKey(document.TokenText(m.StartToken))))
            {
                continue;
            }

            m.Type = EntityType.Organization;
            m.Canonical = null;
            mentions[i] = m;
        }

        FindAgain(document, mentions, teams, lexicon, caseProfile, gazetteer);
    }

    /// <summary>
    /// Reads the signs beside a one-word name of the document where nothing holds it: "Bath boss John Connolly" where
    /// the model read no name, but read "Bath" elsewhere.
    /// </summary>
    private static void AddSignsOutsideMentions(AnalyzedDocument document, List<EntityMention> mentions, SpanDictionary<EntityType>? words, PhraseLexicon? lexicon,
        WordCaseProfile? caseProfile, Gazetteer gazetteer, ref SpanDictionary<int>? teams)
    {
        var tokens = document.Tokens;
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            while (next < mentions.Count && mentions[next].End <= tokens.Start(t))
            {
                next++;
            }

            if ((next < mentions.Count && mentions[next].Start < tokens.End(t)) || tokens.Kind(t) != TokenKind.Word)
            {
                continue;
            }

            var word = document.TokenText(t);
            if (word.Length < 3 || !char.IsUpper(word[0]) || (teams is not null && teams.TryGetValue(word, out int weight) && weight >= 2))
            {
                continue;
            }

            // A name the document gives elsewhere is read with all the signs; a capitalized word it never gives as a
            // name only with a word for a club's people, inside its sentence and with no capitalized word before it:
            // "against Hearts winger Saulius Mikoliunas", "Championship side Wolves" (not "Test side").
            var type = EntityType.Person;
            bool known = words is not null && words.TryGetValue(word, out type);
            var m = new EntityMention(t, t + 1, tokens.Start(t), tokens.End(t), type, EntityOrigin.Rule, FoundScore);
            // The staff word is tested first: it is rarely there, and the other tests cost more.
            var sign = known ? TeamSign(document, m, caseProfile, gazetteer) : StaffSign(document, m);
            if (!known && sign != Sign.None && (IsSentenceFirst(document, t) || NameNeighbour.Is(document, t - 1, t)))
            {
                sign = Sign.None;
            }

            if (sign != Sign.None)
            {
                AddTeam(ref teams, word, sign, sign == Sign.Ordinary && IsKnownPlace(document, t, t + 1, lexicon, gazetteer));
            }
        }
    }

    /// <summary>A whole mention read as a place or a person, of capitalized words only: a name a club may have.</summary>
    private static bool IsCandidate(AnalyzedDocument document, EntityMention m)
    {
        if (m.Type is not (EntityType.Location or EntityType.Person or EntityType.Organization) || m.EndToken - m.StartToken > MaxNameTokens
            || m.StartToken < 0 || m.EndToken > document.Tokens.Count || m.Start != document.Tokens.Start(m.StartToken) || m.End != document.Tokens.End(m.EndToken - 1))
        {
            return false;
        }

        for (int t = m.StartToken; t < m.EndToken; t++)
        {
            var word = document.TokenText(t);
            if (document.Tokens.Kind(t) != TokenKind.Word || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        // "MPs are", "CEOs have": the plural of an abbreviation is a group of people, not a club.
        var last = document.TokenText(m.EndToken - 1);
        return !(last.Length >= 3 && last[^1] == 's' && char.IsUpper(last[^2]) && char.IsUpper(last[0]));
    }

    /// <summary>Two words for a body's officer: "chief executive", "general manager", "managing director".</summary>
    private static bool IsOfficer(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        (first is "chief" && second is "executive") || (first is "general" && second is "manager") || (first is "managing" && second is "director");

    /// <summary>Whether a word for a club's people or a body's officer follows the mention ("Bath boss", "Petofi general manager").</summary>
    private static bool HasStaffSign(AnalyzedDocument document, EntityMention m) => StaffSign(document, m) != Sign.None;

    /// <summary>The sign of a word for a club's people (strong) or of a body's officer (ordinary) after the mention.</summary>
    private static Sign StaffSign(AnalyzedDocument document, EntityMention m) =>
        m.EndToken >= document.Tokens.Count ? Sign.None
        : PersonStaffWords.Contains(document.TokenText(m.EndToken)) ? Sign.Strong
        : m.EndToken + 1 < document.Tokens.Count && IsOfficer(document.TokenText(m.EndToken), document.TokenText(m.EndToken + 1)) ? Sign.Ordinary
        : Sign.None;

    /// <summary>
    /// Counts a sign for a team's name: its value is the weight of the signs seen, 2 for a strong one, 1 for an
    /// ordinary word beside a known place (<paramref name="place"/>: "a Leeds coach", not "Petofi general manager"), 0
    /// for weak ones only.
    /// </summary>
    private static void AddTeam(ref SpanDictionary<int>? teams, ReadOnlySpan<char> name, Sign sign, bool place)
    {
        teams ??= new SpanDictionary<int>();
        bool known = teams.TryGetValue(name, out int weight);
        if (known && sign == Sign.Weak)
        {
            return;
        }

        int add = sign == Sign.Weak ? 0
            : sign == Sign.Ordinary && place ? 1 : 2;
        teams.Set(name.ToString(), weight + add);
    }

    /// <summary>
    /// Whether the tokens are a place the gazetteer lists or the model's word lists give as a town or a country; not
    /// an abbreviation in capitals, a firm's more often than a town's ("BA chief executive Rod Eddington").
    /// </summary>
    private static bool IsKnownPlace(AnalyzedDocument document, int first, int end, PhraseLexicon? lexicon, Gazetteer gazetteer)
    {
        if (end - first == 1 && !document.TokenText(first).ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        if (gazetteer.TryGet(document.TokenRangeText(first, end), out var entry) && entry.Type == EntityType.Location)
        {
            return true;
        }

        if (lexicon is null || lexicon.Count == 0)
        {
            return false;
        }

        uint key = 0;
        for (int t = first; t < end; t++)
        {
            key = PhraseLexicon.Extend(key, FeatureHash.Word(document.TokenText(t)));
        }

        return (lexicon.Lookup(key) & (PhraseLexicon.FullBit(PhraseLexicon.City) | PhraseLexicon.FullBit(PhraseLexicon.Country))) != 0;
    }

    /// <summary>The names with at least <paramref name="least"/> strong signs; null when none has.</summary>
    private static SpanDictionary<int>? KeepAtLeast(SpanDictionary<int> teams, int least)
    {
        SpanDictionary<int>? kept = null;
        foreach (var (name, strong) in teams.Pairs)
        {
            if (strong >= least)
            {
                (kept ??= new SpanDictionary<int>()).Set(name, strong);
            }
        }

        return kept;
    }

    /// <summary>Two words only sports prose writes together: "league table", "Champions League", "Six Nations", "FA Cup", "World Cup".</summary>
    private static bool IsSportPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        (second is "table" && first is "league" or "League") || (second is "League" && first is "Champions" or "Premier")
        || (second is "Nations" && first is "Six") || (second is "Cup" && first is "FA" or "World" or "Carling" or "Heineken" or "UEFA");

    /// <summary>
    /// Whether the document is sports prose: it has a score ("2-1", "31-14"), a word only sport uses ("keeper",
    /// "fly-half", "Premiership") or "league table".
    /// </summary>
    private static bool HasSportEvidence(AnalyzedDocument document)
    {
        var tokens = document.Tokens;
        for (int t = 0; t < tokens.Count; t++)
        {
            var word = document.TokenText(t);
            if (word.Length < 3)
            {
                continue;
            }

            if ((char.IsAsciiDigit(word[0]) && ScoreToken.Is(word)) || SportWords.Contains(word)
                || (t > 0 && IsSportPair(document.TokenText(t - 1), word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How surely a word beside a name shows a team.</summary>
    private enum Sign
    {
        None,

        /// <summary>"Liverpool fans", "the Arsenal game": a team's, but also a festival's or a video game's.</summary>
        Weak,

        /// <summary>
        /// "Leeds coach", "Paris match", "BA chief executive": a word a club has after its name, but ordinary outside
        /// sport; beside a place the gazetteer lists, only half a sign.
        /// </summary>
        Ordinary,

        /// <summary>"Liverpool are", "Bolton keeper", "Arsenal's defence".</summary>
        Strong,
    }

    private static bool AnyStrong(SpanDictionary<int> teams)
    {
        foreach (var (_, strong) in teams.Pairs)
        {
            if (strong > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word after the mention (or after its possessive) shows it is a team, and how surely.</summary>
    private static Sign TeamSign(AnalyzedDocument document, EntityMention m, WordCaseProfile? caseProfile, Gazetteer gazetteer)
    {
        var tokens = document.Tokens;
        int next = m.EndToken;
        if (next >= tokens.Count || !tokens.SameSentence(m.StartToken, next))
        {
            return Sign.None;
        }

        // A person's name of two words or more is read only with a plural verb ("Johnny Cash manager" is his).
        var word = document.TokenText(next);
        if (m.Type == EntityType.Person ? m.EndToken - m.StartToken == 1 && PersonStaffWords.Contains(word) : StaffWords.Contains(word))
        {
            return OrdinaryStaffWords.Contains(word) ? Sign.Ordinary : Sign.Strong;
        }

        // "Petofi general manager Laszlo Sebesvari", "BA chief executive Rod Eddington": a body's officer.
        if (m.Type != EntityType.Person && next + 1 < tokens.Count && IsOfficer(word, document.TokenText(next + 1)))
        {
            return Sign.Ordinary;
        }

        if (m.Type != EntityType.Person && FollowingWords.Contains(word))
        {
            return Sign.Weak;
        }

        if (word is "'s" or "'" or "’s" or "’")
        {
            // "Gerrard's team-mate" is a person's; only a place's possessive is read ("Arsenal's defence").
            return m.Type == EntityType.Location && next + 1 < tokens.Count && (PlayWords.Contains(document.TokenText(next + 1)) || StaffWords.Contains(document.TokenText(next + 1)))
                ? Sign.Strong : Sign.None;
        }

        // "The Clintons are" is a family; "Billings were" opening a sentence is the common noun.
        if (!OpensClause(document, m.StartToken) || (m.Type == EntityType.Person && m.StartToken > 0 && document.TokenText(m.StartToken - 1) is "the" or "The")
            || (m.EndToken - m.StartToken == 1 && IsSentenceFirst(document, m.StartToken) && caseProfile is not null
                && caseProfile.CaseOfWord(document.TokenText(m.StartToken)) == WordCaseProfile.Lower))
        {
            return Sign.None;
        }

        if (PluralVerbs.Contains(word))
        {
            // "insisted that Beijing take steps" is a subjunctive; "The Balkans are", "The Midlands have" a plural place.
            if (m.StartToken > 0 && SubjunctiveOpeners.Contains(document.TokenText(m.StartToken - 1)) && !PluralOnlyVerbs.Contains(word))
            {
                return Sign.None;
            }

            return IsPluralPlaceName(document, m, gazetteer) ? Sign.None : Sign.Strong;
        }

        // "Roddick beat Ivan Ljubicic": a player beats another as a team does, so a person's match verb is no sign.
        if (m.Type != EntityType.Person && MatchVerbs.Contains(word) && next + 1 < tokens.Count)
        {
            var after = document.TokenText(next + 1);
            return tokens.Kind(next + 1) == TokenKind.Number || ScoreToken.Is(after) || (tokens.Kind(next + 1) == TokenKind.Word && char.IsUpper(after[0]))
                ? Sign.Strong : Sign.None;
        }

        return Sign.None;
    }

    /// <summary>
    /// Whether the mention after "The" reads as a plural place's name: one word ending in "s" ("The Balkans", "The
    /// Midlands", "The Philippines"; not "the Lib Dems") or a place the gazetteer lists.
    /// </summary>
    private static bool IsPluralPlaceName(AnalyzedDocument document, EntityMention m, Gazetteer gazetteer)
    {
        // The article may stand before the mention or be read into it ("The Cotswolds").
        int first = m.StartToken;
        if (m.EndToken - first >= 2 && document.TokenText(first) is "The" or "the")
        {
            first++;
        }
        else if (first == 0 || document.TokenText(first - 1) is not ("The" or "the"))
        {
            return false;
        }

        var name = document.TokenRangeText(first, m.EndToken);
        return (name[^1] == 's' && m.EndToken - first == 1) || (gazetteer.TryGet(name, out var entry) && entry.Type == EntityType.Location);
    }

    /// <summary>
    /// Whether the name opens a clause, so that it is the whole subject of the verb after it: first in its sentence,
    /// after a mark that is not a comma, or after a word that opens a clause or reports one ("but", "said", "felt").
    /// Not after "and", a comma or a noun: "Kenteris and compatriot Katerina Thanou were", "she and sister Venus are".
    /// </summary>
    private static bool OpensClause(AnalyzedDocument document, int token)
    {
        var tokens = document.Tokens;
        if (token == 0 || !tokens.SameSentence(token - 1, token))
        {
            return true;
        }

        var before = document.TokenText(token - 1);
        if (before is "The" or "the")
        {
            return IsSentenceFirst(document, token - 1); // "The Blues are", not "dams on the Yangtze are"
        }

        if (before is "as")
        {
            return token < 3 || document.TokenText(token - 2) is not ("well" or "such" or "so" or "same"); // not "as well as Arnold Schwarzenegger have"
        }

        return ClauseOpeners.Contains(before) || before is "\"" or "“" or "'" or "‘" or ":" or ";" or "(" or "-" or "–" or "—";
    }

    /// <summary>Whether the mention follows a place and a comma, as a state or a country does ("ARLINGTON, Texas").</summary>
    private static bool AfterPlaceAndComma(AnalyzedDocument document, EntityMention before, EntityMention m) =>
        before.Type == EntityType.Location && before.EndToken + 1 == m.StartToken && document.TokenText(before.EndToken) is ",";

    /// <summary>
    /// Whether the tokens are a name of two words or more, after "from", "at" or "to", that the gazetteer does not list
    /// as a place: there a club's name is the club ("joined from Borussia Dortmund"), unlike a town's ("in St Louis").
    /// </summary>
    private static bool IsUnlistedLongerName(AnalyzedDocument document, int first, int end, Gazetteer gazetteer) =>
        end - first >= 2 && first > 0 && document.TokenText(first - 1) is "from" or "at" or "to" or "From" or "At" or "To"
        && !gazetteer.TryGet(document.Text.AsSpan(document.Tokens.Start(first), document.Tokens.End(end - 1) - document.Tokens.Start(first)), out _);

    private static bool AfterPlacePreposition(AnalyzedDocument document, int token)
    {
        if (token == 0)
        {
            return false;
        }

        var before = document.TokenText(token - 1);
        if (before is "the" or "The" && token > 1)
        {
            before = document.TokenText(token - 2);
        }

        return PlacePrepositions.Contains(before);
    }

    /// <summary>
    /// Whether the mention is a country or a home nation, whose national team keeps the country's type, or a word
    /// for a people ("Welsh side", "Maori"), which is no club's name.
    /// </summary>
    private static bool IsCountry(AnalyzedDocument document, EntityMention m, PhraseLexicon? lexicon, Gazetteer gazetteer)
    {
        var name = document.Text.AsSpan(m.Start, m.Length);
        if (Nations.Contains(name) || (gazetteer.TryGet(name, out var entry) && entry.Type == EntityType.Nationality))
        {
            return true;
        }

        if (lexicon is null || lexicon.Count == 0)
        {
            return false;
        }

        uint key = 0;
        for (int t = m.StartToken; t < m.EndToken; t++)
        {
            key = PhraseLexicon.Extend(key, FeatureHash.Word(document.TokenText(t)));
        }

        return (lexicon.Lookup(key) & (PhraseLexicon.FullBit(PhraseLexicon.Country) | PhraseLexicon.FullBit(PhraseLexicon.Demonym))) != 0;
    }

    /// <summary>
    /// Adds a team wherever it stands alone and nothing holds it: no capitalized neighbour in its sentence (other than
    /// a sentence's first word) and not right after a preposition of place.
    /// </summary>
    private static void FindAgain(AnalyzedDocument document, List<EntityMention> mentions, SpanDictionary<int> teams, PhraseLexicon? lexicon, WordCaseProfile? caseProfile, Gazetteer gazetteer)
    {
        var tokens = document.Tokens;
        List<EntityMention>? found = null;
        int next = 0;
        var sorted = mentions;
        for (int t = 0; t < tokens.Count; t++)
        {
            while (next < sorted.Count && sorted[next].End <= tokens.Start(t))
            {
                next++;
            }

            if ((next < sorted.Count && sorted[next].Start < tokens.End(t)) || tokens.Kind(t) != TokenKind.Word)
            {
                continue;
            }

            var word = document.TokenText(t);
            if (word.Length == 0 || !char.IsUpper(word[0]) || (t > 0 && NameNeighbour.Is(document, t - 1, t)))
            {
                continue;
            }

            int length = LongerTeamAt(document, teams, t, next < sorted.Count ? sorted[next].Start : int.MaxValue);
            if (length > 1 && AfterPlacePreposition(document, t) && !IsUnlistedLongerName(document, t, t + length, gazetteer))
            {
                length = 0;
            }

            if (length > 1)
            {
                // "joined from Borussia Dortmund" after "Borussia Dortmund boss Juergen Klopp"
                var team = new EntityMention(t, t + length, tokens.Start(t), tokens.End(t + length - 1), EntityType.Organization, EntityOrigin.Rule, FoundScore);
                if (!IsCountry(document, team, lexicon, gazetteer))
                {
                    (found ??= []).Add(team);
                }

                t += length - 1;
                continue;
            }

            if (word.Length < 3 || !teams.ContainsKey(word) || AfterPlacePreposition(document, t) || (t + 1 < tokens.Count && NameNeighbour.Is(document, t + 1, t)))
            {
                continue;
            }

            var m = new EntityMention(t, t + 1, tokens.Start(t), tokens.End(t), EntityType.Organization, EntityOrigin.Rule, FoundScore);

            // A word running text also writes in lower case, opening a sentence, is read only with a sign of its own:
            // "Bath boss John Connolly", not "Hearts were broken".
            if (IsCountry(document, m, lexicon, gazetteer)
                || (IsSentenceFirst(document, t) && (caseProfile is null || caseProfile.CaseOfWord(word) != WordCaseProfile.Unknown)
                    && !HasStaffSign(document, m)))
            {
                continue;
            }

            (found ??= []).Add(m);
        }

        if (found is not null)
        {
            mentions.AddRange(found);
            SortedMentions.SortInTextOrder(mentions);
        }
    }

    /// <summary>
    /// The number of words (2 to <see cref="MaxNameTokens"/>, longest first) of a team's name starting at
    /// <paramref name="first"/>, all in its sentence, ending before <paramref name="limit"/> (the next mention) and with
    /// no capitalized word right after it; 0 when there is none.
    /// </summary>
    private static int LongerTeamAt(AnalyzedDocument document, SpanDictionary<int> teams, int first, int limit)
    {
        var tokens = document.Tokens;
        for (int length = MaxNameTokens; length >= 2; length--)
        {
            int last = first + length - 1;
            if (last >= tokens.Count || tokens.End(last) > limit
                || !teams.ContainsKey(document.Text.AsSpan(tokens.Start(first), tokens.End(last) - tokens.Start(first)))
                || !tokens.SameSentence(first, last) || (last + 1 < tokens.Count && NameNeighbour.Is(document, last + 1, last)))
            {
                continue;
            }

            return length;
        }

        return 0;
    }

    /// <summary>Whether the token opens its sentence, after nothing or only opening quote marks and brackets ("\"The manager"), or a colon and a quote mark.</summary>
    private static bool IsSentenceFirst(AnalyzedDocument document, int token)
    {
        var tokens = document.Tokens;
        int before = token - 1;
        while (before >= 0 && token - before <= 3 && tokens.SameSentence(before, token) && document.TokenText(before) is "\"" or "“" or "'" or "‘" or "(" or "[")
        {
            before--;
        }

        // A quotation after a colon opens a sentence of its own: 'told the Daily Record: "The manager has'.
        return before < 0 || !tokens.SameSentence(before, token) || (before < token - 1 && document.TokenText(before) is ":");
    }
}
