namespace Extractor.Resolution;

/// <summary>A person named in one document: the fullest name seen, and the titles written beside it.</summary>
internal sealed class NamedPerson
{
    public NamedPerson(string name, string surname)
    {
        Name = name;
        Surname = surname;
    }

    /// <summary>The longest full name the document gives ("Jens Stoltenberg").</summary>
    public string Name { get; set; }

    /// <summary>The last word of the name, which later mentions use on its own ("Stoltenberg").</summary>
    public string Surname { get; set; }

    private HashSet<string>? _titles;

    /// <summary>Title words and the bodies they belong to ("Secretary", "General", "NATO"), compared without case.</summary>
    /// <remarks>Made on the first title: most people a document names carry none.</remarks>
    public IReadOnlyCollection<string> Titles => (IReadOnlyCollection<string>?)_titles ?? Array.Empty<string>();

    /// <summary>Whether <paramref name="word"/> is one of the person's titles.</summary>
    public bool HasTitle(string word) => _titles is not null && _titles.Contains(word);

    /// <summary>Adds a title word.</summary>
    public void AddTitle(string word) => (_titles ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(word);

    /// <summary>Forgets every title (they moved to another person).</summary>
    public void ClearTitles() => _titles = null;

    /// <summary>The person's index in the document's list.</summary>
    public int Index { get; init; }

    /// <summary>How often the document names the person.</summary>
    public int Count { get; set; }

    /// <summary>The entity type a recognizer gave the name, when one did.</summary>
    public EntityType? RecognizedType { get; set; }
}
