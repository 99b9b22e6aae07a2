using Extractor.Pipeline;
using Extractor.Quotes;

namespace Extractor.Resolution;

/// <summary>
/// Turns speaker phrases into <see cref="Speaker"/> records, in document order: names to the fullest name of their
/// referent, pronouns to the most recent compatible speaker, roles to the person holding the title, and documents
/// and bodies to the organization they speak for.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly PhraseReader _reader;
    private readonly DocumentReferents _referents;
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly Dictionary<string, int> _idsByCanonical = new(StringComparer.Ordinal);
    private const int MaxRecentPersons = 8;

    private readonly List<Speaker> _recentPersons = new(MaxRecentPersons);
    private readonly Dictionary<int, int> _genders = [];
    private Speaker? _lastUnnamed;
    private int _lastUnnamedEnd;
    private int _lastUnnamedGender;
    private Speaker? _lastPerson;
    private Speaker? _lastOther;
    private Speaker? _last;

    public SpeakerResolver(PhraseReader reader, DocumentReferents referents, IReadOnlyList<EntityMention> mentions)
    {
        _reader = reader;
        _referents = referents;
        _mentions = mentions;
        foreach (var m in mentions)
        {
            if (!m.IsTemporal && m.EntityId >= 0 && m.Canonical is not null)
            {
                _idsByCanonical.TryAdd(m.Canonical, m.EntityId);
            }
        }
    }

    /// <summary>The index of the first mention that ends after <paramref name="token"/> (mentions are in input order).</summary>
    private int FirstMentionEndingAfter(int token)
    {
        int lo = 0;
        int hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_mentions[mid].EndToken <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The phrase's last word, past a trailing possessive or punctuation: its head ("the company's" → "company").</summary>
    private int LastWordToken(SpeakerPhrase phrase)
    {
        int last = phrase.EndToken - 1;
        while (last > phrase.StartToken && (_reader.IsPossessive(last) || !_reader.IsWord(last)))
        {
            last--;
        }

        return last;
    }

    /// <summary>Resolves <paramref name="phrase"/>; call in document order so pronouns see the speakers before them.</summary>
    public Speaker Resolve(SpeakerPhrase phrase)
    {
        var tokens = _reader.Document.Tokens;
        int start = tokens.Start(phrase.StartToken);
        int end = tokens.End(phrase.EndToken - 1);
        end = tokens.End(LastWordToken(phrase));
        string text = _reader.Document.Text[start..end];
        var (canonical, type) = Canonical(phrase, text);
        var speaker = new Speaker(text, new TextSpan(start, end), canonical, type) { EntityId = EntityIdFor(phrase.StartToken, phrase.EndToken, canonical) };
        if (phrase.Kind != SpeakerKind.Pronoun)
        {
            // "A spokesman for the BPI said …": a person the text does not name, whom the next "he" is. Only a
            // spokesperson: "the England coach" or "the Lib Dem leader" is mostly a person the text has named
            var head = SpokesWord(phrase);
            _lastUnnamed = !head.IsEmpty
                && (_referents.LastPersonBefore(phrase.EndToken, out int namedAt) is null || namedAt < phrase.StartToken)
                && (type != EntityType.Person || _referents.FindPerson(canonical, phrase.StartToken) is null) ? speaker : null;
            _lastUnnamedEnd = phrase.EndToken;
            _lastUnnamedGender = HeadGender(head);
        }

        if (phrase.Kind != SpeakerKind.Pronoun || type is not null)
        {
            if (type == EntityType.Person)
            {
                _lastPerson = speaker;
                if (_recentPersons.Count == MaxRecentPersons)
                {
                    _recentPersons.RemoveAt(0);
                }

                _recentPersons.Add(speaker);
            }
            else
            {
                _lastOther = speaker;
            }

            _last = speaker;
        }

        return speaker;
    }

    private (string Canonical, EntityType? Type) Canonical(SpeakerPhrase phrase, string text)
    {
        if (phrase.Kind != SpeakerKind.Pronoun && phrase.Kind != SpeakerKind.Name && phrase.EndToken - phrase.StartToken >= 2)
        {
            // "his office", "her spokesman": the person the possessive points to speaks through them; "its
            // spokesman", "their statement": the body
            var owner = _reader.Text(phrase.StartToken);
            if (owner.Equals("his", StringComparison.OrdinalIgnoreCase) || owner.Equals("her", StringComparison.OrdinalIgnoreCase))
            {
                // "his brother Anil", "her lawyer Louise Christian": the person named in the phrase speaks
                if (NameInside(phrase) is { Type: EntityType.Person } named)
                {
                    return named;
                }

                // "his wife", "her coach": someone else than the owner, whom the phrase does not name
                var head = _reader.Text(LastWordToken(phrase));
                if (IsOneOf(head, Relatives))
                {
                    return (text, EntityType.Person);
                }

                if (IsOneOf(head, RelativeGroups))
                {
                    return (text, null);
                }

                return PersonPronoun(phrase.StartToken, text, PronounGender(phrase.StartToken), isPronoun: true);
            }

            if (owner.Equals("its", StringComparison.OrdinalIgnoreCase) || owner.Equals("their", StringComparison.OrdinalIgnoreCase))
            {
                return GroupPronoun(phrase.StartToken, text);
            }
        }

        if (IsPersonDescriptor(phrase))
        {
            // "the American", "the Dutchman", "the 24-year-old actress": a person named before, of the noun's sex if it says one
            return PersonPronoun(phrase.StartToken, text, NameGenders.OfNoun(_reader.Text(LastWordToken(phrase))), isPronoun: false);
        }

        switch (phrase.Kind)
        {
            case SpeakerKind.Pronoun:
                return Pronoun(phrase.StartToken, text);
            case SpeakerKind.Role:
                var holder = _referents.PersonForRole(phrase.StartToken, phrase.EndToken);
                if (holder is not null)
                {
                    return (holder.Name, EntityType.Person);
                }

                var titled = NameInside(phrase);
                if (titled is not null && (titled.Value.Type == EntityType.Person || !_referents.IsFormerRole(phrase.StartToken, phrase.EndToken)))
                {
                    return titled.Value;
                }

                // a spokesman speaks for the body his title names; a former secretary general no longer does
                return (text, EntityType.Person);
            case SpeakerKind.Document:
            case SpeakerKind.Group:
                var named = NameInside(phrase);
                if (named is not null)
                {
                    return (named.Value.Canonical, EntityType.Organization);
                }

                if (HasNationality(phrase))
                {
                    return (text, EntityType.Organization); // "the Lithuanian defence ministry" is its own body, not the article's
                }

                if (phrase.Kind == SpeakerKind.Group && BodyNamedWithHead(phrase, text) is { } body)
                {
                    return body;
                }

                return _referents.SalientOrganization is { } org ? (org, EntityType.Organization) : (text, EntityType.Organization);
            case SpeakerKind.Name:
                return NameInside(phrase) ?? (text, null);
            default:
                return (text, null);
        }
    }

    private (string Canonical, EntityType? Type) Pronoun(int token, string text)
    {
        if ((_reader.Tags(token) & WordTags.PersonPronoun) != 0)
        {
            if (text.Equals("I", StringComparison.Ordinal) || text.Equals("you", StringComparison.OrdinalIgnoreCase))
            {
                return (text, null);
            }

            return PersonPronoun(token, text, PronounGender(token), isPronoun: true);
        }

        return GroupPronoun(token, text);
    }

    /// <summary>
    /// "he", "she", "his office": a spokesperson the text does not name, when a pronoun of their sex follows them before
    /// anybody is named ("…,” a spokeswoman for the studio said. “…,” she added); a descriptor ("the actress", "the
    /// Dutchman") never is them, as news describes so only a person it has named. Otherwise the last person speaker,
    /// unless a person named since opens a sentence. A candidate of the other sex (by honorific, gendered noun or first name: <see cref="NameGenders"/>) gives way, in this order,
    /// to the last person speaker if they fit, a recent speaker of the pronoun's sex, a person named before of that sex
    /// (one who opens a sentence first), the last person named if they fit, and a subject named before whose sex is not
    /// known. A person whose sex is not known fits both (a pronoun resolved to them does not decide it: one wrong guess
    /// would then mislead every later pronoun). When nobody fits, the pronoun stays unresolved: "she" after only men are
    /// named is a woman the text names in a way not recognized, not one of them.
    /// </summary>
    /// <param name="token">The pronoun or the phrase's first token.</param>
    /// <param name="text">The phrase as written.</param>
    /// <param name="gender">1 for "he", -1 for "she" or a female noun, 0 when the phrase does not say.</param>
    /// <param name="isPronoun">Whether the phrase is a pronoun ("she", "his office"), not a descriptor ("the actress").</param>
    private (string Canonical, EntityType? Type) PersonPronoun(int token, string text, int gender, bool isPronoun)
    {
        if (isPronoun && gender != 0 && _lastUnnamed is not null && _lastUnnamedGender != -gender && (_referents.LastPersonBefore(token, out int namedAt) is null || namedAt < _lastUnnamedEnd))
        {
            // “…,” a spokeswoman for the commission said. “…,” she added: the spokeswoman again, while nobody is named since
            return (_lastUnnamed.Canonical, _lastUnnamed.Type);
        }

        var chosen = PersonPronounCandidate(token, text, preferNamed: true);
        if (chosen.Type != EntityType.Person || Fits(chosen.Canonical, token, gender, isPronoun))
        {
            // "Actress Nicole Kidman and actor Jude Law … Law said … the actress said": a person the text says is of
            // the descriptor's sex beats one whose sex nothing says. Not for pronouns: "he" after a man of unknown sex
            // is him far more often than an earlier man (on PolNeAR train the proxy fell from 0.686 to 0.577)
            if (gender != 0 && !isPronoun && chosen.Type == EntityType.Person && GenderOf(chosen.Canonical, token) == 0
                && KnownOfGender(token, gender) is { } known)
            {
                return (known, EntityType.Person);
            }

            return chosen;
        }

        var other = PersonPronounCandidate(token, text, preferNamed: false);
        if (other.Type == EntityType.Person && Fits(other.Canonical, token, gender, isPronoun))
        {
            return other;
        }

        for (int i = _recentPersons.Count - 1; i >= 0 && gender != 0; i--)
        {
            if (GenderOf(_recentPersons[i].Canonical, token) == gender && (isPronoun || _referents.FindPerson(_recentPersons[i].Canonical, token) is not null))
            {
                return (_recentPersons[i].Canonical, EntityType.Person); // “…,” Mrs. Clinton said. … “…,” Mr. Trump said. … she said
            }
        }

        NamedPerson? unknownSubject = null;
        if (gender != 0 && NamedOfGender(token, gender, out unknownSubject) is { } earlier)
        {
            return (earlier.Name, EntityType.Person); // "Nicole Kidman won … “…,” Jude Law said. … she said"
        }

        if (_referents.LastPersonBefore(token) is { } named && GenderOf(named.Name, token) != -gender)
        {
            return (named.Name, EntityType.Person);
        }

        if (unknownSubject is not null)
        {
            return (unknownSubject.Name, EntityType.Person);
        }

        return (text, null);
    }

    /// <summary>
    /// The person of <paramref name="gender"/> a descriptor or pronoun at <paramref name="token"/> most likely means
    /// when the nearest candidate's sex is not known: a recent speaker the text says is of that sex, else a person named
    /// before of that sex (see <see cref="NamedOfGender"/>); null when there is none.
    /// </summary>
    private string? KnownOfGender(int token, int gender)
    {
        for (int i = _recentPersons.Count - 1; i >= 0; i--)
        {
            if (GenderOf(_recentPersons[i].Canonical, token) == gender && _referents.FindPerson(_recentPersons[i].Canonical, token) is not null)
            {
                return _recentPersons[i].Canonical;
            }
        }

        return NamedOfGender(token, gender, out _)?.Name;
    }

    /// <summary>
    /// Whether a person candidate fits a pronoun or descriptor of <paramref name="gender"/>: not of the other sex, and
    /// for a descriptor a person the text names ("the actress" is never "a spokeswoman for the studio").
    /// </summary>
    private bool Fits(string canonical, int token, int gender, bool isPronoun) =>
        (gender == 0 || GenderOf(canonical, token) != -gender) && (isPronoun || _referents.FindPerson(canonical, token) is not null);

    /// <summary>How many person names back a pronoun looks for one of its sex: a few paragraphs of news.</summary>
    private const int MaxNamesBack = 24;

    /// <summary>
    /// The person named before <paramref name="token"/> whom the text says is of <paramref name="gender"/>: the nearest
    /// that opens a sentence (a subject, as "she" mostly is), else the nearest; a bounded number of names back.
    /// </summary>
    /// <param name="token">Where the pronoun is.</param>
    /// <param name="gender">1 or -1.</param>
    /// <param name="unknown">The nearest person on the way who opens a sentence and whose sex is not known.</param>
    private NamedPerson? NamedOfGender(int token, int gender, out NamedPerson? unknown)
    {
        NamedPerson? nearest = null;
        unknown = null;
        int at = token;
        for (int i = 0; i < MaxNamesBack && at > 0; i++)
        {
            var person = _referents.LastPersonBefore(at, out at);
            if (person is null)
            {
                break;
            }

            int sex = PersonGender(person);
            if (sex == 0 && unknown is null && OpensSentence(at))
            {
                unknown = person;
            }

            if (sex != gender)
            {
                continue;
            }

            if (OpensSentence(at))
            {
                return person;
            }

            nearest ??= person;
        }

        return nearest;
    }

    /// <summary>
    /// Whether the name at <paramref name="at"/> opens its sentence, as a subject does: only capitalized words before it
    /// or lower-case titles ("Arsenal manager Arsene Wenger was less happy"), a dozen at most (the bound keeps a
    /// sentence of a megabyte linear).
    /// </summary>
    private bool OpensSentence(int at)
    {
        var tokens = _reader.Document.Tokens;
        int start = tokens.SentenceStarts[tokens.SentenceOf(at)];
        if (at - start > 12)
        {
            return false;
        }

        for (int k = start; k < at; k++)
        {
            if (!_reader.IsCapitalized(k) && ((_reader.Tags(k) & WordTags.Title) == 0 || _reader.IsPossessive(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The "spokesman", "spokeswoman" or "spokesperson" a phrase is headed by ("a spokeswoman for Human Rights Watch",
    /// "the BPI spokesman"), or that stands before it with "for" when the phrase is only the body ("a spokesman for |
    /// the British Casino Association"); else empty.
    /// </summary>
    private ReadOnlySpan<char> SpokesWord(SpeakerPhrase phrase)
    {
        int before = phrase.StartToken - 1;
        if (before >= 1 && _reader.Text(before).Equals("for", StringComparison.OrdinalIgnoreCase) && IsOneOf(_reader.Text(before - 1), DocumentReferents.SpokesHeads))
        {
            // "Patricia Sanders, spokeswoman for the committee": the spokeswoman has a name
            return before >= 2 && _reader.IsPunct(before - 2, ',') ? default : _reader.Text(before - 1);
        }

        for (int k = phrase.StartToken; k < phrase.EndToken; k++)
        {
            if (IsOneOf(_reader.Text(k), DocumentReferents.SpokesHeads))
            {
                return _reader.Text(k);
            }

            if (k > phrase.StartToken && (_reader.Tags(k) & WordTags.Preposition) != 0)
            {
                break; // "the spokesman for …" has its head before the preposition; "the head of the spokesmen's union" none
            }
        }

        return default;
    }

    /// <summary>The sex a role's head word says: -1 for "spokeswoman", 1 for "spokesman" (as a role, not a name's title), else as <see cref="NameGenders.OfNoun"/>.</summary>
    private static int HeadGender(ReadOnlySpan<char> head)
    {
        int noun = NameGenders.OfNoun(head);
        return noun != 0 ? noun : head.EndsWith("man", StringComparison.OrdinalIgnoreCase) && head.Length > 5 ? 1 : 0;
    }

    /// <summary>1 for he/his/him, -1 for she/her/hers, 0 otherwise.</summary>
    private int PronounGender(int token)
    {
        var word = _reader.Text(token);
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("hers", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
    }

    /// <summary>The sex the document or the name says for <paramref name="name"/> (see <see cref="PersonGender"/>), 0 when neither does.</summary>
    private int GenderOf(string name, int token)
    {
        var person = _referents.FindPerson(name, token);
        return person is null ? NameGenders.Default.OfName(name) : PersonGender(person);
    }

    /// <summary>
    /// 1 for a man, -1 for a woman, 0 when not known: an honorific the document writes for the person ("Mr.", "Mrs.",
    /// "Dame"), else a title that says a sex ("chairwoman"), else the name itself ("Sir Alex Ferguson", "Tessa
    /// Jowell"). Honorifics of both sexes say nothing. Computed once per person.
    /// </summary>
    private int PersonGender(NamedPerson person)
    {
        if (_genders.TryGetValue(person.Index, out int known))
        {
            return known;
        }

        var (honorific, mixed, noun, bothNouns) = NameGenders.OfTitles(person.Titles);

        // "Mr Jackson" after "Michael Jackson" and "his mother Katherine Jackson" may be either: an honorific that a
        // surname shared in the document carries says nothing, where the noun and the first name still do
        if (mixed || _referents.SharesSurname(person))
        {
            honorific = 0;
        }

        int gender = honorific != 0 ? honorific : noun != 0 ? noun : bothNouns ? 0 : NameGenders.Default.OfName(person.Name);
        _genders[person.Index] = gender;
        return gender;
    }

    private (string Canonical, EntityType? Type) PersonPronounCandidate(int token, string text, bool preferNamed)
    {
        var named = _referents.LastPersonBefore(token, out int at);
        if (!preferNamed && _lastPerson is not null)
        {
            return (_lastPerson.Canonical, EntityType.Person);
        }

        if (named is not null && _lastPerson is not null && _reader.Document.Tokens.Start(at) > _lastPerson.Span.End && IsSubjectNearby(at, token))
        {
            // "Estonian Prime Minister Kristen Michal is expected to … In a statement, his office said": the subject of
            // this or the previous sentence is who a reader takes "he" for, not a speaker further back
            return (named.Name, EntityType.Person);
        }

        if (named is not null && _lastPerson is null && !IsSubjectNearby(at, token) && SubjectBefore(at, token) is { } subject)
        {
            // "Andre Agassi beat Roger Federer … he said": with no speaker yet, the subject, not the last name
            return (subject.Name, EntityType.Person);
        }

        if (_lastPerson is not null && (_lastOther is null || _lastPerson.Span.Start >= _lastOther.Span.Start || named is null))
        {
            return (_lastPerson.Canonical, EntityType.Person);
        }

        if (named is not null)
        {
            return (named.Name, EntityType.Person);
        }

        // with no person anywhere before it, "he" stays unresolved: a body is never "he" (“…” – he added, after a
        // NATO press release)
        return _last is not null && _last.Type != EntityType.Organization && _last.Type != EntityType.Location ? (_last.Canonical, _last.Type) : (text, null);
    }

    /// <summary>
    /// The person named before <paramref name="at"/> who opens the sentence of <paramref name="token"/> or the one
    /// before it; a few names back at most.
    /// </summary>
    private NamedPerson? SubjectBefore(int at, int token)
    {
        for (int i = 0; i < 4 && at > 0; i++)
        {
            var person = _referents.LastPersonBefore(at, out at);
            if (person is null)
            {
                return null;
            }

            if (IsSubjectNearby(at, token))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the name at <paramref name="at"/> opens its sentence (see <see cref="OpensSentence"/>), in the sentence
    /// of <paramref name="token"/> or the one before.
    /// </summary>
    private bool IsSubjectNearby(int at, int token)
    {
        var tokens = _reader.Document.Tokens;
        return tokens.SentenceOf(token) - tokens.SentenceOf(at) <= 1 && OpensSentence(at);
    }

    /// <summary>
    /// Bodies of the state: "the government", "the court", "the committee" speak for a body whose name the text writes
    /// with that word, never for the company the article is about, so without such a name they stay as written.
    /// </summary>
    private static readonly string[] PublicBodies =
    [
        "government", "administration", "ministry", "ministries", "department", "court", "parliament", "congress", "senate",
        "army", "military", "police", "council", "committee", "commission", "agency", "office",
    ];

    /// <summary>
    /// People a possessive relates to its owner, who are someone else than the owner: "his wife said" is not "he said",
    /// whereas "his spokesman", "his lawyers" or "his office" speak for him.
    /// </summary>
    private static readonly string[] Relatives =
    [
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "girlfriend", "boyfriend", "fiancee",
        "fiance", "widow", "widower", "partner", "friend", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew",
        "niece", "colleague", "team-mate", "teammate", "coach", "rival", "opponent", "successor", "predecessor", "counterpart",
        "mum", "dad", "stepfather", "stepmother",
    ];

    /// <summary>Groups of people related to the owner of a possessive: "his family", "her parents".</summary>
    private static readonly string[] RelativeGroups = ["family", "parents", "children", "friends", "colleagues", "team-mates", "teammates", "relatives", "sons", "daughters"];

    /// <summary>Nouns for a newspaper or magazine as a speaker: "the paper said".</summary>
    private static readonly string[] PublicationNouns = ["paper", "newspaper", "magazine", "tabloid", "daily", "weekly"];

    /// <summary>Last words of a publication's name: "Financial Times", "Washington Post", "Daily Mail".</summary>
    private static readonly string[] PublicationHeads =
    [
        "Times", "Post", "Journal", "News", "Herald", "Tribune", "Telegraph", "Guardian", "Mail", "Mirror", "Express", "Independent",
        "Observer", "Sun", "Gazette", "Standard", "Magazine", "Chronicle", "Economist", "Record", "Star", "Today", "Week", "Newsweek",
    ];

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the committee" → the organization named last with "Committee" in its name ("the Public Accounts Committee");
    /// "the government" with no such name stays as written; null leaves the phrase to the document's salient body.
    /// </summary>
    private (string Canonical, EntityType? Type)? BodyNamedWithHead(SpeakerPhrase phrase, string text)
    {
        var word = _reader.Text(LastWordToken(phrase));
        if (_referents.LastOrganizationWithHead(phrase.StartToken, word) is { } named && !named.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return (named, EntityType.Organization); // a bare "the Alliance" is this phrase again, not a name
        }

        if (IsOneOf(word, PublicationNouns))
        {
            // "the paper" after "The Financial Times reported …"; a research paper names no publication and stays as written
            return _referents.LastOrganizationWithHead(phrase.StartToken, PublicationHeads) is { } publication
                ? (publication, EntityType.Organization)
                : (text, EntityType.Organization);
        }

        return IsOneOf(word, PublicBodies) ? (text, EntityType.Organization) : null;
    }

    /// <summary>
    /// "the American", "the Dutchman", "the Scot", "the 24-year-old", "the actress", "the Frenchwoman", "the 37-year-old
    /// mother": "the" and a word that describes a person by nationality, age or a noun that says a sex (after an age or
    /// alone: "actress" and lower-case "-woman" words that are no title), which news uses, as it uses "he", for a person
    /// it has just named (sport above all). Plurals ("the Tories") and a bare "the woman" are not.
    /// </summary>
    private bool IsPersonDescriptor(SpeakerPhrase phrase)
    {
        int k = phrase.StartToken;
        if (phrase.EndToken - k < 2 || (_reader.Tags(k) & WordTags.Determiner) == 0 || !_reader.Text(k).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int last = LastWordToken(phrase);
        var word = _reader.Text(last);
        if (word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
        {
            return last == k + 1 || (last == k + 3 && _reader.IsPunct(k + 2, '-')); // tokenized whole or as "24 - year-old"
        }

        if (last >= k + 2 && NameGenders.OfNoun(word) != 0 && !_reader.IsCapitalized(last) && _reader.Text(last - 1).EndsWith("-year-old", StringComparison.OrdinalIgnoreCase)
            && (last == k + 2 || (last == k + 4 && _reader.IsPunct(k + 2, '-'))))
        {
            return true; // "the 24-year-old actress", "the 37-year-old mother"
        }

        if (last == k + 1 && !_reader.IsCapitalized(last) && (word.Equals("actress", StringComparison.OrdinalIgnoreCase)
            || (word.Length > 5 && word.EndsWith("woman", StringComparison.OrdinalIgnoreCase) && (_reader.Tags(last) & WordTags.Title) == 0)))
        {
            return true; // "the actress", "the Frenchwoman": a woman named before, as "the Dutchman" is a man; "the woman" need not be
        }

        if (last != k + 1 || !_reader.IsCapitalized(last) || word.EndsWith("s", StringComparison.Ordinal))
        {
            return false; // "the Tories", "the Democrats" are parties, not a person
        }

        return IsNationalityAt(last)
            || ((word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal)) && word.Length > 6
                && char.IsLower(word[^4]));
    }

    /// <summary>Whether a nationality the recognizers found modifies the phrase ("the Lithuanian defence ministry").</summary>
    private bool HasNationality(SpeakerPhrase phrase)
    {
        for (int k = phrase.StartToken; k < phrase.EndToken; k++)
        {
            if (IsNationalityAt(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a nationality mention covers <paramref name="token"/>.</summary>
    private bool IsNationalityAt(int token)
    {
        int i = FirstMentionEndingAfter(token);
        return i < _mentions.Count && _mentions[i].StartToken <= token && _mentions[i].Type == EntityType.Nationality;
    }

    /// <summary>
    /// "they", "we": a plural subject of the same sentence ("Defence ministers from Latvia … met …, citing what they
    /// called"), else like "it" the body named or quoted last.
    /// </summary>
    private (string Canonical, EntityType? Type) GroupPronoun(int token, string text)
    {
        if (!_reader.Text(token).Equals("it", StringComparison.OrdinalIgnoreCase) && !_reader.Text(token).Equals("its", StringComparison.OrdinalIgnoreCase)
            && PluralSubject(token) is { } subject)
        {
            return (subject, null);
        }

        // "it", "they", "we": the body named or quoted last
        string? named = _referents.LastOrganizationBefore(token);
        if (_lastOther is not null && (named is null || _lastOther.Span.Start >= _reader.Document.Tokens.Start(Math.Max(0, token - 1)) || _lastOther.Canonical == named))
        {
            return (_lastOther.Canonical, _lastOther.Type);
        }

        if (named is not null)
        {
            return (named, EntityType.Organization);
        }

        return _last is not null ? (_last.Canonical, _last.Type) : (text, null);
    }

    /// <summary>
    /// The plural noun phrase that opens the sentence of <paramref name="token"/> (after a dateline dash), when it
    /// names people by a lower-case plural noun: "Defence ministers from Latvia, Lithuania and Estonia".
    /// </summary>
    private string? PluralSubject(int token)
    {
        var tokens = _reader.Document.Tokens;
        int start = tokens.SentenceStarts[tokens.SentenceOf(token)];
        for (int k = start; k < token && k < start + 8; k++)
        {
            if (_reader.IsDash(k))
            {
                start = k + 1; // "RIGA, March 3 — Defence ministers …"
                break;
            }
        }

        // up to three modifiers, then a plural head noun: lower-case ("Defence ministers") or a person noun ("Officials")
        int head = -1;
        for (int k = start; k < token && k < start + 4; k++)
        {
            if (!_reader.IsWord(k))
            {
                return null;
            }

            var tags = _reader.Tags(k);
            var word = _reader.Text(k);
            bool plural = word.Length >= 4 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal);
            if (plural && (tags & WordTags.PersonNoun) != 0 || (plural && !_reader.IsCapitalized(k) && tags == WordTags.None && _reader.Cue(k) == CueTags.None))
            {
                head = k;
                break;
            }

            if (!_reader.IsCapitalized(k) || (tags & (WordTags.Pronoun | WordTags.Determiner | WordTags.Preposition | WordTags.Conjunction)) != 0)
            {
                return null;
            }
        }

        if (head < 0)
        {
            return null;
        }

        // "… from Latvia, Lithuania and Estonia", "… in Vilnius"
        int end = head + 1;
        if (end + 1 < token && (_reader.Tags(end) & WordTags.Preposition) != 0 && _reader.IsCapitalized(end + 1))
        {
            int k = end + 1;
            while (k < token && k < end + 20 && (_reader.IsCapitalized(k) || ((_reader.IsPunct(k, ',') || _reader.Text(k).SequenceEqual("and")) && k + 1 < token && _reader.IsCapitalized(k + 1))))
            {
                k++;
            }

            end = k;
        }

        // the subject is followed by its verb, not by more of a noun phrase
        if (end >= token || !_reader.IsWord(end) || _reader.IsCapitalized(end))
        {
            return null;
        }

        return _reader.Document.Text[tokens.Start(start)..tokens.End(end - 1)];
    }

    /// <summary>The canonical name of the proper name inside a phrase: "NATO Secretary General Jens Stoltenberg" → "Jens Stoltenberg", "the NATO statement" → "NATO".</summary>
    private (string Canonical, EntityType? Type)? NameInside(SpeakerPhrase phrase)
    {
        // a recognized mention inside the phrase knows its referent best; the last person named in it is who speaks,
        // whatever body or patron its title names ("NATO Secretary General Jens Stoltenberg", "former Obama adviser
        // David Axelrod"), except for a body's documents and members
        bool personSpeaks = phrase.Kind is SpeakerKind.Name or SpeakerKind.Role;
        int chosen = -1;
        for (int i = FirstMentionEndingAfter(phrase.StartToken); i < _mentions.Count && _mentions[i].StartToken < phrase.EndToken; i++)
        {
            var m = _mentions[i];
            if (m.StartToken >= phrase.StartToken && m.EndToken <= phrase.EndToken && !m.IsTemporal && m.Type != EntityType.Nationality)
            {
                if (chosen < 0)
                {
                    chosen = i;
                }

                if (!personSpeaks)
                {
                    break;
                }

                if (m.Type == EntityType.Person)
                {
                    chosen = i;
                }
            }
        }

        if (chosen >= 0)
        {
            var m = _mentions[chosen];
            string canonical = m.Canonical ?? _reader.Document.Text[m.Start..m.End];
            if (m.Type == EntityType.Person && _referents.FindPerson(canonical, m.StartToken) is { } known && known.Name.Length > canonical.Length)
            {
                canonical = known.Name;
            }

            return (canonical, m.Type);
        }

        // the name is the capitalized run after the last title or determiner, before any "of …" ("President Zelensky of Ukraine")
        int end = phrase.EndToken;
        for (int k = phrase.StartToken + 1; k < phrase.EndToken; k++)
        {
            if (_reader.IsWord(k) && !_reader.IsCapitalized(k) && (_reader.Tags(k) & WordTags.Preposition) != 0)
            {
                end = k;
                break;
            }
        }

        while (end > phrase.StartToken && (_reader.IsPossessive(end - 1) || !_reader.IsWord(end - 1)))
        {
            end--;
        }

        int a = end;
        while (a > phrase.StartToken && _reader.IsCapitalized(a - 1) && (_reader.Tags(a - 1) & (WordTags.Title | WordTags.Determiner)) == 0)
        {
            a--;
        }

        if (a == end)
        {
            // "the NATO statement": a capitalized word before the head noun
            for (int k = phrase.StartToken; k < end; k++)
            {
                if (_reader.IsCapitalized(k) && (_reader.Tags(k) & (WordTags.Title | WordTags.Determiner | WordTags.Group | WordTags.Document)) == 0 && !IsNationalityAt(k))
                {
                    string word = _reader.Text(k).ToString();
                    return (_referents.OrganizationName(word), EntityType.Organization);
                }
            }

            return null;
        }

        string name = string.Join(' ', Words(a, end));
        if (_referents.FindPerson(name, a) is { } person)
        {
            return (person.Name, EntityType.Person);
        }

        if (_referents.IsOrganization(name) || (end - a == 1 && _reader.IsAcronym(a)))
        {
            return (_referents.OrganizationName(name), EntityType.Organization);
        }

        if ((_reader.Tags(end - 1) & WordTags.OrgHead) != 0)
        {
            return (name, EntityType.Organization);
        }

        return (name, EntityType.Person);
    }

    private IEnumerable<string> Words(int a, int end)
    {
        for (int k = a; k < end; k++)
        {
            yield return _reader.Text(k).ToString();
        }
    }

    private int? EntityIdFor(int startToken, int endToken, string canonical)
    {
        // the mention inside the phrase that the speaker resolved to, not a body named in its title
        int? first = null;
        for (int i = FirstMentionEndingAfter(startToken); i < _mentions.Count && _mentions[i].StartToken < endToken; i++)
        {
            if (!_mentions[i].IsTemporal && _mentions[i].EntityId >= 0)
            {
                if (_mentions[i].Canonical == canonical)
                {
                    return _mentions[i].EntityId;
                }

                first ??= _mentions[i].EntityId;
            }
        }

        return _idsByCanonical.TryGetValue(canonical, out int id) ? id : first;
    }
}
