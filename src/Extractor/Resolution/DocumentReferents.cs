using Extractor.Internal;
using Extractor.Pipeline;
using Extractor.Quotes;
using Extractor.Text;

namespace Extractor.Resolution;

/// <summary>
/// The people and organizations one document names, found in one pass over its capitalized word runs and over the
/// recognizers' mentions: full names with the titles written beside them ("NATO Secretary General Jens Stoltenberg",
/// "Kyrylo Budanov, head of …"), where each person is named, and how often each organization is. Speaker phrases
/// are resolved against it: surnames to full names, roles to the person holding them, documents to their author.
/// </summary>
internal sealed class DocumentReferents
{
    private static readonly string[] GenericHeads = ["chief", "head", "leader", "boss"];

    /// <summary>
    /// Heads that name one office in several words: "the Kremlin spokesman" is the person introduced as "Kremlin
    /// spokesperson Dmitry Peskov", but never the body's leader, as a generic head would allow. The speaker resolver
    /// reads unnamed spokespeople with the same words.
    /// </summary>
    internal static readonly string[] SpokesHeads = ["spokesman", "spokeswoman", "spokesperson"];

    private readonly PhraseReader _reader;
    private readonly List<NamedPerson> _persons = [];
    private readonly Dictionary<string, List<int>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Token, int Person)> _occurrences = [];
    private readonly Dictionary<string, List<(int Token, int Person)>> _surnameOccurrences = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<NamedPerson>> _byTitle = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _organizations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
    private readonly List<(int Token, string Name)> _organizationOccurrences = [];

    /// <summary>The names and words the scan has copied out of the text, by their text (see <see cref="Intern"/>).</summary>
    private readonly SpanDictionary<string> _strings = new(ignoreCase: false, capacity: 64);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzedDocument, DocumentReferents> Built = new();

    private int _headlineLineStart = -1;
    private bool _headline;
    private IReadOnlyList<EntityMention>? _mentions;
    private int _mentionCount;

    private DocumentReferents(PhraseReader reader)
    {
        _reader = reader;
    }

    public IReadOnlyList<NamedPerson> Persons => _persons;

    /// <summary>The organization the document names most often, which unnamed bodies and documents speak for.</summary>
    public string? SalientOrganization { get; private set; }

    public static DocumentReferents Build(PhraseReader reader, IReadOnlyList<EntityMention> mentions)
    {
        var referents = new DocumentReferents(reader) { _mentions = mentions, _mentionCount = mentions.Count };
        referents.Scan(mentions);
        return referents;
    }

    /// <summary>
    /// The referents of the reader's document over <paramref name="mentions"/>, built once: resolution links roles with
    /// them and the quote stage resolves speakers with them. They read only the mentions' types and positions, which
    /// resolution leaves as they are, so the same list gives the same referents.
    /// </summary>
    public static DocumentReferents For(PhraseReader reader, IReadOnlyList<EntityMention> mentions)
    {
        if (Built.TryGetValue(reader.Document, out var referents) && referents._reader == reader
            && ReferenceEquals(referents._mentions, mentions) && referents._mentionCount == mentions.Count)
        {
            return referents;
        }

        referents = Build(reader, mentions);
        Built.AddOrUpdate(reader.Document, referents);
        return referents;
    }

    /// <summary>The person whose surname or full name is <paramref name="name"/>, preferring the one named last before <paramref name="token"/>.</summary>
    public NamedPerson? FindPerson(string name, int token)
    {
        if (_byName.TryGetValue(name, out int index))
        {
            return _persons[index];
        }

        string surname = LastWord(name);
        if (!_bySurname.TryGetValue(surname, out var candidates))
        {
            return null;
        }

        if (candidates.Count == 1)
        {
            return _persons[candidates[0]];
        }

        // several people share the surname: the one named last before the token
        if (_surnameOccurrences.TryGetValue(surname, out var named))
        {
            int lo = 0;
            int hi = named.Count - 1;
            int found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (named[mid].Token < token)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            if (found >= 0)
            {
                return _persons[named[found].Person];
            }
        }

        return _persons[candidates[0]];
    }

    /// <summary>Whether another person of the document has <paramref name="person"/>'s surname ("Michael Jackson", "Katherine Jackson").</summary>
    public bool SharesSurname(NamedPerson person) => _bySurname.TryGetValue(person.Surname, out var holders) && holders.Count > 1;

    /// <summary>The most recent person named before <paramref name="token"/>.</summary>
    public NamedPerson? LastPersonBefore(int token) => LastPersonBefore(token, out _);

    /// <summary>The person named last before <paramref name="token"/>, and the token where that name starts.</summary>
    public NamedPerson? LastPersonBefore(int token, out int at)
    {
        at = -1;
        int lo = 0;
        int hi = _occurrences.Count - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_occurrences[mid].Token < token)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return null;
        }

        at = _occurrences[found].Token;
        return _persons[_occurrences[found].Person];
    }

    /// <summary>The most recent organization named before <paramref name="token"/>, by its document name.</summary>
    public string? LastOrganizationBefore(int token)
    {
        int lo = 0;
        int hi = _organizationOccurrences.Count - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_organizationOccurrences[mid].Token < token)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 ? OrganizationName(_organizationOccurrences[found].Name) : null;
    }

    /// <summary>
    /// The most recent organization named before <paramref name="token"/> with <paramref name="head"/> as its head noun
    /// ("the committee" → "Public Accounts Committee", "the ministry" → "Ministry of Defence"), looking back over a
    /// bounded number of organization names so a megabyte stays linear; null when none is.
    /// </summary>
    public string? LastOrganizationWithHead(int token, ReadOnlySpan<char> head) => LastOrganizationWithHead(token, head, null);

    /// <summary>The most recent organization named before <paramref name="token"/> whose head noun is one of <paramref name="heads"/> ("Financial Times" for a newspaper).</summary>
    public string? LastOrganizationWithHead(int token, string[] heads) => LastOrganizationWithHead(token, default, heads);

    private string? LastOrganizationWithHead(int token, ReadOnlySpan<char> head, string[]? heads)
    {
        int lo = 0;
        int hi = _organizationOccurrences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_organizationOccurrences[mid].Token < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo - 1; i >= 0 && i >= lo - 200; i--)
        {
            string name = _organizationOccurrences[i].Name;
            if (heads is null ? HasHead(name, head) : name.IndexOf(' ') > 0 && Array.IndexOf(heads, LastWord(name)) >= 0)
            {
                return OrganizationName(name);
            }
        }

        return null;
    }

    /// <summary>
    /// The person who holds the role a phrase names: "the Union secretary general" and "the secretary" find the person
    /// written as "NATO Secretary General Jens Stoltenberg". The role's head word must be one of the person's titles
    /// (or a generic head such as "chief" with a matching body); more shared words win.
    /// </summary>
    public NamedPerson? PersonForRole(int start, int end)
    {
        string? head = null;
        Span<int> words = stackalloc int[16];
        int count = 0;
        for (int t = start; t < end && count < words.Length; t++)
        {
            if (!_reader.IsWord(t))
            {
                continue;
            }

            var tags = _reader.Tags(t);
            if ((tags & WordTags.Preposition) != 0 && !_reader.IsCapitalized(t))
            {
                break;
            }

            if ((tags & WordTags.Determiner) != 0 || _reader.IsPossessive(t))
            {
                continue;
            }

            words[count++] = t;
            if ((tags & WordTags.Title) != 0)
            {
                head = _reader.Text(t).ToString();
            }
        }

        if (head is null)
        {
            return null;
        }

        int dash = head.LastIndexOf('-');
        if (dash >= 0 && dash < head.Length - 1)
        {
            head = head[(dash + 1)..]; // "Secretary-General" is a general
        }

        // the phrase's words once, hyphenated ones split: "Union", "secretary", "general"
        var parts = new List<(string Word, bool Title)>(count + 2);
        for (int i = 0; i < count; i++)
        {
            bool title = (_reader.Tags(words[i]) & WordTags.Title) != 0;
            foreach (var part in _reader.Text(words[i]).ToString().Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                parts.Add((part, title));
            }
        }

        bool generic = Array.IndexOf(GenericHeads, head.ToLowerInvariant()) >= 0;
        bool spokes = Array.IndexOf(SpokesHeads, head.ToLowerInvariant()) >= 0;

        // "the former NATO secretary general" is not the one the article names as holding the office now: a role said
        // to be past links only to a person the text also introduced as a former holder.
        bool past = IsFormerRole(start, end);

        NamedPerson? best = null;
        int bestScore = 0;
        foreach (var person in spokes ? SpokesCandidates() : Candidates(head, generic, parts))
        {
            if (past && !person.HasTitle("former") && !person.HasTitle("ex"))
            {
                continue;
            }

            int score = 0;
            bool qualifier = false;
            foreach (var (part, title) in parts)
            {
                if (person.HasTitle(part))
                {
                    score++;
                    qualifier |= !title;
                }
            }

            bool headMatches = person.HasTitle(head) || (generic && qualifier) || (spokes && HasAnyTitle(person, SpokesHeads));
            if (!headMatches)
            {
                continue;
            }

            // A role said in the present prefers a holder the text did not introduce as former (half a point less).
            int weighted = (score * 2) - (!past && (person.HasTitle("former") || person.HasTitle("ex")) ? 1 : 0);
            if (weighted > bestScore || (weighted == bestScore && best is not null && person.Count > best.Count))
            {
                best = person;
                bestScore = weighted;
            }
        }

        return best;
    }

    /// <summary>Whether the role phrase of tokens [<paramref name="start"/>, <paramref name="end"/>) says the office is past: "the former NATO secretary general", "an ex-minister".</summary>
    public bool IsFormerRole(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            var word = _reader.Text(t);
            if (word.Equals("former", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The people introduced as a spokesman, spokeswoman or spokesperson.</summary>
    private IEnumerable<NamedPerson> SpokesCandidates()
    {
        foreach (var word in SpokesHeads)
        {
            if (_byTitle.TryGetValue(word, out var holders))
            {
                foreach (var person in holders)
                {
                    yield return person;
                }
            }
        }
    }

    private static bool HasAnyTitle(NamedPerson person, string[] words)
    {
        foreach (var word in words)
        {
            if (person.HasTitle(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The people whose titles hold the role's head word (or, for a generic head, one of its qualifiers).</summary>
    private IEnumerable<NamedPerson> Candidates(string head, bool generic, List<(string Word, bool Title)> parts)
    {
        if (_byTitle.TryGetValue(head, out var holders))
        {
            foreach (var person in holders)
            {
                yield return person;
            }
        }

        if (!generic)
        {
            yield break;
        }

        foreach (var (part, title) in parts)
        {
            if (!title && _byTitle.TryGetValue(part, out var qualified))
            {
                foreach (var person in qualified)
                {
                    yield return person;
                }
            }
        }
    }

    /// <summary>The name an organization is known by in the document: the full name for an acronym that spells it.</summary>
    public string OrganizationName(string name) => _acronyms.TryGetValue(name, out var full) ? full : name;

    public bool IsOrganization(string name) => _organizations.ContainsKey(name);

    private void Scan(IReadOnlyList<EntityMention> mentions)
    {
        var singles = new List<(int Token, string Text, List<string>? Titles, bool Person)>();
        List<string>? pendingTitles = null;
        int pendingEnd = -1;
        int count = _reader.Count;
        int mentionIndex = 0;
        int t = 0;
        while (t < count)
        {
            if (!StartsRun(t))
            {
                t++;
                continue;
            }

            int a = t;
            int b = t + 1;
            while (b < count && !_reader.LineBefore(b) && (ContinuesRun(b) || (IsParticle(b) && b + 1 < count && _reader.IsCapitalized(b + 1))))
            {
                b++;
            }

            while (mentionIndex < mentions.Count && mentions[mentionIndex].EndToken <= a)
            {
                mentionIndex++;
            }

            bool pureTitle = AllTitles(a, b);

            // split the run after its last title or organization word: "NATO Secretary General | Jens Stoltenberg"
            int split = a;
            bool orgPrefix = false;
            for (int k = b - 2; k >= a && !pureTitle; k--)
            {
                var tags = _reader.Tags(k);
                if ((tags & WordTags.Title) != 0 || (tags & WordTags.OrgHead) != 0)
                {
                    split = k + 1;
                    break;
                }
            }

            List<string>? titles = null;
            for (int k = a; k < split; k++)
            {
                titles ??= [];
                titles.Add(Intern(_reader.Text(k)));
                orgPrefix |= (_reader.Tags(k) & WordTags.OrgHead) != 0;
            }

            if (pureTitle)
            {
                pendingTitles = [];
                for (int k = a; k < b; k++)
                {
                    pendingTitles.Add(Intern(_reader.Text(k)));
                }

                pendingEnd = b;
                t = b;
                continue;
            }

            if (pendingTitles is not null && a > 0 && a - pendingEnd <= 12 && _reader.IsPunct(a - 1, ','))
            {
                titles ??= [];
                titles.AddRange(pendingTitles);
            }

            pendingTitles = null;
            if (orgPrefix)
            {
                CountOrganization(TextOf(a, split), a);
            }

            int nameStart = split;
            int last = b - 1;

            // what a recognizer says about the name itself, not about a body in its title ("NATO Secretary General Jens Stoltenberg")
            EntityType? recognized = RecognizedType(mentions, mentionIndex, nameStart, b);

            // the model's person span ends the run but starts later: the words before it qualify the name ("Secretary of State John Kerry")
            int personStart = PersonStartingInside(mentions, mentionIndex, nameStart, b);
            if (personStart > nameStart)
            {
                titles ??= [];
                for (int k = nameStart; k < personStart; k++)
                {
                    titles.Add(Intern(_reader.Text(k)));
                }

                nameStart = personStart;
                recognized = EntityType.Person;
            }
            bool afterThe = nameStart == a && a > 0 && _reader.IsWord(a - 1) && _reader.Text(a - 1).Equals("the", StringComparison.OrdinalIgnoreCase);
            bool org = recognized is EntityType.Organization || (recognized is null && (IsOrganizationRun(nameStart, b) || afterThe));
            bool place = recognized is EntityType.Location or EntityType.Nationality || (recognized is null && _reader.Lexicon.IsPlaceHead(_reader.Text(last)));
            if (org)
            {
                CountOrganization(TextOf(nameStart, b), nameStart);
            }
            else if (!place && (recognized is null or EntityType.Person))
            {
                var appositive = AppositiveTitles(b);
                if (appositive is not null)
                {
                    titles ??= [];
                    titles.AddRange(appositive);
                }

                if (nameStart == a && TitlesBefore(a) is { } before)
                {
                    titles ??= [];
                    titles.AddRange(before);
                }

                if (nameStart == a && GenderedNounBefore(a) is { } noun)
                {
                    titles ??= [];
                    titles.Add(noun); // "actress Nicole Kidman", "his wife, Cherie Blair", "9/11 widow Terry Strada": the sex pronouns need
                }

                if (recognized is null && IsHeadlineLine(a))
                {
                    // "NATO: Ensuring Security and Defense for All Allies" names nobody
                }
                else if (b - nameStart >= 2)
                {
                    AddPerson(nameStart, b, titles, recognized);
                }
                else
                {
                    // a lone word is a surname of someone named in full, wherever that is; decided once all are known
                    singles.Add((nameStart, Intern(_reader.Text(nameStart)), titles, recognized is EntityType.Person));
                }
            }

            t = b;
        }

        RepairGluedSurnames(singles);
        foreach (var (token, word, titles, person) in singles)
        {
            if (_bySurname.ContainsKey(word))
            {
                var named = FindPerson(word, token)!;
                named.Count++;
                _occurrences.Add((token, named.Index));
                if (titles is not null)
                {
                    AddTitles(named, titles);
                }
            }
            else if (titles is not null || person)
            {
                AddPerson(token, token + 1, titles, person ? EntityType.Person : null);
            }
        }

        _occurrences.Sort((x, y) => x.Token.CompareTo(y.Token));
        foreach (var person in _persons)
        {
            foreach (var title in person.Titles)
            {
                if (!_byTitle.TryGetValue(title, out var holders))
                {
                    _byTitle[title] = holders = [];
                }

                holders.Add(person);
            }
        }

        LinkAcronyms();
        int best = 0;
        foreach (var (name, n) in _organizations)
        {
            if (n > best)
            {
                best = n;
                SalientOrganization = OrganizationName(name);
            }
        }
    }

    /// <summary>The type of the first non-temporal mention that overlaps tokens [<paramref name="a"/>, <paramref name="b"/>).</summary>
    private static EntityType? RecognizedType(IReadOnlyList<EntityMention> mentions, int from, int a, int b)
    {
        for (int i = from; i < mentions.Count && mentions[i].StartToken < b; i++)
        {
            if (mentions[i].EndToken > a && !mentions[i].IsTemporal)
            {
                return mentions[i].Type;
            }
        }

        return null;
    }

    /// <summary>The start of a person mention of two words or more that ends the run [<paramref name="a"/>, <paramref name="b"/>) and begins inside it, or -1.</summary>
    private static int PersonStartingInside(IReadOnlyList<EntityMention> mentions, int from, int a, int b)
    {
        for (int i = from; i < mentions.Count && mentions[i].StartToken < b; i++)
        {
            var m = mentions[i];
            // a full name of its own, so the words before it are no first name the model left out
            if (m.Type == EntityType.Person && m.StartToken > a && m.EndToken == b && b - m.StartToken >= 2)
            {
                return m.StartToken;
            }
        }

        return -1;
    }

    /// <summary>Whether the line holding <paramref name="token"/> is written in title case (a headline), where capitalized words are no names.</summary>
    private bool IsHeadlineLine(int token)
    {
        if (token == _headlineLineStart)
        {
            return _headline;
        }

        int start = _reader.LineStart(token);
        if (start != _headlineLineStart)
        {
            int words = 0;
            int capitalized = 0;
            int k = start;
            for (; k < _reader.Count && (k == start || !_reader.LineBefore(k)); k++)
            {
                if (_reader.IsWord(k) && !_reader.IsPossessive(k))
                {
                    words++;
                    if (_reader.IsCapitalized(k))
                    {
                        capitalized++;
                    }
                }
            }

            // a headline has no closing stop and mostly capitalized words
            bool stop = k > start && (_reader.IsTerminal(k - 1) || _reader.Kind(k - 1) == TokenKind.Quote);
            _headlineLineStart = start;
            _headline = words >= 3 && (capitalized * 10 >= words * 9 || (!stop && capitalized * 10 >= words * 6));
        }

        return _headline;
    }

    private bool StartsRun(int t)
    {
        if (!_reader.IsCapitalized(t))
        {
            return false;
        }

        var tags = _reader.Tags(t);
        return (tags & (WordTags.Determiner | WordTags.Conjunction | WordTags.Pronoun | WordTags.Preposition | WordTags.Adverb
            | WordTags.Auxiliary | WordTags.That | WordTags.Time | WordTags.ClauseStart)) == 0 && _reader.Cue(t) == CueTags.None;
    }

    private bool ContinuesRun(int t) => _reader.IsCapitalized(t) && (_reader.Tags(t) & (WordTags.Conjunction | WordTags.Pronoun | WordTags.That)) == 0;

    private bool IsParticle(int t)
    {
        var word = _reader.Text(t);
        return _reader.IsWord(t) && !_reader.IsCapitalized(t) && (word is "von" or "van" or "der" or "de" or "den" or "da" or "du" or "bin" or "al" or "la" or "le" or "dos" or "del");
    }

    private bool AllTitles(int a, int b)
    {
        bool title = false;
        for (int k = a; k < b; k++)
        {
            var tags = _reader.Tags(k);
            if ((tags & WordTags.Title) != 0)
            {
                title = true;
            }
            else if (!_reader.IsAcronym(k))
            {
                return false;
            }
        }

        return title;
    }

    private bool IsOrganizationRun(int a, int b)
    {
        if (b - a == 1)
        {
            return _reader.IsAcronym(a) || (_reader.Tags(a) & WordTags.OrgHead) != 0;
        }

        for (int k = a; k < b; k++)
        {
            if ((_reader.Tags(k) & WordTags.OrgHead) != 0 || _reader.IsAcronym(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A role written in lower case before a name, which the capitalized run does not hold: "Kremlin spokesman Dmitry
    /// Peskov", "White House press secretary Jen Psaki", and with a comma "the defense minister, Oleksii Reznikov".
    /// The words back to a determiner or anything that is not a noun of the role; null unless one is a title word.
    /// </summary>
    private List<string>? TitlesBefore(int a)
    {
        int k = a - 1;
        if (k > 0 && _reader.IsPunct(k, ','))
        {
            k--;
        }

        if (k < 0 || !_reader.IsWord(k) || _reader.IsCapitalized(k) || (_reader.Tags(k) & WordTags.Title) == 0 || _reader.LineBefore(k + 1))
        {
            return null;
        }

        const WordTags Stops = WordTags.Determiner | WordTags.Preposition | WordTags.Auxiliary | WordTags.Pronoun | WordTags.ClauseStart
            | WordTags.That | WordTags.Conjunction | WordTags.Time;
        var titles = new List<string>(4);
        for (int words = 0; k >= 0 && words < 5 && _reader.IsWord(k) && !_reader.IsPossessive(k); k--, words++)
        {
            var tags = _reader.Tags(k);
            if ((tags & Stops) != 0 || (_reader.Cue(k) != CueTags.None && (tags & WordTags.Title) == 0))
            {
                break;
            }

            titles.Add(Intern(_reader.Text(k)));
            if (_reader.LineBefore(k))
            {
                break;
            }
        }

        return titles;
    }

    /// <summary>A lower-case person noun that says a sex right before a name, or before a comma before it ("his wife, Cherie Blair"); else null.</summary>
    private string? GenderedNounBefore(int a)
    {
        int k = a - 1;
        if (k > 0 && _reader.IsPunct(k, ','))
        {
            k--;
        }

        if (k < 0 || !_reader.IsWord(k) || _reader.IsCapitalized(k) || _reader.LineBefore(k + 1))
        {
            return null;
        }

        var word = _reader.Text(k);
        return NameGenders.OfNoun(word) != 0 ? Intern(word) : null;
    }

    /// <summary>Titles in an appositive after a name: "Kyrylo Budanov, head of the Ukrainian Defense Ministry's …".</summary>
    private List<string>? AppositiveTitles(int b)
    {
        if (b >= _reader.Count || !_reader.IsPunct(b, ','))
        {
            return null;
        }

        int t = b + 1;
        if (t < _reader.Count && (_reader.Tags(t) & WordTags.Determiner) != 0)
        {
            t++;
        }

        if (t >= _reader.Count || (_reader.Tags(t) & WordTags.Title) == 0)
        {
            return null;
        }

        var titles = new List<string>();
        for (int k = t; k < _reader.Count && k < t + 12 && !_reader.IsPunct(k, ',') && !_reader.IsTerminal(k); k++)
        {
            if (_reader.IsWord(k) && ((_reader.Tags(k) & WordTags.Title) != 0 || _reader.IsAcronym(k)))
            {
                titles.Add(Intern(_reader.Text(k)));
            }
        }

        return titles;
    }

    private void AddPerson(int a, int b, List<string>? titles, EntityType? recognized)
    {
        string name = TextOf(a, b);
        string surname = Intern(_reader.Text(b - 1));
        if (!_byName.TryGetValue(name, out int index))
        {
            index = _persons.Count;
            _persons.Add(new NamedPerson(name, surname) { RecognizedType = recognized, Index = index });
            _byName[name] = index;
            if (!_bySurname.TryGetValue(surname, out var list))
            {
                _bySurname[surname] = list = [];
            }

            list.Add(index);
        }

        var person = _persons[index];
        person.Count++;
        if (titles is not null)
        {
            AddTitles(person, titles);
        }

        _occurrences.Add((a, index));
        if (!_surnameOccurrences.TryGetValue(surname, out var named))
        {
            _surnameOccurrences[surname] = named = [];
        }

        named.Add((a, index));
    }

    /// <summary>
    /// Joins a surname glued to the next word by a lost space ("Jens Stoltenbergaccusing") back to the surname the
    /// document writes on its own or in another full name elsewhere ("Stoltenberg", "Jens Stoltenberg").
    /// </summary>
    private void RepairGluedSurnames(List<(int Token, string Text, List<string>? Titles, bool Person)> singles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var single in singles)
        {
            if (single.Text.Length >= 4)
            {
                words.Add(single.Text);
            }
        }

        var surnames = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var person in _persons)
        {
            if (person.Surname.Length >= 4)
            {
                surnames.Add(person.Surname);
            }
        }

        var prefixes = new SpanSet(surnames);
        for (int p = 0; p < _persons.Count; p++)
        {
            var person = _persons[p];
            bool own = !words.Contains(person.Surname) && surnames.Remove(person.Surname); // a name is no evidence for itself
            int length = GluedPrefixLength(person.Surname, surnames, prefixes);
            if (own)
            {
                surnames.Add(person.Surname);
            }

            if (length == 0
                || (!_byName.ContainsKey(person.Name[..^(person.Surname.Length - length)]) && !LooksLikeGluedWord(person.Surname.AsSpan(length), _reader.Lexicon)))
            {
                continue;
            }

            string glued = person.Surname;
            string word = glued[..length];
            _bySurname[glued].Remove(p);
            if (_bySurname[glued].Count == 0)
            {
                _bySurname.Remove(glued);
            }

            person.Surname = word;
            person.Name = person.Name[..^(glued.Length - word.Length)];
            if (_byName.TryGetValue(person.Name, out int same) && same != p)
            {
                // the repaired name is someone already known: that person takes the titles and the count
                var known = _persons[same];
                known.Count += person.Count;
                foreach (var title in person.Titles)
                {
                    known.AddTitle(title);
                }

                person.ClearTitles();
            }
            else
            {
                if (!_bySurname.TryGetValue(word, out var list))
                {
                    _bySurname[word] = list = [];
                }

                list.Add(p);
                _byName[person.Name] = p;
            }

            if (_surnameOccurrences.Remove(glued, out var named))
            {
                if (!_surnameOccurrences.TryGetValue(word, out var existing))
                {
                    _surnameOccurrences[word] = existing = [];
                }

                foreach (var (token, index) in named)
                {
                    existing.Add((token, _byName[person.Name]));
                }

                existing.Sort((x, y) => x.Token.CompareTo(y.Token));
            }
        }

        for (int k = 0; k < _occurrences.Count; k++)
        {
            var (token, index) = _occurrences[k];
            if (_byName.TryGetValue(_persons[index].Name, out int owner) && owner != index)
            {
                _occurrences[k] = (token, owner);
            }
        }
    }

    /// <summary>
    /// The length of the known name <paramref name="word"/> begins with when the rest is a lower-case word glued to it
    /// ("Stoltenbergaccusing" → 11), or 0.
    /// </summary>
    /// <param name="word">The surname as written.</param>
    /// <param name="known">The known names, without <paramref name="word"/> itself.</param>
    /// <param name="prefixes">The same names for span lookups (a prefix is never the word itself, so it may hold it).</param>
    internal static int GluedPrefixLength(string word, HashSet<string> known, SpanSet prefixes)
    {
        if (word.Length < 7 || word.Length > Entities.GluedWordRule.MaxWord || known.Contains(word))
        {
            return 0;
        }

        // the glued rest is lower case, so only prefixes that end where the trailing lower-case run allows are tried,
        // and they are looked up as spans: no string per candidate length
        int lowerFrom = word.Length;
        while (lowerFrom > 0 && char.IsLower(word[lowerFrom - 1]))
        {
            lowerFrom--;
        }

        for (int length = word.Length - 3; length >= Math.Max(4, lowerFrom); length--)
        {
            if (prefixes.Contains(word.AsSpan(0, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the lower-case rest of a glued name reads as an English word of its own ("accusing", "said", "told"),
    /// so "Johnson" never loses "son" to a "John" named elsewhere.
    /// </summary>
    internal static bool LooksLikeGluedWord(ReadOnlySpan<char> rest, QuoteLexicon lexicon)
    {
        if (lexicon.Cue(rest) != CueTags.None || lexicon.Word(rest) != WordTags.None)
        {
            return true;
        }

        return rest.Length >= 5 && (rest.EndsWith("ing", StringComparison.Ordinal) || rest.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>Adds title words, and the parts of hyphenated ones ("Secretary-General" → "secretary", "general").</summary>
    private static void AddTitles(NamedPerson person, List<string> titles)
    {
        foreach (var title in titles)
        {
            person.AddTitle(title);
            if (title.Contains('-'))
            {
                foreach (var part in title.Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    person.AddTitle(part);
                }
            }
        }
    }

    private static bool IsLower(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private void CountOrganization(string name, int token)
    {
        _organizationOccurrences.Add((token, name));
        _organizations.TryGetValue(name, out int n);
        _organizations[name] = n + 1;
    }

    /// <summary>An acronym names the organization whose capitalized words it spells: "NATO" ↔ "North Atlantic Treaty Organization".</summary>
    private void LinkAcronyms()
    {
        foreach (var name in _organizations.Keys)
        {
            string initials = Initials(name);
            if (initials.Length >= 2 && initials != name && _organizations.ContainsKey(initials))
            {
                _acronyms[initials] = name;
            }
        }
    }

    internal static string Initials(string name)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0;
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length == 0 || !char.IsUpper(part[0]))
            {
                continue; // "of", "the", "and"
            }

            if (n == buffer.Length)
            {
                return string.Empty;
            }

            buffer[n++] = part[0];
        }

        return new string(buffer[..n]);
    }

    /// <summary>
    /// The string for <paramref name="span"/>, made once per document: a long text names the same people, bodies and
    /// titles thousands of times, and each occurrence used to copy its name again.
    /// </summary>
    private string Intern(ReadOnlySpan<char> span)
    {
        if (_strings.TryGetValue(span, out var known))
        {
            return known;
        }

        string copy = span.ToString();
        _strings.Set(copy, copy);
        return copy;
    }

    private string TextOf(int a, int b)
    {
        var text = _reader.Document.Text;
        var tokens = _reader.Document.Tokens;
        bool plain = true;
        for (int k = a + 1; k < b && plain; k++)
        {
            int gap = tokens.Start(k) - tokens.End(k - 1);
            plain = gap == 0 ? !_reader.SpaceBefore(k) : gap == 1 && text[tokens.End(k - 1)] == ' ';
        }

        if (plain)
        {
            // the text already reads as the words joined by single spaces: the name is its span, copied once per document
            return Intern(text.AsSpan(tokens.Start(a), tokens.End(b - 1) - tokens.Start(a)));
        }

        var builder = new System.Text.StringBuilder();
        for (int k = a; k < b; k++)
        {
            if (k > a && _reader.SpaceBefore(k))
            {
                builder.Append(' ');
            }

            builder.Append(text, _reader.Document.Tokens.Start(k), _reader.Document.Tokens.End(k) - _reader.Document.Tokens.Start(k));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="word"/> is the head noun of the organization name <paramref name="name"/>, ignoring case:
    /// its last word before any lower-case word ("Bank of England", "Public Accounts Committee", "Labour party"), so
    /// "Second Chamber of Parliament" is a chamber, not a parliament.
    /// </summary>
    internal static bool HasHead(string name, ReadOnlySpan<char> word)
    {
        var rest = name.AsSpan();
        ReadOnlySpan<char> head = default;
        while (rest.Length > 0)
        {
            int space = rest.IndexOf(' ');
            var part = space < 0 ? rest : rest[..space];
            if (head.Length > 0 && part.Length > 0 && char.IsLower(part[0]) && !part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                break; // "of England", "to Protect Bloggers"; a lower-case head itself ("Labour party") is still the head
            }

            head = part;
            rest = space < 0 ? default : rest[(space + 1)..];
        }

        return head.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    internal static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }
}
