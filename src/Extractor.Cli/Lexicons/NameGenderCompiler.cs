using System.Globalization;
using System.Text;
using Extractor.Entities;
using Extractor.Models;
using Extractor.Quotes;
using Extractor.Resolution;
using Extractor.Text;

namespace Extractor.Cli.Lexicons;

/// <summary>
/// Derives which first names news text uses for men and which for women, from unlabeled text and the person spans
/// it names, with no list of names: for each full person name ("Tessa Jowell") the document gives evidence about
/// its first word, and a name is kept when enough documents agree.
/// </summary>
/// <remarks>
/// Evidence, per document and first name:
/// <list type="bullet">
/// <item>an honorific before the full name ("Sir Alex Ferguson", "Mrs Margaret Beckett") or before its surname
/// anywhere in the same document ("Tony Blair" … "Mr Blair");</item>
/// <item>a gendered noun just before it ("actress Nicole Kidman", "his wife Cherie Blair");</item>
/// <item>for a name that opens its sentence, the first he/she/himself/herself after it before any other person is
/// named (or "his", or "her" before a lower-case content word), outside quotation marks, in the name's sentence or the next; for the only name of its sentence, a "He" or
/// "She" that opens the next.</item>
/// </list>
/// A document votes male or female when its evidence for a first name all points one way (a document with both
/// counts against both). A name is kept with at least <see cref="MinDocuments"/> votes and a share of
/// <see cref="MinShare"/> for one gender, unless it is no first name: title, rank and party words before a name
/// ("Gen", "Tory") are skipped, and a word dropped that as many documents write as a person's surname (the last word
/// of a name, or a name on its own) as write it first ("Hogan", "Guzman"), that documents writing it first also use
/// alone for the person (the family names that come first in Chinese names: "Wang Yi … Wang said"), that the
/// gazetteer lists ("Israel"), or that running text mostly writes in lower case (the case profile of the entity model). Person spans come from the gold labels of OntoNotes and CoNLL training data
/// and from this package's own recognizer on raw BBC and PolNeAR training articles; the dev sets stay out so the
/// quote evaluation on PolNeAR dev reads text the resource never saw.
/// </remarks>
internal sealed class NameGenderCompiler
{
    /// <summary>Fewest documents that must give evidence for a name.</summary>
    public const int MinDocuments = 2;

    /// <summary>The share of the votes (conflicting documents included) the majority gender needs.</summary>
    public const double MinShare = 0.8;

    /// <summary>Sentences of OntoNotes, which has no document breaks, taken as one document.</summary>
    private const int OntoNotesChunk = 40;

    private static readonly HashSet<string> MaleHonorifics = new(StringComparer.Ordinal) { "Mr", "Mr.", "Sir", "Lord", "MR", "SIR" };
    private static readonly HashSet<string> FemaleHonorifics = new(StringComparer.Ordinal) { "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "MRS", "MS" };

    private static readonly HashSet<string> QuoteMarks = new(StringComparer.Ordinal) { "\"", "“", "”", "``", "''", "«", "»" };

    private readonly TextWriter _log;
    private readonly Dictionary<string, (int Male, int Female, int Mixed)> _votes = new(StringComparer.Ordinal);

    /// <summary>
    /// Per word, how many documents write it as the first word of a person's name, how many as the surname (last, or a
    /// name alone), and how many of the first write it alone as well.
    /// </summary>
    private readonly Dictionary<string, (int First, int Last, int FirstAlone)> _positions = new(StringComparer.Ordinal);
    private int _documents;

    public NameGenderCompiler(TextWriter log)
    {
        _log = log;
    }

    /// <summary>One document: its words, where its sentences start, and the person names in it as token ranges.</summary>
    internal sealed record Document(string[] Words, bool[] SentenceStart, List<(int Start, int End)> Persons);

    /// <summary>Reads every source under <paramref name="data"/> and returns the kept names and the sources' description.</summary>
    public (SortedDictionary<string, int> Names, string Sources) Compile(string data)
    {
        var sources = new List<string>();
        string ontonotes = Path.Combine(data, "ner", "ontonotes5", "train.tsv");
        sources.Add($"OntoNotes 5 train ({AddAll(ReadTokenFile(ontonotes, '\t', 2, "PERSON", OntoNotesChunk))} chunks of {OntoNotesChunk} sentences, gold PERSON spans)");
        string conll = Path.Combine(data, "ner", "conll2003", "train.txt");
        sources.Add($"CoNLL-2003 train ({AddAll(ReadTokenFile(conll, ' ', 3, "PER", 0))} documents, gold PER spans)");
        var extractor = NewsExtractor.Default;
        var bbc = Directory.GetFiles(Path.Combine(data, "raw", "bbc"), "*.txt", SearchOption.AllDirectories);
        sources.Add($"BBC News raw text ({AddAll(ReadRaw(extractor, bbc))} articles, person spans from this package's recognizer)");
        var polnear = Directory.GetFiles(Path.Combine(data, "quotes", "polnear", "train", "text"), "*.txt");
        sources.Add($"PolNeAR train text ({AddAll(ReadRaw(extractor, polnear))} articles, same recognizer)");

        return (Keep(), string.Join("; ", sources));
    }

    /// <summary>The names the votes so far keep, each 1 (male) or -1 (female); logs what it drops and why.</summary>
    internal SortedDictionary<string, int> Keep()
    {
        var kept = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int male = 0;
        int female = 0;
        var caseProfile = EntityModel.LoadDefault()?.CaseProfile;
        var dropped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, (m, f, mixed)) in _votes)
        {
            int total = m + f + mixed;
            if (total < MinDocuments || (m < total * MinShare && f < total * MinShare))
            {
                continue;
            }

            if (NotAFirstName(name, caseProfile) is { } reason)
            {
                (dropped.TryGetValue(reason, out var list) ? list : dropped[reason] = []).Add(name);
                continue;
            }

            if (m >= total * MinShare)
            {
                kept[name] = 1;
                male++;
            }
            else if (f >= total * MinShare)
            {
                kept[name] = -1;
                female++;
            }
        }

        _log.WriteLine($"documents {_documents:N0}; first names with evidence {_votes.Count:N0}; kept {kept.Count:N0} ({male:N0} male, {female:N0} female)");
        foreach (var (reason, names) in dropped.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            names.Sort(StringComparer.Ordinal);
            _log.WriteLine($"dropped as {reason}: {names.Count:N0} ({string.Join(", ", names)})");
        }

        return kept;
    }

    /// <summary>
    /// Why a word that won a gender's votes is still no first name, or null when it is one: a surname (documents write it
    /// last in a name, or alone, at least as often as first), a family name written first (a quarter of the documents
    /// that write it first in a name also name the person by it alone: "Wang Yi … Wang said"), a place or group the
    /// gazetteer lists, or a word running text mostly writes in lower case.
    /// </summary>
    private string? NotAFirstName(string name, WordCaseProfile? caseProfile)
    {
        var (first, last, firstAlone) = _positions.TryGetValue(name, out var seen) ? seen : default;
        if (last >= first)
        {
            return "surname";
        }

        if (firstAlone * 4 >= first)
        {
            return "name used alone"; // "Wang Yi … Wang said": a family name that comes first, not a given name
        }

        if (Gazetteer.Default.TryGet(name, out _))
        {
            return "gazetteer name";
        }

        return caseProfile is not null && caseProfile.CaseOfWord(name) == WordCaseProfile.Lower ? "lower-case word" : null;
    }

    /// <summary>
    /// A word that stands before a name without being its first name: an honorific, a title or rank ("General", "Gen",
    /// "Sen."), or a party, nationality or place the gazetteer lists ("Tory", "Democrat", "British").
    /// </summary>
    private static bool IsTitleWord(string word) =>
        HonorificGender(word) != 0
        || Abbreviations.Classify(word.AsSpan().TrimEnd('.')) == AbbreviationKind.Title
        || (QuoteLexicon.Default.Word(word) & WordTags.Title) != 0
        || Gazetteer.Default.TryGet(word, out _);

    /// <summary>
    /// Writes every first name with evidence and its votes (male, female, mixed), then how many documents write it first
    /// in a name and how many as a surname, for review.
    /// </summary>
    public void WriteVotes(TextWriter writer)
    {
        foreach (var (name, (m, f, mixed)) in _votes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (first, last, firstAlone) = _positions.TryGetValue(name, out var seen) ? seen : default;
            writer.WriteLine($"{name}\t{m}\t{f}\t{mixed}\t{first}\t{last}\t{firstAlone}");
        }
    }

    private int AddAll(IEnumerable<Document> documents)
    {
        int n = 0;
        foreach (var document in documents)
        {
            Add(document);
            n++;
        }

        return n;
    }

    /// <summary>Collects one document's evidence and turns it into one vote per first name.</summary>
    internal void Add(Document document)
    {
        _documents++;
        var words = document.Words;
        var persons = document.Persons;

        // surnames the document writes after an honorific: "Mr Blair", "Mrs Jowell"; both for one surname says nothing
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k + 1 < words.Length; k++)
        {
            int g = HonorificGender(words[k]);
            if (g != 0 && IsNameWord(words[k + 1]))
            {
                surnames[words[k + 1]] = surnames.TryGetValue(words[k + 1], out int seen) && seen != g ? 0 : g;
            }
        }

        // a surname that two people of the document share ("Tony Blair", "Cherie Blair") says nothing through "Mr Blair"
        var firstNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var asFirst = new HashSet<string>(StringComparer.Ordinal);
        var asLast = new HashSet<string>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in persons)
        {
            int first = start;
            while (first < end && IsTitleWord(words[first]))
            {
                first++;
            }

            if (end - first >= 2)
            {
                string surname = words[end - 1];
                firstNames[surname] = firstNames.TryGetValue(surname, out var known) && known != words[first] ? string.Empty : words[first];
                asFirst.Add(words[first]);
                asLast.Add(surname);
            }
            else if (end - first == 1)
            {
                asLast.Add(words[first]); // "Wang said", "Curtin added": a name on its own is a surname
                alone.Add(words[first]);
            }
        }

        foreach (var word in asFirst)
        {
            var (f, l, a) = _positions.TryGetValue(word, out var seen) ? seen : default;
            _positions[word] = (f + 1, l, alone.Contains(word) ? a + 1 : a);
        }

        foreach (var word in asLast)
        {
            var (f, l, a) = _positions.TryGetValue(word, out var seen) ? seen : default;
            _positions[word] = (f, l + 1, a);
        }

        var evidence = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        for (int p = 0; p < persons.Count; p++)
        {
            var (start, end) = persons[p];
            int gender = 0;
            int first = start;
            while (first < end && IsTitleWord(words[first]))
            {
                // "Sir Alex Ferguson", "Tory MP Howard Flight", "Gen Peng Xing": the honorific says the sex, the rest nothing
                gender = HonorificGender(words[first]) is var g && g != 0 ? g : gender;
                first++;
            }

            if (first == start && start > 0)
            {
                gender = HonorificGender(words[start - 1]);
                if (gender == 0)
                {
                    gender = NounGender(words[start - 1]);
                }
            }

            // the first and last words of the name ("George W. Bush" → George … Bush); a title or other word the
            // speaker reader classes ("Prince", "Justice") is no first name
            if (end - first < 2 || !IsNameWord(words[first]))
            {
                continue;
            }

            string firstName = words[first];
            string surname = words[end - 1];
            if (!IsNameWord(surname) || surname == firstName || QuoteLexicon.Default.Word(firstName) != WordTags.None)
            {
                continue;
            }

            var (male, female) = evidence.TryGetValue(firstName, out var e) ? e : default;
            if (gender == 0 && surnames.TryGetValue(surname, out int bySurname) && firstNames[surname].Length > 0)
            {
                gender = bySurname;
            }

            int pronoun = OpensSentence(document, start) ? PronounAfter(document, p) : AloneInSentence(document, p) ? NextSentenceSubject(document, p) : 0;
            foreach (int g in new[] { gender, pronoun })
            {
                if (g > 0)
                {
                    male++;
                }
                else if (g < 0)
                {
                    female++;
                }
            }

            evidence[firstName] = (male, female);
        }

        foreach (var (name, (male, female)) in evidence)
        {
            if (male == 0 && female == 0)
            {
                continue;
            }

            var v = _votes.TryGetValue(name, out var seen) ? seen : default;
            _votes[name] = female == 0 ? (v.Male + 1, v.Female, v.Mixed) : male == 0 ? (v.Male, v.Female + 1, v.Mixed) : (v.Male, v.Female, v.Mixed + 1);
        }
    }

    /// <summary>
    /// The gender of the first he/she/himself/herself after person <paramref name="p"/>, in its sentence or the next,
    /// before another person is named (even by the same surname) or a quotation mark opens; 0 if none.
    /// </summary>
    private static int PronounAfter(Document document, int p)
    {
        var words = document.Words;
        int end = document.Persons[p].End;
        int nextPerson = p + 1 < document.Persons.Count ? p + 1 : -1;
        int sentences = 0;
        for (int k = end; k < words.Length && k < end + 60; k++)
        {
            if (document.SentenceStart[k] && ++sentences > 1)
            {
                break;
            }

            while (nextPerson >= 0 && nextPerson < document.Persons.Count && document.Persons[nextPerson].End <= k)
            {
                nextPerson++;
            }

            if (nextPerson >= 0 && nextPerson < document.Persons.Count && document.Persons[nextPerson].Start == k)
            {
                break; // even "Blair" again may be another Blair ("Cherie Blair … Mr Blair … he")
            }

            string w = words[k];
            if (QuoteMarks.Contains(w))
            {
                break;
            }

            if (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("himself", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            if (w.Equals("she", StringComparison.OrdinalIgnoreCase) || w.Equals("herself", StringComparison.OrdinalIgnoreCase)
                || (w.Equals("her", StringComparison.OrdinalIgnoreCase) && k + 1 < words.Length && IsPossessed(words[k + 1])))
            {
                return -1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> is its sentence's subject as news writes it: only capitalized words
    /// before it ("Former President Bill Clinton said"). A name later in the sentence is mostly an object ("… beating
    /// Hillary Clinton in his fourth win"), and the pronoun after it the subject's.
    /// </summary>
    private static bool OpensSentence(Document document, int start)
    {
        for (int k = start - 1; k >= 0; k--)
        {
            if (!IsNameWord(document.Words[k]) && !(document.Words[k].Length > 0 && char.IsUpper(document.Words[k][0])))
            {
                return false;
            }

            if (document.SentenceStart[k])
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the word after "her" makes it a possessive like "his" ("her availability", "her first race") rather than
    /// an object ("told her that", "gave her a", "thanked her."): a lower-case word that is no function word.
    /// </summary>
    private static bool IsPossessed(string next) =>
        next.Length > 1 && char.IsLower(next[0]) && next.All(char.IsLetter) && !FunctionWords.Contains(next);

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "that", "to", "and", "or", "but", "of", "in", "on", "for", "with", "as", "at", "by", "from", "if",
        "when", "about", "up", "out", "down", "off", "over", "into", "back", "again", "so", "than", "this", "what", "how",
        "why", "who", "which", "because", "while", "after", "before", "until", "not", "too", "very", "all", "some", "any",
        "more", "most", "his", "their", "its", "our", "my", "your", "is", "was", "be", "been", "would", "will", "could",
        "should", "had", "has", "have", "did", "do", "does", "then", "there", "here", "now", "just", "also", "even", "away",
    };

    /// <summary>Whether person <paramref name="p"/> is the only person its sentence names, so the next sentence's "She" can be nobody else.</summary>
    private static bool AloneInSentence(Document document, int p)
    {
        var (start, end) = document.Persons[p];
        int first = start;
        while (first > 0 && !document.SentenceStart[first])
        {
            first--;
        }

        int last = end;
        while (last < document.Words.Length && !document.SentenceStart[last])
        {
            last++;
        }

        return (p == 0 || document.Persons[p - 1].End <= first) && (p + 1 >= document.Persons.Count || document.Persons[p + 1].Start >= last);
    }

    /// <summary>1 or -1 when the sentence after person <paramref name="p"/>'s opens with "He" or "She" and no quotation mark comes between; else 0.</summary>
    private static int NextSentenceSubject(Document document, int p)
    {
        var words = document.Words;
        for (int k = document.Persons[p].End; k < words.Length; k++)
        {
            if (QuoteMarks.Contains(words[k]))
            {
                return 0;
            }

            if (document.SentenceStart[k])
            {
                return words[k] == "He" ? 1 : words[k] == "She" ? -1 : 0;
            }
        }

        return 0;
    }

    private static int HonorificGender(string word) => MaleHonorifics.Contains(word) ? 1 : FemaleHonorifics.Contains(word) ? -1 : 0;

    /// <summary>
    /// The sex a noun right before a name says ("actress Nicole Kidman", "his wife Cherie"), by the core's own reading
    /// (<see cref="NameGenders.OfNoun"/>): "spokesman" or "chairman", which news also writes for women, says nothing.
    /// </summary>
    private static int NounGender(string word) => NameGenders.OfNoun(word);

    /// <summary>A capitalized word of letters (an apostrophe or hyphen inside), not an initial and not all capitals.</summary>
    internal static bool IsNameWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        bool lower = false;
        for (int i = 1; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (!char.IsUpper(c) && !((c == '-' || c == '\'') && i < word.Length - 1))
            {
                return false;
            }
        }

        return lower;
    }

    /// <summary>
    /// Column files with one token a line and a BIO label in column <paramref name="labelColumn"/>: CoNLL documents
    /// break at <c>-DOCSTART-</c>, OntoNotes (no breaks) every <paramref name="chunk"/> sentences.
    /// </summary>
    private static IEnumerable<Document> ReadTokenFile(string path, char separator, int labelColumn, string personLabel, int chunk)
    {
        var words = new List<string>();
        var starts = new List<bool>();
        var persons = new List<(int, int)>();
        int personStart = -1;
        bool newSentence = true;
        int sentences = 0;

        Document Flush()
        {
            if (personStart >= 0)
            {
                persons.Add((personStart, words.Count));
            }

            var document = new Document([.. words], [.. starts], [.. persons]);
            words.Clear();
            starts.Clear();
            persons.Clear();
            personStart = -1;
            sentences = 0;
            return document;
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (personStart >= 0)
                {
                    persons.Add((personStart, words.Count));
                    personStart = -1;
                }

                if (!newSentence)
                {
                    sentences++;
                }

                newSentence = true;
                if (chunk > 0 && sentences >= chunk)
                {
                    yield return Flush();
                }

                continue;
            }

            var cells = line.Split(separator);
            if (cells[0] == "-DOCSTART-")
            {
                if (words.Count > 0)
                {
                    yield return Flush();
                }

                continue;
            }

            string label = cells.Length > labelColumn ? cells[labelColumn] : "O";
            bool inside = label.Length > 2 && label[2..] == personLabel;
            if (personStart >= 0 && (!inside || label[0] == 'B'))
            {
                persons.Add((personStart, words.Count));
                personStart = -1;
            }

            if (inside && personStart < 0)
            {
                personStart = words.Count;
            }

            words.Add(cells[0]);
            starts.Add(newSentence);
            newSentence = false;
        }

        if (words.Count > 0)
        {
            yield return Flush();
        }
    }

    /// <summary>Raw articles, tokenized and their person names found by this package's own recognizer.</summary>
    private static IEnumerable<Document> ReadRaw(NewsExtractor extractor, string[] files)
    {
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            var result = extractor.Extract(text);
            var tokens = result.Tokens;
            var words = new string[tokens.Count];
            var starts = new bool[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                words[i] = tokens[i].Text;
            }

            foreach (var sentence in result.Sentences)
            {
                if (sentence.FirstToken < starts.Length)
                {
                    starts[sentence.FirstToken] = true;
                }
            }

            var persons = new List<(int, int)>();
            int t = 0;
            foreach (var entity in result.Entities)
            {
                if (entity.Type != EntityType.Person)
                {
                    continue;
                }

                while (t < tokens.Count && tokens[t].Span.End <= entity.Span.Start)
                {
                    t++;
                }

                int a = t;
                int b = a;
                while (b < tokens.Count && tokens[b].Span.Start < entity.Span.End)
                {
                    b++;
                }

                if (b > a)
                {
                    persons.Add((a, b));
                }
            }

            yield return new Document(words, starts, persons);
        }
    }

    /// <summary>Writes the resource: a header that says where it came from, then one name and m or f a line.</summary>
    public static void Write(TextWriter writer, SortedDictionary<string, int> names, string sources)
    {
        writer.WriteLine("# First names and the sex news text uses them for: m or f. Derived by 'extractor build genders' (no name list):");
        writer.WriteLine("# a first name of a full person name gets evidence from an honorific before it or its surname in the same");
        writer.WriteLine("# document (Mr/Mrs/Ms/Miss/Sir/Lord/Dame/Lady), a gendered noun before it (actress, wife), and the pronoun");
        writer.WriteLine("# after it: for a name that opens its sentence the first he/she/his/her-before-a-noun before another person");
        writer.WriteLine("# is named or a quote opens, for the only name of a sentence a He/She opening the next. Each document votes");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# once per name; kept with at least {MinDocuments} votes and {MinShare * 100:F0}% of them for one sex (dev sets left out)."));
        writer.WriteLine("# Title, rank and party words before a name are skipped (Gen, Tory); dropped are words as many documents write as a");
        writer.WriteLine("# surname (last in a name, or alone) as first, words a quarter of the documents writing them first also write alone");
        writer.WriteLine("# (Wang Yi ... Wang), words the gazetteer lists, and words mostly written in lower case.");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Data: {sources}."));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {names.Count} names."));
        foreach (var (name, gender) in names)
        {
            writer.Write(name);
            writer.Write('\t');
            writer.WriteLine(gender > 0 ? 'm' : 'f');
        }
    }
}
