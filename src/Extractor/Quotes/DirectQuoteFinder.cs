using Extractor.Text;

namespace Extractor.Quotes;

/// <summary>
/// Turns paired quotation marks into direct and partial quotes with their cue and speaker phrase, in every order
/// news uses: “Q,” S said / “Q,” said S / S said: “Q” / S said “Q” / “Q” – S added / “Q”, affirmed the secretary /
/// “Q” – it was written. Quotes without a cue of their own take the speaker of the quote they continue.
/// Scare quotes, nicknames and titles ("The Rock", a film title) are not speech and are dropped.
/// </summary>
internal static class DirectQuoteFinder
{
    private const int MaxAfterTokens = 16;
    private const int MaxCueGap = 6;
    private const int MaxSentenceLookBack = 60;

    public static void Find(PhraseReader reader, List<QuoteSegment> segments, List<QuoteCandidate> quotes, bool[] usedCues)
    {
        int first = quotes.Count;
        var segmentOf = new List<int>(segments.Count);
        for (int s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (!ContentRange(reader, segment, out int start, out int end))
            {
                continue;
            }

            if (IsStageDirection(reader.Document.Text, start, end))
            {
                continue; // "(CROSSTALK.)", "(Applause)": a transcript's note on the scene, not speech
            }

            if (TranscriptLabel(reader, segment, out int labelEnd) && !FindAfter(reader, segment, out _, out _))
            {
                // "WALLACE: Let’s start with …": a transcript line names its speaker inside the marks
                int contentStart = reader.Document.Tokens.Start(labelEnd + 1);
                if (contentStart < end)
                {
                    quotes.Add(new QuoteCandidate
                    {
                        Start = contentStart, End = end, FirstToken = labelEnd + 1, Kind = QuoteKind.Direct, CueStart = -1, SharesWith = -1,
                        Speaker = new SpeakerPhrase(segment.FirstToken, labelEnd, SpeakerKind.Name),
                    });
                    segmentOf.Add(s);
                }

                continue;
            }

            var candidate = new QuoteCandidate { Start = start, End = end, FirstToken = segment.FirstToken, CueStart = -1, SharesWith = -1 };
            bool after = FindAfter(reader, segment, out int cueAfter, out var speakerAfter);
            if (HasByline(reader, segment) || (IsWorkTitle(reader, segment) && !(after && cueAfter >= 0 && !IsTitleCase(reader, segment.FirstToken, segment.EndToken))))
            {
                continue; // his 2002 book, “Make Your Kid a Millionaire,”: a title, however long, unless someone says it
            }

            int cueBefore = -1;
            SpeakerPhrase speakerBefore = default;
            bool viaThat = false;
            bool before = !after && FindBefore(reader, segment, out cueBefore, out speakerBefore, out viaThat)
                && Assign(ref candidate, cueBefore, speakerBefore, viaThat);
            int words = CountWords(reader, segment.FirstToken, segment.EndToken);
            if (before && !viaThat && segment.OpenToken > 0 && !reader.IsPunct(segment.OpenToken - 1, ':') && cueBefore >= 0)
            {
                // "called it “fraud”", "told MSNBC’s “Morning Joe”": a phrase after a naming or hearing verb is no utterance
                var tags = reader.Cue(cueBefore);
                if ((tags & CueTags.According) != 0)
                {
                    // According to Limbaugh, “[I]f it was left up to Hillary …”: the source introduces a whole utterance
                }
                else if ((tags & CueTags.Speech) == 0 || (words < 3 && !EndsInStop(reader, segment)) || ((tags & CueTags.Object) != 0 && IsTitleCase(reader, segment.FirstToken, segment.EndToken)))
                {
                    candidate.Kind = QuoteKind.Partial;
                    viaThat = true;
                }
            }

            if (after)
            {
                candidate.CueStart = cueAfter;
                candidate.CueEnd = cueAfter >= 0 ? CueEnd(reader, cueAfter) : -1;
                candidate.Speaker = speakerAfter;
            }

            if (!after && !before && words <= 5 && !segment.ContinuesPrevious && !segment.ContinuesNext && IsWholeParagraph(reader, segment))
            {
                continue; // a short quote standing alone as a paragraph is a subheading ('A change warrior.'), not speech
            }

            bool viaThatBefore = before && candidate.Kind == QuoteKind.Partial;
            if (viaThatBefore && words <= 4 && IsTitleCase(reader, segment.FirstToken, segment.EndToken))
            {
                continue; // a programme or title after a verb: told “Morning Joe”
            }

            bool atStart = segment.ContinuesPrevious || StartsUtterance(reader, segment) || (before && !viaThatBefore)
                || (after && segment.OpenToken > 0 && (reader.IsPunct(segment.OpenToken - 1, ',') || reader.IsDash(segment.OpenToken - 1))); // "As for complexity, “…,” said Kamin"
            bool atEnd = segment.CloseToken < 0 || after || EndsUtterance(reader, segment.CloseToken, segment.AfterClose);
            bool lowerStart = char.IsLower(reader.Document.Text[start]);
            bool insideClause = false;
            if (before && !viaThatBefore && (lowerStart || char.IsDigit(reader.Document.Text[start])) && segment.OpenToken > 0 && !reader.IsPunct(segment.OpenToken - 1, ':')
                && (!atEnd || (reader.Kind(segment.OpenToken - 1) == TokenKind.Word && cueBefore != segment.OpenToken - 1)))
            {
                // "Obama said “there is love” in Orlando": a phrase the sentence goes on after is part of it, not an
                // utterance; nor is a lower-case phrase that finishes a reported clause ("told them Clinton “has …”")
                candidate.Kind = QuoteKind.Partial;
                viaThatBefore = true;
                insideClause = true;
            }

            if (!insideClause && before && !viaThatBefore && lowerStart && LeadsWithUnquotedClause(reader, segment.OpenToken, speakerBefore, cueBefore))
            {
                // "An economic downturn, he said, “could be a good time to borrow.”": the quote finishes a sentence the
                // writer began in their own words, so it is part of a reported claim, not an utterance of its own
                candidate.Kind = QuoteKind.Partial;
                viaThatBefore = true;
                insideClause = true;
            }

            if (!insideClause && (atStart && atEnd && !(lowerStart && !before && !segment.ContinuesPrevious)) || (before && !viaThatBefore))
            {
                candidate.Kind = QuoteKind.Direct;
                if (words == 0 || (words == 1 && !after && !before && !segment.ContinuesPrevious && !segment.ContinuesNext && CountTokens(segment) <= 2))
                {
                    continue;
                }
            }
            else
            {
                candidate.Kind = QuoteKind.Partial;
                if (words < 2 || (words <= 4 && IsTitleCase(reader, segment.FirstToken, segment.EndToken)))
                {
                    continue; // "The Rock", a film title, a scare-quoted word
                }

                if (!after && !before && FindSentenceCue(reader, segment.OpenToken, out int cue, out var speaker))
                {
                    candidate.CueStart = cue;
                    candidate.CueEnd = CueEnd(reader, cue);
                    candidate.Speaker = speaker;
                }

                if (!candidate.HasCue && words < 6)
                {
                    continue; // a short quoted phrase nobody is said to have said
                }
            }

            if (candidate.HasCue && candidate.Kind == QuoteKind.Direct)
            {
                usedCues[candidate.CueStart] = true; // a partial quote leaves its cue to the claim around it
            }

            quotes.Add(candidate);
            segmentOf.Add(s);
        }

        ShareSpeakers(reader, segments, quotes, first, segmentOf);
        PreviousSentenceSpeakers(reader, segments, quotes, first, segmentOf);
        ShareSpeakers(reader, segments, quotes, first, segmentOf);

        // a headline or title in quotes ("DIVISIVE, STUPID AND WRONG", “Who’s Who in the CIA”) that nobody said
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(quotes);
        int lineEnd = 0; // where the line of the last headline check ends: quotes come in text order, so each line is walked once
        for (int i = first; i < quotes.Count; i++)
        {
            ref var q = ref span[i];
            var segment = segments[segmentOf[i - first]];
            if (q.Kind == QuoteKind.Direct && !q.HasSpeaker && q.SharesWith < 0 && CountWords(reader, segment.FirstToken, segment.EndToken) >= 2
                && IsTitleCase(reader, segment.FirstToken, segment.EndToken))
            {
                q.Dropped = true;
            }
            else if (!q.HasSpeaker && q.SharesWith < 0 && IsHeadlineLine(reader, segment, ref lineEnd))
            {
                q.Dropped = true;
            }
        }
    }

    private static bool Assign(ref QuoteCandidate candidate, int cue, SpeakerPhrase speaker, bool viaThat)
    {
        candidate.CueStart = cue;
        candidate.CueEnd = cue + 1;
        candidate.Speaker = speaker;
        candidate.Kind = viaThat ? QuoteKind.Partial : QuoteKind.Direct;
        return true;
    }

    /// <summary>The content between the marks, without surrounding spaces or a trailing comma.</summary>
    private static bool ContentRange(PhraseReader reader, QuoteSegment segment, out int start, out int end)
    {
        var tokens = reader.Document.Tokens;
        var text = reader.Document.Text;
        start = tokens.End(segment.FirstToken - 1);
        end = segment.CloseToken >= 0 ? tokens.Start(segment.CloseToken) : tokens.End(segment.EndToken - 1);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return end > start;
    }

    private static int CueEnd(PhraseReader reader, int cue) =>
        (reader.Cue(cue) & CueTags.According) != 0 && cue + 1 < reader.Count ? cue + 2 : cue + 1;

    /// <summary>“Q,” S said / “Q,” said S / “Q” – S added / “Q” – it was written / “Q,” the statement issued on Thursday read.</summary>
    private static bool FindAfter(PhraseReader reader, QuoteSegment segment, out int cue, out SpeakerPhrase speaker)
    {
        if (!FindAfterBeside(reader, segment, out cue, out speaker))
        {
            return false;
        }

        // “… to Donald.” He also said the wall would rise: a quote closed by a stop and followed by a new sentence is
        // attributed by it only when that sentence is no more than the attribution (“…” Stoltenberg said on Friday.)
        int next = segment.AfterClose;
        if (cue < 0 || next >= reader.Count || !reader.IsCapitalized(next) || LastCharBefore(reader, segment.CloseToken) is not ('.' or '\u2026'))
        {
            return true;
        }

        for (int k = Math.Max(cue, speaker.EndToken - 1) + 1; k < reader.Count && k < cue + 12 && !reader.LineBefore(k); k++)
        {
            if (reader.IsTerminal(k) || reader.Kind(k) == TokenKind.Quote)
            {
                return true;
            }

            if (reader.IsWord(k) && !reader.IsCapitalized(k) && (reader.Tags(k) & (WordTags.Preposition | WordTags.Determiner | WordTags.Time | WordTags.Adverb)) == 0)
            {
                cue = -1;
                speaker = default;
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a quote that opens its sentence and ends without a comma is attributed by a cue right after it, in the
    /// style that leaves the comma out ("“The obvious choice is Dawson” said Guscott.", "“…” Mr Smith said."). A quote
    /// inside a sentence without that comma is a name or title ("Dwayne “The Rock” Johnson said"), so it is left alone.
    /// </summary>
    private static bool UnpunctuatedAttribution(PhraseReader reader, QuoteSegment segment, int t)
    {
        var tokens = reader.Document.Tokens;
        int open = segment.OpenToken;
        if (open < 0 || tokens.SentenceStarts[tokens.SentenceOf(open)] != open && !reader.LineBefore(open) && !(open > 0 && reader.IsTerminal(open - 1)))
        {
            return false;
        }

        if ((reader.Cue(t) & CueTags.Speech) != 0)
        {
            return true;
        }

        return reader.ReadForward(t, Math.Min(reader.Count, t + MaxAfterTokens), out var speaker) && speaker.EndToken < reader.Count
            && (reader.Cue(speaker.EndToken) & CueTags.Speech) != 0;
    }

    private static bool FindAfterBeside(PhraseReader reader, QuoteSegment segment, out int cue, out SpeakerPhrase speaker)
    {
        cue = -1;
        speaker = default;
        int close = segment.CloseToken;
        if (close < 0)
        {
            return false;
        }

        int t = segment.AfterClose;
        bool separated = false;
        for (int skipped = 0; skipped < 2 && t < reader.Count && !reader.LineBefore(t) && (reader.IsPunct(t, ',') || reader.IsDash(t)); skipped++)
        {
            t++;
            separated = true;
        }

        if (t >= reader.Count || reader.LineBefore(t) || reader.Kind(t) == TokenKind.Quote)
        {
            return false;
        }

        if (!separated)
        {
            // without a comma or dash after the mark, the quote must end in punctuation: “Q,” S said — not Dwayne "The Rock" Johnson
            char last = LastCharBefore(reader, close);
            if (last is not (',' or '.' or '!' or '?' or '\u2026' or ':' or ';' or '-' or '\u2014' or '\u2013') && !char.IsWhiteSpace(last)
                && !UnpunctuatedAttribution(reader, segment, t))
            {
                return false;
            }
        }

        int limit = t;
        while (limit < reader.Count && limit - t < MaxAfterTokens && (limit == t || !reader.LineBefore(limit)) && !(reader.IsTerminal(limit) && !(limit + 1 < reader.Count && reader.IsPunct(limit + 1, ')')))
            && reader.Kind(limit) != TokenKind.Quote && !reader.IsPunct(limit, ';') && !reader.IsPunct(limit, ':'))
        {
            limit++;
        }

        var cueTags = reader.Cue(t);
        if (separated && reader.IsDash(t - 1) && cueTags == CueTags.None && reader.ReadForward(t, limit, out speaker)
            && speaker.Kind == SpeakerKind.Name && (speaker.EndToken >= reader.Count || speaker.EndToken == limit || reader.IsTerminal(speaker.EndToken) || reader.LineBefore(speaker.EndToken) || reader.Kind(speaker.EndToken) == TokenKind.Quote))
        {
            cue = -1; // “…” ― Sonya Herridge: a quote signed with its author's name
            return true;
        }

        if ((cueTags & CueTags.According) != 0 && t + 2 < limit && reader.ReadForward(t + 2, limit, out speaker))
        {
            cue = t; // “…,” according to Judicial Watch.
            return true;
        }

        if ((cueTags & (CueTags.Speech | CueTags.After)) != 0)
        {
            if (reader.ReadForward(t + 1, limit, out speaker))
            {
                cue = t;
                return true;
            }

            return false;
        }

        if (!reader.ReadForward(t, limit, out speaker))
        {
            return false;
        }

        int from = speaker.EndToken;
        if (from < reader.Count && reader.IsPunct(from, ','))
        {
            // “…,” Jeff Weaver, Sanders’ campaign manager since the spring, said: skip the apposition to its closing comma
            for (int k = from + 1; k < reader.Count && k <= from + 30 && !reader.LineBefore(k) && reader.Kind(k) != TokenKind.Quote; k++)
            {
                if (reader.IsPunct(k, ','))
                {
                    for (int j = k + 1; j < reader.Count && j <= k + 3 && !reader.LineBefore(j); j++)
                    {
                        if ((reader.Cue(j) & (CueTags.Speech | CueTags.After)) != 0)
                        {
                            cue = j;
                            return true;
                        }

                        if (!reader.IsWord(j) || (reader.Tags(j) & (WordTags.Adverb | WordTags.Auxiliary)) == 0)
                        {
                            break;
                        }
                    }

                    break;
                }

                if (reader.IsTerminal(k) && !(k + 1 < reader.Count && (reader.IsPunct(k + 1, ')') || reader.IsPunct(k + 1, ','))))
                {
                    break; // a stop ends the apposition, but not the one of "R-Ky.," or "(D-Mo.)"
                }
            }
        }

        for (int j = speaker.EndToken; j < limit && j - speaker.EndToken <= MaxCueGap; j++)
        {
            if ((reader.Cue(j) & (CueTags.Speech | CueTags.After)) != 0)
            {
                cue = j;
                return true;
            }

            if ((reader.Tags(j) & (WordTags.That | WordTags.Conjunction)) != 0)
            {
                break;
            }
        }

        if (speaker.EndToken < limit && LooksLikeSpeechVerb(reader, speaker.EndToken, limit, segment))
        {
            cue = speaker.EndToken; // “Who wants to work with us?” he wondered.
            return true;
        }

        return false;
    }

    /// <summary>
    /// A verb the lexicon does not list, right after the speaker of a quote that ends in a comma, ? or !, and followed by
    /// the end of the sentence: “…?” he wondered. Such a quote is always attributed, so the verb is its cue.
    /// </summary>
    private static bool LooksLikeSpeechVerb(PhraseReader reader, int t, int limit, QuoteSegment segment)
    {
        if (!reader.IsWord(t) || reader.IsCapitalized(t) || reader.Tags(t) != WordTags.None)
        {
            return false;
        }

        var word = reader.Text(t);
        if (word.Length < 4 || !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("s", StringComparison.Ordinal)))
        {
            return false;
        }

        char last = LastCharBefore(reader, segment.CloseToken);
        if (last is not (',' or '?' or '!'))
        {
            return false;
        }

        int next = t + 1;
        return next >= limit || next >= reader.Count || reader.IsTerminal(next) || reader.IsPunct(next, ',') || (reader.Tags(next) & (WordTags.Preposition | WordTags.Time | WordTags.Adverb)) != 0;
    }

    /// <summary>
    /// For a quote that opens a sentence: the cue and speaker that end the sentence before it, in the same paragraph or
    /// at the end of the previous one ("…, Jeff Weaver said in a statement. “Working Americans …”").
    /// </summary>
    private static bool PreviousSentenceSpeaker(PhraseReader reader, int open, out int cue, out SpeakerPhrase speaker)
    {
        cue = -1;
        speaker = default;
        var tokens = reader.Document.Tokens;
        int sentence = tokens.SentenceOf(open);
        if (sentence == 0 || tokens.SentenceStarts[sentence] != open)
        {
            return false;
        }

        int first = tokens.SentenceStarts[sentence - 1];
        int end = open;
        while (end > first && (reader.IsTerminal(end - 1) || reader.IsPunct(end - 1, ':')))
        {
            end--;
        }

        for (int k = end - 1; k >= first && k >= end - 8; k--)
        {
            if (reader.Kind(k) == TokenKind.Quote)
            {
                return false;
            }

            if ((reader.Cue(k) & (CueTags.Speech | CueTags.After)) == 0)
            {
                continue;
            }

            bool found = (k > first && reader.IsPunct(k - 1, ',') && reader.ReadForward(k + 1, end, out speaker))
                || reader.ReadBackward(k, first, out speaker) || ClauseSubject(reader, k, first, out speaker);
            if (found && speaker.Kind != SpeakerKind.Generic || found && k == end - 1)
            {
                cue = k;
                return true;
            }

            return false;
        }

        return ReportingSentenceSpeaker(reader, first, end, out cue, out speaker);
    }

    /// <summary>Most tokens a reporting sentence's subject may take before its cue.</summary>
    private const int MaxSubjectLead = 12;

    /// <summary>
    /// The speaker of a sentence that reports someone's words and is followed by a quote of theirs: "Party chairman
    /// David Smith said he had suspended Mr Houston. “He will remain suspended …”". The sentence must open with its
    /// subject (a name, pronoun or role: not "officials"), then a speech cue; a sentence with quote marks of its own or
    /// a second speech cue is left alone, since whose words follow is then unclear.
    /// </summary>
    private static bool ReportingSentenceSpeaker(PhraseReader reader, int first, int end, out int cue, out SpeakerPhrase speaker)
    {
        cue = -1;
        speaker = default;
        for (int k = first; k < end && k <= first + MaxSubjectLead; k++)
        {
            if (reader.Kind(k) == TokenKind.Quote)
            {
                return false;
            }

            if ((reader.Cue(k) & CueTags.Speech) == 0 || (reader.Cue(k) & (CueTags.Bare | CueTags.Object)) == 0)
            {
                continue;
            }

            if (!reader.ReadBackward(k, first, out speaker) || speaker.Kind == SpeakerKind.Generic || speaker.StartToken > first + 1)
            {
                return false;
            }

            for (int j = k + 1; j < end; j++)
            {
                if (reader.Kind(j) == TokenKind.Quote || (reader.Cue(j) & CueTags.Speech) != 0)
                {
                    return false;
                }
            }

            cue = k;
            return true;
        }

        return false;
    }

    /// <summary>The last character inside a closing mark, looking through spaces and an inner closing single mark ("…radical Islam,’”").</summary>
    private static char LastCharBefore(PhraseReader reader, int close)
    {
        var text = reader.Document.Text;
        int i = reader.Document.Tokens.Start(close) - 1;
        while (i > 0 && (char.IsWhiteSpace(text[i]) || text[i] is '\u2019' or '\''))
        {
            i--;
        }

        return i >= 0 ? text[i] : ' ';
    }

    /// <summary>S said: “Q” / S said “Q” / S told reporters: “Q” / S stressed that “Q”.</summary>
    private static bool FindBefore(PhraseReader reader, QuoteSegment segment, out int cue, out SpeakerPhrase speaker, out bool viaThat)
    {
        cue = -1;
        speaker = default;
        viaThat = false;
        int open = segment.OpenToken;
        int t = open - 1;
        if (t < 0 || segment.ContinuesPrevious)
        {
            return false;
        }

        bool colon = false;
        if (reader.IsPunct(t, ':') || reader.IsPunct(t, ',') || reader.IsDash(t))
        {
            colon = reader.IsPunct(t, ':');
            t--;
        }
        else if (reader.LineBefore(open))
        {
            return false;
        }

        if (!colon && reader.LineBefore(open))
        {
            return false;
        }

        if (t >= 0 && !colon && (reader.Tags(t) & WordTags.That) != 0 && !reader.IsCapitalized(t))
        {
            viaThat = true;
            t--;
        }

        int reach = 6;
        for (int k = t; k >= 0 && k > t - reach; k--)
        {
            if (reader.Kind(k) == TokenKind.Quote || reader.IsTerminal(k) || (k < t && reader.LineBefore(k + 1)))
            {
                break;
            }

            var tags = reader.Cue(k);
            var accepted = colon || reader.IsPunct(open - 1, ',') ? CueTags.Speech | CueTags.Partial | CueTags.After : CueTags.Speech | CueTags.Partial;
            int floor = reader.Document.Tokens.SentenceStarts[reader.Document.Tokens.SentenceOf(k)];
            if ((tags & CueTags.According) != 0 && (colon || reader.IsPunct(open - 1, ',')) && reader.ReadForward(k + 2, t + 1, out speaker))
            {
                cue = k; // According to HuffPo: “…”
                return true;
            }

            bool adjacent = k == t || colon || (tags & CueTags.Object) != 0 || (reader.Tags(t) & (WordTags.Adverb | WordTags.Time)) != 0
                || (reader.IsPunct(open - 1, ',') && k + 1 < t && (reader.Tags(k + 1) & WordTags.Preposition) != 0); // "said of the episode, “…”"
            if ((tags & accepted) != 0 && adjacent)
            {
                if (reader.ReadBackward(k, floor, out speaker) || ClauseSubject(reader, k, floor, out speaker))
                {
                    cue = k;
                    return true;
                }

                return false;
            }
        }

        if (colon && t >= 0)
        {
            // Ted Cruz: ‘…’ / Pew Research: “…” / Mr. Smith shot back: “…”
            int floor = reader.Document.Tokens.SentenceStarts[reader.Document.Tokens.SentenceOf(t)];
            if (reader.ReadBackward(t + 1, floor, out speaker) && speaker.Kind == SpeakerKind.Name
                && (speaker.StartToken == floor || reader.IsDash(speaker.StartToken - 1) || reader.IsPunct(speaker.StartToken - 1, ':')))
            {
                return true;
            }

            if (ClauseSubject(reader, t + 1, floor, out speaker) && speaker.Kind is SpeakerKind.Name or SpeakerKind.Pronoun or SpeakerKind.Role)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the clause a cue ends when none stands right before it: "Ms. Sherry smiled and said, “…”",
    /// "Hillary Clinton posted a comment, saying, “…”": the phrase after the last comma, else the sentence's first.
    /// </summary>
    private static bool ClauseSubject(PhraseReader reader, int cue, int floor, out SpeakerPhrase speaker)
    {
        speaker = default;
        int comma = -1;
        for (int k = cue - 1; k >= floor; k--)
        {
            if (reader.IsPunct(k, ',') && k < cue - 1)
            {
                comma = k;
                break;
            }
        }

        if (comma >= 0 && reader.ReadForward(comma + 1, cue, out speaker) && speaker.Kind != SpeakerKind.Generic)
        {
            return true;
        }

        int start = floor;
        while (start < cue && (!reader.IsWord(start) || (reader.Tags(start) & (WordTags.Conjunction | WordTags.Adverb)) != 0))
        {
            start++;
        }

        return reader.ReadForward(start, cue, out speaker) && speaker.Kind != SpeakerKind.Generic;
    }

    /// <summary>For a quoted phrase inside a sentence: the first cue before it whose subject can be read ("NATO also expressed its readiness for “…”").</summary>
    private static bool FindSentenceCue(PhraseReader reader, int open, out int cue, out SpeakerPhrase speaker)
    {
        cue = -1;
        speaker = default;
        var tokens = reader.Document.Tokens;
        int floor = tokens.SentenceStarts[tokens.SentenceOf(open)];
        floor = Math.Max(floor, open - MaxSentenceLookBack);
        for (int k = floor; k < open; k++)
        {
            if (reader.Kind(k) == TokenKind.Quote)
            {
                return false;
            }

            if ((reader.Cue(k) & (CueTags.Speech | CueTags.Partial)) != 0 && reader.ReadBackward(k, floor, out speaker))
            {
                cue = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the quote opens an utterance: only punctuation or other quotes lie between the sentence start and the
    /// opening mark, or a colon or dash introduces it ("As Cornyn put it: “…”"), or a comma after a cue does
    /// ("He continued, “…”"), or a comma introduces a whole quoted sentence.
    /// </summary>
    private static bool StartsUtterance(PhraseReader reader, QuoteSegment segment)
    {
        int open = segment.OpenToken;
        var tokens = reader.Document.Tokens;
        int sentenceStart = tokens.SentenceStarts[tokens.SentenceOf(open)];
        for (int k = open - 1; k >= sentenceStart && k >= open - MaxSentenceLookBack; k--)
        {
            if (reader.Kind(k) is TokenKind.Quote)
            {
                return true;
            }

            if (reader.IsPunct(k, ':') || reader.IsDash(k))
            {
                return true;
            }

            if (reader.IsPunct(k, ','))
            {
                return (k > 0 && reader.Cue(k - 1) != CueTags.None) || IsWholeSentence(reader, segment);
            }

            if (reader.Kind(k) != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the quoted text reads as a sentence of its own: a capital first letter and a closing stop, comma, ? or !.</summary>
    private static bool IsWholeSentence(PhraseReader reader, QuoteSegment segment)
    {
        if (!ContentRange(reader, segment, out int start, out int end))
        {
            return false;
        }

        var text = reader.Document.Text;
        int close = segment.CloseToken >= 0 ? reader.Document.Tokens.Start(segment.CloseToken) : end;
        int last = close - 1;
        while (last > start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        return char.IsUpper(text[start]) && text[last] is '.' or '!' or '?' or ',' or '\u2026';
    }

    /// <summary>
    /// Whether "S said," right before a quote's opening mark comes after words of the writer's own that end in a
    /// comma, with no quotation mark earlier in the sentence (which would make the quote the second half of an
    /// interrupted one: "“…,” he said, “and …”").
    /// </summary>
    private static bool LeadsWithUnquotedClause(PhraseReader reader, int open, SpeakerPhrase speaker, int cue)
    {
        if (speaker.IsEmpty || open <= 0 || !reader.IsPunct(open - 1, ',') || speaker.StartToken <= 1 || !reader.IsPunct(speaker.StartToken - 1, ','))
        {
            return false;
        }

        // only "…, he said, “…”" interrupts a sentence: a participle ("…, saying, “…”") or a cue with its hearer
        // ("…, but told his supporters, “our nation …”") introduces a whole utterance
        if (cue != open - 2 || reader.Text(cue).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var tokens = reader.Document.Tokens;
        int sentenceStart = tokens.SentenceStarts[tokens.SentenceOf(speaker.StartToken)];
        if (speaker.StartToken - 1 <= sentenceStart)
        {
            return false;
        }

        bool connectiveOnly = true;
        for (int t = speaker.StartToken - 2; t >= sentenceStart; t--)
        {
            if (reader.Kind(t) == TokenKind.Quote)
            {
                return false;
            }

            if (reader.IsWord(t) && (reader.Tags(t) & (WordTags.Conjunction | WordTags.Adverb)) == 0)
            {
                connectiveOnly = false;
            }
        }

        // "But, Mr. Ryan said, “democracy is …”", "Still, she added, “we also can’t …”": a connective is no clause of
        // the writer's own, so the quote is the whole utterance
        return !connectiveOnly;
    }

    /// <summary>Whether quoted content is only a parenthesized note: "(CROSSTALK.)", "(Applause)".</summary>
    private static bool IsStageDirection(string text, int start, int end)
    {
        int last = end - 1;
        while (last > start && text[last] is '.' or ' ')
        {
            last--;
        }

        return text[start] == '(' && text[last] == ')' && text.AsSpan(start + 1, last - start - 1).IndexOfAny('(', ')') < 0;
    }

    /// <summary>
    /// Whether a quote that opens its paragraph starts with a transcript label: one to three upper-case words and a
    /// colon ("WALLACE: …", "SEN. KAINE: …"). <paramref name="colon"/> is the colon's token.
    /// </summary>
    private static bool TranscriptLabel(PhraseReader reader, QuoteSegment segment, out int colon)
    {
        colon = -1;
        if (segment.OpenToken > 0 && !reader.LineBefore(segment.OpenToken))
        {
            return false;
        }

        int words = 0;
        var text = reader.Document.Text;
        var tokens = reader.Document.Tokens;
        for (int t = segment.FirstToken; t < segment.EndToken && t < segment.FirstToken + 6; t++)
        {
            if (reader.IsPunct(t, ':'))
            {
                colon = t;
                return words > 0 && t + 1 < segment.EndToken;
            }

            if (reader.IsPunct(t, '.') && words > 0)
            {
                continue; // "SEN."
            }

            if (!reader.IsWord(t) || ++words > 3)
            {
                return false;
            }

            int letters = 0;
            for (int i = tokens.Start(t); i < tokens.End(t); i++)
            {
                char c = text[i];
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            if (letters < 2)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a quote ending in a comma is followed by "by" and a name: the headline of a piece and its byline
    /// (“Met accused of whitewashing baby Jesus,” by Post’s Kathianne Boniello), not speech.
    /// </summary>
    private static bool HasByline(PhraseReader reader, QuoteSegment segment)
    {
        if (segment.CloseToken < 0)
        {
            return false;
        }

        int t = segment.AfterClose;
        if (t < reader.Count && reader.IsPunct(t, ','))
        {
            t++;
        }
        else if (LastCharBefore(reader, segment.CloseToken) != ',')
        {
            return false;
        }

        return t + 1 < reader.Count && !reader.LineBefore(t) && reader.IsWord(t) && reader.Text(t).SequenceEqual("by") && reader.IsCapitalized(t + 1);
    }

    /// <summary>
    /// Whether the quote is the title of a work named just before it: a capitalized phrase after "book", "film",
    /// "titled", "commentary" … (“In his 2002 book, ‘Make Your Kid a Millionaire,’ …”).
    /// </summary>
    private static bool IsWorkTitle(PhraseReader reader, QuoteSegment segment)
    {
        int t = segment.OpenToken - 1;
        if (t >= 0 && reader.IsPunct(t, ','))
        {
            t--;
        }

        if (t < 0 || !reader.IsWord(t) || !reader.Lexicon.IsWorkNoun(reader.Text(t)) || reader.LineBefore(segment.OpenToken))
        {
            return false;
        }

        int words = CountWords(reader, segment.FirstToken, segment.EndToken);
        if (words == 0 || words > 12 || !reader.IsCapitalized(segment.FirstToken))
        {
            return false;
        }

        // a title in title case, or a short one without a stop inside (“Ouisa Davis' commentary, "Melania, tell your
        // immigrant story," is very thoughtful”); a whole sentence after "column," stays a quote
        return IsTitleCase(reader, segment.FirstToken, segment.EndToken) || (words <= 8 && !HasStop(reader, segment.FirstToken, segment.EndToken) && !EndsInStop(reader, segment));
    }

    private static bool HasStop(PhraseReader reader, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (reader.IsTerminal(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the quote is all there is of its paragraph, give or take punctuation around the marks.</summary>
    private static bool IsWholeParagraph(PhraseReader reader, QuoteSegment segment)
    {
        if (segment.CloseToken < 0)
        {
            return false;
        }

        int t = segment.OpenToken;
        for (int k = 0; k < 2 && t > 0 && !reader.LineBefore(t) && reader.Kind(t - 1) == TokenKind.Punctuation; k++)
        {
            t--; // "– ‘Who cares?’ –"
        }

        if (t > 0 && !reader.LineBefore(t))
        {
            return false;
        }

        int next = segment.CloseToken + 1;
        for (int k = 0; k < 3 && next < reader.Count && !reader.LineBefore(next) && reader.Kind(next) == TokenKind.Punctuation; k++)
        {
            next++;
        }

        return next >= reader.Count || reader.LineBefore(next);
    }

    private static bool EndsUtterance(PhraseReader reader, int close, int next)
    {
        if (next >= reader.Count || reader.LineBefore(next) || reader.IsTerminal(next) || reader.Kind(next) == TokenKind.Quote)
        {
            return true;
        }

        if ((reader.Document.Tokens.Flag(next) & TokenFlags.SentenceStart) != 0)
        {
            return true;
        }

        char last = LastCharBefore(reader, close);
        return last is ',' or '!' or '?' || (last is '.' or '\u2026' && reader.IsCapitalized(next));
    }

    private static int CountWords(PhraseReader reader, int first, int end)
    {
        int words = 0;
        for (int t = first; t < end; t++)
        {
            if (reader.Kind(t) is TokenKind.Word or TokenKind.Number && !reader.IsPossessive(t))
            {
                words++;
            }
        }

        return words;
    }

    private static bool EndsInStop(PhraseReader reader, QuoteSegment segment) =>
        segment.CloseToken >= 0 && LastCharBefore(reader, segment.CloseToken) is '.' or '!' or '?' or '\u2026';

    private static int CountTokens(QuoteSegment segment) => segment.EndToken - segment.FirstToken;

    /// <summary>Whether every content word is capitalized: a name or a title, not speech.</summary>
    /// <summary>
    /// Whether the quote sits in a headline line rather than in running text: the line says more than the quote but
    /// does not end as a sentence does (“Cockroaches annoy Poles again.” Tourists want compensation; "A darker mood than
    /// ever." What can Kiev expect from the meeting). Lists of other stories under an article are made of such lines,
    /// and a quote in one that names no speaker is a title, not something this story reports.
    /// </summary>
    private static bool IsHeadlineLine(PhraseReader reader, QuoteSegment segment, ref int lineEnd)
    {
        if (segment.CloseToken < 0 || segment.ContinuesPrevious || segment.ContinuesNext)
        {
            return false;
        }

        int lineStart = reader.LineStart(segment.OpenToken);
        if (lineEnd <= segment.CloseToken)
        {
            lineEnd = segment.CloseToken + 1;
            while (lineEnd < reader.Count && !reader.LineBefore(lineEnd))
            {
                lineEnd++;
            }
        }

        if (lineStart == segment.OpenToken && lineEnd == segment.CloseToken + 1)
        {
            return false; // the line is the quote alone: a quoted paragraph, not a headline around a quote
        }

        int last = lineEnd - 1;
        if (reader.Kind(last) == TokenKind.Quote && last > lineStart)
        {
            last--;
        }

        // "… to the S.E.C.''": an abbreviation's stop ends the sentence too.
        var word = reader.Text(last);
        return !reader.IsTerminal(last) && !(word.Length > 1 && CharClass.IsSentenceTerminal(word[^1]));
    }

    private static bool IsTitleCase(PhraseReader reader, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (!reader.IsWord(t) || reader.IsPossessive(t))
            {
                continue;
            }

            if (!reader.IsCapitalized(t) && (reader.Tags(t) & (WordTags.Preposition | WordTags.Determiner | WordTags.Conjunction)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Quotes with no cue of their own take the speaker of the quote they belong with: the next part of a quote
    /// over several paragraphs, the attributed quote right after them, or the quote before them in the same
    /// paragraph or at the end of the previous one (the last speaker holds).
    /// </summary>
    private static void ShareSpeakers(PhraseReader reader, List<QuoteSegment> segments, List<QuoteCandidate> quotes, int first, List<int> segmentOf)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(quotes);
        // backward: a quote borrows from the attributed quote right after it
        for (int i = quotes.Count - 2; i >= first; i--)
        {
            ref var q = ref span[i];
            if (q.HasSpeaker || q.Kind != QuoteKind.Direct)
            {
                continue;
            }

            var segment = segments[segmentOf[i - first]];
            var next = segments[segmentOf[i + 1 - first]];
            ref var nextQuote = ref span[i + 1];
            bool adjacent = segment.ContinuesNext || (segment.CloseToken >= 0 && next.OpenToken <= segment.AfterClose + 1 && !reader.LineBefore(next.OpenToken));
            bool nextIsTurn = nextQuote.HasSpeaker && nextQuote.Speaker.StartToken == next.FirstToken; // "WALLACE: …" starts a new speaker's turn
            if (adjacent && !nextIsTurn && (nextQuote.HasSpeaker || nextQuote.SharesWith >= 0) && nextQuote.Kind == QuoteKind.Direct)
            {
                q.SharesWith = nextQuote.SharesWith >= 0 ? nextQuote.SharesWith : i + 1;
            }
        }

        // forward: the last speaker holds within a paragraph, and into the next one that opens with a quote
        for (int i = first + 1; i < quotes.Count; i++)
        {
            ref var q = ref span[i];
            if (q.HasSpeaker || q.SharesWith >= 0 || q.Kind != QuoteKind.Direct)
            {
                continue;
            }

            var segment = segments[segmentOf[i - first]];
            var previous = segments[segmentOf[i - 1 - first]];
            ref var previousQuote = ref span[i - 1];
            if (!previousQuote.HasSpeaker && previousQuote.SharesWith < 0)
            {
                continue;
            }

            if (!segment.ContinuesPrevious && AwaitsAttribution(reader, segment))
            {
                continue; // “…,” followed by an attribution we could not read is someone's own quote
            }

            bool sameParagraph = ParagraphOf(reader, segment.OpenToken) == ParagraphOf(reader, previous.OpenToken);
            bool opensParagraph = reader.LineBefore(segment.OpenToken) && ParagraphOf(reader, previous.OpenToken) == PreviousParagraph(reader, segment.OpenToken);
            if (segment.ContinuesPrevious || sameParagraph || opensParagraph)
            {
                q.SharesWith = previousQuote.SharesWith >= 0 ? previousQuote.SharesWith : i - 1;
            }
        }
    }

    /// <summary>The last resort for a quote nobody is said to have said: the speaker of the sentence before it.</summary>
    private static void PreviousSentenceSpeakers(PhraseReader reader, List<QuoteSegment> segments, List<QuoteCandidate> quotes, int first, List<int> segmentOf)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(quotes);
        for (int i = first; i < quotes.Count; i++)
        {
            ref var q = ref span[i];
            var segment = segments[segmentOf[i - first]];
            if (q.HasSpeaker || q.SharesWith >= 0 || q.Kind != QuoteKind.Direct || segment.ContinuesPrevious || AwaitsAttribution(reader, segment))
            {
                continue;
            }

            if (PreviousSentenceSpeaker(reader, segment.OpenToken, out int cue, out var speaker))
            {
                // Rhodes said Sunday. “The further introduction of U.S. troops …”
                q.CueStart = cue;
                q.CueEnd = cue + 1;
                q.Speaker = speaker;
            }
        }
    }

    /// <summary>Whether the quote ends in a comma and its sentence goes on: “…,” names the speaker next.</summary>
    private static bool AwaitsAttribution(PhraseReader reader, QuoteSegment segment) =>
        segment.CloseToken >= 0 && LastCharBefore(reader, segment.CloseToken) == ','
        && segment.AfterClose < reader.Count && !reader.LineBefore(segment.AfterClose) && reader.Kind(segment.AfterClose) != TokenKind.Quote;

    /// <summary>The first token of the paragraph (line) holding <paramref name="token"/>.</summary>
    private static int ParagraphOf(PhraseReader reader, int token) => reader.LineStart(token);

    private static int PreviousParagraph(PhraseReader reader, int token)
    {
        int start = ParagraphOf(reader, token);
        return start == 0 ? -1 : ParagraphOf(reader, start - 1);
    }
}
