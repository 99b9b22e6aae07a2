using Extractor.Text;

namespace Extractor.Quotes;

/// <summary>
/// Finds reported speech without quotation marks, one linear pass over each sentence's cue words:
/// "S said (that) CLAUSE", "S told Military Times that CLAUSE", "CLAUSE, S said.", "CLAUSE, said S.",
/// "according to S, CLAUSE", "CLAUSE, according to S." and "This was stated by S" (the claim is the sentence before).
/// The content is the reported clause.
/// </summary>
internal static class IndirectClaimFinder
{
    private const int MinContentTokens = 3;

    /// <summary>How far into a claim a coordinated cue is looked for, so a sentence of a megabyte stays linear.</summary>
    private const int MaxCoordinationScan = 120;
    private const int MaxTrailingTokens = 6;

    /// <summary>The most tokens a wire dateline takes before its dash ("KYIV, Ukraine (AP)" is six).</summary>
    private const int MaxDatelineTokens = 10;

    public static void Find(PhraseReader reader, bool[] insideQuote, bool[] usedCues, List<QuoteCandidate> claims)
    {
        var tokens = reader.Document.Tokens;
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int end = tokens.SentenceEnd(s);
            for (int t = first; t < end; t++)
            {
                if (insideQuote[t] || !reader.IsWord(t))
                {
                    continue;
                }

                if (usedCues[t])
                {
                    // “…,” Sanders said private contractors can be more expensive: the cue of a quote may open a claim too
                    var usedTags = reader.Cue(t);
                    if ((usedTags & CueTags.Speech) != 0)
                    {
                        Forward(reader, t, first, end, usedTags, insideQuote, claims);
                    }

                    continue;
                }

                var cue = reader.Cue(t);
                if ((cue & CueTags.According) != 0)
                {
                    if (t + 1 < end && reader.Text(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase) && According(reader, s, t, first, end, insideQuote, claims))
                    {
                        usedCues[t] = true;
                        t++;
                    }

                    continue;
                }

                if ((cue & CueTags.Speech) == 0)
                {
                    continue;
                }

                // ", said Grant Green, a former official." is an inverted attribution, never a cue opening a clause
                bool inverted = t > first && (reader.IsPunct(t - 1, ',') || QuotedEndBefore(reader, t, first, insideQuote));
                if (Passive(reader, s, t, first, end, claims)
                    || (inverted && Trailing(reader, t, first, end, insideQuote, claims))
                    || Forward(reader, t, first, end, cue, insideQuote, claims)
                    || (!inverted && Trailing(reader, t, first, end, insideQuote, claims)))
                {
                    usedCues[t] = true;
                }
            }
        }
    }

    /// <summary>"S said (that) CLAUSE", "S told Military Times that CLAUSE", "S asked whether CLAUSE", ", saying CLAUSE".</summary>
    private static bool Forward(PhraseReader reader, int cue, int first, int end, CueTags tags, bool[] insideQuote, List<QuoteCandidate> claims)
    {
        bool hasSpeaker = reader.ReadBackward(cue, first, out var speaker) || SentenceSubject(reader, cue, first, insideQuote, out speaker);
        int from = cue + 1 < end && reader.Text(cue + 1).Equals("out", StringComparison.OrdinalIgnoreCase) ? cue + 2 : cue + 1; // "pointed out that"
        int t = SkipModifiers(reader, from, end);
        if (!hasSpeaker && !MaySpeakWithoutSubject(reader, cue, first) && !(t < end && IsThat(reader, t) && UnreadSubjectBefore(reader, cue, first)))
        {
            return false;
        }

        if (t + 1 < end && (reader.IsPunct(t, ',') || reader.IsDash(t)) && !NounCue(reader, cue, first)
            && !(cue > first && reader.IsPunct(cue - 1, ',')) && (reader.Tags(t + 1) & WordTags.Conjunction) == 0)
        {
            // "said, however, that …", "said — on Twitter, as it happens — that …", "says, win or lose on Tuesday, he is
            // staying": a parenthesis between the cue and its clause; not "…, say, single digits, she could …" (the cue
            // is itself a parenthesis) nor "said, and with …, it's …" (a new clause of the writer's)
            int close = ParenthesisEnd(reader, t, end, insideQuote);
            if (close > 0 && close + 2 < end && (IsThat(reader, close + 1)
                || ((tags & CueTags.Bare) != 0 && reader.IsWord(close + 1) && (reader.Tags(close + 1) & WordTags.Pronoun) != 0 && reader.IsWord(close + 2))))
            {
                t = close + 1;
            }
        }

        bool asks = reader.Text(cue).StartsWith("ask", StringComparison.OrdinalIgnoreCase);
        if (t < end && (tags & CueTags.Object) != 0 && (reader.Tags(t) & (WordTags.That | WordTags.Conjunction)) == 0)
        {
            // "told Military Times that", "told reporters on Thursday that": the hearer comes before "that"
            int that = -1;
            int window = t + 6;
            for (int k = t + 1; k < end && k <= window; k++)
            {
                if ((reader.Tags(k) & WordTags.That) != 0 && !reader.IsCapitalized(k))
                {
                    that = k;
                    break;
                }

                // "told MSNBC's "Morning Joe" that": a programme's title in marks is part of the hearer
                if (QuotedTitleMark(reader, k, insideQuote))
                {
                    window++; // the title's words do not count against the hearer's length
                    continue;
                }

                // "told the state news agency TASS that": a cue word after a determiner is a noun of the hearer's name
                if (reader.Kind(k) is TokenKind.Punctuation or TokenKind.Quote || (reader.Cue(k) != CueTags.None && (reader.Tags(k - 1) & WordTags.Determiner) == 0))
                {
                    break;
                }
            }

            if (that >= 0)
            {
                t = that;
            }
            else if (reader.ReadForward(t, end, out var hearer))
            {
                t = SkipModifiers(reader, hearer.EndToken, end);
            }
        }

        if (t >= end)
        {
            return false;
        }

        if ((tags & CueTags.Bare) != 0 && t + 2 < end && (reader.Tags(t) & WordTags.Preposition) != 0 && !reader.IsCapitalized(t) && (reader.Tags(t + 1) & WordTags.Time) != 0)
        {
            // "said on Tuesday its quarterly revenue rose", "said on Monday night investors were …": a time, then the clause
            int k = t + 2;
            if (k < end && (reader.Tags(k) & WordTags.Time) != 0)
            {
                k++;
            }

            if (StartsClause(reader, k, end))
            {
                t = k;
            }
        }

        if ((reader.Tags(t) & WordTags.Preposition) != 0 && !reader.IsCapitalized(t))
        {
            // "announced on the convention floor that …", "says in a statement that …", and without "that" a
            // pronoun subject after the phrase: "said on Friday he met …", "said in a statement Thursday night they …"
            int subject = -1;
            int that = -1;
            for (int k = t + 1; k < end && k <= t + 10; k++)
            {
                if ((reader.Tags(k) & WordTags.That) != 0 && !reader.IsCapitalized(k))
                {
                    that = k;
                    break;
                }

                // "wrote in a blog post that", "said in a written statement that": a cue word inside the phrase is its noun
                if (reader.Kind(k) is TokenKind.Punctuation or TokenKind.Quote || (reader.Cue(k) != CueTags.None && !NounInPhrase(reader, k)))
                {
                    break;
                }

                if (subject < 0 && k >= t + 2 && (reader.Tags(k) & WordTags.Pronoun) != 0 && (reader.Tags(k) & WordTags.ClauseStart) != 0
                    && (reader.Tags(k - 1) & (WordTags.Preposition | WordTags.Determiner | WordTags.That)) == 0 && k + 1 < end && reader.IsWord(k + 1))
                {
                    subject = k;
                }
            }

            if (that >= 0)
            {
                t = that;
            }
            else if (subject >= 0 && (tags & CueTags.Bare) != 0)
            {
                t = subject;
            }
        }

        int content;
        if ((reader.Tags(t) & WordTags.That) != 0 && !reader.IsCapitalized(t))
        {
            content = t + 1;
        }
        else if (!hasSpeaker && !(reader.IsWord(t) && (reader.Tags(t) & WordTags.Pronoun) != 0))
        {
            return false; // without a subject, only a clear clause: "Six in 10 say he is decisive"
        }
        else if (asks && (reader.Tags(t) & WordTags.Conjunction) != 0 && !reader.IsCapitalized(t) && !reader.Text(t).Equals("and", StringComparison.Ordinal))
        {
            content = t; // "asked whether …", "asked how high the wall would be"
        }
        else if ((tags & CueTags.Bare) != 0 && (StartsClause(reader, t, end) || SubordinateFirst(reader, t, end, insideQuote)))
        {
            content = t;
        }
        else if ((tags & CueTags.Bare) != 0 && reader.Kind(t) == TokenKind.Quote && t + 1 < end && insideQuote[t + 1] && reader.IsWord(t + 1)
            && !reader.IsCapitalized(t + 1) && StartsClause(reader, t + 1, end))
        {
            content = t; // "said “it gets me mad” every time he …": a clause that opens with a quoted phrase and goes on
        }
        else
        {
            return false;
        }

        int contentEnd = TrimEnd(reader, content, TrailingAccording(reader, content, CoordinatedCue(reader, content, end, insideQuote), insideQuote));
        if (contentEnd - content < MinContentTokens || (OpensWithQuote(reader, content, insideQuote) && QuotedShare(reader, content, contentEnd, insideQuote) > 0.8))
        {
            return false;
        }

        Add(reader, claims, content, contentEnd, cue, from, speaker);
        return true;
    }

    /// <summary>
    /// Whether a cue with no readable subject still reports a claim: after a number or a comma ("49%, say …",
    /// "Six in 10 say …"), never after "to" or a modal ("refused to say whether", "would say that").
    /// </summary>
    private static bool MaySpeakWithoutSubject(PhraseReader reader, int cue, int first)
    {
        int prev = cue - 1;
        if (prev < first)
        {
            return false;
        }

        if ((reader.Tags(prev) & WordTags.Auxiliary) != 0 || reader.Text(prev).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return reader.Kind(prev) == TokenKind.Number || reader.IsPunct(prev, ',') || reader.Text(prev).SequenceEqual("%");
    }

    /// <summary>Skips adverbs and time words after a cue: "said Monday that", "said again that".</summary>
    private static int SkipModifiers(PhraseReader reader, int t, int end)
    {
        while (t < end && reader.IsWord(t))
        {
            var tags = reader.Tags(t);
            if ((tags & (WordTags.Adverb | WordTags.Time)) != 0 && (tags & WordTags.Pronoun) == 0)
            {
                t++;
            }
            else if ((tags & WordTags.Determiner) != 0 && t + 1 < end && (reader.Tags(t + 1) & WordTags.Time) != 0)
            {
                t += 2; // "said this week that"
            }
            else
            {
                break;
            }
        }

        return t;
    }

    /// <summary>
    /// The subject of a sentence whose cue has none beside it: "Trump has praised Putin, saying …", "… and said it was".
    /// Only after a comma or a conjunction, and only a name, pronoun, role or body.
    /// </summary>
    private static bool SentenceSubject(PhraseReader reader, int cue, int first, bool[] insideQuote, out SpeakerPhrase speaker)
    {
        speaker = default;
        int prev = cue - 1;
        while (prev >= first && reader.IsWord(prev) && (reader.Tags(prev) & (WordTags.Adverb | WordTags.Auxiliary)) != 0)
        {
            prev--;
        }

        if (prev <= first || !(reader.IsPunct(prev, ',') || (reader.Tags(prev) & WordTags.Conjunction) != 0))
        {
            return false;
        }

        if (reader.Text(prev).Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            // "business leaders who say …", "Graham, who says …"
            return prev - 1 > first && reader.IsPunct(prev - 1, ',') ? reader.ReadBackward(prev - 1, first, out speaker) : reader.ReadBackward(prev, first, out speaker);
        }

        int start = first;
        while (start < prev && (insideQuote[start] || reader.Kind(start) != TokenKind.Word || (reader.Tags(start) & (WordTags.Conjunction | WordTags.Adverb)) != 0))
        {
            start++;
        }

        return reader.ReadForward(start, prev, out speaker);
    }

    /// <summary>"CLAUSE, S said." and "CLAUSE, said S." with at most a few words after the cue ("on Thursday", "in a statement").</summary>
    private static bool Trailing(PhraseReader reader, int cue, int first, int end, bool[] insideQuote, List<QuoteCandidate> claims)
    {
        int contentEnd;
        SpeakerPhrase speaker;
        int after;
        bool endsInQuote = false;
        bool quotedEnd = QuotedEndBefore(reader, cue, first, insideQuote);
        if (cue > first && (reader.IsPunct(cue - 1, ',') || quotedEnd))
        {
            // ", said S." — but not ", told reporters that …", where the hearer comes before a clause, nor
            // "…, Jen Psaki, said the US would respond", where the words after the cue are the subject of the claim
            if (!reader.ReadForward(cue + 1, end, out speaker)
                || (speaker.EndToken < end && (reader.Tags(speaker.EndToken) & (WordTags.That | WordTags.ClauseStart | WordTags.Auxiliary)) != 0))
            {
                return false;
            }

            contentEnd = quotedEnd ? cue : cue - 1; // "This is a “raw time,” said Axelrod": keep the closing mark
            endsInQuote = quotedEnd;
            after = speaker.EndToken;
        }
        else
        {
            if (!reader.ReadBackward(cue, first, out speaker) || speaker.StartToken - 1 <= first)
            {
                return false;
            }

            contentEnd = speaker.StartToken - 1;
            if (!reader.IsPunct(contentEnd, ','))
            {
                // "Trump and Clinton have “very different strategic goals,” Silverman said.": the writer's clause
                // ending in a quoted phrase is the claim; a sentence that opens with the quote is a direct quote
                if (reader.Kind(contentEnd) != TokenKind.Quote || contentEnd - 1 <= first || !reader.IsPunct(contentEnd - 1, ',')
                    || reader.Kind(first) == TokenKind.Quote || insideQuote[first])
                {
                    return false;
                }

                contentEnd++; // keep the closing mark, so the claim's marks stay paired
                endsInQuote = true;
            }

            after = cue + 1;
        }

        int content = first;
        if (claims.Count > 0 && claims[^1].FirstToken >= first && claims[^1].FirstToken < claims[^1].CueStart && claims[^1].CueEnd < contentEnd)
        {
            // "A, said X, B, said Y": a claim of this sentence ended at an earlier trailing cue, so this one starts
            // after that cue, not at the sentence's start (a run of such cues without a full stop stays linear in size)
            content = claims[^1].Speaker.EndToken < contentEnd ? Math.Max(claims[^1].CueEnd, claims[^1].Speaker.EndToken) : claims[^1].CueEnd;
            while (content < contentEnd && (reader.IsPunct(content, ',') || reader.Text(content).Equals("and", StringComparison.Ordinal)))
            {
                content++; // ", said Anna Berg, and growth will slow, said …": neither the first speaker nor the joining "and"
            }
        }

        while (content < contentEnd && (reader.Kind(content) == TokenKind.Punctuation || reader.Kind(content) == TokenKind.Quote))
        {
            content++;
        }

        content = SkipDateline(reader, content, contentEnd);
        int parenthesisEnd = SkipModifiers(reader, after, end);
        bool appositive = parenthesisEnd + 1 < end && reader.IsWord(parenthesisEnd + 1)
            && (reader.Tags(parenthesisEnd + 1) & (WordTags.Determiner | WordTags.Title)) != 0 && (reader.Tags(parenthesisEnd + 1) & WordTags.Pronoun) == 0;
        if (parenthesisEnd < end && reader.IsPunct(parenthesisEnd, ',') && end - parenthesisEnd > MinContentTokens + 1 && !appositive)
        {
            // "Mr. Obama, officials said, has become skeptical …": the claim is the whole sentence
            contentEnd = TrimEnd(reader, content, end);
        }
        else if ((CountTrailing(reader, after, end) > MaxTrailingTokens && !(appositive && reader.IsPunct(parenthesisEnd, ',')))
            || OnlyPhrase(reader, content, contentEnd))
        {
            // "…, said David Autor, a professor of economics at M.I.T., who …": an appositive after the speaker describes
            // the speaker, however long it runs, and does not make the words before the cue any less a claim
            return false; // "During his attack, Mateen also posted messages …": a phrase alone is no claim
        }

        if (contentEnd - content < MinContentTokens || insideQuote[content] || (reader.Kind(contentEnd - 1) == TokenKind.Quote && !endsInQuote)
            || QuotedShare(reader, content, contentEnd, insideQuote) > 0.8)
        {
            return false;
        }

        Add(reader, claims, content, contentEnd, cue, cue + 1, speaker);
        return true;
    }

    /// <summary>
    /// The first token of a claim after a wire dateline that opens its sentence ("LONDON (Reuters) - ", "KYIV, Ukraine
    /// (AP) — ", "INTERFAX/BNS - "): the dateline says where and through whom the story came, not what the speaker said.
    /// A dateline is a few capitalized words, numbers and light punctuation, at least one of them in capitals or inside
    /// parentheses, then a spaced dash and a capitalized word. Without such a prefix the claim keeps its first token.
    /// </summary>
    private static int SkipDateline(PhraseReader reader, int content, int contentEnd)
    {
        int limit = Math.Min(contentEnd - MinContentTokens, content + MaxDatelineTokens);
        bool wire = false;
        bool inParentheses = false;
        for (int t = content; t < limit; t++)
        {
            if (reader.IsDash(t))
            {
                return wire && t > content && reader.SpaceBefore(t) && reader.IsCapitalized(t + 1) ? t + 1 : content;
            }

            switch (reader.Kind(t))
            {
                case TokenKind.Word when reader.IsCapitalized(t):
                    wire |= inParentheses || reader.IsAcronym(t);
                    break;
                case TokenKind.Number:
                    break;
                case TokenKind.Punctuation when reader.IsPunct(t, '('):
                    inParentheses = true;
                    break;
                case TokenKind.Punctuation when reader.IsPunct(t, ')'):
                    inParentheses = false;
                    break;
                case TokenKind.Punctuation when reader.IsPunct(t, ',') || reader.IsPunct(t, '.') || reader.IsPunct(t, '/'):
                    break;
                default:
                    return content; // a lower-case word, a quote mark or other punctuation: running text, not a dateline
            }
        }

        return content;
    }

    /// <summary>"according to S, CLAUSE" and "CLAUSE, according to S."</summary>
    private static bool According(PhraseReader reader, int sentence, int cue, int first, int end, bool[] insideQuote, List<QuoteCandidate> claims)
    {
        if (!reader.ReadForward(cue + 2, end, out var speaker))
        {
            return false;
        }

        int content;
        int contentEnd;
        int leading = 0;
        for (int k = first; k < cue; k++)
        {
            if (reader.IsWord(k) && (reader.Tags(k) & (WordTags.Conjunction | WordTags.Adverb)) == 0)
            {
                leading++;
            }
        }

        if (leading >= MinContentTokens && cue > first && (reader.IsPunct(cue - 1, ',') || reader.IsDash(cue - 1)))
        {
            content = first;
            int after = speaker.EndToken;
            if (after < end && (reader.IsPunct(after, ',') || reader.IsDash(after)) && end - after > MinContentTokens + 1)
            {
                contentEnd = TrimEnd(reader, content, end); // "most Americans, according to the report, still believe …"
            }
            else
            {
                contentEnd = cue - 1;
            }

            content = SkipDateline(reader, content, contentEnd);
        }
        else if (leading < MinContentTokens)
        {
            int comma = speaker.EndToken;
            while (comma < end && !reader.IsPunct(comma, ',') && comma - speaker.EndToken < 8)
            {
                comma++;
            }

            if (comma >= end || !reader.IsPunct(comma, ','))
            {
                return false;
            }

            content = comma + 1;
            contentEnd = TrimEnd(reader, content, end);
        }
        else
        {
            return false;
        }

        if (contentEnd - content < MinContentTokens || QuotedShare(reader, content, contentEnd, insideQuote) > 0.8)
        {
            return false;
        }

        Add(reader, claims, content, contentEnd, cue, cue + 2, speaker);
        return true;
    }

    /// <summary>"This was stated by S": the claim is the sentence before.</summary>
    private static bool Passive(PhraseReader reader, int sentence, int cue, int first, int end, List<QuoteCandidate> claims)
    {
        if (sentence == 0 || cue + 1 >= end || cue - 2 < first || !reader.Text(cue + 1).Equals("by", StringComparison.OrdinalIgnoreCase)
            || (reader.Tags(cue - 1) & WordTags.Auxiliary) == 0 || (reader.Tags(cue - 2) & (WordTags.Determiner | WordTags.ThingPronoun)) == 0 || cue - 2 != first)
        {
            return false;
        }

        if (!reader.ReadForward(cue + 2, end, out var speaker))
        {
            return false;
        }

        var tokens = reader.Document.Tokens;
        int previousFirst = tokens.SentenceStarts[sentence - 1];
        int previousEnd = TrimEnd(reader, previousFirst, first);
        if (previousEnd - previousFirst < MinContentTokens)
        {
            return false;
        }

        Add(reader, claims, previousFirst, previousEnd, cue, cue + 1, speaker);
        return true;
    }

    /// <summary>Whether the clause after a cue can start here: a pronoun subject, "there", a name, a determiner or a number.</summary>
    /// <summary>A word that rounds the number after it: "roughly 30,000", "about 100", "nearly half a million".</summary>
    private static bool IsApproximator(ReadOnlySpan<char> word) =>
        word.Equals("roughly", StringComparison.OrdinalIgnoreCase) || word.Equals("about", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nearly", StringComparison.OrdinalIgnoreCase) || word.Equals("almost", StringComparison.OrdinalIgnoreCase)
        || word.Equals("around", StringComparison.OrdinalIgnoreCase) || word.Equals("approximately", StringComparison.OrdinalIgnoreCase)
        || word.Equals("some", StringComparison.OrdinalIgnoreCase) || word.Equals("over", StringComparison.OrdinalIgnoreCase);

    private static bool StartsClause(PhraseReader reader, int t, int end)
    {
        if (end - t < MinContentTokens)
        {
            return false;
        }

        if (reader.Kind(t) == TokenKind.Number)
        {
            return true;
        }

        if (!reader.IsWord(t))
        {
            return false;
        }

        if (t + 1 < end && reader.Kind(t + 1) == TokenKind.Number && IsApproximator(reader.Text(t)))
        {
            return true; // "say roughly 30,000 troops took part"
        }

        var tags = reader.Tags(t);
        if ((tags & WordTags.Determiner) != 0 && (tags & WordTags.ClauseStart) == 0 || (tags & WordTags.ClauseStart) != 0 && (tags & WordTags.Pronoun) == 0 && !reader.Text(t).Equals("there", StringComparison.OrdinalIgnoreCase))
        {
            // "said the first task is …", not "wrote a statement on …": a preposition or stop right after the noun means an object
            for (int k = t + 1; k < end && k <= t + 6; k++)
            {
                var w = reader.Tags(k);
                if ((w & WordTags.Auxiliary) != 0 || reader.Cue(k) != CueTags.None)
                {
                    return true;
                }

                if (k <= t + 2 && ((w & (WordTags.Preposition | WordTags.That)) != 0 || reader.Kind(k) == TokenKind.Punctuation))
                {
                    // "said the credibility of the Congress was at stake": a noun phrase with its of-phrase and then a
                    // verb is still a clause; without a verb before the next stop it is an object ("wrote a statement on …")
                    return (w & WordTags.Preposition) != 0 && VerbFollows(reader, k + 1, end);
                }

                if (LooksLikePastTense(reader, k))
                {
                    return true; // "says many doubted her"
                }
            }

            return true;
        }

        if ((tags & WordTags.ClauseStart) != 0)
        {
            // "reported it to the F.B.I.", "admitted it in court": "it" before a preposition or conjunction is an object
            if ((tags & WordTags.ThingPronoun) != 0 && t + 1 < end && reader.IsWord(t + 1)
                && (reader.Tags(t + 1) & (WordTags.Preposition | WordTags.Conjunction)) != 0)
            {
                return false;
            }

            return (tags & WordTags.Preposition) == 0;
        }

        if (reader.IsCapitalized(t))
        {
            return (tags & (WordTags.Preposition | WordTags.Time | WordTags.Conjunction)) == 0;
        }

        if ((tags & (WordTags.Preposition | WordTags.Time | WordTags.Conjunction | WordTags.Adverb | WordTags.Auxiliary | WordTags.That)) != 0)
        {
            return false;
        }

        if (reader.Cue(t) != CueTags.None)
        {
            // "said demand was strong", "said claims were false": a noun that is also a cue verb, right before an
            // auxiliary, is the clause's subject; otherwise it is the verb of another attribution
            return t + 1 < end && reader.IsWord(t + 1) && (reader.Tags(t + 1) & WordTags.Auxiliary) != 0;
        }

        // a lower-case noun subject needs its verb close by: "said investigators were probably feeling …"
        bool pastEnds = false;
        for (int k = t + 1; k < end && k <= t + 6; k++)
        {
            if (reader.Kind(k) == TokenKind.Punctuation)
            {
                return false;
            }

            if ((reader.Tags(k) & WordTags.Auxiliary) != 0)
            {
                return true;
            }

            // "said profits rose", "said investigators seized …": a past verb right after the noun; a conjunction,
            // preposition or cue first means the noun was an object ("said goodbye and left", "said thanks to …")
            if ((reader.Tags(k) & (WordTags.Conjunction | WordTags.Preposition | WordTags.That)) != 0 || reader.Cue(k) != CueTags.None)
            {
                pastEnds = true;
            }
            else if (!pastEnds && k <= t + 3 && (LooksLikePastTense(reader, k) || (reader.IsWord(k) && reader.Lexicon.IsIrregularPast(reader.Text(k)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause after a cue opens with a subordinate clause and goes on with its main clause after a comma:
    /// "said because Obama is popular with Democrats, he is a good surrogate", "says despite being an alumna, she
    /// plans to …". The reported claim takes both. A subordinator with no main clause after its comma ("said when
    /// asked, …" ending the sentence) or one the scan cannot close is no claim.
    /// </summary>
    private static bool SubordinateFirst(PhraseReader reader, int t, int end, bool[] insideQuote)
    {
        if (!reader.IsWord(t) || reader.IsCapitalized(t) || !IsSubordinator(reader.Text(t)))
        {
            return false;
        }

        for (int k = t + 2; k < end && k <= t + 16; k++)
        {
            if (insideQuote[k] || reader.Kind(k) == TokenKind.Quote)
            {
                return false;
            }

            if (reader.IsPunct(k, ','))
            {
                int main = k + 1;
                return main < end && (reader.IsWord(main) && (reader.Tags(main) & WordTags.Pronoun) != 0 && main + 1 < end && reader.IsWord(main + 1)
                    || StartsClause(reader, main, end));
            }

            if (reader.Kind(k) == TokenKind.Punctuation || reader.Cue(k) != CueTags.None)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsSubordinator(ReadOnlySpan<char> word) =>
        word.Equals("because", StringComparison.OrdinalIgnoreCase) || word.Equals("if", StringComparison.OrdinalIgnoreCase)
        || word.Equals("although", StringComparison.OrdinalIgnoreCase) || word.Equals("though", StringComparison.OrdinalIgnoreCase)
        || word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("when", StringComparison.OrdinalIgnoreCase)
        || word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("unless", StringComparison.OrdinalIgnoreCase)
        || word.Equals("once", StringComparison.OrdinalIgnoreCase) || word.Equals("despite", StringComparison.OrdinalIgnoreCase)
        || word.Equals("until", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an auxiliary ("was", "is", "would") comes within a few words after <paramref name="t"/>, before any stop, relative word or cue.</summary>
    private static bool VerbFollows(PhraseReader reader, int t, int end)
    {
        for (int k = t; k < end && k <= t + 5; k++)
        {
            var w = reader.Tags(k);
            if (reader.Kind(k) == TokenKind.Quote && k + 1 < end && (reader.Tags(k + 1) & WordTags.Auxiliary) != 0)
            {
                return true; // "said the people of upstate New York “have been suffering …”": the verb opens a quoted phrase
            }

            if (reader.Kind(k) is TokenKind.Punctuation or TokenKind.Quote || (w & WordTags.That) != 0 || IsRelative(reader.Text(k)) || reader.Cue(k) != CueTags.None)
            {
                return false; // "announced the appointment of an envoy who was …": the verb is the relative clause's
            }

            if ((w & WordTags.Auxiliary) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelative(ReadOnlySpan<char> word) =>
        word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
        || word.Equals("whom", StringComparison.OrdinalIgnoreCase) || word.Equals("whose", StringComparison.OrdinalIgnoreCase)
        || word.Equals("where", StringComparison.OrdinalIgnoreCase) || word.Equals("when", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikePastTense(PhraseReader reader, int t)
    {
        if (!reader.IsWord(t) || reader.IsCapitalized(t) || reader.Tags(t) != WordTags.None)
        {
            return false;
        }

        var word = reader.Text(t);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);
    }

    private static int CountTrailing(PhraseReader reader, int from, int end)
    {
        int n = 0;
        for (int t = from; t < end && n <= MaxTrailingTokens; t++)
        {
            if (!reader.IsTerminal(t) && reader.Kind(t) != TokenKind.Quote)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The end of the content: before the sentence's final punctuation and closing marks.</summary>
    /// <summary>
    /// Where a reported clause gives way to a second verb of the speaker's: "told TASS that the drills were routine
    /// and accused Western governments of …" ends before "and accused" (a past-tense cue after "and").
    /// </summary>
    private static int CoordinatedCue(PhraseReader reader, int content, int end, bool[] insideQuote)
    {
        for (int k = content + MinContentTokens; k + 1 < end && k < content + MaxCoordinationScan; k++)
        {
            if (!insideQuote[k] && reader.IsWord(k) && reader.Text(k).SequenceEqual("and") && (reader.Cue(k + 1) & (CueTags.Speech | CueTags.Partial)) != 0
                && (reader.Text(k + 1).EndsWith("ed", StringComparison.Ordinal) || reader.Text(k + 1) is "said" or "told"))
            {
                return k;
            }
        }

        return end;
    }

    private static bool IsThat(PhraseReader reader, int t) =>
        reader.IsWord(t) && (reader.Tags(t) & WordTags.That) != 0 && !reader.IsCapitalized(t);

    /// <summary>
    /// Whether the words before a cue are a subject the speaker reader cannot read ("A court document filed Thursday
    /// says that …"), so a cue with "that" after it still reports a claim; never after "to", an auxiliary or modal,
    /// a preposition, a conjunction or a determiner ("refused to say that", "would say that").
    /// </summary>
    private static bool UnreadSubjectBefore(PhraseReader reader, int cue, int first)
    {
        int prev = cue - 1;
        if (prev < first || !reader.IsWord(prev))
        {
            return false;
        }

        var word = reader.Text(cue);
        if ((word.EndsWith("s", StringComparison.Ordinal) && !(word is "says" or "tells" or "writes")) || reader.Text(prev).EndsWith("ly", StringComparison.Ordinal))
        {
            return false; // "diverse states that have been …": a cue form in -s is often a plural noun
        }

        var tags = reader.Tags(prev);
        return (tags & (WordTags.Auxiliary | WordTags.Preposition | WordTags.Conjunction | WordTags.Determiner | WordTags.That | WordTags.Adverb)) == 0
            && reader.Cue(prev) == CueTags.None && !reader.Text(prev).Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a cue word is a noun after a determiner or a possessive ("Obama's comments", "the reports").</summary>
    private static bool NounCue(PhraseReader reader, int cue, int first)
    {
        if (cue <= first)
        {
            return false;
        }

        var previous = reader.Text(cue - 1);
        return (reader.Tags(cue - 1) & WordTags.Determiner) != 0 || previous is "'s" or "’s" or "'" or "’";
    }

    /// <summary>
    /// The comma or dash that closes a parenthesis opened by the comma or dash at <paramref name="open"/> right
    /// after a cue, within a dozen words and before any quote or stop; -1 when there is none.
    /// </summary>
    private static int ParenthesisEnd(PhraseReader reader, int open, int end, bool[] insideQuote)
    {
        bool dash = reader.IsDash(open);
        for (int k = open + 2; k < end && k <= open + 12; k++)
        {
            if (insideQuote[k] || reader.Kind(k) == TokenKind.Quote)
            {
                return -1;
            }

            if (dash ? reader.IsDash(k) : reader.IsPunct(k, ','))
            {
                return k;
            }

            if (reader.Kind(k) == TokenKind.Punctuation && !reader.IsPunct(k, ',') && !reader.IsDash(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a would-be claim is one prepositional phrase and nothing more ("During his attack", "In the end").</summary>
    private static bool OnlyPhrase(PhraseReader reader, int content, int contentEnd)
    {
        if (!reader.IsWord(content) || (reader.Tags(content) & WordTags.Preposition) == 0 || reader.Text(content).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int k = content + 1; k < contentEnd; k++)
        {
            if (reader.Kind(k) is TokenKind.Punctuation or TokenKind.Quote || (reader.Tags(k) & (WordTags.Auxiliary | WordTags.That | WordTags.Conjunction)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where a reported clause gives way to a second source: "The company insisted it had done nothing wrong,
    /// according to a statement" ends before ", according to" (that phrase is a claim of its own); and where it gives
    /// way to a direct quote after a colon ("said the team had been unlucky: “We had our chances.”").
    /// </summary>
    private static int TrailingAccording(PhraseReader reader, int content, int end, bool[] insideQuote)
    {
        for (int k = content + MinContentTokens; k + 1 < end && k < content + MaxCoordinationScan; k++)
        {
            if (!insideQuote[k] && reader.IsPunct(k, ':') && reader.Kind(k + 1) == TokenKind.Quote)
            {
                return k; // "said the team had been unlucky: “We had our chances.”": the quote after the colon is its own
            }

            if (k + 2 >= end)
            {
                continue;
            }

            if (!insideQuote[k] && reader.IsPunct(k, ',') && (reader.Cue(k + 1) & CueTags.According) != 0
                && reader.Text(k + 2).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether a cue word inside a prepositional phrase after a cue is a noun: after a determiner or a lower-case
    /// modifier ("in a blog post", "in a written statement", "in his comments"), unless it is a past form ("-ed").
    /// </summary>
    private static bool NounInPhrase(PhraseReader reader, int k)
    {
        if (reader.Text(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var previous = reader.Tags(k - 1);
        return (previous & WordTags.Determiner) != 0
            || (reader.IsWord(k - 1) && !reader.IsCapitalized(k - 1) && previous == WordTags.None);
    }

    /// <summary>A quote mark around a capitalized title, or a word of that title: "told MSNBC's “Morning Joe” that".</summary>
    private static bool QuotedTitleMark(PhraseReader reader, int k, bool[] insideQuote)
    {
        if (reader.Kind(k) == TokenKind.Quote)
        {
            // an opening mark before a capitalized word, or a closing mark after one
            return (k + 1 < insideQuote.Length && insideQuote[k + 1] && reader.IsCapitalized(k + 1))
                || (k > 0 && insideQuote[k - 1] && reader.IsCapitalized(k - 1));
        }

        // "State of the Union": lower-case function words inside a title count too
        return insideQuote[k] && reader.IsWord(k) && (reader.IsCapitalized(k) || (reader.Tags(k) & (WordTags.Preposition | WordTags.Determiner)) != 0);
    }

    private static int TrimEnd(PhraseReader reader, int content, int end)
    {
        int e = end;
        while (e > content && (reader.IsTerminal(e - 1) || reader.Kind(e - 1) == TokenKind.Quote && !IsQuoteOpenInside(reader, content, e - 1) || reader.IsPunct(e - 1, ',') || reader.IsPunct(e - 1, ';')))
        {
            e--;
        }

        return e;
    }

    /// <summary>
    /// Whether a cue follows ',”' after a sentence that opens with the writer's own words ("This is a “raw time,”
    /// said …"); a sentence that opens with the quote is a direct quote, not a claim.
    /// </summary>
    private static bool QuotedEndBefore(PhraseReader reader, int cue, int first, bool[] insideQuote) =>
        cue - 2 > first && reader.Kind(cue - 1) == TokenKind.Quote && reader.IsPunct(cue - 2, ',')
        && reader.Kind(first) != TokenKind.Quote && !insideQuote[first];

    private static bool IsQuoteOpenInside(PhraseReader reader, int content, int close)
    {
        for (int t = close - 1; t >= content && t >= close - 200; t--)
        {
            if (reader.Kind(t) == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithQuote(PhraseReader reader, int content, bool[] insideQuote) =>
        reader.Kind(content) == TokenKind.Quote || insideQuote[content];

    private static double QuotedShare(PhraseReader reader, int content, int contentEnd, bool[] insideQuote)
    {
        // sample at most 200 tokens: the share is a ratio, and a sentence can be a whole megabyte long
        int step = Math.Max(1, (contentEnd - content) / 200);
        int inside = 0;
        int seen = 0;
        for (int t = content; t < contentEnd; t += step)
        {
            seen++;
            if (insideQuote[t] || reader.Kind(t) == TokenKind.Quote)
            {
                inside++;
            }
        }

        return seen > 0 ? inside / (double)seen : 0;
    }

    private static void Add(PhraseReader reader, List<QuoteCandidate> claims, int content, int contentEnd, int cueStart, int cueEnd, SpeakerPhrase speaker)
    {
        var tokens = reader.Document.Tokens;
        claims.Add(new QuoteCandidate
        {
            Start = tokens.Start(content),
            End = tokens.End(contentEnd - 1),
            FirstToken = content,
            Kind = QuoteKind.Indirect,
            CueStart = cueStart,
            CueEnd = cueEnd,
            Speaker = speaker,
            SharesWith = -1,
        });
    }
}
