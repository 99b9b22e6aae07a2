using Extractor.Internal;
using Extractor.Pipeline;

namespace Extractor.Entities;

/// <summary>
/// The one place where candidates from all recognizers meet. Each candidate gets a rank; candidates are kept in rank
/// order (longer first within a rank) and a candidate survives only where it overlaps nothing already kept.
/// </summary>
/// <remarks>
/// Precedence, highest first:
/// <list type="number">
/// <item>a model PERSON, or another model name scoring at least <see cref="StrongModelScore"/>, that strictly contains
/// a temporal rule span ("Theresa May" over the date "May", "April Ryan" over "April");</item>
/// <item>temporal rules (DATE/TIME/DURATION/SET with normalized values); model DATE/TIME spans are dropped, so every
/// temporal entity has a value;</item>
/// <item>model PERSON and ORG at any score, and other model mentions scoring at least <see cref="ConfidentModelScore"/>,
/// except a model ORG scoring under <see cref="PlaceOverOrganizationScore"/> whose span, less a leading "The", is exactly a
/// gazetteer place or nationality ("The Baltic States" at the start of a sentence): it drops to the last rank;</item>
/// <item>gazetteer places and nationalities, which thus win over a doubtful model span, and also over a model PERSON or
/// ORG scoring below <see cref="ConfidentModelScore"/> whose whole span they cover ("Riga" in a dateline);</item>
/// <item>the remaining low-confidence model mentions.</item>
/// </list>
/// Names the model is confident of whose type is not reported (laws, events, works, products: "Article 5 of the
/// Washington Treaty", "the Tour de France") take part at the third rank and are then dropped: they keep a gazetteer
/// place from being read inside them, as a reader would not call "Washington" there a place.
/// <para>Three more rules keep a listed place from standing where the model reads something else: a model person under
/// <see cref="DoubtfulPersonScore"/> that no confident person shares a word with is not reported but holds its
/// characters; a low-confidence model name around a gazetteer mention, with a capitalized word of its own, goes just
/// ahead of the gazetteer ("Napa Valley"), or only holds its characters under <see cref="DoubtfulModelScore"/>; and a
/// gazetteer mention no model mention touches, glued to a capitalized word in a line of prose ("West Texas
/// Intermediate"), is left out.</para>
/// </remarks>
internal static class MentionMerger
{
    /// <summary>Model score from which a name may override a temporal rule span it contains.</summary>
    public const float StrongModelScore = 0.6f;

    /// <summary>Model score from which a place, nationality or date from the model outranks the gazetteer.</summary>
    public const float ConfidentModelScore = 0.5f;

    /// <summary>
    /// Model score under which a place or nationality that no gazetteer entry confirms is not reported: at that
    /// confidence the model's other readings (another type, no name) together outweigh the one it chose
    /// (on OntoNotes dev through <c>eval ner --pipeline</c>: places P 86.9 → 88.0 and nationalities P 90.0 → 92.3 for
    /// recall 89.0 → 88.2 and 90.6 → 89.6).
    /// </summary>
    public const float DoubtfulModelScore = 0.3f;

    /// <summary>
    /// Model score under which a person is reported only when a person the model is confident of (at least
    /// <see cref="ConfidentModelScore"/>) shares one of its words ("Tusk" after "Donald Tusk"): below it, on OntoNotes
    /// dev through <c>eval ner --pipeline</c>, fewer than a third of the persons reported were right.
    /// </summary>
    public const float DoubtfulPersonScore = 0.3f;

    /// <summary>Model score under which an organization yields to a gazetteer place or nationality of the same span.</summary>
    public const float PlaceOverOrganizationScore = 0.5f;

    /// <summary>Merges the candidates; <paramref name="text"/> (the document) lets a leading "The" be recognized.</summary>
    public static List<EntityMention> Merge(List<EntityMention> model, List<EntityMention> gazetteer, List<EntityMention> temporal, string? text = null,
        List<EntityMention>? unreported = null)
    {
        if (!IsSorted(gazetteer))
        {
            gazetteer = [.. gazetteer];
            gazetteer.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        if (!IsSorted(temporal))
        {
            temporal = [.. temporal];
            temporal.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        // The candidate list and the sort keys are the thread's, reused: on a long text they are large arrays, which
        // would otherwise be allocated (and zeroed) again on every call.
        var candidates = _candidates ?? [];
        _candidates = null;
        candidates.EnsureCapacity(model.Count + gazetteer.Count + temporal.Count + (unreported?.Count ?? 0));
        foreach (var m in temporal)
        {
            candidates.Add((1, m, false));
        }

        if (unreported is not null)
        {
            foreach (var m in unreported)
            {
                candidates.Add((2, m, true));
            }
        }

        SpanDictionary<bool>? confidentPeople = null;
        foreach (var found in model)
        {
            var m = found;
            // A person around a temporal span ("Theresa May", "April Ryan") keeps rank (0) whatever its score, so the
            // date inside it is not read either.
            if (m.Type == EntityType.Person && m.Score < DoubtfulPersonScore && text is not null && m.Start >= 0 && m.End <= text.Length
                && !StrictlyContainsAny(m, temporal))
            {
                confidentPeople ??= ConfidentPeopleWords(model, text);
                if (!SharesWordWithAny(m, confidentPeople, text))
                {
                    // "Watch TVN24 live" read as a person at 0.10, with no one of that name in the document: not
                    // reported, but still a name, so no place is read inside it ("B Lima (Samoa)") unless a listed
                    // place is all of it ("Kiev" read as a person).
                    if (!CoveredByAny(m, gazetteer))
                    {
                        candidates.Add((2, m, true));
                    }

                    continue;
                }
            }

            // Dates and times come from the temporal rules alone: they carry normalized values, and a model DATE
            // the rules rejected is usually a number or a name ("2022 soldiers", "the March on Washington").
            if (m.IsTemporal)
            {
                continue;
            }

            int rank = ModelRank(m, temporal, gazetteer);
            if (rank == 2 && m.Type == EntityType.Organization && m.Score < PlaceOverOrganizationScore && IsGazetteerPlace(m, gazetteer, text))
            {
                rank = 4;
            }
            else if (rank == 2 && m.Type == EntityType.Organization && m.Score < PlaceOverOrganizationScore && IsPlaceWithAreaWord(m, gazetteer, text))
            {
                m.Type = EntityType.Location; // "Donbass Region", "Kherson Oblast": a listed place and the word for its kind of area
            }

            if (rank == 4 && NamesMoreThanPlaceInside(m, gazetteer, text))
            {
                // "Napa Valley", "the Taipei Basin", "Little Oxford", "Papua-New Guinea": the model reads a longer name
                // around a listed place, with a capitalized word of its own; even when unsure of it, that is a better
                // reading than the place alone, so it goes just ahead of the gazetteer, and below the score from which
                // a place is reported it only holds its characters.
                candidates.Add((3, m, m.Score < DoubtfulModelScore));
                continue;
            }

            if (rank == 4 && m.Score < DoubtfulModelScore)
            {
                continue; // "Euractiv" as a place at 0.22: the model would as soon have said something else
            }

            candidates.Add((rank, m, false));
        }

        ulong[]? modelSeen = null;
        foreach (var m in gazetteer)
        {
            if (text is not null && m.End <= text.Length && InsideLongerName(m, gazetteer, text))
            {
                // "West Texas Intermediate", "the Tokyo Stock Price Index", "the Changchun Film Studio": a listed name
                // with a capitalized word glued to it in running prose is part of a longer name; where the model saw
                // no name there at all, it is not the place on its own.
                modelSeen ??= Claimed(model, unreported, text.Length);
                if (!AnyClaimed(modelSeen, m.Start, m.End))
                {
                    continue;
                }
            }

            candidates.Add((3, m, false));
        }

        // The candidates are visited in precedence order through 8-byte keys sorted with their indexes rather than
        // sorted themselves: moving the mentions through a comparison delegate was half of the merge's time on long texts.
        int count = candidates.Count;
        var keys = _keys is { } pooledKeys && pooledKeys.Length >= count ? pooledKeys : new ulong[count];
        var order = _order is { } pooledOrder && pooledOrder.Length >= count ? pooledOrder : new int[count];
        (_keys, _order) = (null, null);
        int maxEnd = 0;
        for (int i = 0; i < count; i++)
        {
            var (rank, candidate, _) = candidates[i];
            keys[i] = PrecedenceKey(rank, candidate.Length, candidate.Start);
            order[i] = i;
            maxEnd = Math.Max(maxEnd, candidate.End);
        }

        Array.Sort(keys, order, 0, count);
        for (int i = 1; i < count; i++)
        {
            // equal keys (one rank, one span) in the order the candidates were listed
            int index = order[i];
            int j = i - 1;
            while (j >= 0 && keys[j] == keys[i] && order[j] > index)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = index;
        }

        // Characters already claimed, as a bit set: linear in the total mention length, whatever the document size.
        var claimed = new ulong[(maxEnd >> 6) + 1];
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            int index = order[i];
            var (_, candidate, held) = candidates[index];
            if (candidate.End > candidate.Start && !AnyClaimed(claimed, candidate.Start, candidate.End))
            {
                Claim(claimed, candidate.Start, candidate.End);
                if (!held)
                {
                    keys[kept++] = ((ulong)(uint)(candidate.Start ^ int.MinValue) << 32) | (uint)index; // a slot already read: the kept ones, in text order below
                }
            }
        }

        // Kept mentions claim disjoint characters, so their starts differ and order them in the text.
        Array.Sort(keys, 0, kept);
        var result = new List<EntityMention>(kept + (kept >> 4) + 16); // room for the few the rules after the merge add
        for (int k = 0; k < kept; k++)
        {
            result.Add(candidates[(int)(uint)keys[k]].Mention);
        }

        candidates.Clear(); // drops the strings the mentions refer to
        if (count <= MaxPooledCandidates)
        {
            (_candidates, _keys, _order) = (candidates, keys, order);
        }

        return result;
    }

    /// <summary>Candidate lists grown past this many (a text of several megabytes) are not kept for the thread's next call.</summary>
    private const int MaxPooledCandidates = 1 << 16;

    [ThreadStatic]
    private static List<(int Rank, EntityMention Mention, bool Held)>? _candidates;

    [ThreadStatic]
    private static ulong[]? _keys;

    [ThreadStatic]
    private static int[]? _order;

    /// <summary>
    /// Where a candidate stands in the precedence, as one number: by rank, longer first within a rank, then in text
    /// order (a string holds fewer than 2^30 characters, so each part has its bits).
    /// </summary>
    private static ulong PrecedenceKey(int rank, int length, int start)
    {
        const int Max = (1 << 30) - 1;
        return ((ulong)(uint)rank << 60) | ((ulong)(uint)(Max - Math.Clamp(length, 0, Max)) << 30) | (uint)Math.Clamp(start, 0, Max);
    }

    private static bool IsSorted(List<EntityMention> list)
    {
        for (int i = 1; i < list.Count; i++)
        {
            if (list[i].Start < list[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static int ModelRank(EntityMention m, List<EntityMention> temporal, List<EntityMention> gazetteer)
    {
        if (!m.IsTemporal && (m.Type == EntityType.Person || m.Score >= StrongModelScore) && StrictlyContainsAny(m, temporal))
        {
            return 0;
        }

        // A listed place or nationality that covers the whole of a doubtful model span is the better reading:
        // "Riga" in a dateline or "Kiev" read as a person at low confidence.
        if (m.Score < ConfidentModelScore && CoveredByAny(m, gazetteer))
        {
            return 4;
        }

        if (m.Type is EntityType.Person or EntityType.Organization || m.Score >= ConfidentModelScore)
        {
            return 2;
        }

        return 4;
    }

    private static bool CoveredByAny(EntityMention inner, List<EntityMention> sortedOuter)
    {
        // Gazetteer mentions arrive in text order and never overlap: the last one starting at or before the inner
        // mention is the only one that can cover it.
        int lo = SortedMentions.FirstStartingAfter(sortedOuter, inner.Start);

        return lo > 0 && sortedOuter[lo - 1].End >= inner.End;
    }

    /// <summary>
    /// Whether a gazetteer place or nationality covers exactly <paramref name="m"/>, or all of it after a leading "The ".
    /// </summary>
    private static bool IsGazetteerPlace(EntityMention m, List<EntityMention> sortedGazetteer, string? text)
    {
        int leading = text is not null && m.End <= text.Length && m.Length > 4 && text.AsSpan(m.Start, 4).Equals("The ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        int lo = SortedMentions.FirstStartingAtOrAfter(sortedGazetteer, m.Start);

        for (int i = lo; i < sortedGazetteer.Count && sortedGazetteer[i].Start <= m.Start + leading; i++)
        {
            var g = sortedGazetteer[i];
            if (g.End == m.End && (g.Start == m.Start || g.Start == m.Start + leading) && g.Type is EntityType.Location or EntityType.Nationality)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="m"/> strictly contains a gazetteer mention and, outside every gazetteer mention it
    /// contains, a capitalized word other than a leading "The": "Napa Valley" around "Valley" or "Napa", not "Greek
    /// Cypriot" (two listed names) nor "Guangdong province" (the rest is lower case).
    /// </summary>
    private static bool NamesMoreThanPlaceInside(EntityMention m, List<EntityMention> sortedGazetteer, string? text)
    {
        if (text is null || m.End > text.Length)
        {
            return false;
        }

        int lo = SortedMentions.FirstStartingAtOrAfter(sortedGazetteer, m.Start);

        int first = lo;
        bool inside = false;
        for (int i = first; i < sortedGazetteer.Count && sortedGazetteer[i].Start < m.End; i++)
        {
            var g = sortedGazetteer[i];
            inside |= g.End <= m.End && g.Length < m.Length;
        }

        if (!inside)
        {
            return false;
        }

        // Walk the words of the span, stepping over the gazetteer mentions inside it.
        int next = first;
        int c = m.Start;
        while (c < m.End)
        {
            while (next < sortedGazetteer.Count && sortedGazetteer[next].End <= c)
            {
                next++;
            }

            if (next < sortedGazetteer.Count && sortedGazetteer[next].Start <= c && sortedGazetteer[next].End <= m.End)
            {
                c = sortedGazetteer[next].End;
                continue;
            }

            if (!char.IsLetterOrDigit(text[c]))
            {
                c++;
                continue;
            }

            int end = c;
            while (end < m.End && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (char.IsUpper(text[c]) && !(c == m.Start && text.AsSpan(c, end - c) is "The"))
            {
                return true;
            }

            c = end;
        }

        return false;
    }

    /// <summary>The capitalized words of the persons the model is confident of, as one lookup table.</summary>
    private static SpanDictionary<bool> ConfidentPeopleWords(List<EntityMention> model, string text)
    {
        var words = new SpanDictionary<bool>();
        foreach (var m in model)
        {
            if (m.Type == EntityType.Person && m.Score >= ConfidentModelScore && m.Start >= 0 && m.End <= text.Length)
            {
                for (int c = m.Start; c < m.End;)
                {
                    int end = WordEnd(text, c, m.End);
                    if (end > c + 1 && char.IsUpper(text[c]) && !words.ContainsKey(text.AsSpan(c, end - c)))
                    {
                        words.Set(text.Substring(c, end - c), true);
                    }

                    c = Math.Max(end, c + 1);
                }
            }
        }

        return words;
    }

    /// <summary>The end of the run of letters starting at <paramref name="c"/> (<paramref name="c"/> itself when it is no letter).</summary>
    private static int WordEnd(string text, int c, int limit)
    {
        int end = c;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether a capitalized word of <paramref name="m"/> of two letters or more is one of <paramref name="words"/>.</summary>
    private static bool SharesWordWithAny(EntityMention m, SpanDictionary<bool> words, string text)
    {
        if (words.Count == 0)
        {
            return false;
        }

        for (int c = m.Start; c < m.End;)
        {
            int end = WordEnd(text, c, m.End);
            if (end > c + 1 && char.IsUpper(text[c]) && words.ContainsKey(text.AsSpan(c, end - c)))
            {
                return true;
            }

            c = Math.Max(end, c + 1);
        }

        return false;
    }

    /// <summary>The characters of every model mention, whatever its type or score.</summary>
    private static ulong[] Claimed(List<EntityMention> model, List<EntityMention>? unreported, int length)
    {
        var seen = new ulong[(length >> 6) + 1];
        foreach (var m in model)
        {
            Claim(seen, Math.Max(0, m.Start), Math.Min(length, m.End));
        }

        foreach (var m in unreported ?? [])
        {
            Claim(seen, Math.Max(0, m.Start), Math.Min(length, m.End));
        }

        return seen;
    }

    /// <summary>How far to each side of a mention its line is read to tell prose from a heading.</summary>
    private const int LineWindow = 150;

    /// <summary>
    /// Whether a gazetteer mention has a capitalized word of two letters or more right before it (one space or hyphen
    /// between; not a word that opens its sentence) or right after it that no other gazetteer mention holds, in a line of prose: more words
    /// in lower case than capitalized around the capitalized run that holds it, so neither a heading in title case nor
    /// one in capitals.
    /// </summary>
    private static bool InsideLongerName(EntityMention g, List<EntityMention> sortedGazetteer, string text)
    {
        bool glued = false;
        int before = g.Start - 1;
        if (before > 0 && text[before] is ' ' or '-' && char.IsLetterOrDigit(text[before - 1]))
        {
            int start = before - 1;
            while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            // A lone capital ("S Africa" in a team sheet) is an abbreviation, not a name's word.
            glued = before - start >= 2 && char.IsUpper(text[start]) && !OpensSentence(text, start) && !IsGazetteerAt(sortedGazetteer, start, before);
        }

        int after = g.End;
        if (!glued && after + 1 < text.Length && text[after] is ' ' or '-' && char.IsUpper(text[after + 1]))
        {
            int end = after + 1;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            glued = !IsGazetteerAt(sortedGazetteer, after + 1, end);
        }

        if (!glued)
        {
            return false;
        }

        // The capitalized run around the mention is left out of the count: it is the name, not the line's style. It is
        // followed no further than the window the count looks at, so a line of nothing but capitalized words costs
        // each mention a bounded walk, not the whole line.
        int runStart = g.Start, runEnd = g.End;
        while (runStart > 1 && g.Start - runStart < LineWindow && text[runStart - 1] is ' ' or '-' && char.IsLetterOrDigit(text[runStart - 2]))
        {
            int start = runStart - 2;
            while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            if (!char.IsUpper(text[start]))
            {
                break;
            }

            runStart = start;
        }

        while (runEnd + 1 < text.Length && runEnd - g.End < LineWindow && text[runEnd] is ' ' or '-' && char.IsUpper(text[runEnd + 1]))
        {
            runEnd++;
            while (runEnd < text.Length && char.IsLetterOrDigit(text[runEnd]))
            {
                runEnd++;
            }
        }

        return IsProse(text, runStart, runEnd);
    }

    /// <summary>Whether the word at <paramref name="start"/> opens a sentence or a line.</summary>
    private static bool OpensSentence(string text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is ' ' or '"' or '\'' or '“' or '‘' or '(' or '[' or '\t')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '\n' or '\r' or ':' or '—' or '–';
        }

        return true;
    }

    private static bool IsGazetteerAt(List<EntityMention> sortedGazetteer, int start, int end)
    {
        int lo = SortedMentions.FirstEndingAfter(sortedGazetteer, start);

        return lo < sortedGazetteer.Count && sortedGazetteer[lo].Start < end;
    }

    /// <summary>Whether the words of the line around [start, end), outside it, are mostly in lower case (running prose).</summary>
    private static bool IsProse(string text, int start, int end)
    {
        int lower = 0, upper = 0;
        int from = start, to = end;
        while (from > 0 && start - from < LineWindow && text[from - 1] is not '\n' and not '\r')
        {
            from--;
        }

        while (to < text.Length && to - end < LineWindow && text[to] is not '\n' and not '\r')
        {
            to++;
        }

        for (int i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i < start || i >= end))
            {
                if (char.IsLower(text[i]))
                {
                    lower++;
                }
                else if (char.IsUpper(text[i]))
                {
                    upper++;
                }
            }
        }

        return lower > upper;
    }

    /// <summary>Words that, after a place's name, name the kind of area it is, not a body.</summary>
    private static readonly string[] AreaWords = ["Region", "Province", "Oblast", "District", "Territory", "Prefecture", "Governorate", "Peninsula", "Basin", "Valley"];

    /// <summary>Whether the span is a gazetteer place followed by one area word ("Donbass Region").</summary>
    private static bool IsPlaceWithAreaWord(EntityMention m, List<EntityMention> sortedGazetteer, string? text)
    {
        if (text is null || m.End > text.Length)
        {
            return false;
        }

        var span = text.AsSpan(m.Start, m.Length);
        int space = span.LastIndexOf(' ');
        if (space <= 0 || !IsAreaWord(span[(space + 1)..]))
        {
            return false;
        }

        var head = m;
        head.End = m.Start + space;
        return IsGazetteerPlace(head, sortedGazetteer, text);
    }

    private static bool IsAreaWord(ReadOnlySpan<char> word)
    {
        foreach (var area in AreaWords)
        {
            if (word.Equals(area, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StrictlyContainsAny(EntityMention outer, List<EntityMention> sortedTemporal)
    {
        // Temporal mentions arrive in text order: binary search the first that could lie inside.
        int lo = SortedMentions.FirstStartingAtOrAfter(sortedTemporal, outer.Start);

        for (int i = lo; i < sortedTemporal.Count && sortedTemporal[i].Start < outer.End; i++)
        {
            var inner = sortedTemporal[i];
            if (inner.End <= outer.End && outer.Length > inner.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyClaimed(ulong[] claimed, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if ((claimed[i >> 6] & (1UL << (i & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Claim(ulong[] claimed, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            claimed[i >> 6] |= 1UL << (i & 63);
        }
    }
}
