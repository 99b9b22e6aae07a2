using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Quotes;

/// <summary>
/// Reads speaker noun phrases and cue words over the token table of one document: forward from a token ("said
/// the NATO secretary general"), or backward from a cue ("Authorities in Kiev say"). Bounded scans, no allocation.
/// </summary>
internal sealed class PhraseReader
{
    private const int MaxPhraseTokens = 10;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzedDocument, PhraseReader> Readers = new();

    private readonly AnalyzedDocument _document;
    private readonly TokenTable _tokens;
    private readonly QuoteLexicon _lexicon;

    private readonly WordTags[] _wordTags;
    private readonly CueTags[] _cueTags;
    private readonly bool[] _classified;
    private readonly int[] _lineStarts;

    public PhraseReader(AnalyzedDocument document, QuoteLexicon lexicon)
    {
        _document = document;
        _tokens = document.Tokens;
        _lexicon = lexicon;

        // each word is classified once, when first asked about (the readers ask about the same tokens many times,
        // but resolution alone asks only about capitalized runs and the words beside them)
        int count = _tokens.Count;
        _wordTags = new WordTags[count];
        _cueTags = new CueTags[count];
        _classified = new bool[count];
        _lineStarts = new int[count];
        int line = 0;
        for (int t = 0; t < count; t++)
        {
            if (t > 0 && LineBefore(t))
            {
                line = t;
            }

            _lineStarts[t] = line;
        }
    }

    /// <summary>
    /// The reader for <paramref name="document"/>, made once: resolution and the quote stage read the same tokens,
    /// so the second asks for the reader the first made instead of classifying every word again. The table holds
    /// a reader only as long as its document lives.
    /// </summary>
    public static PhraseReader For(AnalyzedDocument document, QuoteLexicon lexicon)
    {
        if (Readers.TryGetValue(document, out var reader) && ReferenceEquals(reader._lexicon, lexicon))
        {
            return reader;
        }

        reader = new PhraseReader(document, lexicon);
        Readers.AddOrUpdate(document, reader);
        return reader;
    }

    public AnalyzedDocument Document => _document;

    public QuoteLexicon Lexicon => _lexicon;

    public int Count => _tokens.Count;

    public ReadOnlySpan<char> Text(int token) => _document.TokenText(token);

    public TokenKind Kind(int token) => _tokens.Kind(token);

    public WordTags Tags(int token)
    {
        if (!_classified[token])
        {
            Classify(token);
        }

        return _wordTags[token];
    }

    /// <summary>The first token of the line (news paragraph) holding <paramref name="token"/>.</summary>
    public int LineStart(int token) => _lineStarts[token];

    public CueTags Cue(int token)
    {
        if (!_classified[token])
        {
            Classify(token);
        }

        return _cueTags[token];
    }

    /// <summary>Looks a word up in the lexicon; other tokens have no tags.</summary>
    private void Classify(int t)
    {
        _classified[t] = true;
        if (_tokens.Kind(t) != TokenKind.Word)
        {
            return;
        }

        _lexicon.Classify(_document.TokenText(t), out _cueTags[t], out _wordTags[t]);
        if ((_cueTags[t] & CueTags.Particle) != 0)
        {
            // "points out", "pointed out that": the cue needs its particle
            bool particle = t + 1 < _tokens.Count && _tokens.Kind(t + 1) == TokenKind.Word && _document.TokenText(t + 1).Equals("out", StringComparison.OrdinalIgnoreCase);
            _cueTags[t] = particle ? _cueTags[t] & ~CueTags.Particle : CueTags.None;
        }
    }

    public bool IsWord(int token) => _tokens.Kind(token) == TokenKind.Word;

    public bool IsCapitalized(int token) => _tokens.Kind(token) == TokenKind.Word && char.IsUpper(_document.Text[_tokens.Start(token)]);

    /// <summary>Whether the token is an acronym such as "NATO" or "U.S." (two or more letters, all upper case).</summary>
    public bool IsAcronym(int token)
    {
        if (_tokens.Kind(token) != TokenKind.Word)
        {
            return false;
        }

        var text = _document.TokenText(token);
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>Whether the token is the possessive clitic "'s" / "’s".</summary>
    public bool IsPossessive(int token)
    {
        var text = _document.TokenText(token);
        return text.Length == 2 && CharClass.IsApostrophe(text[0]) && (text[1] is 's' or 'S');
    }

    /// <summary>Whether the token is the single punctuation character <paramref name="c"/>.</summary>
    public bool IsPunct(int token, char c)
    {
        var text = _document.TokenText(token);
        return _tokens.Kind(token) == TokenKind.Punctuation && text.Length == 1 && text[0] == c;
    }

    /// <summary>Whether the token is a dash used as punctuation ("-", "–", "—", "--").</summary>
    public bool IsDash(int token)
    {
        if (_tokens.Kind(token) != TokenKind.Punctuation)
        {
            return false;
        }

        char c = _document.Text[_tokens.Start(token)];
        return c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015';
    }

    public bool IsTerminal(int token) =>
        _tokens.Kind(token) == TokenKind.Punctuation && CharClass.IsSentenceTerminal(_document.Text[_tokens.Start(token)]);

    /// <summary>Whether a line break lies before the token (a paragraph boundary in news text).</summary>
    public bool LineBefore(int token) => (_tokens.Flag(token) & TokenFlags.NewlineBefore) != 0;

    public bool SpaceBefore(int token) => (_tokens.Flag(token) & TokenFlags.SpaceBefore) != 0;

    /// <summary>Reads a speaker phrase that starts at <paramref name="start"/> and ends before <paramref name="limit"/>.</summary>
    public bool ReadForward(int start, int limit, out SpeakerPhrase phrase)
    {
        phrase = default;
        limit = Math.Min(limit, _tokens.Count);
        int t = start;
        while (t < limit && IsWord(t) && (Tags(t) & WordTags.Adverb) != 0)
        {
            t++;
        }

        if (t >= limit || !IsWord(t))
        {
            return false;
        }

        var tags = Tags(t);
        if ((tags & WordTags.Pronoun) != 0 && !IsCapitalizedMidName(t))
        {
            phrase = new SpeakerPhrase(t, t + 1, SpeakerKind.Pronoun);
            return true;
        }

        bool determiner = (tags & WordTags.Determiner) != 0;
        bool lowerLed = false;
        if (!determiner && !IsCapitalized(t) && (tags & (WordTags.PersonNoun | WordTags.Title | WordTags.Group | WordTags.Document)) == 0)
        {
            // "intelligence officials", "senior campaign aides": lower-case words before a speaker noun
            if (!SpeakerNounAhead(t, limit))
            {
                return false;
            }

            lowerLed = true;
        }

        if (!determiner && (tags & (WordTags.Preposition | WordTags.Conjunction | WordTags.That | WordTags.Auxiliary | WordTags.Time)) != 0)
        {
            return false;
        }

        int first = t;
        int end = determiner ? t + 1 : t;
        int i = end;
        while (i < limit && i - first < MaxPhraseTokens)
        {
            if (IsPossessive(i))
            {
                i++;
                end = i;
                continue;
            }

            if (!IsWord(i))
            {
                if (determiner && _tokens.Kind(i) == TokenKind.Number && i == first + 1)
                {
                    i++;
                    end = i;
                    continue;
                }

                break;
            }

            if (LineBefore(i) || Cue(i) != CueTags.None)
            {
                break;
            }

            var w = Tags(i);
            if ((w & WordTags.Preposition) != 0)
            {
                // "the head of the Ukrainian Defense Ministry", "Secretary of State": "of"/"for" followed by a name
                var word = Text(i);
                bool ofLike = word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase);
                int next = i + 1;
                if (next < limit && IsWord(next) && (Tags(next) & WordTags.Determiner) != 0)
                {
                    next++;
                }

                if (ofLike && next < limit && IsCapitalized(next) && end > first)
                {
                    i = next;
                    continue;
                }

                break;
            }

            if ((w & (WordTags.Auxiliary | WordTags.Adverb | WordTags.Conjunction | WordTags.That | WordTags.Time | WordTags.Pronoun | WordTags.Determiner)) != 0
                && !IsCapitalizedMidName(i))
            {
                break;
            }

            if (IsCapitalized(i))
            {
                i++;
                end = i;
                continue;
            }

            // lower-case words belong to the phrase after a determiner ("the press release") or when they name a speaker ("officials")
            if (!determiner && !lowerLed && (w & (WordTags.PersonNoun | WordTags.Title | WordTags.Group | WordTags.Document)) == 0)
            {
                if (RoleBetweenNames(i, first, limit))
                {
                    i++; // "Aviator star Alan Alda", "Chelsea striker Didier Drogba": a role word between a body or work and a name
                    end = i;
                    continue;
                }

                if (i + 2 < limit && (Tags(i + 1) & (WordTags.Title | WordTags.PersonNoun)) != 0 && !IsCapitalized(i + 1) && RoleBetweenNames(i + 1, first, limit, qualified: true)
                    && IsCapitalized(i - 1) && !IsPossessive(i - 1) && Tags(i) == WordTags.None && Cue(i) == CueTags.None && PlainModifier(Text(i)))
                {
                    i += 2; // "England sevens coach Mike Friday", "Florida state archivist Jody Norman"
                    end = i;
                    continue;
                }

                break;
            }

            var lower = Text(i);
            if (end - first >= 2 && lower.Length > 3 && lower.EndsWith("ed", StringComparison.Ordinal))
            {
                break; // "the statement issued on Thursday"
            }

            i++;
            end = i;
        }

        if (end <= first || (determiner && end == first + 1))
        {
            return false;
        }

        phrase = new SpeakerPhrase(first, end, Classify(first, end));
        return true;
    }

    /// <summary>
    /// Whether the lower-case word at <paramref name="i"/> is a role written between a capitalized body, team or work
    /// before it and a capitalized name after it ("Linkin Park singer Chester Bennington", "Chelsea striker Didier
    /// Drogba"), so the phrase reads on to the name. The word must be a plain word outside the lexicon's classes, not a
    /// participle or adverb, not a verb in -s, and not a cue.
    /// </summary>
    private bool RoleBetweenNames(int i, int first, int limit, bool qualified = false)
    {
        // qualified: the role word comes after a lower-case qualifier ("sevens coach"), itself after the capitalized body
        if (i <= first || (!qualified && (!IsCapitalized(i - 1) || IsPossessive(i - 1) || Tags(i) != WordTags.None)) || i + 2 > limit || Cue(i) != CueTags.None)
        {
            return false;
        }

        var word = Text(i);
        if (!qualified && (!PlainModifier(word) || (word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))))
        {
            return false; // a headline's verb ("Sarah Silverman heckles Sanders supporters") is no role; "boss" is
        }

        int next = i + 1;
        return IsWord(next) && IsCapitalized(next) && !LineBefore(next) && Cue(next) == CueTags.None
            && (Tags(next) & (WordTags.Preposition | WordTags.Conjunction | WordTags.Time | WordTags.Pronoun | WordTags.Determiner)) == 0;
    }

    /// <summary>A lower-case word that can qualify a name: not a participle, gerund or adverb, and longer than two letters.</summary>
    private static bool PlainModifier(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>Most tokens inside the parentheses that <see cref="ReadBackward"/> passes over ("(D-Mass.)", "(R-Ga.)").</summary>
    private const int MaxParenthetical = 8;

    /// <summary>
    /// Reads the subject that ends just before <paramref name="cue"/>, skipping auxiliaries and adverbs ("has also said"),
    /// and not reaching before <paramref name="floor"/>. "Kyrylo Budanov, head of the directorate, told" gives the name.
    /// </summary>
    public bool ReadBackward(int cue, int floor, out SpeakerPhrase phrase)
    {
        phrase = default;
        int t = cue - 1;
        while (t >= floor && IsWord(t) && (Tags(t) & WordTags.Pronoun) == 0)
        {
            var tags = Tags(t);
            if ((tags & (WordTags.Auxiliary | WordTags.Adverb)) != 0)
            {
                t--;
            }
            else if ((tags & WordTags.Time) != 0 && t - 1 > floor)
            {
                // "Acme Corp. today announced", "Apple on Tuesday said", "the bank last week said": a time between subject and cue
                t--;
                if (IsWord(t) && (Tags(t) & WordTags.Time) != 0)
                {
                    t--;
                }

                if (t > floor && IsWord(t) && !IsCapitalized(t) && (Tags(t) & WordTags.Preposition) != 0)
                {
                    t--;
                }
            }
            else
            {
                break;
            }
        }

        if (t < floor)
        {
            return false;
        }

        // "Rep. Stephen Lynch (D-Mass.) said": a short note in parentheses between the name and the cue is passed over
        if (IsPunct(t, ')'))
        {
            int open = t - 1;
            while (open > floor && open >= t - MaxParenthetical && !IsPunct(open, '(') && !IsPunct(open, ')'))
            {
                open--;
            }

            if (open <= floor || !IsPunct(open, '(') || LineBefore(open + 1))
            {
                return false;
            }

            t = open - 1;
        }

        if (IsPunct(t, ','))
        {
            return ReadAppositive(t, floor, out phrase);
        }

        if (!ReadBackwardFrom(t, floor, out phrase))
        {
            return false;
        }

        // "Protesters marching through the streets chanted": the noun after a participle's preposition is no subject
        int before = phrase.StartToken - 1;
        if (phrase.Kind != SpeakerKind.Name && before - 1 > floor && IsWord(before) && (Tags(before) & WordTags.Preposition) != 0
            && IsParticiple(before - 1) && ReadBackwardFrom(before - 2, floor, out var subject))
        {
            phrase = subject;
        }

        return true;
    }

    /// <summary>A lower-case word ending in "-ing" that the lexicon does not know: "marching", "speaking".</summary>
    private bool IsParticiple(int token) =>
        IsWord(token) && !IsCapitalized(token) && Tags(token) == WordTags.None && Cue(token) == CueTags.None && Text(token).EndsWith("ing", StringComparison.Ordinal) && Text(token).Length > 4;

    private bool ReadAppositive(int comma, int floor, out SpeakerPhrase phrase)
    {
        phrase = default;
        int previous = -1;
        for (int k = comma - 1; k >= floor && k >= comma - 30; k--)
        {
            if (IsPunct(k, ','))
            {
                previous = k;
                break;
            }

            if (_tokens.Kind(k) == TokenKind.Quote || IsTerminal(k))
            {
                return false;
            }
        }

        if (previous < 0)
        {
            return false;
        }

        bool hasInner = ReadForward(previous + 1, comma, out var inner);
        bool hasOuter = ReadBackwardFrom(previous - 1, floor, out var outer);
        if (hasInner && inner.Kind == SpeakerKind.Name && (!hasOuter || outer.Kind != SpeakerKind.Name))
        {
            phrase = inner;
            return true;
        }

        if (hasOuter)
        {
            phrase = outer;
            return true;
        }

        return false;
    }

    private bool ReadBackwardFrom(int last, int floor, out SpeakerPhrase phrase)
    {
        phrase = default;
        if (last < floor || !IsWord(last))
        {
            return false;
        }

        var lastTags = Tags(last);
        if ((lastTags & WordTags.Pronoun) != 0)
        {
            phrase = new SpeakerPhrase(last, last + 1, SpeakerKind.Pronoun);
            return true;
        }

        if ((lastTags & (WordTags.Conjunction | WordTags.That | WordTags.Preposition | WordTags.Determiner | WordTags.Time)) != 0 && !IsCapitalized(last))
        {
            return false;
        }

        int start = last + 1;
        bool sawDeterminer = false;
        for (int j = last; j >= floor && last - j < MaxPhraseTokens; j--)
        {
            if (IsPossessive(j))
            {
                start = j;
                continue;
            }

            if (!IsWord(j))
            {
                break;
            }

            if (j < last && LineBefore(j + 1))
            {
                break;
            }

            var w = Tags(j);
            if ((w & WordTags.Determiner) != 0 && !IsCapitalizedMidName(j))
            {
                start = j;
                sawDeterminer = true;
                break;
            }

            if ((w & (WordTags.Conjunction | WordTags.That | WordTags.Auxiliary | WordTags.Adverb | WordTags.Pronoun | WordTags.Time)) != 0)
            {
                break;
            }

            if (Cue(j) != CueTags.None)
            {
                break;
            }

            if ((w & WordTags.Preposition) != 0)
            {
                // keep "of"/"in" inside a phrase only when a word precedes it: "Authorities in Kiev", "head of the agency"
                if (j - 1 >= floor && IsWord(j - 1) && (Tags(j - 1) & (WordTags.Preposition | WordTags.Conjunction | WordTags.Auxiliary | WordTags.That)) == 0 && Cue(j - 1) == CueTags.None)
                {
                    continue;
                }

                break;
            }

            start = j;
        }

        if (!sawDeterminer)
        {
            // a bare plural right after a number, a comma or the sentence start is a subject: "1,409 teachers said", "Most said"
            bool bareSubject = start <= last && last - start < 3 && !IsCapitalized(start)
                && (start == floor || _tokens.Kind(start - 1) is TokenKind.Number or TokenKind.Punctuation || IsNumberWord(start - 1))
                && (Tags(start) & (WordTags.Preposition | WordTags.Conjunction)) == 0;
            if (bareSubject && start > floor && (_tokens.Kind(start - 1) == TokenKind.Number || IsNumberWord(start - 1)))
            {
                start--;
            }

            // otherwise the phrase opens with a name or a speaker noun, never with a stray lower-case word or preposition
            while (!bareSubject && start <= last && !(IsCapitalized(start) || (Tags(start) & (WordTags.PersonNoun | WordTags.Title | WordTags.Group | WordTags.Document)) != 0))
            {
                start++;
            }
        }

        if (start > last)
        {
            return false;
        }

        if (sawDeterminer && start == last && (Tags(start) & WordTags.ClauseStart) == 0)
        {
            return false; // "the said" is no subject, but "Some say" and "Many said" are
        }

        phrase = new SpeakerPhrase(start, last + 1, Classify(start, last + 1));
        return true;
    }

    private bool SpeakerNounAhead(int t, int limit)
    {
        // up to two lower-case modifiers, then the speaker noun, possibly after the body or place it belongs to:
        // "senior campaign aides", "former Obama adviser David Axelrod", "former South Carolina Gov. Jim Hodges"
        int lower = 0;
        int capitalized = 0;
        for (int k = t; k < limit && lower <= 2 && capitalized <= 4; k++)
        {
            if (!IsWord(k))
            {
                return false;
            }

            var tags = Tags(k);
            if ((tags & (WordTags.PersonNoun | WordTags.Title | WordTags.Group | WordTags.Document)) != 0)
            {
                return true;
            }

            if (IsCapitalized(k))
            {
                if (tags != WordTags.None || lower == 0)
                {
                    return false;
                }

                capitalized++;
                continue;
            }

            if (capitalized > 0 || tags != WordTags.None || Cue(k) != CueTags.None)
            {
                return false;
            }

            lower++;
        }

        return false;
    }

    /// <summary>A number written as a token: "47%" ends in a symbol, "60 percent" ends in a word.</summary>
    private bool IsNumberWord(int token)
    {
        if (token < 0)
        {
            return false;
        }

        var text = Text(token);
        return text.Equals("percent", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("%");
    }

    /// <summary>Capitalized function words inside a name ("This" at a sentence start is not, "The" in "The Rock" is).</summary>
    private bool IsCapitalizedMidName(int token) => IsCapitalized(token) && token > 0 && IsCapitalized(token - 1) && !IsTerminal(token - 1);

    /// <summary>Decides what a phrase names from its words: a name, a role, a document, a group or something else.</summary>
    public SpeakerKind Classify(int start, int end)
    {
        bool name = false;
        bool title = false;
        int head = end - 1;
        for (int i = start; i < end; i++)
        {
            if (IsWord(i) && (Tags(i) & WordTags.Preposition) != 0 && !IsCapitalized(i))
            {
                head = i - 1; // "the head of the agency": the head noun comes before "of"
                break;
            }
        }

        while (head > start && IsPossessive(head))
        {
            head--;
        }

        bool owned = false;
        for (int i = start; i <= head; i++)
        {
            if (!IsWord(i) || IsPossessive(i))
            {
                owned |= i > start && i < head && IsPossessive(i);
                continue;
            }

            var w = Tags(i);
            if ((w & WordTags.Determiner) != 0 && i == start)
            {
                continue;
            }

            if ((w & WordTags.Title) != 0)
            {
                title = true;
            }
            else if (IsCapitalized(i) && !IsAcronym(i) && (w & (WordTags.Group | WordTags.Document | WordTags.PersonNoun)) == 0)
            {
                name = true;
            }
            else if (IsAcronym(i))
            {
                name |= i == head;
            }
        }

        var headTags = IsWord(head) ? Tags(head) : WordTags.None;
        bool headCapitalized = IsCapitalized(head);

        // "Ng's lawyer", "Apple's chief executive": a name before a possessive is the owner, and the phrase names
        // someone else by a description, not by that name.
        if (owned && !headCapitalized)
        {
            name = false;
        }
        if ((headTags & WordTags.PersonNoun) != 0)
        {
            return SpeakerKind.Generic; // "Authorities in Kiev", "Officials"
        }

        if ((headTags & WordTags.Document) != 0 && !headCapitalized)
        {
            return SpeakerKind.Document;
        }

        if (headCapitalized && (headTags & WordTags.Title) == 0)
        {
            return (headTags & WordTags.Group) != 0 && !name ? SpeakerKind.Group : SpeakerKind.Name;
        }

        if (name && (Tags(start) & WordTags.Determiner) == 0)
        {
            return SpeakerKind.Name;
        }

        if ((headTags & WordTags.Title) != 0 || (title && !name))
        {
            return SpeakerKind.Role;
        }

        if ((headTags & WordTags.Group) != 0)
        {
            return SpeakerKind.Group;
        }

        if ((headTags & WordTags.Document) != 0)
        {
            return SpeakerKind.Document;
        }

        if (name)
        {
            return SpeakerKind.Name;
        }

        return SpeakerKind.Generic;
    }
}
