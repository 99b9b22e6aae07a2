namespace Extractor.Cli.Training;

/// <summary>
/// How a corpus's entity types become model types and how those are reported. OntoNotes keeps the product's types
/// apart (GPE, LOC and FAC separately, since they behave differently) and folds the types the product does not output
/// into NUM (numbers, money, quantities) and MISC (events, laws, works, products, languages): the model still learns
/// them, so that "the Geneva Convention" is not taken for an organization, but never reports them.
/// </summary>
internal sealed class NerTypeScheme
{
    private readonly Dictionary<string, int> _corpusToModel;

    private NerTypeScheme(string name, string[] modelTypes, EntityType?[] map, Dictionary<string, int> corpusToModel)
    {
        Name = name;
        ModelTypes = modelTypes;
        Map = map;
        _corpusToModel = corpusToModel;
    }

    public string Name { get; }

    public string[] ModelTypes { get; }

    public EntityType?[] Map { get; }

    public static NerTypeScheme OntoNotes { get; } = new(
        "ontonotes",
        ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "NUM", "MISC"],
        [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Location, EntityType.Location, EntityType.Nationality, EntityType.Date, EntityType.Time, null, null],
        new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["PERSON"] = 0, ["ORG"] = 1, ["GPE"] = 2, ["LOC"] = 3, ["FAC"] = 4, ["NORP"] = 5, ["DATE"] = 6, ["TIME"] = 7,
            ["CARDINAL"] = 8, ["ORDINAL"] = 8, ["MONEY"] = 8, ["PERCENT"] = 8, ["QUANTITY"] = 8,
            ["EVENT"] = 9, ["PRODUCT"] = 9, ["WORK_OF_ART"] = 9, ["LAW"] = 9, ["LANGUAGE"] = 9,
        });

    public static NerTypeScheme Conll { get; } = new(
        "conll2003",
        ["PER", "ORG", "LOC", "MISC"],
        [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Miscellaneous],
        new Dictionary<string, int>(StringComparer.Ordinal) { ["PER"] = 0, ["ORG"] = 1, ["LOC"] = 2, ["MISC"] = 3 });

    public static NerTypeScheme For(NerCorpusFormat format) => format == NerCorpusFormat.Conll ? Conll : OntoNotes;

    /// <summary>The model type index of a corpus type, or -1 when the scheme ignores it.</summary>
    public int ModelType(string corpusType) => _corpusToModel.TryGetValue(corpusType, out int t) ? t : -1;

    /// <summary>
    /// BILOU classes over the sentence's (joined) tokens. An entity whose edge falls inside a joined token cannot be
    /// produced on these tokens: a nationality at the end of one ("pro-Russian", with only "Russian" annotated) makes the
    /// whole token a nationality, as the product reports it; other such entities ("U.S." in "U.S.-led") are left out.
    /// </summary>
    public int[] Classes(NerSentence sentence)
    {
        var classes = new int[sentence.Count];
        foreach (var span in sentence.Gold)
        {
            int type = ModelType(span.Type);
            if (type < 0)
            {
                continue;
            }

            int first = TokenAt(sentence, span.Start);
            int last = TokenAt(sentence, span.End - 1);
            if (first < 0 || last < 0)
            {
                continue;
            }

            bool aligned = sentence.OriginalFirst[first] == span.Start && sentence.OriginalEnd[last] == span.End;
            bool nationalitySuffix = !aligned && first == last && span.Type == "NORP" && sentence.OriginalEnd[last] == span.End;
            if (!aligned && !nationalitySuffix)
            {
                continue;
            }

            for (int t = first; t <= last; t++)
            {
                int position = first == last ? Models.BilouTags.Unit : t == first ? Models.BilouTags.Begin : t == last ? Models.BilouTags.Last : Models.BilouTags.Inside;
                classes[t] = Models.BilouTags.Class(type, position);
            }
        }

        return classes;
    }

    private static int TokenAt(NerSentence sentence, int original)
    {
        for (int t = 0; t < sentence.Count; t++)
        {
            if (sentence.OriginalFirst[t] <= original && original < sentence.OriginalEnd[t])
            {
                return t;
            }
        }

        return -1;
    }
}
