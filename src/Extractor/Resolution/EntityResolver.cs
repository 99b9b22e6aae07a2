using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Extractor.Internal;
using Extractor.Pipeline;
using Extractor.Quotes;

namespace Extractor.Resolution;

/// <summary>
/// Groups mentions of the same referent and gives each group one canonical name and id: "Jens Stoltenberg" and
/// "Stoltenberg" (a surname links to the full name before it), "Kiev" and "Kyiv" (spelling variants, as data),
/// "NATO" and "North Atlantic Treaty Organization" (an acronym spells the capitals of the full name), "the NATO
/// Secretary General" recognized as a person (a role resolves to the person written with that title). People and
/// organizations take their longest name; places and groups their preferred or most frequent spelling; temporal
/// mentions keep their own text.
/// </summary>
internal sealed class EntityResolver
{
    private readonly VariantTable _variants;
    private readonly QuoteLexicon _lexicon;

    public EntityResolver(VariantTable variants, QuoteLexicon lexicon)
    {
        _variants = variants;
        _lexicon = lexicon;
    }

    public static EntityResolver Default { get; } = new(VariantTable.Default, QuoteLexicon.Default);

    /// <summary>Sets <see cref="EntityMention.EntityId"/> and <see cref="EntityMention.Canonical"/> on every mention.</summary>
    public void Resolve(AnalyzedDocument document, List<EntityMention> mentions)
    {
        int n = mentions.Count;
        if (n == 0)
        {
            return;
        }

        var span = CollectionsMarshal.AsSpan(mentions);
        // per-mention arrays from the shared pool: on a long text they are large, and would be allocated and zeroed every call
        var keys = ArrayPool<string>.Shared.Rent(n);
        var parent = ArrayPool<int>.Shared.Rent(n);
        var byKey = new Dictionary<(EntityType Type, string Key), int>(TypedKeyComparer.Instance);
        var bySurname = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var organizations = new Dictionary<string, int>(StringComparer.Ordinal);
        List<int>? roleMentions = null;
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
            ref var m = ref span[i];
            string text = document.Text.Substring(m.Start, m.Length);
            keys[i] = m.IsTemporal ? text : _variants.Preferred(Normalize(text));
        }

        RepairGluedNames(span, keys);
        List<int>? bareSurnames = null;
        for (int i = 0; i < n; i++)
        {
            ref var m = ref span[i];
            bool role = m.Type == EntityType.Person && IsRolePhrase(document, m);
            bool bare = m.Type == EntityType.Person && !role && keys[i].IndexOf(' ') < 0;
            var key = (m.Type, keys[i]);
            if (byKey.TryGetValue(key, out int same))
            {
                if (!bare)
                {
                    Union(parent, same, i); // a lone surname joins by position below, so it never bridges two people
                }
            }
            else
            {
                byKey[key] = i;
            }

            if (m.Type == EntityType.Person)
            {
                if (role)
                {
                    (roleMentions ??= []).Add(i);
                    continue;
                }

                if (bare)
                {
                    (bareSurnames ??= []).Add(i);
                    continue;
                }

                LinkPerson(keys, parent, bySurname, i);
            }
            else if (m.Type == EntityType.Organization && !organizations.ContainsKey(keys[i]))
            {
                organizations[keys[i]] = i;
            }
        }

        if (bareSurnames is not null)
        {
            LinkSurnames(document, span, keys, parent, byKey, bareSurnames);
        }

        // an acronym names the organization whose capitals it spells, when both are in the text
        foreach (var (name, index) in organizations)
        {
            string initials = DocumentReferents.Initials(name);
            if (initials.Length >= 2 && initials != name && organizations.TryGetValue(initials, out int acronym))
            {
                Union(parent, index, acronym);
            }
        }

        LinkShortOrganizationNames(span, keys, parent, organizations);
        if (roleMentions is not null)
        {
            LinkRoles(document, mentions, keys, parent, bySurname, roleMentions);
        }

        AssignIds(span, keys, parent);
        ArrayPool<string>.Shared.Return(keys, clearArray: true);
        ArrayPool<int>.Shared.Return(parent);
    }

    /// <summary>
    /// Last words of media names that also name a paper, agency or network alone: "the Times" is a paper of its own,
    /// not the "Financial Times" named beside it. Not the list <c>SpeakerResolver.PublicationHeads</c> that "the paper"
    /// is resolved with: that one holds only papers and magazines ("Magazine", which here stays a body's head noun as
    /// "Commission" does), and none of the agencies and networks here ("Press", "Reuters", "Network", "Service").
    /// </summary>
    private static readonly string[] MediaHeads = ["Times", "Post", "News", "Journal", "Press", "Tribune", "Herald", "Reuters", "Network", "Service"];

    /// <summary>Words for a company's legal form that end its full name ("Apple Inc.", "Altria Group", "BP plc").</summary>
    private static readonly string[] LegalForms =
    [
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited", "plc", "Plc", "PLC",
        "Group", "Holdings", "AG", "SA", "S.A.", "NV", "N.V.", "LLC", "GmbH", "SpA",
    ];

    /// <summary>Bodies made of members: with no longer name of their kind, "the Alliance" is the body the document is about.</summary>
    private static readonly string[] MemberBodies = ["Alliance", "Coalition", "Bloc"];

    /// <summary>
    /// Short forms of an organization's name join it: a body's head noun alone ("the Commission" after "the European
    /// Commission", "the Bank" after "the Bank of England") when the document names one body only with that word, a
    /// name cut before its "of" ("Reserve Bank" and "Reserve Bank of Australia"), and a body of members named only by
    /// its noun ("the Alliance") the organization the document names most.
    /// </summary>
    private void LinkShortOrganizationNames(Span<EntityMention> span, string[] keys, int[] parent, Dictionary<string, int> organizations)
    {
        if (organizations.Count < 2)
        {
            return;
        }

        List<(string Word, int Index)>? bare = null;
        Dictionary<string, int>? cuts = null; // "House" → the one "House of …" it cuts, or -1 when it cuts several
        foreach (var (name, index) in organizations)
        {
            int of = name.IndexOf(" of ", StringComparison.Ordinal);
            // "Apple Inc." and "Apple", "Altria Group" and "Altria": a company's legal form is no part of what it is called
            int lastSpace = name.LastIndexOf(' ');
            if (lastSpace > 0 && Array.IndexOf(LegalForms, name[(lastSpace + 1)..]) >= 0
                && organizations.TryGetValue(name[..lastSpace].TrimEnd(','), out int plain))
            {
                Union(parent, index, plain);
            }

            if (of > 0 && organizations.ContainsKey(name[..of]))
            {
                cuts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                cuts[name[..of]] = cuts.ContainsKey(name[..of]) ? -1 : index; // "House of Lords" and "House of Commons"
            }

            if (name.IndexOf(' ') < 0 && name.Length > 2 && char.IsUpper(name[0]) && !IsUpperWord(name) && IsBodyHead(name))
            {
                (bare ??= []).Add((name, index));
            }
        }

        if (cuts is not null)
        {
            foreach (var (cut, full) in cuts)
            {
                if (full >= 0)
                {
                    Union(parent, full, organizations[cut]);
                }
            }
        }

        if (bare is null)
        {
            return;
        }

        Dictionary<int, int>? sizes = null;
        Dictionary<string, string>? renamed = null;
        foreach (var (word, index) in bare)
        {
            int target = -1;
            bool ambiguous = false;
            foreach (var (name, other) in organizations)
            {
                if (other == index || name.IndexOf(' ') < 0 || !DocumentReferents.HasHead(name, word))
                {
                    continue;
                }

                if (target >= 0 && Find(parent, target) != Find(parent, other))
                {
                    ambiguous = true; // "the Commission" after both the European and the Competition Commission
                    break;
                }

                target = other;
            }

            if (ambiguous)
            {
                continue;
            }

            if (target < 0 && Array.IndexOf(MemberBodies, word) >= 0)
            {
                sizes ??= OrganizationSizes(span, parent);
                int best = 0;
                foreach (var (root, size) in sizes)
                {
                    if (root != Find(parent, index) && size > best && !IsBodyHead(keys[root]))
                    {
                        best = size;
                        target = root;
                    }
                }
            }

            if (target >= 0)
            {
                Union(parent, target, index);
                (renamed ??= new Dictionary<string, string>(StringComparer.Ordinal))[word] = keys[target];
            }
        }

        if (renamed is null)
        {
            return;
        }

        // the head noun alone never becomes the body's canonical name: "Alliance" is longer than "NATO"
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i].Type == EntityType.Organization && renamed.TryGetValue(keys[i], out var name))
            {
                keys[i] = name;
            }
        }
    }

    /// <summary>Whether a one-word name is a body's head noun ("Commission", "Alliance", "Bank") rather than a name of its own.</summary>
    private bool IsBodyHead(string word) =>
        (_lexicon.Word(word) & (WordTags.Group | WordTags.OrgHead)) != 0 && Array.IndexOf(MediaHeads, word) < 0;

    /// <summary>How many organization mentions each group has.</summary>
    private static Dictionary<int, int> OrganizationSizes(Span<EntityMention> span, int[] parent)
    {
        var sizes = new Dictionary<int, int>();
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i].Type == EntityType.Organization)
            {
                int root = Find(parent, i);
                sizes.TryGetValue(root, out int c);
                sizes[root] = c + 1;
            }
        }

        return sizes;
    }

    /// <summary>
    /// A person's last name glued to the next word by a lost space in scraped text ("Jens Stoltenbergaccusing") loses
    /// the glued word when the document writes that name elsewhere ("Stoltenberg", "Jens Stoltenberg").
    /// </summary>
    private void RepairGluedNames(Span<EntityMention> span, string[] keys)
    {
        HashSet<string>? surnames = null;
        var fullNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i].Type == EntityType.Person)
            {
                fullNames.Add(keys[i]);
                string surname = DocumentReferents.LastWord(keys[i]);
                if (surname.Length >= 4)
                {
                    (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(surname);
                }
            }
        }

        if (surnames is null || surnames.Count < 2)
        {
            return;
        }

        var prefixes = new SpanSet(surnames);
        Dictionary<string, int>? lengths = null; // per distinct surname: a megabyte names the same people many times
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i].Type != EntityType.Person)
            {
                continue;
            }

            string surname = DocumentReferents.LastWord(keys[i]);
            lengths ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (!lengths.TryGetValue(surname, out int length))
            {
                surnames.Remove(surname); // a name is no evidence for itself
                length = DocumentReferents.GluedPrefixLength(surname, surnames, prefixes);
                surnames.Add(surname);
                lengths[surname] = length;
            }

            if (length > 0)
            {
                string repaired = keys[i][..^(surname.Length - length)];
                if ((repaired.Contains(' ') && fullNames.Contains(repaired)) || DocumentReferents.LooksLikeGluedWord(surname.AsSpan(length), _lexicon))
                {
                    keys[i] = repaired;
                }
            }
        }
    }

    /// <summary>"the Kremlin" and "Kremlin", "NATO's" and "NATO" are one name: no article, no possessive, single spaces.</summary>
    internal static string Normalize(string text)
    {
        var s = text.AsSpan().Trim();
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..].TrimStart();
        }

        if (s.Length > 2 && (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            s = s[..^2];
        }
        else if (s.Length > 1 && (s[^1] == '\'' || s[^1] == '\u2019'))
        {
            s = s[..^1];
        }

        if (IsNormal(s))
        {
            // most names are written plainly: no second copy
            return s.Length == text.Length ? text : s.ToString();
        }

        var builder = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="s"/> separates its words by single spaces only.</summary>
    private static bool IsNormal(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || (i > 0 && s[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two full names join when their first names agree ("J. Stoltenberg", "Jens Stoltenberg"); "Ed Miliband" and "David Miliband" stay two people.</summary>
    private static void LinkPerson(string[] keys, int[] parent, Dictionary<string, int> bySurname, int i)
    {
        string key = keys[i];
        string surname = DocumentReferents.LastWord(key);
        if (bySurname.TryGetValue(surname, out int other) && FirstNamesAgree(key, keys[other]))
        {
            Union(parent, other, i);
        }

        bySurname[surname] = i;
    }

    /// <summary>
    /// A lone surname ("Stoltenberg") joins the full name with that surname written last before it, or the first one
    /// after it when the text gives the surname first; one the text never writes in full joins its other mentions.
    /// Each mention links on its own, so "Miliband" after "Ed Miliband" and "Miliband" after "David Miliband" never
    /// make the brothers one person.
    /// </summary>
    private static void LinkSurnames(AnalyzedDocument document, Span<EntityMention> span, string[] keys, int[] parent, Dictionary<(EntityType Type, string Key), int> byKey, List<int> bare)
    {
        var lastFull = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstFull = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        // "Andy" after "Andy Murray": a first name alone is the one person the text gives that first name, in sport and
        // entertainment news above all; two people with that first name leave it alone (-1)
        Dictionary<string, int>? firstNames = null;
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i].Type != EntityType.Person || keys[i].IndexOf(' ') <= 0)
            {
                continue;
            }

            string last = DocumentReferents.LastWord(keys[i]);
            firstFull.TryAdd(last, i);
            if (!HasHonorific(keys[i]) && char.IsUpper(keys[i][0]) && last.Length > 1 && !char.IsUpper(last[1])) // "Labour MPs" is no person's name
            {
                string first = keys[i][..keys[i].IndexOf(' ')];
                firstNames ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                firstNames[first] = !firstNames.TryGetValue(first, out int other) ? i : other < 0 || Find(parent, other) != Find(parent, i) ? -1 : other;
            }
        }

        int next = 0;
        for (int i = 0; i < span.Length && next < bare.Count; i++)
        {
            if (i == bare[next])
            {
                next++;
                string surname = keys[i];
                if (lastFull.TryGetValue(surname, out int full) || firstFull.TryGetValue(surname, out full))
                {
                    Union(parent, full, i);
                }
                else if (firstNames is not null && firstNames.TryGetValue(surname, out int named) && named >= 0 && !AfterSurnameTitle(document, span[i]))
                {
                    Union(parent, named, i);
                }
                else if (byKey.TryGetValue((EntityType.Person, surname), out int same))
                {
                    Union(parent, same, i);
                }
            }
            else if (span[i].Type == EntityType.Person && keys[i].IndexOf(' ') > 0)
            {
                lastFull[DocumentReferents.LastWord(keys[i])] = i;
            }
        }
    }

    /// <summary>Words that stand before a surname in place of a first name: "Lord Goldsmith", "Gen Pinochet", "Baroness Boothroyd".</summary>
    private static readonly string[] Honorifics =
    [
        "Lord", "Lady", "Baron", "Baroness", "Sir", "Dame", "Gen", "Gen.", "General", "Rev", "Rev.", "Mr", "Mr.", "Mrs", "Mrs.",
        "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "President", "Senator", "Sen.", "Judge", "Justice", "Chancellor", "King", "Queen",
    ];

    private static bool FirstNamesAgree(string a, string b)
    {
        string fa = a[..a.IndexOf(' ')];
        string fb = b[..b.IndexOf(' ')];
        if (string.Equals(fa, fb, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "J. Stoltenberg" and "Jens Stoltenberg"
        if ((fa.Length <= 2 || fb.Length <= 2) && char.ToUpperInvariant(fa[0]) == char.ToUpperInvariant(fb[0]))
        {
            return true;
        }

        // "Lord Goldsmith" and "Peter Goldsmith": a title says nothing against a first name, nor does a lower-case
        // word the recognizer took in ("rob Dallaglio")
        if (HasHonorific(a) || HasHonorific(b) || char.IsLower(fa[0]) || char.IsLower(fb[0]))
        {
            return true;
        }

        // "Freddie Forsyth" and "Frederick Forsyth", "Rob" and "Robert": one first name a short form of the other
        int common = 0;
        while (common < fa.Length && common < fb.Length && char.ToUpperInvariant(fa[common]) == char.ToUpperInvariant(fb[common]))
        {
            common++;
        }

        return common >= 4 || (common >= 3 && (common == fa.Length || common == fb.Length));
    }

    /// <summary>Whether "Mr", "Mrs", "Ms", "Miss" or "Dr" opens or precedes the mention: "Mr Howard" is a surname, never "Howard Flight".</summary>
    private static bool AfterSurnameTitle(AnalyzedDocument document, EntityMention m)
    {
        for (int t = Math.Max(0, m.StartToken - 2); t < m.EndToken - 1; t++)
        {
            var word = document.TokenText(t);
            if (word.Equals("Mr", StringComparison.Ordinal) || word.Equals("Mrs", StringComparison.Ordinal) || word.Equals("Ms", StringComparison.Ordinal)
                || word.Equals("Miss", StringComparison.Ordinal) || word.Equals("Dr", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word before the surname is a title rather than a first name.</summary>
    private static bool HasHonorific(string name)
    {
        int end = name.LastIndexOf(' ');
        int start = 0;
        while (start < end)
        {
            int space = name.IndexOf(' ', start);
            var word = name.AsSpan(start, space - start);
            foreach (var honorific in Honorifics)
            {
                if (word.Equals(honorific, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            start = space + 1;
        }

        return false;
    }

    /// <summary>Whether a person mention is only a title: "the NATO Secretary General".</summary>
    private bool IsRolePhrase(AnalyzedDocument document, EntityMention m)
    {
        bool title = false;
        for (int t = m.StartToken; t < m.EndToken; t++)
        {
            var word = document.TokenText(t);
            var tags = _lexicon.Word(word);
            if ((tags & WordTags.Title) != 0)
            {
                title = true;
                continue;
            }

            if ((tags & WordTags.Determiner) != 0 || IsUpperWord(word) || document.Tokens.Kind(t) != TokenKind.Word)
            {
                continue;
            }

            return false;
        }

        return title;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A role phrase recognized as a person joins the person the document names with that title.</summary>
    private void LinkRoles(AnalyzedDocument document, List<EntityMention> mentions, string[] keys, int[] parent, Dictionary<string, int> bySurname, List<int> roles)
    {
        var reader = PhraseReader.For(document, _lexicon);
        var referents = DocumentReferents.For(reader, mentions);
        foreach (int i in roles)
        {
            var holder = referents.PersonForRole(mentions[i].StartToken, mentions[i].EndToken);
            if (holder is null)
            {
                continue;
            }

            keys[i] = holder.Name; // the role takes its holder's name, so it never becomes the canonical name
            if (bySurname.TryGetValue(holder.Surname, out int person))
            {
                Union(parent, person, i);
            }
        }
    }

    private static void AssignIds(Span<EntityMention> span, string[] keys, int[] parent)
    {
        int n = span.Length;
        var roots = ArrayPool<int>.Shared.Rent(n);
        for (int i = 0; i < n; i++)
        {
            roots[i] = Find(parent, i);
        }

        // how often each group writes each of its names: only groups of other types than people and organizations
        // choose by it, so only theirs are counted
        var counts = new Dictionary<(int Root, string Key), int>();
        for (int i = 0; i < n; i++)
        {
            if (span[roots[i]].Type is not (EntityType.Person or EntityType.Organization))
            {
                ref int c = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (roots[i], keys[i]), out _);
                c++;
            }
        }

        var canonical = ArrayPool<string?>.Shared.Rent(n); // by root
        Array.Clear(canonical, 0, n);
        for (int i = 0; i < n; i++)
        {
            int root = roots[i];
            string key = keys[i];
            if (canonical[root] is not { } best)
            {
                canonical[root] = key;
                continue;
            }

            var type = span[root].Type;
            bool sameName = string.Equals(key, best, StringComparison.OrdinalIgnoreCase);
            int keyRank = !sameName && type == EntityType.Person ? PersonNameRank(key) : 0;
            int bestRank = !sameName && type == EntityType.Person ? PersonNameRank(best) : 0;
            bool better = sameName
                ? IsUpperWord(best) && !IsUpperWord(key) // "Riga" over the dateline's "RIGA"
                : keyRank != bestRank
                    ? keyRank > bestRank // "Charles Kennedy" over "Harrogate Mr Kennedy", "Jim Callaghan" over "Lord Callaghan"
                    : type is EntityType.Person or EntityType.Organization
                    ? WordCount(key) > WordCount(best) || (WordCount(key) == WordCount(best) && key.Length > best.Length)
                    : counts[(root, key)] > counts[(root, best)];
            if (better)
            {
                canonical[root] = key;
            }
        }

        var ids = ArrayPool<int>.Shared.Rent(n); // by root, plus one: ids follow first appearance
        Array.Clear(ids, 0, n);
        int next = 0;
        for (int i = 0; i < n; i++)
        {
            int root = roots[i];
            if (ids[root] == 0)
            {
                ids[root] = ++next;
            }

            ref var m = ref span[i];
            m.EntityId = ids[root] - 1;
            m.Canonical = m.IsTemporal ? keys[i] : canonical[root];
        }

        ArrayPool<int>.Shared.Return(roots);
        ArrayPool<string?>.Shared.Return(canonical, clearArray: true);
        ArrayPool<int>.Shared.Return(ids);
    }

    /// <summary>
    /// How fully and plainly a person's name reads: 3 for a first name and surname, 2 for a title and surname ("Lord
    /// Callaghan", "Dame Alicia Markova"), 1 for a surname alone, 0 with characters no name has ("Igor) Biscan",
    /// "Middlesbrough 2-2 Charlton"), so a full name beats a longer title form and a scrap of the text beside a name.
    /// </summary>
    private static int PersonNameRank(string name)
    {
        foreach (char c in name)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '\u2019' or '.' or '"' or '\u201C' or '\u201D'))
            {
                return 0;
            }
        }

        return name.IndexOf(' ') < 0 ? 1 : char.IsLower(name[0]) ? 0 : HasHonorific(name) ? 2 : 3;
    }

    private static int WordCount(string s)
    {
        int words = 1;
        foreach (char c in s)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra != rb)
        {
            // the earlier mention is the root, so ids follow first appearance
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }

    /// <summary>Compares (type, name) keys with the name compared without case, so no combined key string is built per mention.</summary>
    private sealed class TypedKeyComparer : IEqualityComparer<(EntityType Type, string Key)>
    {
        public static readonly TypedKeyComparer Instance = new();

        public bool Equals((EntityType Type, string Key) x, (EntityType Type, string Key) y) =>
            x.Type == y.Type && string.Equals(x.Key, y.Key, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((EntityType Type, string Key) obj) =>
            HashCode.Combine(obj.Type, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key));
    }
}
